"""A phrase naming the means of saying between a verb of speech and a clause without 'that' ('said in a radio
broadcast kiln prices had doubled', 'told customers in a long email the glaze was safe')."""

from __future__ import annotations

from digest.core.lexicon import IRREGULAR_PAST, MONTHS_DAYS, RELATIVE_PRONOUNS, word_set
from digest.core.quotes.clause_shape import (
    FINITE_WORDS,
    NOT_CLAUSE_START,
    finite_clause,
    past_clause,
    placed_subject_past,
)
from digest.core.quotes.inserted_phrase import determined_phrase
from digest.core.quotes.tokens import WORD, Tok
from digest.core.quotes.told_object import skip_told_object

_MEDIA_NOUNS = word_set(
    """letter statement report post interview speech email e-mail message video column blog tweet note
    filing judgment ruling submission newsletter update release podcast broadcast memo editorial essay article"""
)
"""Nouns of the means or the place of what was said ('in a long email', 'in a radio broadcast', 'during a
recorded interview'): a phrase of occasion that ends with one is no part of the clause after it ('in her opinion',
which the speaker's clause keeps, is none)."""
_OCCASION_PREPOSITIONS = word_set("in on at during via")
"""Prepositions opening a phrase of the means of saying ('in a letter', 'on a podcast', 'during a briefing')."""
_PARTICIPLES = word_set("read written sent given shown posted")
"""Participles after a noun of means that go on describing it ('a statement read to buyers')."""
_MEDIUM_REACH = 3
"""The most words between the phrase's determiner and its noun of means ('a long signed email')."""


def medium_phrase_end(tokens: list[Tok], i: int, hi: int) -> int | None:
    """The index after a phrase of means opening at ``tokens[i]``: a preposition of occasion, a determiner or a
    possessive and at most three words ending in a noun of :data:`_MEDIA_NOUNS`, when a word that may open a
    clause follows (:func:`_may_open_clause`; 'in a letter that' is read elsewhere); else None."""
    if not determined_phrase(tokens, i, hi, _OCCASION_PREPOSITIONS):
        return None
    for j in range(i + 2, min(hi - 1, i + 2 + _MEDIUM_REACH)):
        t = tokens[j]
        if t.kind is not WORD or t.norm in FINITE_WORDS or t.norm in RELATIVE_PRONOUNS or t.norm in NOT_CLAUSE_START:
            return None
        nxt = tokens[j + 1]
        if t.norm in _MEDIA_NOUNS and not t.is_cap and nxt.norm not in _MEDIA_NOUNS:  # 'a club video post'
            return j + 1 if _may_open_clause(nxt) else None
    return None


def _may_open_clause(t: Tok) -> bool:
    """A word after the phrase that may open a clause: not 'that', a preposition, a time ('Tuesday') nor a participle
    describing the noun ('a statement read to buyers', 'an interview aired at dawn')."""
    if t.kind is not WORD or t.norm == "that" or t.norm in NOT_CLAUSE_START or t.norm in MONTHS_DAYS:
        return False
    return t.is_cap or not (t.norm.endswith("ed") or t.norm in IRREGULAR_PAST or t.norm in _PARTICIPLES)


def clause_after_medium(tokens: list[Tok], i: int, hi: int, told: bool) -> int | None:
    """Where the clause opens after a phrase of means right after the verb (``tokens[i]``), or after the object of
    a verb of telling (``told``): the phrase, then words that make a clause (a subject and a finite verb, or a past
    tense); else None."""
    p = skip_told_object(tokens, i, hi) if told else i
    k = medium_phrase_end(tokens, p, hi)
    if k is None:
        return None
    clause = finite_clause(tokens, k, hi) or past_clause(tokens, k, hi) or placed_subject_past(tokens, k, hi)
    return k if clause else None
