"""A verb of speech in the progressive or after 'keep': 'X is saying that', 'they are now arguing', 'she has been
warning', 'he kept saying': where the auxiliary stands, so the subject is read before it; and a pronoun with a
contracted 'is' ("he's saying"), which is the subject and the auxiliary at once."""

from __future__ import annotations

from digest.core.lexicon import ADVERBS, FINITE_BE, PERFECT_AUXILIARIES, word_set
from digest.core.quotes.tokens import WORD, Tok

_PROGRESSIVE_BE = FINITE_BE | {"been", "'s", "’s"}
"""Forms of 'be' before a participle of speech ('is saying', 'has been warning', "she's arguing")."""
_KEEPING = word_set("keep keeps kept")
_BETWEEN = ADVERBS | word_set("now always even")
"""Adverbs between the auxiliary and the participle ('is now saying', 'are still arguing', 'kept repeatedly
saying'); a word in -ly counts too."""
_MOST_BETWEEN = 2


def progressive_aux(tokens: list[Tok], v: int, lo: int) -> int | None:
    """The index of the form of 'be' or 'keep' before the participle at ``v`` (past at most two adverbs, and past
    'has' before 'been'), with a word before it for a subject; None when the participle follows no such word."""
    k = v - 1
    while k > lo and v - k <= _MOST_BETWEEN and _adverb(tokens[k]):
        k -= 1
    if k <= lo or not (tokens[k].norm in _PROGRESSIVE_BE or tokens[k].norm in _KEEPING):
        return None
    if k - 1 >= lo and tokens[k].norm == "been" and tokens[k - 1].norm in PERFECT_AUXILIARIES:
        k -= 1
    return k


_CONTRACTED_SUBJECTS = word_set("he she it who")
"""Subjects written with a contracted 'is' before a participle of speech ("he's saying", "who's arguing"): the
one token is both the subject and the auxiliary (a name's "NAME's saying" may be a possessive, so names are not
read)."""


def contracted_subject(tokens: list[Tok], v: int, lo: int) -> int | None:
    """The index of a pronoun with a contracted 'is' ("he's", "she’s") before the participle at ``v`` (past at most
    two adverbs: "she's now arguing"), which is the participle's subject; None when there is none."""
    k = v - 1
    while k > lo and v - k <= _MOST_BETWEEN and _adverb(tokens[k]):
        k -= 1
    t = tokens[k] if k >= lo else None
    if t is None or t.kind is not WORD or t.norm not in _CONTRACTED_SUBJECTS:
        return None
    return k if t.text.lower().endswith(("'s", "’s")) and len(t.text) == len(t.norm) + 2 else None


def _adverb(t: Tok) -> bool:
    return t.kind is WORD and not t.is_cap and (t.norm in _BETWEEN or (t.norm.endswith("ly") and len(t.norm) > 4))
