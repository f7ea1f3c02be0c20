"""Refreshing feeds: fetch them all in parallel threads, store new entries from the calling thread.

A feed's failure (network, HTTP status, size, not a feed) is recorded on that feed and reported; it
never stops the other feeds. Each feed's new entries, caching headers and status are written in one
transaction, so a killed refresh leaves every feed either fully updated or untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

from digest.core.feeds.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, FeedError, Response, fetch
from digest.core.feeds.parse import ParsedFeed, parse_feed
from digest.core.store.feeds import Feed, record_fetch
from digest.core.store.library import Library

MAX_PARALLEL = 8
"""Most feeds downloaded at the same time."""


@dataclass
class FeedResult:
    """What refreshing one feed did."""

    feed_id: int
    url: str
    title: str | None = None
    new: list[int] = field(default_factory=list)
    updated: int = 0
    not_modified: bool = False
    error: str | None = None
    entry_errors: list[str] = field(default_factory=list)

    def to_dict(self, library: Library | None = None) -> dict[str, object]:
        """The JSON shape of one feed in ``digest refresh --json``."""
        titles = {r.id: r.title for r in library.rows(ids=self.new)} if library and self.new else {}
        return {
            "feed": self.url,
            "title": self.title,
            "new": len(self.new),
            "updated": self.updated,
            "not_modified": self.not_modified,
            "error": self.error,
            "entry_errors": list(self.entry_errors),
            "articles": [{"id": i, "title": titles.get(i)} for i in self.new],
        }


Download = tuple[Response | None, ParsedFeed | None, str | None]
"""A feed's download: the response and parsed feed, or the one-line error."""


def _download(feed: Feed, timeout: float, max_bytes: int, cancelled: Callable[[], bool] | None) -> Download:
    try:
        response = fetch(
            feed.url,
            etag=feed.etag,
            last_modified=feed.last_modified,
            timeout=timeout,
            max_bytes=max_bytes,
            cancelled=cancelled,
        )
        if response.not_modified or response.body is None:
            return response, None, None
        return response, parse_feed(response.body, feed.url, response.content_type), None
    except FeedError as error:
        return None, None, str(error)
    except Exception as error:  # noqa: BLE001 (one feed's unforeseen failure must not stop the others)
        return None, None, f"{feed.url}: cannot read the feed ({type(error).__name__}: {error})"


def refresh_feeds(
    library: Library,
    feeds: list[Feed] | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_result: Callable[[FeedResult, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int = MAX_PARALLEL,
) -> list[FeedResult]:
    """Refresh ``feeds`` (all subscribed feeds by default); return one result per feed, in feed order.

    ``on_result(result, done, total)`` is called as each feed finishes (for a progress bar). When
    ``cancelled()`` becomes true, downloads stop within a fraction of a second (their feeds report
    "cancelled"); at most ``workers`` feeds (capped at :data:`MAX_PARALLEL`) download at once.
    """
    if feeds is None:
        feeds = library.feeds()
    else:  # re-read: the caching headers may have changed since the caller got these
        feeds = [f for f in (library.feed(feed.id) for feed in feeds) if f is not None]
    results: dict[int, FeedResult] = {}
    if not feeds:
        return []
    with ThreadPoolExecutor(max_workers=max(1, min(MAX_PARALLEL, workers, len(feeds)))) as pool:
        futures = {pool.submit(_download, feed, timeout, max_bytes, cancelled): feed for feed in feeds}
        for done, future in enumerate(as_completed(futures), start=1):
            feed = futures[future]
            response, parsed, error = future.result()
            results[feed.id] = store_result(library, feed, response, parsed, error)
            if on_result:
                on_result(results[feed.id], done, len(feeds))
    return [results[feed.id] for feed in feeds]


def store_result(
    library: Library, feed: Feed, response: Response | None, parsed: ParsedFeed | None, error: str | None
) -> FeedResult:
    """Write one feed's download outcome to the library in a single transaction."""
    result = FeedResult(feed.id, feed.url, feed.title, error=error)
    if error is not None or response is None:
        with library.transaction() as connection:
            record_fetch(connection, feed.id, error=error or "no response")
        return result
    if parsed is None:
        result.not_modified = True
        with library.transaction() as connection:
            record_fetch(connection, feed.id, etag=response.etag, last_modified=response.last_modified)
        return result
    result.title = parsed.title or feed.title
    result.entry_errors = list(parsed.errors)
    analysed = [(entry, library.analyse(entry.article)) for entry in parsed.entries]
    with library.transaction() as connection:
        for entry, analysis in analysed:
            article_id, status = library.save(
                f"feed:{feed.id}:{entry.guid}", entry.article, analysis, feed_id=feed.id, published=entry.published
            )
            if status == "new":
                result.new.append(article_id)
            elif status == "updated":
                result.updated += 1
        record_fetch(connection, feed.id, title=parsed.title, etag=response.etag, last_modified=response.last_modified)
    return result
