"""Dialogue turns in feature writing (twenty-fifth session, the lead): invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, speaker_of

QUARREL = """Oonagh Brannock and Ruairi Quilty share a stall at the Sunday market and a long quarrel about prices.

"Three pounds a jar is robbery," says Brannock, straightening the labels.

"Three pounds a jar is what the jam costs," says Quilty.

"Ruairi."

"Well, it is."
"""


def test_a_first_name_said_alone_is_said_to_that_person() -> None:
    """'"Ruairi."' after Ruairi Quilty spoke is his partner's protest, not his own word; he answers it."""
    assert direct_speaker_of(QUARREL, "Ruairi.") == "Oonagh Brannock"
    assert direct_speaker_of(QUARREL, "Well, it is.") == "Ruairi Quilty"


def test_a_short_quotation_calling_no_one_stays_with_the_speaker() -> None:
    """A near case: a one-word bare quotation that names no one is not turned over."""
    assert direct_speaker_of(QUARREL.replace('"Ruairi."', '"Jam."'), "Jam.") == "Ruairi Quilty"


def test_she_is_not_a_body_whose_name_ends_in_a_word_of_groups() -> None:
    """'the Orrindale Bell Choir' or 'the Brisko Water Archive' is no person a later 'she' stands for."""
    text = (
        "Every Thursday the Orrindale Bell Choir rehearses in a cold church hall, and Wenna Skelbrook, 52, has "
        "conducted it since the spring. She hums the first note.\n\n"
        '"Nobody comes for the tea," she says. "They come for the noise."'
    )
    assert speaker_of(text, "for the tea") == "Wenna Skelbrook"


def test_an_honorific_makes_a_person_whatever_the_surname() -> None:
    """A near case: 'Mr. Choir' is a man, so 'he' may still be him."""
    text = (
        'Mr. Choir, a retired signalman, keeps the keys of the hall. He locks it at ten.\n\n"Somebody has to," he said.'
    )
    assert speaker_of(text, "Somebody has to") == "Mr. Choir"


def test_an_ordinal_after_the_article_is_part_of_the_description() -> None:
    """'The first caller said A', 'The last juror told ...': a described speaker, not a sentence opener."""
    text = "The first caller said the ferry from Skelbrook had been late on every crossing since the spring."
    assert speaker_of(text, "ferry from Skelbrook") == "first caller"


def test_an_ordinal_before_a_thing_is_still_no_speaker() -> None:
    """A near case: 'The first event' names no one, so the shouts of those interrupting it are not its words."""
    text = 'The first event ended in uproar, when students occupied the platform, chanting "not again, not again!"'
    assert speaker_of(text, "not again") != "first event"


_STUDIO = (
    "At the Skelbrook allotments, the plot by the gate belongs to Kelechi Orjiako. His beans win a ribbon most"
    " summers.\n\n"
    "A neighbour stopped to ask about slugs. Orjiako told her to try copper tape.\n\n"
)


def test_his_opening_the_next_sentence_gives_the_one_person_named_his_sex() -> None:
    """'His beans ...' right after a sentence naming one person tells that he is a man, so a later 'she' is not him."""
    assert speaker_of(_STUDIO + '"Then I will wait," she said.', "I will wait") != "Kelechi Orjiako"


def test_he_is_still_the_man_so_shown() -> None:
    """A near case: 'he' still reaches him."""
    assert speaker_of(_STUDIO + '"It will come back," he said.', "It will come back") == "Kelechi Orjiako"


def test_a_person_shown_acting_takes_the_next_quotation_from_the_paragraphs_speaker() -> None:
    """'"A," NAME1 said, tapping the table. NAME2 rolled her eyes. "B"': B is the one who rolled her eyes."""
    text = (
        "Ysolde Vosper and her brother Piran Vosper still run the Brisko ferry.\n\n"
        '"It pays for itself," Piran Vosper said, tapping the timetable. Ysolde Vosper rolled her eyes. '
        '"Every winter we borrow for the engine."'
    )
    assert direct_speaker_of(text, "borrow for the engine") == "Ysolde Vosper"


def test_the_paragraphs_speaker_goes_on_when_no_one_else_acts() -> None:
    """A near case: a sentence of narration that sets up no one leaves the quotation with the speaker."""
    text = (
        "Ysolde Vosper and her brother Piran Vosper still run the Brisko ferry.\n\n"
        '"It pays for itself," Piran Vosper said, tapping the timetable. The tide was turning. '
        '"We have never missed a crossing."'
    )
    assert direct_speaker_of(text, "never missed a crossing") == "Piran Vosper"


def test_a_described_speaker_is_the_name_they_gave() -> None:
    """'says the listener, who gave her name as NAME' and 'who gave only his first name, NAME': that person."""
    text = (
        '"The bins went unemptied for a month," says the listener, who would give her name only as Ysolde. '
        '"Nobody answered the phone."'
    )
    assert direct_speaker_of(text, "Nobody answered") == "Ysolde"
    reported = "A ferryman, who gave only his first name, Piran, said the crossing had been cancelled twice."
    assert speaker_of(reported, "crossing had been cancelled") == "Piran"


def test_a_description_without_a_given_name_stays_a_role() -> None:
    """A near case: 'the listener, who has lived in Brisko for years' names no one."""
    text = '"The bins went unemptied," says the listener, who has lived in Brisko for years.'
    assert direct_speaker_of(text, "bins went unemptied") == "listener"


def test_an_irish_surname_keeps_its_particle_and_its_person() -> None:
    """'Mr Ó Carnsew' is the person named in full with that surname (one actor, not two)."""
    text = (
        "Tadgh Ó Carnsew has farmed the headland for forty years.\n\n"
        '"The wind takes the topsoil every winter," said Mr Ó Carnsew.'
    )
    assert speaker_of(text, "topsoil") == "Tadgh Ó Carnsew"


def test_a_surname_that_is_also_a_word_of_bodies_stays_a_persons() -> None:
    """'Marisol Band' is a person: a first name alone before the word keeps the name a person's
    (while 'the Quellby Choir' is a body)."""
    text = 'Marisol Band, 44, has sung in the Quellby Choir since it began.\n\n"We rehearse in the cold," she said.'
    assert speaker_of(text, "rehearse in the cold") == "Marisol Band"


def test_mac_as_a_first_name_is_no_particle() -> None:
    """'Mac Quellby' is a man with the first name Mac, not the surname of 'Ada Quellby' written alone."""
    text = (
        "Ada Quellby runs the ferry. Her cousin Mac Quellby mends its engine.\n\n"
        '"The gearbox is older than me," said Mac Quellby.'
    )
    assert speaker_of(text, "gearbox is older") == "Mac Quellby"
