"""What the stories view shows of a story (:class:`StoryRow`), without the grouping behind it.

Kept apart from :mod:`digest.core.store.stories` so that listing stories imports nothing heavy (the grouping
and summaries import numpy and scipy).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True)
class StoryRow:
    """One line of the stories view: a story's title, size, outlets and newest time."""

    id: int
    title: str
    articles: int
    outlets: int
    newest: str
    article_ids: tuple[int, ...]


def timestamp(date: str | None) -> float | None:
    """A library date (ISO 8601) in seconds since the epoch, or None when missing or unreadable."""
    if not date:
        return None
    try:
        parsed = datetime.fromisoformat(date.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).timestamp()


def outlet(feed: str | None, url: str | None, source: str) -> str:
    """The outlet of an article: its feed's title, else its URL's host, else ``file``."""
    if feed:
        return feed
    address = url or source
    if "://" in address:
        return address.split("://", 1)[1].split("/", 1)[0].lower().removeprefix("www.")
    return "file"
