"""A name that is the object inside a modifier of the speaker, not the speaker: 'A woman who knew NAME said', 'the
officer who arrested NAME told', 'a lawyer representing NAME said'. The speaker is the noun the modifier describes
(as after the verb: 'said a woman who knew NAME' gives the woman)."""

from __future__ import annotations

from digest.core.lexicon import role_word, word_set
from digest.core.quotes.tokens import WORD, Tok

_RELATIVE_REACH = 4
"""At most this many lower-case words between 'who' and the name ('who has worked with')."""

_REPRESENTING = word_set("representing advising defending prosecuting counselling counseling coaching managing")
"""Participles after a role whose object is the one served ('a lawyer representing NAME', 'an agent managing NAME')."""


def modifier_before_name(tokens: list[Tok], start: int, lo: int) -> int | None:
    """Where the modifier holding the name at ``start`` opens (its 'who' or its participle), so the speaker phrase
    is read before it; None when the name is not inside such a modifier ('NAME, who ..., said' has a comma;
    'WHO chief NAME' is an acronym, capitalised)."""
    k = start - 1
    while k > lo and start - k <= _RELATIVE_REACH and _plain(tokens[k]):
        if tokens[k].text == "who":
            return k if tokens[k - 1].kind is WORD and k < start - 1 else None  # 'who NAME said': NAME is its subject
        k -= 1
    p = start - 1
    if p - 1 >= lo and tokens[p].kind is WORD and tokens[p].text in _REPRESENTING and role_word(tokens[p - 1].norm):
        return p
    return None


def _plain(t: Tok) -> bool:
    """A lower-case word (a verb, an adverb, a preposition of the relative clause)."""
    return t.kind is WORD and not t.is_cap
