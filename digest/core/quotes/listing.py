"""Which quotes a reader is shown.

A reported clause that holds quoted words ('said the state would not be "bullied" into the deal') is found
twice: as the clause (reported speech) and as the quoted fragment (a direct quote of the same speaker). Both
stay in the report and in ``--json``; a list for reading shows the fragment within its clause only, so the
same words are not listed twice under one speaker. A quotation printed twice (a magazine's pull quote, a quote
both the lead and the body carry) is listed once too.
"""

from __future__ import annotations

import re
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
    holds in quotation marks (the reader sees them within that clause), and without a direct quote the same
    speaker is given twice (a pull quote, a quote the lead and the body both carry): the fuller copy stays."""
    clauses: dict[str, list[str]] = {}
    for quote in quotes:
        if quote.kind != "direct":
            clauses.setdefault(quote.speaker, []).append(quote.text)
    repeated = _repeated(quotes)
    return [
        quote
        for index, quote in enumerate(quotes)
        if quote.kind != "direct"
        or not (index in repeated or any(holds_quoted(c, quote.text) for c in clauses.get(quote.speaker, ())))
    ]


_FEWEST_REPEATED_WORDS = 5
"""Words a direct quote needs before a copy of it counts as a repeat (short phrases recur honestly)."""
_WORD = re.compile(r"\w+")


def _repeated(quotes: Sequence[Said]) -> set[int]:
    """Indexes of direct quotes whose words (five or more) another direct quote of the same speaker holds in a
    row: the fuller copy stays, or the first of two equal ones."""
    words = [tuple(_WORD.findall(q.text.lower())) if q.kind == "direct" else () for q in quotes]
    joined = [" " + " ".join(w) + " " for w in words]
    out: set[int] = set()
    for i, mine in enumerate(words):
        if len(mine) < _FEWEST_REPEATED_WORDS:
            continue
        for j, other in enumerate(words):
            if i == j or j in out or len(other) < len(mine) or joined[i] not in joined[j]:
                continue
            if quotes[i].speaker != quotes[j].speaker:
                continue  # one reads out what another then says: each said it
            if len(other) > len(mine) or j < i:
                out.add(i)
                break
    return out
