"""Reported speech credited to a source phrase: 'According to X, CLAUSE', 'CLAUSE, according to X' and 'X quoted Y
as saying (that) CLAUSE'."""

from __future__ import annotations

from digest.core.quotes.clause_ends import clause_end
from digest.core.quotes.clauses import FINITE_WORDS, finite_clause, opens_clause
from digest.core.quotes.cue import Attribution, Cue, Report
from digest.core.quotes.speakers import description_after, np_right
from digest.core.quotes.subjects import source_phrase
from digest.core.quotes.tokens import WORD, Tok

LEAD_IN_MAX = 4
"""Fewer words than this before a comma make a lead-in ('In particular,'), no clause."""


def quoted_as(tokens: list[Tok], v: int, hi: int) -> Cue:
    """'X quoted Y as saying (that) CLAUSE'."""
    found = np_right(tokens, v + 1, hi)
    if found is None:
        return None
    k = found[1]
    while k < hi and tokens[k].norm != "as" and k - found[1] < 12:
        k += 1
    if not (k + 1 < hi and tokens[k].norm == "as" and tokens[k + 1].norm == "saying"):
        return None
    start = k + 2
    if start < hi and tokens[start].norm == "that":
        start += 1
    return Attribution(found[0], min(found[1], k), "quoted-as"), start


def according(tokens: list[Tok], v: int, lo: int, hi: int) -> Cue:
    """'According to X, CLAUSE' or 'CLAUSE, according to X' (also after a dash)."""
    found = according_source(tokens, v + 2, hi)
    if found is None:
        return None
    who = Attribution(found[0], found[1], "according")
    k = found[1]
    if v - 1 > lo and tokens[v - 1].text in (",", "—", "–", "-", "--"):
        start = next((c + 1 for c in range(v - 2, lo, -1) if colon_break(tokens, c)), lo)
        if start >= v - 1:
            return None
        if k + 1 < hi and tokens[k].text == tokens[v - 1].text and tokens[k + 1].norm in FINITE_WORDS:
            # 'A, according to X, was B': the sentence's verb comes after the source, so all of it is X's
            return Report(who, tokens[start].start, tokens[clause_end(tokens, k + 1, hi) - 1].end, v)
        if lead_in(tokens, start, v - 1) and k + 1 < hi and tokens[k].text == "," and opens_clause(tokens, k + 1, hi):
            return who, k + 1  # 'In addition, according to X, B': the short lead-in is the writer's, B is X's
        return Report(who, tokens[start].start, tokens[v - 2].end, v)
    if k < hi and tokens[k].text == ",":
        return who, k + 1
    return None


def lead_in(tokens: list[Tok], start: int, comma: int) -> bool:
    """A few words and no clause before the comma: 'In addition,', 'Over time,'."""
    words = sum(1 for t in tokens[start:comma] if t.kind is WORD)
    return words < LEAD_IN_MAX and not finite_clause(tokens, start, comma)


def colon_break(tokens: list[Tok], c: int) -> bool:
    """A colon that opens the sentence's second part ('...: London was'), not one inside a time ('8:30')."""
    return tokens[c].text == ":" and c + 1 < len(tokens) and tokens[c + 1].start > tokens[c].end


def according_source(tokens: list[Tok], i: int, hi: int) -> tuple[int, int] | None:
    """The source after 'according to': a name or description up to its first comma, or a longer source phrase
    when the name stops short of the punctuation ('a newspaper's analysis of election records')."""
    found = np_right(tokens, i, hi) or description_after(tokens, i, hi)
    if found is not None:
        comma = next((k for k in range(found[0], found[1]) if tokens[k].text == ","), None)
        if comma is not None and comma > found[0]:
            found = (found[0], comma)
    longer = source_phrase(tokens, i, hi)
    if found is None or (longer is not None and longer[1] > found[1] and tokens[found[1]].kind is WORD):
        return longer
    return found
