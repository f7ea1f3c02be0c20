"""Names given to things: 'a choir called "The Night Larks"'. Outside anyone's reported speech such a quotation is no
one's words, though a speaker stands nearby; inside a speaker's reported clause the quoted name is the speaker's
wording and stays theirs (PolNeAR's annotators count it so)."""

from __future__ import annotations

from digest.core.lexicon import ARTICLES, POSSESSIVES, PRONOUNS, RELATIVE_PRONOUNS, word_set
from digest.core.quotes.tokens import QUOTE, WORD, Tok

_CALLING = word_set("called named dubbed nicknamed titled entitled christened")
_THING_REACH = 4
_SUBJECT_WORDS = frozenset(PRONOUNS) | word_set("you what")
_STOPS = RELATIVE_PRONOUNS | _SUBJECT_WORDS | (ARTICLES | POSSESSIVES) - {"a", "an"}
"""Words between 'a' and the verb that give the verb a subject of its own ('a law the mayor called "a mess"')."""


def _thing_called(tokens: list[Tok], qi: int) -> bool:
    """'sang with a choir called "The Night Larks"', 'posts from an account named "Gullwatch"': a thing brought in
    with 'a' or 'an' (a few words of its own after it) and named right after (no object between the verb and the
    quotation: 'called the "X"' is allowed); not when a clause's subject stands before the verb ('a law the
    mayor called "a mess"', 'the plan which a rival dubbed "X"')."""
    k = qi - 1
    if k >= 0 and tokens[k].norm == "the":
        k -= 1
    if k < 1 or tokens[k].kind is not WORD or tokens[k].is_cap or tokens[k].norm not in _CALLING:
        return False
    for a in range(k - 1, max(-1, k - 1 - _THING_REACH), -1):
        t = tokens[a]
        if t.norm in ("a", "an"):
            return a < k - 1 and not _subject_of_relative(tokens, a)
        if t.kind is not WORD or t.norm in _STOPS:
            return False  # 'a law the mayor called "a mess"': the verb has a subject of its own
    return False


def _subject_of_relative(tokens: list[Tok], a: int) -> bool:
    """'the plan which a rival dubbed "X"', 'the plan a rival dubbed "X"': the phrase opened by 'a' at ``a`` is the
    subject of a relative clause (a relative word before it, or a noun after a determiner)."""
    before = tokens[a - 1] if a > 0 else None
    if before is None or before.kind is not WORD:
        return False
    if before.norm in RELATIVE_PRONOUNS or before.norm == "what":
        return True
    return a > 1 and not before.is_cap and (tokens[a - 2].norm in ARTICLES | POSSESSIVES)


def given_name(tokens: list[Tok], qi: int) -> bool:
    """The quotation ``tokens[qi]`` is a name given to a thing ('a choir called "The Night Larks"')."""
    return _thing_called(tokens, qi)


def joined_to(tokens: list[Tok], qi: int) -> int | None:
    """'has acted in "Low Tide" and "Grey Harbour"', 'tick "Yes" or "No"': the quotation before ``tokens[qi]`` that
    'and' or 'or' joins it to (a comma may stand before the conjunction), if any."""
    k = qi - 1
    if k < 1 or tokens[k].norm not in ("and", "or"):
        return None
    k -= 1
    if tokens[k].text == "," and k > 0:
        k -= 1
    return k if tokens[k].kind is QUOTE else None
