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
