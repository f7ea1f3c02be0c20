"""The tense of a reported clause's first finite verb, to tell the speaker's own next act after 'and' or a comma
from more of what was said: 'NAME said he makes $41,000 a year and questioned how A' (present, then past: the
speaker questioned) against 'NAME said the driver got out and asked why A' (past and past: the driver asked)."""

from __future__ import annotations

from digest.core.lexicon import (
    COMMON_IRREGULAR_PAST,
    DEMONSTRATIVES,
    DETERMINERS,
    PERSON_PRONOUNS,
    POSSESSIVES,
    word_set,
)
from digest.core.quotes.tokens import WORD, Tok

PRESENT = "present"
PAST = "past"
PERFECT = "perfect"
MODAL = "modal"
FUTURE = "future"

_TENSES: dict[str, str] = {
    **dict.fromkeys(
        word_set("is are am has have does do can cannot may must can't doesn't don't isn't aren't hasn't haven't"),
        PRESENT,
    ),
    **dict.fromkeys(word_set("had hadn't"), PERFECT),
    **dict.fromkeys(word_set("will shall won't"), FUTURE),
    **dict.fromkeys(word_set("would could might should wouldn't couldn't shouldn't"), MODAL),
    **dict.fromkeys(word_set("was were did didn't wasn't weren't"), PAST),
}
"""The auxiliaries and forms of 'be', each with its tense (a negation with a straight apostrophe)."""
FINITE_AUXILIARIES: frozenset[str] = frozenset(_TENSES) - {"am"}
"""The auxiliaries and forms of 'be' that make words a clause (:data:`clause_shape.FINITE_WORDS` adds their
curly-apostrophe negations); not 'am', after a number the time of day ('before 10 am the ferry'), while 'I am' is a
clause by its pronoun."""
_NO_VERB_BEFORE = DETERMINERS | POSSESSIVES | DEMONSTRATIVES
"""After these an -ed word is an adjective ('the increased focus'), no verb."""
_ADVERBS_BEFORE = word_set("already also still now often only just never")
_FINITE_REACH = 8
"""The most words from a clause's start to its first finite verb ('the harbour board's new chair has')."""


def word_tense(tok: Tok, before: Tok | None) -> str | None:
    """The tense of one word as a finite verb, or None when it is no finite verb we can tell."""
    if tok.kind is not WORD or tok.is_cap:
        return None
    word = tok.norm.replace("’", "'")
    tense = _TENSES.get(word)
    if tense is not None:
        return tense
    if word in COMMON_IRREGULAR_PAST or (word.endswith("ed") and len(word) > 3):
        return None if before is not None and before.norm in _NO_VERB_BEFORE else PAST
    third_person = before is not None and (
        before.norm in PERSON_PRONOUNS or before.is_cap or before.norm in _ADVERBS_BEFORE
    )
    if third_person and word.endswith("s") and not word.endswith("ss"):
        return PRESENT  # 'he makes', 'NAME lags', 'already lags'
    return None


def clause_tense(tokens: list[Tok], start: int, end: int) -> str | None:
    """The tense of the first finite verb after a clause's first word, within a few words; None if none is told."""
    for k in range(start + 1, min(end, start + _FINITE_REACH)):
        tense = word_tense(tokens[k], tokens[k - 1])
        if tense is not None:
            return tense
    return None
