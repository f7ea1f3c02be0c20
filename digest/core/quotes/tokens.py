"""Tokens of one sentence with offsets; each quotation is one ``q`` token."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from digest.core.quotes.marks import MarkSpan
from digest.core.quotes.segment import ABBREVIATIONS

_INITIALS = re.compile(r"(?:\w\.)+")
_TOKEN = re.compile(r"[\w][\w’'.\-&]*|[—–]|-+|\S")


@dataclass(frozen=True)
class Tok:
    """A token: ``w`` word, ``p`` punctuation or ``q`` quotation (``quote`` = index into the marks list)."""

    text: str
    start: int
    end: int
    kind: str
    quote: int = -1

    @cached_property
    def norm(self) -> str:
        """Lower-cased, without a trailing full stop or possessive ('s)."""
        t = self.text.lower()
        if t.endswith(("'s", "’s")) and len(t) > 2:
            t = t[:-2]
        if len(t) > 1 and t.endswith(".") and not _INITIALS.fullmatch(t):
            return t.rstrip(".")
        return t

    @cached_property
    def is_cap(self) -> bool:
        """Starts with a capital letter."""
        return self.kind == "w" and self.text[:1].isupper()


def _words(text: str, lo: int, hi: int) -> list[Tok]:
    out: list[Tok] = []
    for m in _TOKEN.finditer(text, lo, hi):
        word = m.group()
        start = m.start()
        if m.group()[0].isalnum() or m.group()[0] == "_":
            # a sentence-final full stop is punctuation, not part of the word
            if word.endswith(".") and not (_INITIALS.fullmatch(word) or word[:-1].lower() in ABBREVIATIONS):
                out.append(Tok(word[:-1], start, m.end() - 1, "w"))
                out.append(Tok(".", m.end() - 1, m.end(), "p"))
                continue
            out.append(Tok(word, start, m.end(), "w"))
        else:
            out.append(Tok(word, start, m.end(), "p"))
    return out


def tokenize(text: str, lo: int, hi: int, marks: list[MarkSpan]) -> list[Tok]:
    """Tokens of ``text[lo:hi]``; a quotation (marks included) becomes one ``q`` token."""
    out: list[Tok] = []
    pos = lo
    for index, span in enumerate(marks):
        end = span.close + 1 if span.close is not None else len(text)
        if span.open < lo or span.open >= hi:
            continue
        out.extend(_words(text, pos, span.open))
        out.append(Tok(text[span.open : end], span.open, end, "q", index))
        pos = end
    out.extend(_words(text, pos, hi))
    return out
