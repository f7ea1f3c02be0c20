"""Who spoke in feature writing (twenty-fifth session): invented sentences, worded apart from any data."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_a_long_name_after_the_names_no_one_in_its_last_words() -> None:
    """'the Skelwick Fen Peat Archive': the whole run after 'the' is the archive's name, so 'Peat Archive' is no woman
    for a later 'she'."""
    text = (
        "Most of the Skelwick Fen Peat Archive lies underground, and Dr. Isaura Vantrell knows every drawer of it."
        " She keeps a thermos on the ledger.\n\n"
        '"Every block down here is a diary," she said, lifting a brown slab to the lamp.'
    )
    assert direct_speaker_of(text, "a diary") == "Isaura Vantrell"


def test_a_person_after_a_bodys_possessive_name_is_still_named() -> None:
    """A possessive ends the run of a body's name after 'the', and the full name after it is a person's (it was lost
    with the run's last words)."""
    text = (
        "The Tarnmouth Lantern Society's Brunhild Quarrendell opened the shed at dawn. "
        '"We polish every lamp by hand," Quarrendell said.'
    )
    assert direct_speaker_of(text, "every lamp") == "Brunhild Quarrendell"


def test_a_southern_african_mans_given_name_is_a_mans() -> None:
    """'Mthunzi' names a man: a later 'he' is not the woman named first beside him."""
    text = (
        "Zodwa Mhlanga and Mthunzi Sithole have sold vetkoek from the same corner since 1998.\n\n"
        '"The queue starts before the sun," he says. "Some mornings I fry in the dark."'
    )
    assert direct_speaker_of(text, "before the sun") == "Mthunzi Sithole"


def test_a_french_mans_given_name_is_a_mans() -> None:
    """'Didier' names a man: 'she says' after him and a woman is hers, though her words name him."""
    text = (
        "Didier Pellerin carved the marionettes; Ines Castaldo sewed their coats.\n\n"
        '"A coat is a character," she says. "Didier never believed me."'
    )
    assert direct_speaker_of(text, "A coat is") == "Ines Castaldo"


def test_a_national_body_named_by_its_sport_is_no_she() -> None:
    """'Curling Scotland named her ...': a body, no woman, so the next 'she says' is the skip's."""
    text = (
        "Ailsa Brodribb, 38, coaches the under-12s at the rink now. Curling Scotland named her its volunteer of the"
        " year on Monday.\n\n"
        'She has not said yes to the dinner. "I just throw stones," she says.'
    )
    assert direct_speaker_of(text, "throw stones") == "Ailsa Brodribb"


def test_a_first_name_before_a_countrys_name_is_a_person() -> None:
    """A guard: a first name before a country's name is a person's name ('Ada Ireland')."""
    text = 'Rhiannon England packed the last crate. "That is the season done," she said.'
    assert direct_speaker_of(text, "season done") == "Rhiannon England"


def test_mr_and_a_surname_is_not_the_girl_who_bears_it() -> None:
    """'Mr Ezeudu-Brandt' after a girl and her grandfather of that surname: the grandfather, named in full."""
    text = (
        "Nneka Ezeudu-Brandt is ten and already beats the grown-ups at the draughts club.\n\n"
        "Her grandfather, Obinna Ezeudu-Brandt, drives her to every tournament in a green van.\n\n"
        "'She wants to win in six moves,' Mr Ezeudu-Brandt says. 'I tell her to sit on her hands.'"
    )
    assert direct_speaker_of(text, "six moves") == "Obinna Ezeudu-Brandt"


def test_mrs_and_a_surname_after_a_man_of_it_is_a_woman() -> None:
    """'Mrs Tallow wrote' after 'Bram Tallow' and 'his wife, Ysolde,': not the man, though no full name of hers
    fits."""
    text = (
        "Bram Tallow was repairing a fence when the storm brought the oak down on him.\n\n"
        "In a statement, his wife, Ysolde, thanked the crews.\n\n"
        '"He loved that field more than any of us," Mrs Tallow wrote.'
    )
    assert direct_speaker_of(text, "loved that field") not in (None, "Bram Tallow")


def test_words_the_inner_subject_used_to_say_are_his() -> None:
    """'NAME said he used to tell her that A "B"': remembered habitual speech, the inner subject's words."""
    text = (
        "Ingram Boatwright taught his niece to sail on the estuary. Delphine Boatwright said he used to tell her that"
        ' a flat calm was "a lazy teacher".'
    )
    assert direct_speaker_of(text, "a lazy teacher") == "Ingram Boatwright"


def test_a_named_inner_subject_who_used_to_say_it() -> None:
    """'NAME says Cedric used to describe the pitch as "A"': Cedric's words, not the teller's."""
    text = (
        "Above the bar hangs a portrait of Cedric Pennefather, the club's first captain, who died in 1990. Wilma"
        ' Brennan says Cedric used to describe the old pitch as "our little swamp".'
    )
    assert direct_speaker_of(text, "little swamp") in ("Cedric", "Cedric Pennefather")


def test_the_tellers_own_quoted_words_stay_hers() -> None:
    """A guard: with no habit before the inner verb, a fragment in a reported clause is the teller's."""
    text = (
        "Ingram Boatwright taught his niece to sail on the estuary. Delphine Boatwright said he told her that a flat"
        ' calm was "a lazy teacher".'
    )
    assert direct_speaker_of(text, "a lazy teacher") == "Delphine Boatwright"


def test_an_irish_surname_with_its_particle_is_the_person_named_in_full() -> None:
    """'Ní Fhloinn' alone, after 'Róisín Ní Fhloinn': the same woman, as 'Reed' is 'Tom Reed'."""
    text = (
        "Róisín Ní Fhloinn and Tadhg Berrigan keep bees on the same hillside.\n\n"
        "“The hives need moving before June,” says Ní Fhloinn."
    )
    assert direct_speaker_of(text, "before June") == "Róisín Ní Fhloinn"
