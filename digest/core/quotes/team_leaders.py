"""A named person or a role leading a team speaks for it: 'Rolf Ekdahl and his team wrote', 'the mayor and her
staff said' (split out of ``speakers.py``, unchanged)."""

from __future__ import annotations

from digest.core.lexicon import DESCRIPTION_OPENERS, LEAD_WORDS, ROLE_NOUNS
from digest.core.quotes.tokens import WORD, Tok

_TEAM_NOUNS = frozenset(
    {"team", "colleagues", "co-authors", "coauthors", "collaborators", "students", "co-workers", "staff", "aides"}
)
TEAM_OWNERS = frozenset({"his", "her", "their"})


def team_leader(tokens: list[Tok], start: int, end: int, lo: int) -> tuple[int, int] | None:
    """'Rolf Ekdahl and his team wrote': the named person who leads the team speaks for it (the phrase before
    'and his team', a run of capitalised words opening the clause)."""
    if end - start != 2 or tokens[start].norm not in TEAM_OWNERS or tokens[end - 1].norm not in _TEAM_NOUNS:
        return None
    if start - 2 < lo or tokens[start - 1].norm != "and":
        return None
    first = start - 2
    if tokens[first].is_cap:
        while first - 1 >= lo and tokens[first - 1].is_cap and tokens[first - 1].kind is WORD:
            first -= 1
    else:
        described = _role_description_start(tokens, first, lo)
        if described is None:
            return None
        first = described
    opens = first == lo or tokens[first - 1].text == "," or tokens[first - 1].norm in LEAD_WORDS
    return (first, start - 1) if opens else None  # not 'Doctors at Vestby Hospital and their colleagues'


def _role_description_start(tokens: list[Tok], head: int, lo: int) -> int | None:
    """'the mayor and her staff', 'the new head coach and his team': a role noun after a determiner (and a few
    plain words) leads the team; where that description starts, else None."""
    if tokens[head].norm not in ROLE_NOUNS:
        return None
    for d in range(head - 1, max(lo - 1, head - 4), -1):
        t = tokens[d]
        if t.norm in DESCRIPTION_OPENERS:
            return d
        if t.kind is not WORD or t.is_cap:
            return None
    return None
