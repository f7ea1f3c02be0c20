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


CHESS_CLUB = (
    "Thaddeus Brankwell has played at the Ormsby chess club every week since 1990.\n\n"
    '"I still play the French Defence every Thursday," Mr Brankwell, 77, said.\n\n'
    "On Sunday he lost the club final to Cyril Brankwell, a grandson who learned the game from library books.\n\n"
    'Cyril expects a rematch. "He will have a new opening by Easter," Cyril said.\n\n'
    "Mr Brankwell shrugged.\n\n"
    '"Possibly," he said. "The rook and I are not finished."'
)


def test_a_titled_surname_opening_a_sentence_is_the_one_the_article_called_so() -> None:
    """'Mr NAME shrugged. / "A," he said.': the honorific and surname opening the sentence are the man the article
    called so, not the relative of that surname named in full later and quoted just before, so the 'he'
    of the next cue is his."""
    assert direct_speaker_of(CHESS_CLUB, "rook and I") == "Thaddeus Brankwell"


def test_a_titled_surname_after_the_verb_is_left_as_before() -> None:
    """A near case: 'Cyril smiled at Mr NAME.' names the older man after the verb, no subject: the 'he' after it is
    read as before (the grandson, the sentence's subject)."""
    text = CHESS_CLUB.replace("Mr Brankwell shrugged.", "Cyril smiled at Mr Brankwell.")
    assert direct_speaker_of(text, "rook and I") != "Thaddeus Brankwell"
