"""Which library articles a digest or the app's list shows: unread, starred, one feed, since a date, a search.

The command line (``digest export --library``) and the app (its article list and ``e``) share this one
selection, so "today's unread" means the same rows in both.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from digest.core.store.articles import ArticleRow
from digest.core.store.library import Library

SEARCH_LIMIT = 500
"""At most this many search results are listed (best first)."""

_RELATIVE = re.compile(r"(\d{1,5})\s*([hdw])")
_UNITS = {"h": dt.timedelta(hours=1), "d": dt.timedelta(days=1), "w": dt.timedelta(weeks=1)}


def parse_since(text: str, now: dt.datetime | None = None) -> str:
    """The earliest date a ``--since`` value keeps, as the library writes dates (ISO 8601, UTC).

    ``12h``, ``1d``, ``2w``: that long before ``now``; ``2024-05-01``: from the start of that day.

    Raises:
        ValueError: The value is neither form (the message says which forms are understood).
    """
    value = text.strip().lower()
    relative = _RELATIVE.fullmatch(value)
    if relative:
        moment = (now or dt.datetime.now(dt.UTC)) - int(relative.group(1)) * _UNITS[relative.group(2)]
        return moment.strftime("%Y-%m-%dT%H:%M:%S")
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"not a time span (12h, 1d, 2w) or a date (2024-05-01): {text!r}") from None


@dataclass(frozen=True)
class Selection:
    """What to show: only unread, only starred, one feed (by id), from a date on, matching a search.

    Attributes:
        view: ``all``, ``unread`` or ``starred``.
        feed_id: One feed's articles (None: every article, files included).
        since: The earliest date kept (ISO 8601, compared with the article's date), or None.
        query: A full-text search (best results first), or empty.
    """

    view: str = "all"
    feed_id: int | None = None
    since: str | None = None
    query: str = ""

    def keeps(self, row: ArticleRow) -> bool:
        """Whether ``row`` passes the view, the feed and the date."""
        return (
            (self.view != "unread" or not row.is_read)
            and (self.view != "starred" or row.starred)
            and (self.feed_id is None or row.feed_id == self.feed_id)
            and (self.since is None or row.date >= self.since)
        )


def select_rows(library: Library, selection: Selection) -> list[ArticleRow]:
    """The rows ``selection`` keeps: search results best first, otherwise newest first."""
    if selection.query:
        candidates = [hit.row for hit in library.search(selection.query, limit=SEARCH_LIMIT)]
    else:
        candidates = library.rows(
            unread=selection.view == "unread", starred=selection.view == "starred", feed_id=selection.feed_id
        )
    return [row for row in candidates if selection.keeps(row)]
