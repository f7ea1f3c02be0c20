"""A reported clause of two coordinated reports, one holding a quoted fragment ('said the kiln was "past saving" and
that a new one would cost £9,000'): each report its own clause, so the one without the speaker's words is a plain
report of its own and the fragment stays with its half (a reader, and the convention that sets a clause holding
a fragment aside, read them apart). A half that is mostly the speaker's quotation ('said it was "wholly beyond
our reach" and that ...', '... and that "nobody will be stranded"') is given by its direct quote alone, so only the
other half stays a clause."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from digest.core.quotes.extract import Found

_JOINT = re.compile(r",?\s+(?:and|but)\s+that\s+")
"""Where a second report joins the first: ' and that ', ', and that ', ' but that '."""
_OPENING = frozenset('"“‘«')
_CLOSING = frozenset('"”’»')
_MIN_WORDS = 3
"""The fewest words of each half."""
_MOST_QUOTED = 0.6
"""A half more quoted than this ('and that "A"') is the speaker's quotation, not a report of its own: it is dropped
(its direct quote stands for it) and the other half kept; when both halves are, the clause is left whole."""


def _outside_quotation(text: str, at: int) -> bool:
    """``text[at]`` stands outside any quotation mark pair of ``text`` (straight double marks counted in pairs;
    curly singles read only as opening after a space, so an apostrophe is none)."""
    straight = text[:at].count('"') % 2 == 0
    opened = sum(1 for k, c in enumerate(text[:at]) if c in "“«" or (c == "‘" and (k == 0 or text[k - 1] == " ")))
    closed = sum(
        1 for k, c in enumerate(text[:at]) if c in "”»" or (c == "’" and (k + 1 >= at or not text[k + 1].isalpha()))
    )
    return straight and opened <= closed


def _halves(f: Found) -> list[Found] | None:
    """The two reports of ``f`` at its first joint outside quotation marks, each of three words or more; None
    when it has none."""
    for m in _JOINT.finditer(f.text):
        if not _outside_quotation(f.text, m.start()):
            continue
        first, second = f.text[: m.start()], f.text[m.end() :]
        if len(first.split()) < _MIN_WORDS or len(second.split()) < _MIN_WORDS:
            return None
        return [
            replace(f, text=first, end=f.start + len(first)),
            replace(f, text=second, start=f.start + m.end()),
        ]
    return None


def split_mixed(found: list[Found]) -> list[Found]:
    """``found`` with each reported clause that joins two reports, one of which holds a direct quote of the article
    (a quoted fragment the rules gave the speaker), split into the two; a half mostly quoted is left to its direct
    quote, and a clause whose halves are both mostly quoted stays whole."""
    direct = [(f.section_index, f.start, f.end) for f in found if f.kind == "direct"]
    out: list[Found] = []
    for f in found:
        halves = _halves(f) if f.kind == "indirect" else None
        quoted = [_quoted_share(h, direct) for h in halves or []]
        kept = [h for h, share in zip(halves or [], quoted, strict=True) if share <= _MOST_QUOTED]
        out.extend(kept if kept and max(quoted) > 0 else [f])
    return out


def _quoted_share(half: Found, direct: list[tuple[int, int, int]]) -> float:
    """The share of ``half``'s characters inside the direct quotes that lie within it."""
    inside = sum(b - a for s, a, b in direct if s == half.section_index and half.start <= a and b <= half.end)
    return inside / max(1, half.end - half.start)
