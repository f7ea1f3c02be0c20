"""A story's title: of its articles' titles that read as a headline, the one that shares most words with the
others (the story's most typical title, not an outlet's quip or teaser line).

Some article titles do not read as a headline: a dateline (a date, a clock time, 'updated' or 'published' and
little else), a shouted tabloid line in capitals, or a first sentence cut short when the article had no title of its own
(it ends in an ellipsis). A story told by several articles can take another article's title instead; every
view of a story takes it by :func:`story_title`.
"""

from __future__ import annotations

import heapq
import re
import zlib
from collections.abc import Iterable

from digest.core.lexicon import MONTHS_DAYS
from digest.core.summarize.words import content_terms

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
HEADLINE_WORDS = 4
"""Fewest words (runs of letters) in a title that reads as a headline."""

_DATE_WORDS = MONTHS_DAYS | frozenset(
    {
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"),
        *("gmt", "utc", "bst", "cet", "est", "edt", "cst", "cdt", "pst", "pdt", "am", "pm"),
        *("last", "updated", "update", "published", "posted", "modified"),
    }
)
"""Words of a dateline, which do not make a title a headline."""


def reads_as_headline(title: str) -> bool:
    """Whether ``title`` reads as a headline: enough words that are not just a date or time, not all in capitals,
    not cut short."""
    words = [w for w in _WORD.findall(title) if w.lower() not in _DATE_WORDS]
    return len(words) >= HEADLINE_WORDS and not title.isupper() and not title.rstrip().endswith(("…", "..."))


def headline(titles: Iterable[str]) -> str:
    """Of ``titles`` that read as a headline, the one sharing most content words with the others (the earliest
    on a tie); else the first title (empty when there is none)."""
    every = list(titles)
    candidates = [index for index, title in enumerate(every) if reads_as_headline(title)]
    if not candidates:
        return every[0] if every else ""
    terms = [frozenset(content_terms(title)) for title in every]

    def typicality(index: int) -> float:
        mine = terms[index]
        return sum(len(mine & other) / len(mine | other) for other in terms if other is not mine and mine | other)

    return every[max(candidates, key=lambda index: (typicality(index), -index))]


TITLES_READ = 32
"""Most distinct titles a story's title is chosen from (comparing titles costs their number squared)."""


def story_title(titles: Iterable[str]) -> str:
    """A story's title, the one rule every view of a story reads (``digest stories``, the export, the story
    page, and the stories view of a library, which stores it whenever a story's members change): the
    :func:`headline` of its distinct titles taken in alphabetical order, so that a tie goes the same way
    whatever order a view lists the articles in. A story of more than ``TITLES_READ`` distinct titles is
    titled from the ``TITLES_READ`` of them with the lowest CRC-32, a sample that no order changes, so a
    join into a large story costs no more than one into a story of that size."""
    distinct = set(titles)
    if len(distinct) > TITLES_READ:
        distinct = set(heapq.nsmallest(TITLES_READ, distinct, key=lambda t: (zlib.crc32(t.encode()), t)))
    return headline(sorted(distinct))
