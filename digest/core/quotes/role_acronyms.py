"""Capitalised abbreviations of a person's job ('the new MP said', 'the CFO replied', 'the SNP MEP said'): a role
that a description may stand for, never an organisation's initials (read alone, 'MP' was taken for a body like
'NATO', and 'the new' was dropped before it)."""

from __future__ import annotations

from digest.core.quotes.tokens import WORD, Tok

ROLE_ACRONYMS = frozenset({"mp", "msp", "mep", "mla", "mpp", "td", "ceo", "cfo", "coo", "cto", "gp"})
"""Lower-cased abbreviations of jobs held by one person (members of parliaments and assemblies, officers of a
company, a family doctor); not letters written after a name ('NAME KC', 'NAME MBE')."""


def role_acronym(tok: Tok) -> bool:
    """``tok`` is a job's abbreviation written in capitals ('MP', 'CEO'; not 'Mp' or 'gp')."""
    return tok.kind is WORD and tok.text.isupper() and tok.norm in ROLE_ACRONYMS
