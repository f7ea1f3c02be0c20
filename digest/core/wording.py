"""Counts in words: "1 article", "2 articles", "1,204 quotes"."""

from __future__ import annotations


def plural(count: int, word: str, plural_form: str | None = None) -> str:
    """``count`` and ``word``, in the plural unless the count is one (thousands separated by commas)."""
    return f"{count:,} {word if count == 1 else plural_form or word + 's'}"
