"""Heading anchors as GitHub makes them (the github-slugger algorithm), unique within a document.

GitHub (and Pandoc reading ``-f gfm``) gives every heading an id made from its visible text:
lower-cased, punctuation, symbols, separators and control/format characters removed, except that
spaces become ``-`` and ``-``/``_`` stay. A repeated id gets ``-1``, ``-2``... in document order.
:class:`Slugger` replays that over *every* heading the export writes, in order, so the contents
links point at the right heading even when several articles share a title.
"""

from __future__ import annotations

import unicodedata

_REMOVED_CATEGORIES = frozenset(
    {"No", "Pe", "Pf", "Pi", "Ps", "Po", "Pd", "Sc", "Sk", "Sm", "So", "Cc", "Co", "Cf", "Cn", "Cs", "Zs", "Zl", "Zp"}
)


def slug(text: str) -> str:
    """The GitHub heading id of ``text`` (the heading's visible text), without de-duplication."""
    kept: list[str] = []
    for char in text.lower():
        if char == " ":
            kept.append("-")
        elif char == "-" or unicodedata.category(char) not in _REMOVED_CATEGORIES:
            kept.append(char)
    return "".join(kept)


class Slugger:
    """Hands out GitHub heading ids in document order, de-duplicated like github-slugger."""

    def __init__(self) -> None:
        self._occurrences: dict[str, int] = {}

    def slug(self, text: str) -> str:
        """The id of the next heading whose visible text is ``text``."""
        original = result = slug(text)
        while result in self._occurrences:
            self._occurrences[original] += 1
            result = f"{original}-{self._occurrences[original]}"
        self._occurrences[result] = 0
        return result
