"""A story's title: the first of its articles' titles that reads as a headline.

Some article titles do not: a dateline (a date, a clock time, 'updated' or 'published' and little else), a
shouted tabloid line in capitals, or a first sentence cut short when the article had no title of its own
(it ends in an ellipsis). A story told by several articles can take another article's title instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from digest.core.lexicon import MONTHS_DAYS

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
    """The first of ``titles`` that reads as a headline, else the first one (empty when there is none)."""
    every = list(titles)
    return next((t for t in every if reads_as_headline(t)), every[0] if every else "")
