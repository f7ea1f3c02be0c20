"""Which quotes a reader is shown.

A reported clause that holds quoted words ('said the state would not be "bullied" into the deal') is found
twice: as the clause (reported speech) and as the quoted fragment (a direct quote of the same speaker). Both
stay in the report and in ``--json``; a list for reading shows the fragment within its clause only, so the
same words are not listed twice under one speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

_OPENING_MARKS = "\"“'‘"
"""Marks that open quoted words inside a clause's text."""


class Said(Protocol):
    """Anything listed as a quote: who said it, the words, and whether they are ``direct``."""

    @property
    def speaker(self) -> str:
        """Who said it."""
        ...

    @property
    def text(self) -> str:
        """The words."""
        ...

    @property
    def kind(self) -> str:
        """``direct`` or ``indirect``."""
        ...


SaidT = TypeVar("SaidT", bound=Said)


def holds_quoted(clause: str, words: str) -> bool:
    """``words`` stand in ``clause`` right after an opening quotation mark."""
    if not words:
        return False
    at = clause.find(words)
    while at != -1:
        if at > 0 and clause[at - 1] in _OPENING_MARKS:
            return True
        at = clause.find(words, at + 1)
    return False


def listed(quotes: Sequence[SaidT]) -> list[SaidT]:
    """``quotes`` in their order, without each direct quote whose words a reported clause of the same speaker
    holds in quotation marks (the reader sees them within that clause)."""
    clauses: dict[str, list[str]] = {}
    for quote in quotes:
        if quote.kind != "direct":
            clauses.setdefault(quote.speaker, []).append(quote.text)
    return [
        quote
        for quote in quotes
        if quote.kind != "direct" or not any(holds_quoted(c, quote.text) for c in clauses.get(quote.speaker, ()))
    ]
