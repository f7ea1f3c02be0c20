"""A trailing attribution around another speaker's report and more: in 'Ms A said B, though D, Mr C told the panel'
B is A's and D is C's own, so C's clause is D, not the whole sentence. A plain relay ('Ms A said B, Mr C told the
tribunal') keeps C's clause whole, as PolNeAR's annotators mark the relayer's (and A's B inside it)."""

from __future__ import annotations

from bisect import bisect_left

from digest.core.lexicon import word_set
from digest.core.quotes.cue import Report
from digest.core.quotes.tokens import WORD, Tok

_LINKS = word_set("though although but and while whereas")
"""Words joining the relayer's own words to the relayed clause ('A said B, though D, C told the panel')."""
_OWN_MIN = 3
"""Fewest words left after the relayed clause for them to be the relayer's own."""


def relayers_own_words(tokens: list[Tok], reports: list[Report]) -> list[Report]:
    """``reports`` (one sentence's, their ends already cut where a later speaker begins), a trailing 'CLAUSE, C said'
    whose clause opens with another report and goes on past it after a joining word cut to what follows ('Ms A
    said B, though D, Mr C told the panel': D is C's); a plain relay ('Ms A said B, Mr C told the tribunal') and
    any other report stay as they are."""
    out: list[Report] = []
    for report in reports:
        inner = next((r for r in reports if r is not report and _relayed(tokens, report, r)), None)
        if inner is None:
            out.append(report)
            continue
        k = bisect_left([t.start for t in tokens], inner.end)
        linked = False
        while (
            k < len(tokens)
            and tokens[k].start < report.end
            and (tokens[k].kind is not WORD or tokens[k].norm in _LINKS)
        ):
            linked = linked or tokens[k].norm in _LINKS
            k += 1
        own = linked and sum(1 for t in tokens[k:] if t.start < report.end and t.kind is WORD) >= _OWN_MIN
        out.append(Report(report.who, tokens[k].start, report.end, report.verb) if own else report)
    return out


def _relayed(tokens: list[Tok], report: Report, inner: Report) -> bool:
    """``report`` is a trailing 'CLAUSE, C said' (its clause ends before its speaker) whose clause opens with the
    speaker of ``inner``, which ends inside it."""
    return (
        report.who.how == "trailing"
        and report.end <= tokens[report.who.start].start
        and tokens[inner.who.start].start == report.start
        and inner.end <= report.end
    )
