"""What the cue rules return: a speaker noun phrase as a token range, and the test for a lower-case verb."""

from __future__ import annotations

from dataclasses import dataclass

from digest.core.quotes.tokens import WORD, Tok

APPOSITIVE_MAX = 30
"""Most tokens an appositive or speaker phrase set off by commas may span ('X, a role of ..., said')."""


@dataclass(frozen=True)
class Attribution:
    """A speaker noun phrase (token range) for something said; ``how`` names the rule that found it."""

    start: int
    end: int
    how: str


def is_verb(tok: Tok, verbs: frozenset[str]) -> bool:
    """``tok`` is a lower-case word among ``verbs``."""
    return tok.kind is WORD and not tok.is_cap and tok.norm in verbs
