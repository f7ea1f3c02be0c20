"""Quoted titles: the names of shows, books and slogans written in quotation marks are no quotations."""

from __future__ import annotations

from digest.core.lexicon import word_set
from digest.core.quotes.tokens import WORD, Tok

_TITLE_AFTER = word_set("on in to told from of with for at")
_TITLE_SMALL_WORDS = word_set("a an the of and in on for to with at by from or vs")
_TITLE_MAX_WORDS = 7


def is_title(tokens: list[Tok], qi: int, inner: str) -> bool:
    """A quoted title, not words someone said: 'told "Good Morning America"', 'said on "Meet the Press."' (a
    few capitalised words after a preposition, ``told`` or a possessive)."""
    core = inner.strip().rstrip(".,")
    words = core.split()
    if not words or len(words) > _TITLE_MAX_WORDS or any(ch in core for ch in ",;?!:"):
        return False
    if not (words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)):
        return False
    if words[0] in ("The", "A", "An") and len(words) > 1:
        return True  # 'the podcast "The Axe Files"'
    before = tokens[qi - 1] if qi > 0 else None
    if before is None or before.kind is not WORD:
        return False
    return before.norm in _TITLE_AFTER or before.text.endswith(("'s", "’s", "'", "’"))
