"""Paragraphs and sentences with their offsets; quotations are never split."""

from __future__ import annotations

import re

from digest.core.lexicon import ABBREVIATIONS, BE_FORMS, word_set
from digest.core.quotes.marks import MarkSpan
from digest.core.speech_verbs import MANNER_VERBS, SPEECH_VERBS, SPOKEN_PAST, WISH_VERBS

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_LONGEST_ABBREVIATION = max(len(word) for word in ABBREVIATIONS)
LONGEST_SENTENCE = 2_000
"""Characters; a longer stretch without a sentence end is cut into pieces (news sentences are under 400)."""
_INITIALS = re.compile(r"[a-z](?:\.[a-z])+")
"""Initials such as 'G.K' (before the last full stop): never a sentence end."""
_OPENERS = "\"“«„‘'"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph (a run of non-blank lines) in ``text``."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def _abbreviation_before(text: str, i: int) -> bool:
    j = i
    stop = max(0, i - _LONGEST_ABBREVIATION - 1)
    while j > stop and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    if j == stop and j > 0:
        return False  # a run longer than any abbreviation (hostile 'a.a.a.…' stays linear)
    word = text[j:i].lower()
    if len(word) == 1 and word.isalpha() or _INITIALS.fullmatch(word):
        return True
    return word in ABBREVIATIONS


_CLOSING_ABBREVIATIONS = word_set("u.s u.k u.n e.u d.c inc corp ltd co jr sr a.m p.m etc")
"""Abbreviations that often end a sentence too ('... entering the U.S. The plan ...')."""
_SENTENCE_OPENERS = word_set(
    "the he she it they we i this these those there here but and his her their its our a an in on at after when if"
)
"""Capitalised words that open a sentence and hardly follow an abbreviation inside one ('U.S. The', 'p.m. He';
not 'U.S. Rep.', 'Inc. Chief')."""


_OPENER_MAX = 7
_OPENING_QUOTES = frozenset({'"', "“"})


def _closing_abbreviation(text: str, i: int) -> bool:
    """A full stop after an abbreviation that may end a sentence, before a capitalised word that opens one ('...
    to enter the U.S. The proposal has ...') or a quotation opening on a capital ('... at 6 a.m. "Quennell found'): a
    sentence end after all."""
    j = i
    stop = max(0, i - _LONGEST_ABBREVIATION - 1)  # bounded: a long run of letters and stops stays linear
    while j > stop and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    if text[j:i].lower() not in _CLOSING_ABBREVIATIONS or (j > 0 and (text[j - 1].isalpha() or text[j - 1] == ".")):
        return False
    k = i + 1
    if k >= len(text) or text[k] != " ":
        return False
    if text[k + 1 : k + 2] in _OPENING_QUOTES and text[k + 2 : k + 3].isupper():
        return True  # '... got there at 6 a.m. "Quennell found the leak."': a quotation opens a sentence
    m = k + 1
    while m < len(text) and m < k + _OPENER_MAX and text[m].isalpha():
        m += 1
    word = text[k + 1 : m]
    return word[:1].isupper() and word.lower() in _SENTENCE_OPENERS and m < len(text) and text[m] == " "


_BRACKETED_MAX = 10
_BRACKETED_WORD = 4


def _bracketed_abbreviation(text: str, i: int) -> bool:
    """'(ret.)', '(D-Ore.)': a full stop closing a short bracket of one word is an abbreviation's, no sentence end."""
    if i + 1 >= len(text) or text[i + 1] != ")":
        return False
    opening = text.rfind("(", max(0, i - _BRACKETED_MAX), i)
    if opening < 0 or any(ch.isspace() for ch in text[opening:i]):
        return False
    word = text[opening + 1 : i]
    # '(ret.)', '(D-Ore.)', '(Fla.)'; not a word ending a sentence in brackets: '(narrowly.)', '(Cheers.)'
    return "-" in word or word.lower() in ABBREVIATIONS or (len(word) <= _BRACKETED_WORD and word.islower())


def _end_marks(text: str) -> list[int]:
    """Where '.', '!' and '?' stand in ``text``, in order (``str.find`` per mark is cheaper than a regex match
    object per mark)."""
    out: list[int] = []
    for mark in ".!?":
        i = text.find(mark)
        while i >= 0:
            out.append(i)
            i = text.find(mark, i + 1)
    out.sort()
    return out


