"""Direct-quote spans: pairs of quotation marks in one paragraph (straight, curly, guillemets, singles)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from digest.core.lexicon import word_set

_DOUBLED_APOSTROPHES = re.compile(
    "(?=[‘’'])(?:(?<![\\w])[‘’'][‘’'](?=\\w)|(?<=[\\w.,;:!?—‘’'-])[‘’'][‘’'](?![\\w‘’']))"
)
"""Two apostrophes typed for a double quotation mark: before a word (opening) or after one (closing); of three
closing apostrophes the last two ('...your country,\'\'\'': a single quotation closes inside the double one).
(The look-ahead at an apostrophe changes no match: it lets the scan skip every other character fast.)"""
_APOSTROPHE_PAIR = re.compile("[‘’'][‘’']")
"""Two apostrophes in a row, which every match of :data:`_DOUBLED_APOSTROPHES` starts with (a cheaper search)."""
_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_MARK_CHARS = re.compile("[\"'“”‘’«»„]")
"""Every character that can open, close or nest a quotation (the scan visits only these)."""
_CLOSER_FOR = {"“": '”"', "«": "»", "„": '“”"', '"': '"”', "”": '”"', "‘": "’'", "'": "'’"}


@dataclass
class MarkSpan:
    """One quotation in a paragraph.

    Attributes:
        open: Index of the opening mark.
        close: Index of the closing mark, or None when the quote runs to the paragraph's end.
        nested: (open, close) indices of quotes inside this one.
        width: Length of the closing mark (2 for a closer typed as two apostrophes, ``’’``).
        open_width: Length of the opening mark (2 for ``''``).
    """

    open: int
    close: int | None
    nested: list[tuple[int, int]] = field(default_factory=list)
    width: int = 1
    open_width: int = 1

    def inner(self, length: int) -> tuple[int, int]:
        """The (start, end) of the words between the marks."""
        end = self.close + 1 - self.width if self.close is not None else length
        return self.open + self.open_width, end


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _single_opens(text: str, i: int) -> bool:
    """A single mark opens a quote after a space or an opening bracket or dash, never inside a word or after a
    full stop ('F.B.I.'s' is a possessive)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in '([{—–-/“"') and (_is_word(after) or after in '“"')


def _single_closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_word(after)


def _opens(text: str, i: int, has_double: bool) -> bool:
    """A quotation opens at ``i``: a double mark (a closing curly one only before a word, after a space), or a
    single mark when the paragraph has no double marks."""
    ch = text[i]
    if ch in _DOUBLE_OPEN or ch == '"':
        return True
    if ch == "”":
        return i + 1 < len(text) and _is_word(text[i + 1]) and (i == 0 or text[i - 1].isspace())
    return not has_double and ch in "‘'" and _single_opens(text, i)


def _nested(text: str, i: int, current: MarkSpan, nested_open: int | None) -> tuple[bool, int | None]:
    """A single-mark quote inside a double-mark one: its opening, or its closing (recorded in ``current``)."""
    ch = text[i]
    if ch in "‘'" and nested_open is None and _single_opens(text, i):
        return True, i
    if ch in "’'" and nested_open is not None and _single_closes(text, i):
        current.nested.append((nested_open, i))
        return True, None
    return False, nested_open


def _plural_possessive(text: str, i: int) -> bool:
    """An apostrophe after a plural that a determiner opens, before a word that is no joining word ('the players'
    wages'), while a single mark after punctuation closes the quotation soon after ('The players' wages are a
    scandal,' said Tate). A quoted word alone ('called the plans 'ridiculous' and said') closes where it ends."""
    if text[i - 1 : i] not in ("s", "S") or text[i + 1 : i + 2] != " ":
        return False
    following = _NEXT_WORD.match(text, i + 2)
    if following is None or following.group(1) in _JOINING_WORDS:
        return False
    if _DETERMINED_PLURAL.search(text, max(0, i - _DETERMINER_REACH), i) is None:
        return False
    return _PUNCTUATED_CLOSE.search(text, i + 1, i + 1 + _POSSESSIVE_REACH) is not None


_NEXT_WORD = re.compile(r"([a-z]+)\b")
_JOINING_WORDS = word_set(
    "and or but nor so yet on in at to for with as by from of off after before when while than that which who "
    "is are was were said says"
)
_DETERMINED_PLURAL = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Yy]our|[Ii]ts|[Tt]hese|[Tt]hose|[Aa]ll|[Bb]oth|[Mm]any)"
    r"\s+(?:[\w-]+\s+)?[\w-]+s$"
)
_DETERMINER_REACH = 60
_PUNCTUATED_CLOSE = re.compile(r"[,.!?;:][’'](?!\w)")
_POSSESSIVE_REACH = 400
"""How far after a possessive apostrophe the quotation's punctuated closing mark is looked for (a bound keeps a
paragraph of many possessives linear)."""


def _close_width(text: str, i: int, opener: str, nested_open: int | None) -> int:
    """The width of a closing mark for ``opener`` at ``i`` (2 for two apostrophes), or 0."""
    ch = text[i]
    if opener in "‘'":
        return 1 if ch in "’'" and _single_closes(text, i) and not _plural_possessive(text, i) else 0
    if ch in "’'" and nested_open is None and text[i + 1 : i + 2] == ch:
        return 2  # a double closing mark typed as two apostrophes: '“It was a mistake,’’ she said'
    if ch in _CLOSER_FOR.get(opener, _DOUBLE_CLOSE) and ch != "“":
        return 2 if text[i + 1 : i + 2] == "\x00" else 1
    if ch == "“" and opener in _DOUBLE_OPEN and _typed_as_closer(text, i):
        return 1
    return 0


def _typed_as_closer(text: str, i: int) -> bool:
    """An opening curly mark typed where a closing one belongs: right after a word or punctuation and before a
    space, punctuation or the end ('a “speedy audit“ of', '“It's late,“ said'), never before a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and before not in '“"(' and not _is_word(after) and after not in "‘'\""


def find_marks(text: str) -> list[MarkSpan]:
    """Find the top-level quotations in one paragraph, in order.

    Double marks (straight or curly, mixed as sloppy sources mix them) and guillemets make top-level quotes;
    single marks do too when the paragraph has no double marks at all; inside a quote, single-mark quotes are
    recorded as nested. A quote left open at the paragraph's end runs to the end.
    """
    if _APOSTROPHE_PAIR.search(text):  # most paragraphs have no two marks in a row: the substitution finds nothing
        text = _DOUBLED_APOSTROPHES.sub('"\x00', text)  # '' typed for a double mark; same length, same offsets
    has_double = any(c in text for c in '"“”«»„')
    spans: list[MarkSpan] = []
    current: MarkSpan | None = None
    opener = ""
    nested_open: int | None = None
    for found in _MARK_CHARS.finditer(text):  # no other character opens, nests or closes a quotation
        i = found.start()
        ch = text[i]
        if current is None:
            if _opens(text, i, has_double):
                current, opener = MarkSpan(i, None, open_width=2 if text[i + 1 : i + 2] == "\x00" else 1), ch
            continue
        if opener not in "‘'":
            handled, nested_open = _nested(text, i, current, nested_open)
            if handled:
                continue
        width = _close_width(text, i, opener, nested_open)
        if width:
            current.close, current.width = i + width - 1, width
            spans.append(current)
            current, nested_open = None, None
    if current is not None:
        spans.append(current)
    if has_double and spans and ("'" in text or "‘" in text):
        return _single_outer(text) or spans
    return spans


def _single_outer(text: str) -> list[MarkSpan] | None:
    """British style, single marks outside and double ones inside (He said: 'They shouted "get out" and ran.'):
    the single-mark quotations, when every double mark lies inside one of them and every one closes; None
    otherwise (ordinary double quotations in a paragraph with an apostrophe or two, 'the '90s', 'the fans'')."""
    spans: list[MarkSpan] = []
    current: MarkSpan | None = None
    inner: int | None = None
    for found in _MARK_CHARS.finditer(text):
        i, ch = found.start(), found.group()
        if current is None:
            if ch in "‘'" and _single_opens(text, i):
                current = MarkSpan(i, None)
            elif ch not in "’'":
                return None  # a double mark outside every single quotation
        elif inner is not None:
            if ch in '”"':
                current.nested.append((inner, i))
                inner = None
        elif ch in '“"':
            inner = i
        elif _close_width(text, i, "'", None):
            current.close = i
            spans.append(current)
            current = None
    return spans if spans and current is None else None  # an open double mark leaves its single one open


def opens_within(marks: list[MarkSpan], lo: int, hi: int) -> bool:
    """A quotation of ``marks`` opens in ``[lo, hi)``: the tokens of that stretch hold a quotation token."""
    first = bisect_left(marks, lo, key=lambda span: span.open)
    return first < len(marks) and marks[first].open < hi


def outside_marks(para: str, marks: list[MarkSpan]) -> list[str]:
    """The stretches of a paragraph outside its quotations."""
    pieces, pos = [], 0
    for span in marks:
        pieces.append(para[pos : span.open])
        pos = span.close + 1 if span.close is not None else len(para)
    pieces.append(para[pos:])
    return pieces
