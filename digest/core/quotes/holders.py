"""A speaker related to, or working for, someone named with a lower-case job ('A neighbour of the retired ferry
pilot NAME told', 'a lawyer for jailed activist NAME said'): the phrase before the verb is the holder's, whose head
comes before 'of', 'for' or 'to'; how the phrase is read (the holder or the one named) is ``serving``'s."""

from __future__ import annotations

from digest.core.lexicon import ARTICLES, role_word, word_set
from digest.core.quotes.phrase_words import lower_word
from digest.core.quotes.serving import RELATIONS, described_word
from digest.core.quotes.tokens import WORD, Tok

_LINKS = word_set("of for to")
_JOB_WORDS = 4
"""At most this many lower-case words between the link and the name ('the retired ferry pilot')."""


def holder_before_job(tokens: list[Tok], start: int, end: int, lo: int) -> int | None:
    """The head of a person phrase before 'of', 'for' or 'to' and a lower-case job that the name in
    ``tokens[start:end]`` is given: 'neighbour' in 'A neighbour of the retired ferry pilot NAME', 'cousin' in 'a
    cousin of slain cyclist NAME', 'lawyer' in 'a lawyer for jailed activist NAME'; None when the words before the
    name are no such job (a capitalised title, a number: 'Mother of two NAME'), or the head before the link names
    no person ('the death of retired pilot NAME')."""
    name = next((k for k in range(start, end) if tokens[k].is_cap), None)
    if name is None or name - 2 < lo or not _job(tokens[name - 1]):
        return None
    k = name - 1
    while k > lo and name - k <= _JOB_WORDS and lower_word(tokens[k]) and tokens[k].norm not in _LINKS:
        k -= 1
    if tokens[k].norm not in _LINKS or tokens[k + 1].norm in ARTICLES and k + 2 == name:
        return None
    holder = k - 1
    return holder if holder >= lo and _person_noun(tokens, holder, lo) else None


def _job(t: Tok) -> bool:
    """A lower-case role or agent noun ('pilot', 'potter', 'cyclist') or a state ('the late NAME')."""
    return t.kind is WORD and not t.is_cap and t.norm.isalpha() and described_word(t.norm)


def _person_noun(tokens: list[Tok], k: int, lo: int) -> bool:
    """A relation or a role ('neighbour', 'friends', 'lawyer', 'aide'), in lower case or opening the clause."""
    t = tokens[k]
    if t.kind is not WORD or (t.is_cap and k > lo and tokens[k - 1].kind is WORD):
        return False
    return t.norm in RELATIONS or role_word(t.norm)