_DATELINE = re.compile(
    r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+)*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?(?: \d{1,2})?)?(?: \([^()]{1,20}\))? ?"
    r"(?:—|–|--|-) +"
)
"""'KELBY —', 'PORT ELLEN, Ore. —', 'KELBY (Wire) -', 'KELBY, March 3 (Wire) -': a place in capitals (perhaps a
date) and a dash opening a news paragraph."""


def dateline_end(para: str, hi: int) -> int:
    """Where the words of a paragraph's first sentence start after a dateline ('KELBY — Dana Pike said ...'): the
    dateline is no part of the sentence (no speaker, no subject); 0 without one. The words after the dash open
    with a capital, a digit or a quotation mark, and no second dash closes an aside within a few words: 'NATO —
    and every one of its members — said' is a subject with a parenthesis."""
    found = _DATELINE.match(para, 0, hi)
    if found is None or found.end() >= hi:
        return 0
    first = para[found.end()]
    rest = para[found.end() : hi]
    dash = _SECOND_DASH.search(rest)
    closes_aside = dash is not None and len(rest[: dash.start()].split()) <= _ASIDE_WORDS
    opens = first.isupper() or first.isdigit() or first in _OPENERS
    return found.end() if opens and not closes_aside else 0


_SECOND_DASH = re.compile(r"—|–|--| - ")
_ASIDE_WORDS = 12
"""The most words between two dashes read as an aside after a subject in capitals ('NATO — the alliance — said')."""


def sentences(text: str, marks: list[MarkSpan]) -> list[tuple[int, int]]:
    """Split a paragraph into sentences, never inside a quotation; returns (start, end) pairs."""
    inside = bytearray(len(text) + 1)
    for span in marks:
        end = span.close if span.close is not None else len(text)
        if end > span.open + 1:
            inside[span.open + 1 : end] = b"\x01" * (end - span.open - 1)
    closes = {span.close: span.width for span in marks if span.close is not None}
    bounds: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    i = 0
    # only a sentence-ending mark or a quotation's closing mark can end a sentence: visit those alone
    ends = _end_marks(text)  # in order, each once
    for candidate in sorted(closes.keys() | ends) if closes else ends:
        if candidate < i:
            continue
        i = candidate
        ch = text[i]
        cut: int | None = None
        if (
            not inside[i]
            and ch in ".!?"
            and not (ch == "." and (_abbreviation_before(text, i) or _bracketed_abbreviation(text, i)))
            or ch == "."
            and not inside[i]
            and _closing_abbreviation(text, i)
            or i in closes
            and i >= closes[i]
            and text[i - closes[i]] in ".!?"
        ):
            cut = i + 1
        if cut is not None:
            j = cut
            while j < n and text[j] in ")]" and not inside[j]:
                j += 1
            k = j
            while k < n and text[k] == " ":
                k += 1
            if (
                k > j
                and k < n
                and (text[k].isupper() or text[k] in _OPENERS or text[k].isdigit())
                and not (i in closes and _attribution_follows(text, k, text[i - closes[i]]))
            ):
                bounds.append((start, j))
                start = k
                i = k
    if start < n and text[start:].strip():
        bounds.append((start, n))
    return [piece for lo, hi in bounds for piece in _cut_long(text, lo, hi, inside)]


_ATTRIBUTION_WINDOW = 100
_ATTRIBUTION_WORDS = 8
_NO_ATTRIBUTION = BE_FORMS | word_set("not never nobody no")
"""Words no attribution puts before its verb of speech: a passive or a denial ('Staff were not told.')."""


