"""A statement noun before a participle of speech, past a time and the statement's addressee ('sent an email on
Monday saying that A', 'issued a letter to members this week arguing that A'): the participle reports what the
statement said, and its speaker is the subject who sent it."""

from __future__ import annotations

from digest.core.lexicon import MONTHS_DAYS, STATEMENT_NOUNS, word_set
from digest.core.quotes.tokens import WORD, Tok

_TIME_WORDS = MONTHS_DAYS | word_set("on this last week month morning afternoon evening night earlier today yesterday")
"""Words of a short time between a statement noun and its participle ('Wednesday', 'on Monday', 'this week')."""
_TIME_REACH = 3
"""The most words of that time ('late on Monday night' is not read)."""
_ADDRESSEE_REACH = 5
"""The most words of the addressee after 'to' ('to the parish council', 'to her deputy NAME')."""
_NOT_ADDRESSEE = word_set("that which who and or but not")
"""Words no addressee holds: they open a clause of their own ('a letter to say that', 'to those who')."""


def statement_before(tokens: list[Tok], k: int, lo: int) -> bool:
    """``tokens[k]`` (the word before a participle of speech) ends a statement noun, a time or an addressee after
    one ('issued a statement saying', 'sent a memo Thursday urging', 'wrote a letter to the council on Monday
    alleging'), with a word before the noun (its article or its owner)."""
    j = _past_time(tokens, k, lo)
    if j >= lo and _statement(tokens, j, lo):
        return True
    to = next((m for m in range(j, max(lo, j - _ADDRESSEE_REACH) - 1, -1) if tokens[m].norm == "to"), None)
    if to is None or to == j or any(_breaks(t) for t in tokens[to + 1 : j + 1]):
        return False
    return _statement(tokens, to - 1, lo)


def _past_time(tokens: list[Tok], k: int, lo: int) -> int:
    """The index before a short time that ends at ``k`` ('on Monday', 'this week'), or ``k`` when none does."""
    j = k
    while j >= lo and k - j < _TIME_REACH and tokens[j].kind is WORD and tokens[j].norm in _TIME_WORDS:
        j -= 1
    return j if j < k and tokens[k].norm not in ("on", "this", "last") else k


def _statement(tokens: list[Tok], j: int, lo: int) -> bool:
    """``tokens[j]`` is a lower-case statement noun after a word ('a letter', 'her email')."""
    t = tokens[j]
    return j - 1 >= lo and not t.is_cap and t.norm in STATEMENT_NOUNS and tokens[j - 1].kind is WORD


def _breaks(t: Tok) -> bool:
    """A token no addressee holds: punctuation or a word opening a clause."""
    return t.kind is not WORD or t.norm in _NOT_ADDRESSEE
