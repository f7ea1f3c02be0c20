"""Who spoke in arts, culture and sports writing (thirty-second session, culture32): invented scenes."""

from __future__ import annotations

from tests.quote_support import quotes_of

REGATTA_CROWD = (
    "Spectators packed both banks at Quillmere on the regatta's closing afternoon.\n\n"
    "Philippa Arkwright-Moss, 63, from Brennick Ferry, who said she had rowed here as a girl in borrowed oars, "
    "watched the final from the lock gates.\n\n"
    '"Nothing has changed but the blazers," she said.'
)

ORGAN_RECITAL = (
    "The cathedral's new organ had its public debut on Sunday evening, played by Ilse Dovbush, 24.\n\n"
    "Her uncle, Teodor Vashchenko, a glazier from Lublanka, who said he had fitted the rose window above the loft "
    "in 1979, took the end of a pew by the font.\n\n"
    '"I came to hear whether my glass still rattles," he said.'
)


def test_who_after_a_home_brought_in_by_from_is_the_person_not_the_place() -> None:
    """'NAME, 63, from PLACE, who said ..., watched', 'NAME, a glazier from PLACE, who said ..., took': the 'who' is the
    person whose age or job the 'from' phrase follows, never the place after 'from'; the pronoun after goes on
    with that person."""
    crowd = quotes_of(REGATTA_CROWD)
    assert ("indirect", "Philippa Arkwright-Moss", "she had rowed here as a girl in borrowed oars") in crowd
    assert ("direct", "Philippa Arkwright-Moss", "Nothing has changed but the blazers") in crowd
    recital = quotes_of(ORGAN_RECITAL)
    assert ("indirect", "Teodor Vashchenko", "he had fitted the rose window above the loft in 1979") in recital
    assert ("direct", "Teodor Vashchenko", "I came to hear whether my glass still rattles") in recital


SWIMMER = (
    "Wren Tolliday, 79, has been swimming off Morrack Cove every New Year's Day since 1983, and by now she has "
    'been described locally as "the last of the January swimmers".\n\n'
    '"I stop feeling my feet at the second buoy," she said.'
)


def test_a_name_given_in_the_passive_after_as_or_an_article_is_no_ones_words() -> None:
    """'she has been described locally as "the last of the X"': a passive participle of naming or describing, a few
    words and 'as' (or an article) before the quotation, and no 'by' naming who gave it: a label, no quotation of
    the person the sentence is about."""
    assert [q for q in quotes_of(SWIMMER) if "January swimmers" in q[2]] == []
    assert ("direct", "Wren Tolliday", "I stop feeling my feet at the second buoy") in quotes_of(SWIMMER)