def _attribution_follows(text: str, k: int, end_mark: str) -> bool:
    """'"Is this the end?" Dana Pike asked.', '"All the way!" Mrs. Dawson shouted, shorthand for ...': after a
    quotation ending in '?' or '!', a short stretch with a speech verb up to the next comma or sentence end is
    the quotation's attribution, not a new sentence; after one ending in '.', only a whole short sentence
    ('"We won." Mr. Smith said.')."""
    tail = text[k : k + _ATTRIBUTION_WINDOW]
    stops = '!?"“”' if end_mark == "." else ',;!?"“”'
    end = next(
        (i for i, ch in enumerate(tail) if ch in stops or ch == "." and not (i > 0 and _abbreviation_before(tail, i))),
        None,
    )
    if end is None or (end_mark == "." and tail[end] != "."):
        return False
    words = re.findall(r"[\w'’-]+", tail[:end])
    verb = next((k for k, w in enumerate(words) if w in SPEECH_VERBS or _wish_to_know(words, k)), None)
    if 0 < len(words) <= _ATTRIBUTION_WORDS and verb is not None:
        return not _own_sentence(tail[:end], words[verb])
    return end_mark != "." and (_verb_after_speaker(tail) or _tail_verb(tail))


def _wish_to_know(words: list[str], k: int) -> bool:
    """'wanted to know' at ``words[k]``: a question put ('"A?" NAME wanted to know.')."""
    return words[k] in WISH_VERBS and words[k + 1 : k + 3] == ["to", "know"]


def _own_sentence(stretch: str, verb: str) -> bool:
    """A short sentence with a verb of speech that is no attribution: a passive or a denial in the words before
    the verb since the last comma ('Staff were not told.', 'Nobody said a word.', 'The move was first reported by
    NAME'; not 'Those were his last words, his brother said.'), or a reported clause after it ('She replied to him
    that A')."""
    at = re.search(rf"\b{re.escape(verb)}\b", stretch)
    if at is None:
        return False
    before = stretch[stretch.rfind(",", 0, at.start()) + 1 : at.start()]
    if any(w.lower() in _NO_ATTRIBUTION for w in re.findall(r"[\w'’-]+", before)):
        return True
    return "that" in re.findall(r"[\w'’-]+", stretch[at.end() :])


_TAIL_VERB = re.compile(r"\s*(?:[A-Z][\w'’-]*\.?\s+){0,2}[A-Z][\w'’-]*\s+([a-z]+)(\s+(?:on|back))?\s*[,.]")
_TAIL_SPEECH = (
    SPOKEN_PAST
    | MANNER_VERBS
    | word_set("wrote spoke answered pressed persisted ventured interrupted posed queried enquired inquired")
)
"""Past verbs of speaking, writing or the manner of speaking that may close a quotation's attribution."""


def _tail_verb(tail: str) -> bool:
    """'"Is it over?" Moss went on, ...', '"Now!" Dana Pike snapped.': after '?' or '!', a name of up to three
    capitalised words and a past verb of speaking closing the clause is the quotation's attribution; any other
    verb opens a new sentence ('"Vote now!" Then Election Day arrived.')."""
    m = _TAIL_VERB.match(tail)
    return m is not None and (m.group(1) in _TAIL_SPEECH or m.group(1) == "went" and m.group(2) is not None)


def _verb_after_speaker(tail: str) -> bool:
    """'"All the way!" Lee's niece, state Del. Ann Price, shouted to the crowd': after '?' or '!', a speaker
    phrase with an appositive, and then a verb of speaking before any sentence end."""
    if tail[:1] in _OPENERS:
        return False
    ends = (
        i for i, ch in enumerate(tail) if ch in "!?;" or ch == "." and not (i > 0 and _abbreviation_before(tail, i))
    )
    end = next(ends, len(tail))
    words = re.findall(r"[\w'’-]+", tail[:end])
    verb = next((i for i, w in enumerate(words) if w in SPEECH_VERBS), None)
    return verb is not None and 0 < verb <= _ATTRIBUTION_WORDS + 4 and words[0][:1].isupper()


def _cut_long(text: str, lo: int, hi: int, inside: bytearray) -> list[tuple[int, int]]:
    """Cut a sentence longer than any real one at spaces outside quotations, so that the later passes (which
    look across a sentence) stay linear on hostile text."""
    pieces: list[tuple[int, int]] = []
    while hi - lo > LONGEST_SENTENCE:
        cut = lo + LONGEST_SENTENCE
        while cut > lo and not (text[cut] == " " and not inside[cut]):
            cut -= 1
        if cut == lo:
            cut = lo + LONGEST_SENTENCE
            while cut < hi and not (text[cut] == " " and not inside[cut]):
                cut += 1
        if cut >= hi:
            break
        pieces.append((lo, cut))
        lo = cut + 1
    pieces.append((lo, hi))
    return pieces
