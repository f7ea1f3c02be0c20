"""Reported clauses cut by an inserted attribution (thirty-third session, reported33): words before 'according to
X,' or ', X said,' that end on a word ending no clause are the writer's; what follows is the speaker's when it goes
on the clause. Invented scenes."""

from __future__ import annotations

from tests.quote_support import quotes_of, speaker_of

KILN = (
    "Tamsin Orrell fires the big kiln behind the chapel at Pendrake twice a month. She inherited the workshop from "
    "her godmother in 1994 and, according to her apprentice, Wendell Ashby, has never once let a batch cool too fast. "
    "Its chimney was, the parish newsletter noted, rebuilt by volunteers."
)

GLASSWORKS = (
    "Ruaridh Penmore spent his twenties in Trieste, where, he later recalled, a retired glassblower taught him to "
    "gather molten glass on an iron pipe. The furnace he keeps in Hallowby is, he reckons, older than its keeper."
)

ALMANAC = (
    "The almanac was gone from the shops in nine days, and, according to the printer, Ottoline Vere, the second run "
    "is already spoken for. Weather tables in it were also, according to Vere, the hardest pages to set."
)


def _texts(text: str) -> list[str]:
    return [quote for _, _, quote in quotes_of(text)]


def test_words_before_a_mid_phrase_attribution_are_no_clause() -> None:
    """'She inherited the workshop ... and, according to her apprentice, X, has never once let ...': 'and' ends no
    clause, so the words before it are not the apprentice's; 'has never once let a batch cool' goes on the clause
    as a verb and is; 'Weather tables in it were also,' is no clause of the printer's."""
    texts = _texts(KILN)
    assert not any(t.endswith(" and") for t in texts), texts
    assert "has never once let a batch cool too fast" in texts
    assert not any(t.endswith(" also") for t in _texts(ALMANAC)), _texts(ALMANAC)


def test_the_clause_after_where_is_the_speakers() -> None:
    """'..., where, he later recalled, a retired glassblower taught him ...': 'where' asks for a clause, and the
    clause after the attribution is what he recalled, not 'spent his twenties in Trieste, where'."""
    texts = _texts(GLASSWORKS)
    assert not any(t.endswith(" where") for t in texts), texts
    assert speaker_of(GLASSWORKS, "a retired glassblower taught him to gather molten glass") == "Ruaridh Penmore"


FERRY_DAY = (
    "Forty passengers waited on the slipway at Carrach Point. Among them was Ottilie Brannagh, 77, who said she had "
    "crossed the sound every week since the lighthouse closed. The skipper's nephew, Lorcan Tiernagh, now 19, who said "
    "he means to steer the boat alone from midsummer, handed out the tickets."
)


def test_an_age_between_a_name_and_who_said() -> None:
    """'NAME, 77, who said A', 'NAME, now 19, who said A': the age set off by commas is no noun phrase; the name
    before it speaks the relative clause's report."""
    assert speaker_of(FERRY_DAY, "crossed the sound every week") == "Ottilie Brannagh"
    assert speaker_of(FERRY_DAY, "steer the boat alone") == "Lorcan Tiernagh"
