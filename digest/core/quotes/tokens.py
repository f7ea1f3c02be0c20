"""Tokens of one sentence with offsets; each quotation is one token of kind QUOTE."""

from __future__ import annotations

import re
from bisect import bisect_left
from enum import StrEnum

from digest.core.lexicon import ABBREVIATIONS
from digest.core.quotes.marks import MarkSpan

_INITIALS = re.compile(r"(?:\w\.)+")
_TOKEN = re.compile(r"[\w][\w’'.\-&]*|[—–]|-+|\S")


class TokenKind(StrEnum):
    """What a token is: a word, a punctuation mark or a whole quotation."""

    WORD = "w"
    PUNCT = "p"
    QUOTE = "q"


def _normalise(text: str) -> str:
    """Lower-cased, without a trailing full stop or possessive ('s)."""
    t = text.lower()
    if t.endswith(("'s", "’s")) and len(t) > 2:
        t = t[:-2]
    if len(t) > 1 and t.endswith(".") and not _INITIALS.fullmatch(t):
        return t.rstrip(".")
    return t


_NORMS: dict[str, str] = {}
""":func:`_normalise` of the words seen (the same few thousand words recur across sentences and articles)."""
_NORMS_KEPT = 200_000


def _norm_of(text: str) -> str:
    found = _NORMS.get(text)
    if found is None:
        if len(_NORMS) >= _NORMS_KEPT:
            _NORMS.clear()
        found = _NORMS[text] = _normalise(text)
    return found


class Tok:
    """A token: a word, a punctuation mark or a quotation (``quote`` = index into the marks list).

    Attributes:
        text, start, end: The token and its offsets in the paragraph.
        kind: Word, punctuation or quotation.
        quote: For a quotation, its index into the paragraph's marks.
        norm: Lower-cased, without a trailing full stop or possessive ('s).
        is_cap: A word starting with a capital letter.
    """

    __slots__ = ("text", "start", "end", "kind", "quote", "norm", "is_cap")

    def __init__(self, text: str, start: int, end: int, kind: TokenKind, quote: int = -1) -> None:
        self.text, self.start, self.end, self.kind, self.quote = text, start, end, kind, quote
        self.norm = _norm_of(text)
        self.is_cap = kind is TokenKind.WORD and text[:1].isupper()

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end}, {self.kind!r})"


_WORD, _PUNCT = TokenKind.WORD, TokenKind.PUNCT
_new = object.__new__


def _token(text: str, start: int, end: int, kind: TokenKind) -> Tok:
    """A word or punctuation token, its slots set here (the same values as :class:`Tok`'s constructor
    gives, without its call: a text is tokenised into thousands of them)."""
    token: Tok = _new(Tok)
    token.text = text
    token.start = start
    token.end = end
    token.kind = kind
    token.quote = -1
    norm = _NORMS.get(text)
    token.norm = _norm_of(text) if norm is None else norm
    token.is_cap = kind is _WORD and text[:1].isupper()
    return token


def _words(text: str, lo: int, hi: int) -> list[Tok]:
    out: list[Tok] = []
    append = out.append
    for m in _TOKEN.finditer(text, lo, hi):
        word = m.group()
        start, end = m.span()
        first = word[0]
        if first.isalnum() or first == "_":
            # a sentence-final full stop is punctuation, not part of the word
            if word[-1] == "." and not (_INITIALS.fullmatch(word) or word[:-1].lower() in ABBREVIATIONS):
                append(_token(word[:-1], start, end - 1, _WORD))
                append(_token(".", end - 1, end, _PUNCT))
                continue
            append(_token(word, start, end, _WORD))
        else:
            append(_token(word, start, end, _PUNCT))
    return out


def tokenize(text: str, lo: int, hi: int, marks: list[MarkSpan]) -> list[Tok]:
    """Tokens of ``text[lo:hi]``; a quotation (marks included) becomes one QUOTE token."""
    out: list[Tok] = []
    pos = lo
    first = bisect_left(marks, lo, key=lambda span: span.open)
    for index in range(first, len(marks)):
        span = marks[index]
        if span.open >= hi:
            break
        end = span.close + 1 if span.close is not None else len(text)
        out.extend(_words(text, pos, span.open))
        out.append(Tok(text[span.open : end], span.open, end, TokenKind.QUOTE, index))
        pos = end
    out.extend(_words(text, pos, hi))
    return out
