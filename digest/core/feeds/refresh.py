"""Refreshing feeds: download them in parallel threads, store their entries, then fetch the pages of
teasers (politely, per host) and store each article as its page arrives.

Network work runs in a thread pool; extracting and analysing pages runs in a process pool (one worker
per core) when the caller allows it, else in the calling thread; every write happens in the calling
thread. A feed's or a page's failure (network, HTTP status, size, not a feed or not HTML) is recorded
and reported; it never stops the others, and a failed page keeps its entry's teaser with the reason.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from typing import Any

from digest.core.feeds.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, FeedError, Response, fetch
from digest.core.feeds.pages import (
    PENDING,
    Downloaded,
    Extracted,
    PageJob,
    download_page,
    extract_in_worker,
    extract_page,
)
from digest.core.feeds.parse import ParsedFeed, parse_feed
from digest.core.feeds.politeness import RETRY_AFTER_CAP, HostQueues, Queued
from digest.core.feeds.storing import FeedResult, store_page, store_result
from digest.core.store import pages
from digest.core.store.feeds import Feed
from digest.core.store.library import Library

MAX_PARALLEL = 8
"""Most feeds downloaded at the same time."""
MAX_PAGES_PARALLEL = 8
"""Most pages downloaded at the same time (all hosts together)."""
MAX_PAGES_HELD = 16
"""Most pages downloading or downloaded and waiting for extraction: downloads wait for the extractors,
so memory holds at most this many page bodies, however fast the network."""

__all__ = ["MAX_PARALLEL", "FeedResult", "PageCounts", "refresh_feeds", "retry_teasers", "store_result"]


@dataclass
class PageCounts:
    """What happened to the pages a refresh wanted: stored in full, kept as teasers, found twice."""

    wanted: int = 0
    full: int = 0
    teasers: int = 0
    duplicates: int = 0

    @property
    def done(self) -> int:
        """Pages finished, whatever the outcome."""
        return self.full + self.teasers + self.duplicates

    def to_dict(self) -> dict[str, int]:
        """The JSON shape of ``pages`` in ``digest refresh --json``."""
        return {"wanted": self.wanted, "full": self.full, "teasers": self.teasers, "duplicates": self.duplicates}


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


class _Run:
    """One refresh: the pools, the per-host page queues, and what is still in flight."""

    def __init__(
        self,
        library: Library,
        *,
        timeout: float,
        max_bytes: int,
        cancelled: Callable[[], bool] | None,
        on_page: Callable[[PageCounts], None] | None,
    ) -> None:
        self.library, self.timeout, self.max_bytes = library, timeout, max_bytes
        self.cancelled = cancelled
        self.on_page = on_page
        self.queues = HostQueues()
        self.counts = PageCounts()
        self.results: dict[int, FeedResult] = {}
        self.pending: dict[Future[Any], Callable[[Any], None]] = {}
        self.network: Executor | None = None
        self.cpu: Executor | None = None
        self.extracting = 0
        self.followers: dict[str, list[PageJob]] = {}

    def stopped(self) -> bool:
        return self.cancelled is not None and self.cancelled()

    def submit(self, pool: Executor, then: Callable[[Any], None], function: Callable[..., Any], *args: Any) -> None:
        self.pending[pool.submit(function, *args)] = then

    def want(self, jobs: list[PageJob], already_stored: int = 0) -> None:
        for job in jobs:
            if job.link in self.followers:  # the same link from another entry: fetched once, for both
                self.followers[job.link].append(job)
                continue
            self.followers[job.link] = []
            self.queues.add(Queued(job))
        self.counts.wanted += len(jobs) + already_stored
        self.counts.duplicates += already_stored
        if (jobs or already_stored) and self.on_page:
            self.on_page(self.counts)

    def run(self, network: Executor, cpu: Executor | None) -> None:
        """Run until every feed and page is stored (or, once cancelled, until the downloads stop)."""
        self.network, self.cpu = network, cpu
        while self.pending or (len(self.queues) and not self.stopped()):
            if not self.stopped():
                running = sum(self.queues.running.values())
                room = min(MAX_PAGES_PARALLEL - running, MAX_PAGES_HELD - running - self.extracting)
                for item in self.queues.take(room):
                    self.submit(network, partial(self._downloaded, item), self._fetch, item)
            hint = self.queues.wait_hint()
            if not self.pending:
                time.sleep(min(hint if hint is not None else 0.05, 0.25))
                continue
            done, _ = wait(
                self.pending, timeout=0.25 if hint is None else min(hint + 0.01, 0.25), return_when=FIRST_COMPLETED
            )
            for future in done:
                self.pending.pop(future)(future.result())

    def _fetch(self, item: Queued) -> Downloaded:
        return download_page(item.job, timeout=self.timeout, max_bytes=self.max_bytes, cancelled=self.cancelled)

    def _downloaded(self, item: Queued, page: Downloaded) -> None:
        self.queues.finished(item)
        if page.retry_after is not None and item.attempt == 0 and not self.stopped():
            if page.retry_after <= RETRY_AFTER_CAP:
                self.queues.retry_later(item, page.retry_after)
                return
            page = Downloaded(page.job, page.url, reason=f"{page.reason} (asked to wait {page.retry_after:.0f} s)")
        if self.cpu is not None and page.body is not None:
            self.extracting += 1
            self.submit(self.cpu, self._extracted_in_pool, extract_in_worker, page, str(self.library.path))
        else:
            self._extracted(extract_page(page, self.library.connection))

    def _extracted_in_pool(self, page: Extracted) -> None:
        self.extracting -= 1
        self._extracted(page)

    def _extracted(self, page: Extracted) -> None:
        followers = self.followers.pop(page.job.link, [])
        for each in [page, *(Extracted(job, page.article, page.analysis, page.reason) for job in followers)]:
            outcome = store_page(self.library, each, self.results.get(each.job.feed_id or -1))
            if outcome == "full":
                self.counts.full += 1
            elif outcome == "duplicate":
                self.counts.duplicates += 1
            else:
                self.counts.teasers += 1
        if self.on_page:
            self.on_page(self.counts)


def _process_pool(processes: int) -> ProcessPoolExecutor | None:
    """A pool of forked workers, started now (before any thread) so forking is safe; None when not wanted."""
    if processes <= 1 or threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    import digest.core.quotes
    import digest.core.summarize  # noqa: F401 (imported once here, inherited by the forked workers)

    pool = ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("fork"))
    pool.submit(int).result()  # forks every worker now
    return pool


def refresh_feeds(
    library: Library,
    feeds: list[Feed] | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_result: Callable[[FeedResult, int, int], None] | None = None,
    on_page: Callable[[PageCounts], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int = MAX_PARALLEL,
    processes: int = 0,
) -> list[FeedResult]:
    """Refresh ``feeds`` (all subscribed feeds by default); return one result per feed, in feed order.

    ``on_result(result, done, total)`` is called as each feed is stored, ``on_page(counts)`` as each
    page is. When ``cancelled()`` becomes true, downloads stop within a fraction of a second (their
    feeds report "cancelled"; their pages stay teasers to fetch next time). At most ``workers`` feeds
    (capped at :data:`MAX_PARALLEL`) download at once; pages are extracted in ``processes`` forked
    workers when more than one (and no other thread runs yet), else in this thread.
    """
    if feeds is None:
        feeds = library.feeds()
    else:  # re-read: the caching headers may have changed since the caller got these
        feeds = [f for f in (library.feed(feed.id) for feed in feeds) if f is not None]
    if not feeds:
        return []
    run = _Run(library, timeout=timeout, max_bytes=max_bytes, cancelled=cancelled, on_page=on_page)
    unfinished = pages.teasers(library.connection, feed_ids=[f.id for f in feeds], reason=PENDING)
    run.want(_teaser_jobs(library, unfinished))  # pages an interrupted refresh left, whatever the feeds say
    finished = 0

    def stored(feed: Feed, download: Download) -> None:
        nonlocal finished
        result, jobs = store_result(library, feed, *download)
        run.results[feed.id] = result
        run.want(jobs, already_stored=result.duplicates)
        finished += 1
        if on_result:
            on_result(result, finished, len(feeds))

    with ExitStack() as stack:
        cpu = _process_pool(processes)
        if cpu is not None:
            stack.enter_context(cpu)
        feed_pool = stack.enter_context(ThreadPoolExecutor(max_workers=max(1, min(MAX_PARALLEL, workers, len(feeds)))))
        network = stack.enter_context(ThreadPoolExecutor(max_workers=MAX_PAGES_PARALLEL))
        for feed in feeds:
            run.submit(feed_pool, partial(stored, feed), _download, feed, timeout, max_bytes, cancelled)
        run.run(network, cpu)
    return [run.results[feed.id] for feed in feeds]


def _teaser_jobs(library: Library, teasers: list[pages.Teaser]) -> list[PageJob]:
    jobs = []
    for teaser in teasers:
        article = library.article(teaser.article_id)
        if article is not None:
            jobs.append(PageJob(teaser.key, teaser.link, teaser.feed_id, article, teaser.published))
    return jobs


def retry_teasers(
    library: Library,
    ids: list[int] | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_page: Callable[[PageCounts], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PageCounts:
    """Fetch again the pages of articles kept as teasers (those in ``ids``, or all); return the counts."""
    run = _Run(library, timeout=timeout, max_bytes=max_bytes, cancelled=cancelled, on_page=on_page)
    run.want(_teaser_jobs(library, pages.teasers(library.connection, ids)))
    with ThreadPoolExecutor(max_workers=MAX_PAGES_PARALLEL) as network:
        run.run(network, None)
    return run.counts
