"""Who 'he' or 'she' is in feature writing (thirty-first session, pronoun31): invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

KITE_CLUB = (
    "Every Saturday the kite club meets on the dunes above Brollach Strand, and Winifred Haskett-Moore hands out "
    "the spools. Her granddaughter, Mabel, 6, joined the club in March.\n\n"
    '"Wind is free, and children love free things," Haskett-Moore said. "Nobody leaves without a sandwich."\n\n'
    "Mabel, whose kite is shaped like a mackerel, is unmoved by the sandwiches.\n\n"
    '"The mackerel goes higher than the dragon," she said. "It always has."'
)


def test_a_lone_first_name_written_before_is_the_she_after_its_sentence() -> None:
    """'Mabel, whose kite ..., is unmoved. / "A," she said.': a first name the article wrote alone before
    ('Her granddaughter, Mabel, 6,'), opening the sentence before the quotation as its subject, is the 'she' of
    its cue, not the organiser quoted a paragraph earlier (the lone name was read as a surname of itself)."""
    assert direct_speaker_of(KITE_CLUB, "goes higher than the dragon") == "Mabel"


def test_a_first_name_the_article_also_wrote_as_a_surname_is_left_as_before() -> None:
    """A near case: when the article also writes the word as someone's surname ('Edwin Mabel'), the lone word
    may be his, and the 'she' is read as before."""
    text = KITE_CLUB.replace("hands out the spools", "hands out the spools with Edwin Mabel")
    assert direct_speaker_of(text, "goes higher than the dragon") != "Mabel"


TEA_HUT = (
    "For thirty years Agatha Pellinore has kept the tea hut on Skelwick pier.\n\n"
    '"I open at six, rain or shine," Mrs Pellinore, 71, said.\n\n'
    "Come April the hut goes to Lorna Pellinore, a cousin by marriage who has minded its till for a decade.\n\n"
    'Lorna doubts the handover will stick. "Give it a week and she\'ll be back behind the urn," Lorna said.\n\n'
    "Mrs Pellinore didn't argue.\n\n"
    '"Perhaps," she said. "I shall bring my own apron, mind."'
)


def test_a_titled_surname_opening_a_sentence_is_the_one_the_article_called_so() -> None:
    """'Mrs NAME didn't argue. / "A," she said.': the honorific and surname opening the sentence are the woman the
    article called so, not the relative of that surname named in full later and quoted just before, so the 'she'
    of the next cue is hers."""
    assert direct_speaker_of(TEA_HUT, "bring my own apron") == "Agatha Pellinore"


def test_a_titled_surname_after_the_verb_is_left_as_before() -> None:
    """A near case: 'Lorna smiled at Mrs NAME.' names the older woman after the verb, no subject: the 'she' after it
    is read as before (the niece, the sentence's subject)."""
    text = TEA_HUT.replace("Mrs Pellinore didn't argue.", "Lorna smiled at Mrs Pellinore.")
    assert direct_speaker_of(text, "bring my own apron") != "Agatha Pellinore"
