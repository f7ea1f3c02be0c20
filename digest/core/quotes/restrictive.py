"""A verb of speech in a restrictive relative clause ('... compared with 23 percent who said A', 'experts who have
warned A'): said by the people the noun before 'who' names, unless that phrase is the sentence's subject."""

from __future__ import annotations

from digest.core.lexicon import (
    ADVERBS_OR_AUXILIARIES,
    COORDINATORS,
    FINITE_BE,
    IRREGULAR_PAST,
    word_set,
)
from digest.core.quotes.attribution import Attribution
from digest.core.quotes.shares import share_word
from digest.core.quotes.subjects import NOT_IN_SHARE, RESTRICTIVE_HEADS, people, relative_who
from digest.core.quotes.tokens import WORD, Tok

_COORDINATORS = COORDINATORS | {"while"}
_RESTRICTIVE_REACH = 3
_NOT_IN_RESTRICTIVE = (
    NOT_IN_SHARE
    | FINITE_BE
    | word_set(
        "there among by with for from to in on at than between including like of against versus over about after into"
    )
)
_SUBJECT_LEAD = RESTRICTIVE_HEADS | word_set("among of the a an all none half majority percentage number percent")


def _people_before_who(tokens: list[Tok], j: int) -> bool:
    head = tokens[j - 1]
    if head.text == "%" or (j - 2 >= 0 and tokens[j - 2].norm == "in" and share_word(tokens, j - 2, j)):
        return True  # '18% who say', 'two in 10 who said'
    return head.kind is WORD and (
        people(head) or head.norm in RESTRICTIVE_HEADS or share_word(tokens, j - 1, j) or head.text.endswith("%")
    )


def restrictive_relative(tokens: list[Tok], lo: int, v: int) -> Attribution | None:
    """'... compared with 23 percent who said A', 'ammunition to Republicans who say A', 'experts who have warned
    A': a speech verb in a relative clause with no comma before 'who' is said by the people the noun before it names
    (a plural of people, a share, 'those'; never a thing: 'the plan that said'). Not when the phrase is the
    sentence's subject ('Those who said A supported B', 'Most of those who said A', 'and those who said A tended to
    B'): the clause would run on into the main clause's verb."""
    j = v - 1
    while j > lo and tokens[j].kind is WORD and not tokens[j].is_cap and tokens[j].norm in ADVERBS_OR_AUXILIARIES:
        j -= 1
    if j - 1 < lo or not relative_who(tokens[j]) or not _people_before_who(tokens, j):
        return None
    start = j - 1
    while (
        start - 1 >= lo
        and j - start < _RESTRICTIVE_REACH
        and tokens[start - 1].kind is WORD
        and tokens[start - 1].norm not in _NOT_IN_RESTRICTIVE
        and not tokens[start - 1].norm.endswith("ed")
        and tokens[start - 1].norm not in IRREGULAR_PAST  # 'met harbour workers who said'
    ):
        start -= 1
    if start - 2 >= lo and tokens[start - 1].norm == "in" and share_word(tokens, start - 1, j):
        start -= 2  # 'two in 10 who said'
    before = tokens[start - 1].norm if start > lo else ""
    if before in _COORDINATORS or (before == "among" and not (start - 2 >= lo and tokens[start - 2].norm in FINITE_BE)):
        return None  # 'and those who said A tended to', 'His lead among voters who say A is': a subject
    lead = tokens[lo:start]
    if all(
        t.kind is not WORD or t.norm in _SUBJECT_LEAD or t.text[0].isdigit() or share_word(tokens, lo + i, start)
        for i, t in enumerate(lead)
    ):
        return None
    return Attribution(start, j, "restrictive")
