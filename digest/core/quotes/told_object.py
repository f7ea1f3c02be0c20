"""The object of 'told' before its clause ('told reporters', 'told the committee', 'told CBS News'): where it ends
and the clause's subject begins ('told reporters interest rates would rise')."""

from __future__ import annotations

from digest.core.lexicon import (
    ARTICLES,
    MONTHS_DAYS,
    ORG_WORDS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    TOLD_OBJECTS,
    word_set,
)
from digest.core.quotes.clause_shape import FINITE_WORDS, SUBJECT_DETERMINERS, is_pronoun, that_ahead
from digest.core.quotes.inserted_phrase import INSERTION_PREPOSITIONS, INSERTION_START
from digest.core.quotes.phrase_words import lower_word
from digest.core.quotes.tokens import WORD, Tok

THAT_TIME = word_set("night day morning afternoon evening week weekend month year time same")
"""Words after 'that' that make it a time ('that night', 'that same day'), not a clause's opener."""


SUBORDINATE_ONLY = word_set("as while whereas")
"""Subordinators that are no preposition: one ends the object of 'told' and opens a clause of its own, not what
was told ('..., the judge told him as she passed sentence'); after one, a pronoun opens no reported clause ('told
the board as she left'; 'told the board after the vote she would' may, 'after' being also a preposition)."""
PLACE_PREPOSITIONS = word_set("outside inside near beside behind around across along beneath")
"""Prepositions of place that end the object of 'told' ('told reporters outside the hall that'): the phrase after
them is no clause's subject."""
_OBJECT_OPENERS = ARTICLES | word_set("his her their its our local state foreign this")


_TOLD_OBJECT_MAX = 4
_TOLD_NAME_MAX = 8
"""The most words of the object of 'told', and of one that ends in a name ('told longtime Kelby council member Ida
Marsh that': the name's words are the object's, not the clause's subject)."""


def skip_told_object(tokens: list[Tok], i: int, hi: int) -> int:
    """The token after the object of ``told``: 'told reporters', 'told the committee', 'told CBS News'."""
    k = i
    owned = _owned_object(tokens, k, hi)
    if owned is not None:
        return owned  # 'told her brother she had sold': 'her' owns the noun, the pronoun after it opens the clause
    if k < hi and tokens[k].kind is WORD and tokens[k].norm in ("him", "her", "them", "us", "me", "you"):
        return k + 1
    if k < hi and tokens[k].kind is WORD and tokens[k].norm in _OBJECT_OPENERS:
        k += 1
    steps = 0
    while (
        k < hi
        and (steps < _TOLD_OBJECT_MAX or (tokens[k].is_cap and steps < _TOLD_NAME_MAX))
        and tokens[k].kind is WORD
        and tokens[k].norm != "that"
        and not is_pronoun(tokens[k])
        and (tokens[k].norm not in SUBJECT_DETERMINERS or tokens[k - 1].norm == "of")  # 'the head of the agency'
        and tokens[k].norm not in INSERTION_START
        and not (steps and tokens[k].norm in INSERTION_PREPOSITIONS and that_ahead(tokens, k, hi))
        and tokens[k].norm not in ("who", "which", "why", "how", "what")
        and tokens[k].norm not in SUBORDINATE_ONLY
        and not (steps and before_finite(tokens, k, hi))
    ):
        k += 1
        steps += 1
    if steps > 1 and k < hi and thing_noun(tokens[k]) and before_finite(tokens, k, hi) and thing_noun(tokens[k - 1]):
        k -= 1  # 'told reporters interest rates would rise': a noun before the subject's head is the subject's
    return k if steps else i


_OWNED_NOUNS_MAX = 2
"""The most plain words after 'her' before a subject pronoun ('her brother', 'her younger cousin')."""


def _owned_object(tokens: list[Tok], k: int, hi: int) -> int | None:
    """After 'told', 'her' and one or two plain lower-case words right before a subject pronoun are the object (a
    possessive and its noun: 'told her brother she had sold', 'told her younger cousin he would'): no clause opens
    with a noun and a pronoun. The token after them, or None."""
    if k >= hi or tokens[k].norm != "her":
        return None
    for j in range(k + 1, min(hi, k + 1 + _OWNED_NOUNS_MAX)):
        if not _owned_word(tokens[j]):
            return None
        if j + 1 < hi and is_pronoun(tokens[j + 1]):
            return j + 1
    return None


def _owned_word(t: Tok) -> bool:
    """A plain word that may be a noun or its modifier after 'her' ('brother', 'younger'), not a pronoun, a verb or a
    word that opens a clause or a phrase ('that', 'after', 'again')."""
    n = t.norm
    return lower_word(t) and not is_pronoun(t) and n not in FINITE_WORDS and n not in _NOT_OWNED


def thing_noun(t: Tok) -> bool:
    """A plain lower-case word that names no person or body ('interest' in 'interest rates'), so it modifies the
    clause's subject rather than ending the object told."""
    n = t.norm
    plain = lower_word(t) and not is_pronoun(t)
    return plain and not (n in ROLE_NOUNS or n in ORG_WORDS or n in TOLD_OBJECTS or n in _NOT_THINGS)


_NOT_THINGS = RELATIVE_PRONOUNS | ARTICLES | MONTHS_DAYS | THAT_TIME | word_set("today what where")
_NOT_OWNED = _NOT_THINGS | INSERTION_PREPOSITIONS | SUBORDINATE_ONLY | word_set("so then now again once also not")
"""Words no noun after 'her' is (:func:`_owned_word`)."""


def before_finite(tokens: list[Tok], k: int, hi: int) -> bool:
    """A plain word right before an auxiliary or a form of 'be' is a clause's subject ('told reporters crews would
    stay', 'told us prices were rising'), not more of the object told."""
    nxt = tokens[k + 1] if k + 1 < hi else None
    return tokens[k].kind is WORD and nxt is not None and nxt.norm in FINITE_WORDS and not nxt.is_cap


_LONG_SUBJECT_REACH = 8
"""The most words from a longer subject's first noun to its verb."""
_SUBJECT_PREPOSITIONS = word_set("about at by for from in of on operated run owned")
"""Words after the first noun of a longer subject ('grumbles about parking', 'levels at the gauge', 'ferries
operated by the council'): a phrase that belongs to the subject, before its verb."""


def phrase_before_finite(tokens: list[Tok], k: int, hi: int) -> bool:
    """A plain noun (or two), a phrase of its own ('about', 'at', 'of', 'operated by' ...) and then, within a few
    plain words, an auxiliary or a form of 'be' make a clause's subject after the object of 'told' ('told me
    complaints about the rota had doubled', 'told us water levels at the weir had risen'); no relative word,
    punctuation or pronoun on the way ('told them stories of the war that were')."""
    if not lower_word(tokens[k]) or tokens[k].norm.endswith(("ing", "ly")) or tokens[k].norm in _NOT_THINGS:
        return False
    p = k + 2 if k + 2 < hi and lower_word(tokens[k + 1]) and tokens[k + 2].norm in _SUBJECT_PREPOSITIONS else k + 1
    if not (p + 1 < hi and tokens[p].norm in _SUBJECT_PREPOSITIONS):
        return False
    for j in range(p + 1, min(hi, k + _LONG_SUBJECT_REACH)):
        t = tokens[j]
        if t.kind is not WORD or t.norm in RELATIVE_PRONOUNS or is_pronoun(t):
            return False
        if t.norm in FINITE_WORDS and not t.is_cap:
            return True
    return False
