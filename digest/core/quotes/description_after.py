"""A description after the verb or after 'according to' ('said the 61-year-old.', 'according to the report,'):
a determiner and a few words ending at punctuation (split out of ``speakers.py``, unchanged)."""

from __future__ import annotations

from digest.core.lexicon import AUXILIARIES, DESCRIPTION_OPENERS, FINITE_BE, PRONOUNS, word_set
from digest.core.quotes.tokens import PUNCT, WORD, Tok


def description_after(tokens: list[Tok], i: int, hi: int) -> tuple[int, int] | None:
    """'according to the report,', 'said the 61-year-old.': a determiner and up to eight words, ending at
    punctuation (the phrase names a thing or a person by a common noun)."""
    if i >= hi or tokens[i].norm not in DESCRIPTION_OPENERS:
        return None
    k = i + 1
    limit = _DESCRIPTION_AFTER_WORDS
    cut = None  # 'according to a memo seen by the Fenwray Post,': the memo, not who saw it
    while k < hi and k - i <= limit and tokens[k].kind is WORD and tokens[k].norm not in PRONOUNS:
        if tokens[k].norm in _FINITE_AFTER:
            return None  # '"A hard man," said the catch was poor': a clause, 'said' the subject's verb
        if cut is None and k > i + 1 and participle_by(tokens, k, hi):
            cut = k
        k += 1
    if k == i + 1 or k - i > limit or (k < hi and tokens[k].kind is not PUNCT):
        return None
    return i, cut or k


def participle_by(tokens: list[Tok], k: int, hi: int) -> bool:
    """A participle of access and 'by' opening a reduced relative clause ('seen by', 'obtained by', 'reviewed by')."""
    if k + 1 >= min(hi, len(tokens)) or tokens[k + 1].norm != "by":
        return False
    return tokens[k].kind is WORD and not tokens[k].is_cap and tokens[k].norm in ACCESS_PARTICIPLES


ACCESS_PARTICIPLES = word_set("seen obtained reviewed viewed examined acquired")
"""Participles of getting to see a document ('a memo seen by the Fenwray Post'): whoever follows 'by' did not
write it."""


_DESCRIPTION_AFTER_WORDS = 8
"""'said one long-serving councillor close to the talks.': a determiner and at most this many words."""
_FINITE_AFTER = FINITE_BE | AUXILIARIES
"""Finite verbs that make the words after 'said' a clause, no description of a speaker."""
