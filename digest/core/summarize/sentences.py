"""Sentences for summarising: segmented paragraph by paragraph, with no downloaded data.

Segmentation uses sentencex (its rules ship inside the package), then a small post-pass repairs the
segmenter's two harmful habits for news text:

- a sentence that ends inside an open quotation is merged with the following ones up to the one that
  closes it (``"We will go. We will win," he said.`` stays one sentence);
- a bare attribution tail (``he added.``, ``said the minister.``), a piece starting in lower case
  (a split after an abbreviation) or a piece glued to the one before with no space (a split inside a path
  such as ``../data/``) is merged into the sentence before it.

Every sentence is a slice of its section's text (offsets kept), so a summary sentence is always an exact
substring of what the reader shows. Paragraphs are segmented separately, so a heading or a caption (its
own paragraph at ingestion) is never glued to a sentence; lists and tables (see :mod:`digest.core.blocks`)
are not sentences at all and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sentencex

from digest.core.blocks import is_structured
from digest.core.model import Article
from digest.core.speech_verbs import FINITE_SPEECH_VERBS

_MAX_QUOTE_SPAN = 4
"""How many following pieces may be merged to close a quotation (beyond that the quote is malformed)."""

_SPEECH_VERBS = "|".join(sorted(FINITE_SPEECH_VERBS, key=len, reverse=True)) + "|went on"
_ATTRIBUTION_TAIL = re.compile(
    rf"^(?:(?:\w[\w.'’-]*\s+){{0,5}}(?:{_SPEECH_VERBS})|(?:{_SPEECH_VERBS})(?:\s+[\w.'’-]+){{0,6}})\s*[.!?]?\s*$",
    re.IGNORECASE,
)


def _shortest_starts(words: set[str]) -> tuple[str, ...]:
    """The words that no other of ``words`` starts (in sorted order a word follows the one it starts with)."""
    kept: list[str] = []
    for word in sorted(words):
        if not kept or not word.startswith(kept[-1]):
            kept.append(word)
    return tuple(kept)


_TAIL_VERB_STARTS = _shortest_starts({verb.split()[0].lower() for verb in [*FINITE_SPEECH_VERBS, "went on"]})
"""The speech verbs' first words, none that another starts: a word of an attribution tail starts with one."""
_LOWER_START = re.compile(r"^[\"'“‘(\[]?[a-z][a-z]*(?:\s|[,;:.]|$)")
_OPEN_QUOTES = "“"
_CLOSE_QUOTES = "”"


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article.

    Attributes:
        text: The sentence, exactly as it appears in its section's text.
        section: The index of its section in ``article.sections``.
        paragraph: Its paragraph's index within the whole article.
        paragraph_position: Its index within its paragraph (0 = the paragraph's first sentence).
        start: Its offset in the section's text.
    """

    text: str
    section: int
    paragraph: int
    paragraph_position: int
    start: int


def _quote_depth(text: str) -> int:
    """How open the quotation is after ``text``: 1 when a quote is left open, else 0 (or less)."""
    straight = text.count('"') % 2
    curly = text.count(_OPEN_QUOTES) - text.count(_CLOSE_QUOTES)
    return max(straight, curly)


def _is_attribution_tail(piece: str) -> bool:
    """Tell whether a piece is only an attribution such as ``he added.`` or ``said the minister.``."""
    words = piece.split(None, 7)  # eight pieces: more than seven words
    if len(words) > 7 or '"' in piece or "“" in piece:
        return False
    if piece.isascii() and not any(word.lower().startswith(_TAIL_VERB_STARTS) for word in words):
        return False  # the expression needs a word that starts with a speech verb (its case rules are ASCII's here)
    return bool(_ATTRIBUTION_TAIL.match(piece))


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Merge segmenter spans that split a quotation, an attribution tail or a lower-case continuation."""
    merged: list[tuple[int, int]] = []
    index = 0
    while index < len(spans):
        start, end = spans[index]
        if _quote_depth(text[start:end]) > 0:
            for ahead in range(index + 1, min(index + 1 + _MAX_QUOTE_SPAN, len(spans))):
                if _quote_depth(text[start : spans[ahead][1]]) <= 0:
                    end = spans[ahead][1]
                    index = ahead
                    break
        piece = text[start:end].strip()
        glued = start > 0 and not text[start - 1].isspace()  # a real sentence end is followed by a space
        if merged and (glued or _is_attribution_tail(piece) or _LOWER_START.match(piece)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
        index += 1
    return merged


_SEGMENTER_CHUNK = 4000
"""The most characters handed to the segmenter at once: it slows down more than linearly on some long
hostile paragraphs ("'a' " repeated), so a long paragraph is cut into pieces at a sentence end or a space."""


def _chunks(paragraph: str) -> list[tuple[int, int]]:
    """Cut a long paragraph into pieces of at most ``_SEGMENTER_CHUNK`` characters, preferring sentence ends."""
    pieces: list[tuple[int, int]] = []
    lo = 0
    while len(paragraph) - lo > _SEGMENTER_CHUNK:
        hi = lo + _SEGMENTER_CHUNK
        cut = max(paragraph.rfind(end, lo, hi) for end in (". ", "! ", "? ", '." ', ".\u201d "))
        if cut <= lo:
            cut = paragraph.rfind(" ", lo, hi)
        cut = cut + 1 if cut > lo else hi
        pieces.append((lo, cut))
        lo = cut
    pieces.append((lo, len(paragraph)))
    return pieces


def _segment(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans from the segmenter, one bounded piece of the paragraph at a time."""
    spans = []
    for lo, hi in _chunks(paragraph):
        for b in sentencex.get_sentence_boundaries("en", paragraph[lo:hi]):
            spans.append((lo + b["start_index"], lo + b["end_index"]))
    return spans


def split_paragraph(paragraph: str) -> list[tuple[int, int]]:
    """Split one paragraph into sentence spans ``(start, end)``, stripped of surrounding white space."""
    spans = _segment(paragraph)
    spans = [(s, e) for s, e in spans if paragraph[s:e].strip()]
    if not spans:
        return []
    result = []
    for start, end in _merge(spans, paragraph):
        piece = paragraph[start:end]
        lead = len(piece) - len(piece.lstrip())
        result.append((start + lead, start + len(piece.rstrip())))
    return result


def split_text(text: str) -> list[str]:
    """Split plain text (paragraphs separated by blank lines) into sentences."""
    sentences: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        sentences.extend(paragraph[s:e] for s, e in split_paragraph(paragraph))
    return sentences


def article_sentences(article: Article) -> list[Sentence]:
    """Every sentence of the article's sections, in article order, paragraph by paragraph."""
    sentences: list[Sentence] = []
    paragraph_index = 0
    for section_index, section in enumerate(article.sections):
        text = section.text
        for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
            paragraph = match.group(0)
            if not paragraph.strip() or is_structured(paragraph):
                continue  # a list or a table holds facts, not sentences: never a summary candidate
            for position, (start, end) in enumerate(split_paragraph(paragraph)):
                sentences.append(
                    Sentence(paragraph[start:end], section_index, paragraph_index, position, match.start() + start)
                )
            paragraph_index += 1
    return sentences
