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
        self.norm = _normalise(text)
        self.is_cap = kind is TokenKind.WORD and text[:1].isupper()

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end}, {self.kind!r})"


WORD, PUNCT, QUOTE = TokenKind.WORD, TokenKind.PUNCT, TokenKind.QUOTE
"""The token kinds as plain names: reading ``TokenKind.WORD`` goes through the enum's class machinery
(about nine times slower than a global), and the readers test a kind on nearly every token."""
_new = object.__new__

_Part = tuple[str, TokenKind, str, bool, int, int]
"""A token of a piece of text: its text, kind, norm and capital, and its start and end in the piece."""
_PIECES: dict[str, tuple[_Part, ...]] = {}
""":func:`_piece_tokens` of the pieces seen: the same few thousand words, with or without the punctuation
glued to them ('said,', 'Pike's'), recur across sentences and articles."""
_PIECES_KEPT = 100_000


def _piece_tokens(piece: str) -> tuple[_Part, ...]:
    """The tokens of a piece of text (offsets in the piece): each word or mark :data:`_TOKEN` finds, a
    sentence-final full stop cut off a word as a token of its own (initials and abbreviations keep theirs)."""
    parts: list[_Part] = []
    pos = 0
    for word in _TOKEN.findall(piece):
        start = piece.find(word, pos)  # tokens cover every character but whitespace: the next one is here
        pos = end = start + len(word)
        first = word[0]
        if not (first.isalnum() or first == "_"):
            parts.append((word, PUNCT, _normalise(word), False, start, end))
        elif word[-1] == "." and not (_INITIALS.fullmatch(word) or word[:-1].lower() in ABBREVIATIONS):
            cut = word[:-1]
            parts.append((cut, WORD, _normalise(cut), cut[:1].isupper(), start, end - 1))
            parts.append((".", PUNCT, ".", False, end - 1, end))
        else:
            parts.append((word, WORD, _normalise(word), word[:1].isupper(), start, end))
    return tuple(parts)


def _words(text: str, lo: int, hi: int) -> list[Tok]:
    """The word and punctuation tokens of ``text[lo:hi]``, their slots set here (the values :class:`Tok`'s
    constructor gives, without its call: a text is tokenised into thousands of them).

    No token holds whitespace, so the text is read a piece between two spaces at a time (a piece's start is
    known from the lengths before it) and each piece's tokens are remembered (:data:`_PIECES`); a piece
    holding other whitespace (a line break, a no-break space) is tokenised the same way, around it."""
    out: list[Tok] = []
    append = out.append
    pieces = _PIECES
    pos = lo
    for piece in text[lo:hi].split(" "):
        parts = pieces.get(piece)
        if parts is None:
            if len(pieces) >= _PIECES_KEPT:
                pieces.clear()
            parts = pieces[piece] = _piece_tokens(piece)
        for word, kind, norm, is_cap, start, end in parts:
            token: Tok = _new(Tok)
            token.text, token.kind, token.norm, token.is_cap = word, kind, norm, is_cap
            token.start, token.end, token.quote = pos + start, pos + end, -1
            append(token)
        pos += len(piece) + 1
    return out


_NICKNAME = re.compile(r"[A-Z][\w.'’-]*")
_NAME_BEFORE = re.compile(r"[A-Z][\w.'’-]* $")
_NAME_AFTER = re.compile(r" [A-Z][\w'’-]")


def _nickname(text: str, span: MarkSpan) -> bool:
    """'Roberta "Bobbie" Stone': one capitalised word quoted between two words of a name is a nickname, part of
    the name, not a quotation."""
    if span.close is None:
        return False
    start, end = span.inner(len(text))
    return (
        _NICKNAME.fullmatch(text, start, end) is not None
        and _NAME_BEFORE.search(text, max(0, span.open - 40), span.open) is not None
        and _NAME_AFTER.match(text, span.close + 1) is not None
    )


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
        if not _nickname(text, span):  # 'Roberta "Bobbie" Stone' is Roberta Stone
            out.append(Tok(text[span.open : end], span.open, end, QUOTE, index))
        pos = end
    out.extend(_words(text, pos, hi))
    return out


def bracket_after_name(tokens: list[Tok], close: int, lo: int) -> bool:
    """The bracket closing at or after ``close`` opened right after a capitalised word ('Dana Pike (D-Ore.)')."""
    k = close - 1
    while k > lo and tokens[k].text != "(":
        k -= 1
    return k > lo and tokens[k].text == "(" and tokens[k - 1].kind is WORD and tokens[k - 1].is_cap
