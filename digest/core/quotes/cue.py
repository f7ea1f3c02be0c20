"""What the cue rules return: a speaker noun phrase as a token range, a reported clause, and the test for a
lower-case verb."""

from __future__ import annotations

from dataclasses import dataclass

from digest.core.lexicon import ARTICLES, DEMONSTRATIVES, POSSESSIVES
from digest.core.quotes.tokens import POSSESSIVE_ENDS, WORD, Tok
from digest.core.speech_verbs import WISH_VERBS

APPOSITIVE_MAX = 30
"""Most tokens an appositive or speaker phrase set off by commas may span ('X, a role of ..., said')."""


@dataclass(frozen=True)
class Attribution:
    """A speaker noun phrase (token range) for something said; ``how`` names the rule that found it."""

    start: int
    end: int
    how: str


@dataclass(frozen=True)
class Report:
    """A reported clause: who (speaker phrase) and where (char offsets in the paragraph)."""

    who: Attribution
    start: int
    end: int
    verb: int


Cue = tuple[Attribution, int] | Report | None
"""A cue's speaker and the index where its clause starts, a whole report, or nothing."""


def is_verb(tok: Tok, verbs: frozenset[str]) -> bool:
    """``tok`` is a lower-case word among ``verbs``."""
    return tok.kind is WORD and not tok.is_cap and tok.norm in verbs


_NOUN_OPENERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES


def noun_use(tokens: list[Tok], v: int, lo: int) -> bool:
    """A speech verb's form used as a noun: "the ministry's claim", "a warning", "their comments"."""
    if v - 1 < lo or tokens[v - 1].kind is not WORD:
        return False
    prev = tokens[v - 1]
    return prev.norm in _NOUN_OPENERS or prev.text.endswith(POSSESSIVE_ENDS)


def wish_to_know(tokens: list[Tok], k: int, hi: int) -> bool:
    """'wanted to know', 'wants to know', 'demanded to know' at ``k``: a question put, as 'asked' puts one
    ('NAME wanted to know, "A?"', '"A?" NAME wanted to know.')."""
    return k + 2 < hi and is_verb(tokens[k], WISH_VERBS) and tokens[k + 1].norm == "to" and tokens[k + 2].norm == "know"
