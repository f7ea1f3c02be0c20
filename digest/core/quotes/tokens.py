"""Tokens of one sentence with offsets; each quotation is one token of kind QUOTE."""

from __future__ import annotations

import re
from bisect import bisect_left
from enum import StrEnum

from digest.core.lexicon import ABBREVIATIONS
from digest.core.quotes.marks import MarkSpan

_INITIALS = re.compile(r"(?:\w\.)+")
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d]|,\d)[\w’'.\-&]*|[\w][\w’'.\-&]*(?:/\w[\w’'.\-&]*)*|[—–]|-+|\S")
"""A word may hold a slash between two word characters ('km/h', 'and/or', '24/7'): one word, not three; a number
with thousands separators ('40,000', '1,250.5') is one word, its commas no clause's commas."""
POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
"""The endings of a possessive ('Reed's', 'the Reeds''), with straight or curly apostrophes."""


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
AMOUNT_MARKS = frozenset({"%", "$", "£", "€", "¥", "₹"})
"""Signs written with a number inside a clause's words: a per cent and the currency signs ('her £4 million gift',
'about 5% of the berths')."""
_new = object.__new__

_Shape = tuple[str, TokenKind, str, bool, int, int]
"""What a matched word makes: the token's text, kind, norm and capital, where a full stop cut off from its end
starts (0 when none is), and the matched word's length (kept, so a token's offsets need no ``len`` call)."""
_SHAPES: dict[str, _Shape] = {}
""":func:`_shape` of the words seen (the same few thousand words recur across sentences and articles)."""
_SHAPES_KEPT = 200_000


def _shape(word: str) -> _Shape:
    first, size = word[0], len(word)
    if first.isalnum() or first == "_":
        # a sentence-final full stop is punctuation, not part of the word
        if word[-1] == "." and not (_INITIALS.fullmatch(word) or word[:-1].lower() in ABBREVIATIONS):
            cut = word[:-1]
            return cut, WORD, _normalise(cut), cut[:1].isupper(), size - 1, size
        return word, WORD, _normalise(word), word[:1].isupper(), 0, size
    return word, PUNCT, _normalise(word), False, 0, size


_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")
"""A token and the whitespace before it: a token starts where that whitespace ends."""


def _words(text: str, lo: int, hi: int) -> list[Tok]:
    """The word and punctuation tokens of ``text[lo:hi]``, their slots set here (the values :class:`Tok`'s
    constructor gives, without its call: a text is tokenised into thousands of them).

    Tokens cover every character but whitespace and hold none, so a token starts where the whitespace
    matched before it ends (no search per token)."""
    out: list[Tok] = []
    append = out.append
    shapes = _SHAPES
    pos = lo
    hi = lo + len(text[lo:hi].rstrip())  # whitespace with no token after it would make the pattern quadratic
    for space, word in _SPACED_TOKEN.findall(text, lo, hi):
        shape = shapes.get(word)
        if shape is None:
            if len(shapes) >= _SHAPES_KEPT:
                shapes.clear()
            shape = shapes[word] = _shape(word)
        token: Tok = _new(Tok)
        token.text, token.kind, token.norm, token.is_cap, cut, size = shape
        token.start = start = pos + len(space)
        token.quote = -1
        pos = start + size
        if cut:
            token.end = start + cut
            stop: Tok = _new(Tok)
            stop.text = stop.norm = "."
            stop.start, stop.end, stop.kind, stop.quote, stop.is_cap = start + cut, pos, PUNCT, -1, False
            append(token)
            append(stop)
        else:
            token.end = pos
            append(token)
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


QUOTATION_MARKS = "\"“”'‘’«» "
"""The marks (and spaces) around a quotation token's words."""


def quoted_words(text: str) -> list[str]:
    """The words of a quotation token, without its marks and a closing full stop or comma ('"Grey Mare,"' ->
    ['Grey', 'Mare'])."""
    return text.strip(QUOTATION_MARKS).strip().rstrip(".,").split()


def past_short_form(tokens: list[Tok], k: int, hi: int) -> int:
    """Past the short form a name is given in brackets right at ``k`` ('the Harbour Board (HB)': '(', an
    all-capital word, ')'), else ``k``."""
    if k + 2 < hi and tokens[k].text == "(" and tokens[k + 2].text == ")":
        short = tokens[k + 1]
        if short.kind is WORD and short.text.isupper() and short.text.isalpha():
            return k + 3
    return k
