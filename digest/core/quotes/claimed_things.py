"""A thing won, not words: 'NAME claimed his second win of the season ... after B', 'claimed 5 for 38 as B'. After a
verb of claiming, words that open with a possessive or a number and reach a subordinator before any verb are its
object (a title, a prize, wickets), not a reported clause ('claimed his rival had cheated' has its verb)."""

from __future__ import annotations

from bisect import bisect_left

from digest.core.lexicon import IRREGULAR_PAST, POSSESSIVES, SUBORDINATORS, word_set
from digest.core.quotes.clause_shape import FINITE_WORDS
from digest.core.quotes.cue import Report
from digest.core.quotes.tokens import WORD, Tok

_CLAIMING = word_set("claim claims claimed claiming")
_OBJECT_ENDS = SUBORDINATORS | word_set("as with")
"""Words after which the object's verbless words go on as the writer's ('... after her rival withdrew', '... as the
visitors collapsed')."""


def claimed_thing(tokens: list[Tok], report: Report) -> bool:
    """The report's cue is a verb of claiming and its clause a thing claimed: a possessive or a number first, then
    no verb (an auxiliary, a past tense, a word in -ed) before a subordinator, 'as' or 'with'."""
    if not 0 <= report.verb < len(tokens) or tokens[report.verb].norm not in _CLAIMING:
        return False
    k = bisect_left(tokens, report.start, key=lambda t: t.start)  # the clause's first token (not a scan: linear time)
    if k >= len(tokens) or not (tokens[k].norm in POSSESSIVES or tokens[k].norm[:1].isdigit()):
        return False
    for i in range(k + 1, len(tokens)):
        t = tokens[i]
        if t.start >= report.end or t.kind is not WORD:
            return False
        if t.norm in FINITE_WORDS or t.norm in IRREGULAR_PAST or (t.norm.endswith("ed") and not t.is_cap):
            return False
        if t.norm in _OBJECT_ENDS:
            return True
    return False
