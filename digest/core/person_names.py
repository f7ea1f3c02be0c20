"""Keys of people's names, shared by the story's actors and the library's: titles dropped only where they lead.

``President Barack Obama``, ``Dr. Aisha Khan's`` and ``Corrections spokeswoman Michelle Lyle`` are keyed by
the name itself (``barack obama``, ``aisha khan``, ``michelle lyons``): the possessive goes, a lower-case
description before the name goes, and title words go while they lead. A title word inside or at the end of
a name is part of the name (``Rosa King``, ``Martin Luther King``).
"""

from __future__ import annotations

import re

from digest.core.lexicon import TITLE_WORDS, word_set

NAME_TITLES: frozenset[str] = TITLE_WORDS | word_set("coach professor prof prof. inspector detective")
"""Words of titles that lead a name: the quotes' title words and a few more that only lead a person's name."""

HONORIFICS: frozenset[str] = word_set("mr mrs ms miss mx dr sir dame")
"""Titles always followed by a person's name (with their full stops dropped, as :func:`name_words` drops them)."""

_WORD = re.compile(r"[\w'’.-]+")


def name_part(words: list[str]) -> list[str]:
    """The capitalised words that end a name (``Michelle Lyle`` of ``Corrections spokeswoman Michelle Lyle``)."""
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    return words[start:]


def name_words(name: str) -> list[str]:
    """A name's words as written (possessive and full stops dropped)."""
    return [w for w in (w.replace("’", "'").removesuffix("'s").strip(".") for w in _WORD.findall(name)) if w]


def name_key(name: str) -> tuple[str, ...]:
    """A name's words, lower-cased, possessive and leading titles dropped (the last word always kept); for a
    person's name after a description, only the name's capitalised words."""
    words = name_words(name)
    lowered = [w.lower() for w in (name_part(words) or words)]
    while len(lowered) > 1 and lowered[0] in NAME_TITLES:
        lowered.pop(0)
    return tuple(lowered)


def person_key(name: str) -> tuple[str, ...]:
    """:func:`name_key`, or nothing for a name made of title words alone (``the President``, ``Vice President``):
    a title names no one in particular, unless an honorific makes it a surname (``Mr. King``)."""
    key = name_key(name)
    if all(word in NAME_TITLES for word in key) and not HONORIFICS & {w.lower() for w in name_words(name)}:
        return ()
    return key


def is_personal(name: str) -> bool:
    """Whether a name ends in a person's name: its last word capitalised, like its whole name part."""
    return bool(name_part(_WORD.findall(name)))
