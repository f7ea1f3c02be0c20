"""Refreshing feeds: download them in parallel threads, store their entries, then fetch the pages of
teasers (politely, per host) and store each article as its page arrives.

Network work runs in a thread pool; extracting and analysing pages (and reading their story features)
runs in worker processes (one per core, see :mod:`digest.core.feeds.workers`) when the caller allows it,
else in the calling thread. Every write happens in the calling thread: the pages that are ready are
stored together, in one transaction. A page is fetched once per refresh, however many entries link to
it. A feed's or a page's failure (network, HTTP status, size, not a feed or not HTML) is recorded and
reported; it never stops the others, and a failed page keeps its entry's teaser with the reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, BrokenExecutor, Executor, Future, ThreadPoolExecutor, wait
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from typing import Any

from digest.core.feeds.fetch import FeedError, Response, fetch
from digest.core.feeds.pages import (
    PENDING,
    Downloaded,
    Extracted,
    PageJob,
    PageResult,
    PageWork,
    download_page,
    extract_in_worker,
    extract_page,
    extract_work,
    work_of,
)
from digest.core.feeds.parse import ParsedFeed, parse_feed
from digest.core.feeds.politeness import RETRY_AFTER_CAP, HostQueues, Queued
from digest.core.feeds.storing import FeedResult, store_pages, store_result
from digest.core.feeds.urls import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from digest.core.feeds.workers import Extractors
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
STORE_BATCH = 8
"""Pages stored together in one transaction when the workers are busy (fewer once none is extracting,
or once the first has waited :data:`STORE_WAIT` seconds)."""
STORE_WAIT = 0.25
"""Longest time an extracted page waits to be stored with others."""

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
        self.extractors: Extractors | None = None
        self.extracting = 0
        self.followers: dict[str, list[PageJob]] = {}
        self.ready: list[Extracted] = []
        self.ready_by_link: dict[str, PageResult] = {}
        self.in_pool: dict[Future[Any], PageWork] = {}
        self.ready_since = 0.0

    def stopped(self) -> bool:
        return self.cancelled is not None and self.cancelled()

    def submit(self, pool: Executor, then: Callable[[Any], None], function: Callable[..., Any], *args: Any) -> None:
        self.pending[pool.submit(function, *args)] = then

    def want(self, jobs: list[PageJob], already_stored: int = 0) -> None:
        for job in jobs:
            if job.link in self.followers:  # the same link from another entry: fetched once, for both
                self.followers[job.link].append(job)
                continue
            if job.link in self.ready_by_link:  # extracted already, not yet stored: the same page, not fetched again
                self.ready.append(Extracted(job, self.ready_by_link[job.link]))
                continue
            self.followers[job.link] = []
            self.queues.add(Queued(job))
        self.counts.wanted += len(jobs) + already_stored
        self.counts.duplicates += already_stored
        if (jobs or already_stored) and self.on_page:
            self.on_page(self.counts)

    def run(self, network: Executor, extractors: Extractors | None) -> None:
        """Run until every feed and page is stored (or, once cancelled, until the downloads stop)."""
        self.network, self.extractors = network, extractors
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
                then, work = self.pending.pop(future), self.in_pool.pop(future, None)
                then(future.result() if work is None else self._pool_result(future, work))
            self._store_ready()

    def _fetch(self, item: Queued) -> Downloaded:
        return download_page(item.job, timeout=self.timeout, max_bytes=self.max_bytes, cancelled=self.cancelled)

    def _downloaded(self, item: Queued, page: Downloaded) -> None:
        self.queues.finished(item)
        if page.retry_after is not None and item.attempt == 0 and not self.stopped():
            if page.retry_after <= RETRY_AFTER_CAP:
                self.queues.retry_later(item, page.retry_after)
                return
            page = Downloaded(page.job, page.url, reason=f"{page.reason} (asked to wait {page.retry_after:.0f} s)")
        work = work_of(page)
        pool = None
        if work is not None and self.extractors is not None:
            pool = self.extractors.get(len(self.queues) + sum(self.queues.running.values()) + self.extracting + 1)
        if pool is not None and work is not None:
            try:
                future = pool.submit(extract_in_worker, work, str(self.library.path))
            except RuntimeError:  # the pool broke (a worker was killed): this thread extracts from now on
                self._broken()
            else:
                self.extracting += 1
                self.pending[future], self.in_pool[future] = partial(self._extracted_in_pool, page.job), work
                return
        self._extracted(extract_page(page, self.library.connection))

    def _pool_result(self, future: Future[Any], work: PageWork) -> PageResult:
        """A worker's result; when the worker died (or its pool was stopped), the page extracted here instead."""
        error = None if future.cancelled() else future.exception()
        if error is None and not future.cancelled():
            result: PageResult = future.result()
            return result
        if error is None or isinstance(error, BrokenExecutor):
            self._broken()
            return extract_work(work, self.library.connection)
        return PageResult(reason=f"cannot extract the page ({type(error).__name__})")

    def _broken(self) -> None:
        if self.extractors is not None:
            self.extractors.broken()

    def _extracted_in_pool(self, job: PageJob, result: PageResult) -> None:
        self.extracting -= 1
        self._extracted(Extracted(job, result))

    def _extracted(self, page: Extracted) -> None:
        followers = self.followers.pop(page.job.link, [])
        if not self.ready:
            self.ready_since = time.monotonic()
        self.ready += [page, *(Extracted(job, page.result) for job in followers)]
        self.ready_by_link[page.job.link] = page.result

    def _store_ready(self) -> None:
        """Store the pages that are ready in one transaction (once enough wait, or nothing more is coming
        soon), then report the counts."""
        if not self.ready:
            return
        busy = self.extracting and not self.stopped()
        if busy and len(self.ready) < STORE_BATCH and time.monotonic() - self.ready_since < STORE_WAIT:
            return
        ready, self.ready = self.ready, []
        self.ready_by_link.clear()  # stored now: a later entry with one of these links finds its article instead
        for outcome in store_pages(self.library, ready, self.results):
            if outcome == "full":
                self.counts.full += 1
            elif outcome == "duplicate":
                self.counts.duplicates += 1
            else:
                self.counts.teasers += 1
        if self.on_page:
            self.on_page(self.counts)


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
    low_priority: bool = False,
    with_teasers: bool = False,
) -> list[FeedResult]:
    """Refresh ``feeds`` (all subscribed feeds by default); return one result per feed, in feed order.

    ``on_result(result, done, total)`` is called as each feed is stored, ``on_page(counts)`` as each
    page is. When ``cancelled()`` becomes true, downloads stop within a fraction of a second (their
    feeds report "cancelled"; their pages stay teasers to fetch next time). At most ``workers`` feeds
    (capped at :data:`MAX_PARALLEL`) download at once; pages are extracted in ``processes`` worker
    processes when more than one (see :class:`Extractors`; with ``low_priority`` they yield the processor
    to this process, as the app wants), else in this thread. ``with_teasers`` also
    fetches again the pages of every article kept as a teaser (not those failing during this refresh).
    """
    if feeds is None:
        feeds = library.feeds()
    else:  # re-read: the caching headers may have changed since the caller got these
        feeds = [f for f in (library.feed(feed.id) for feed in feeds) if f is not None]
    if not feeds and not with_teasers:
        return []
    run = _Run(library, timeout=timeout, max_bytes=max_bytes, cancelled=cancelled, on_page=on_page)
    if with_teasers:
        unfinished = pages.teasers(library.connection)
    else:
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
        extractors = Extractors(processes, low_priority=low_priority)  # forked now, before any thread, if at all
        stack.callback(extractors.close)
        feed_pool = stack.enter_context(ThreadPoolExecutor(max_workers=max(1, min(MAX_PARALLEL, workers, len(feeds)))))
        network = stack.enter_context(ThreadPoolExecutor(max_workers=MAX_PAGES_PARALLEL))
        for feed in feeds:
            run.submit(feed_pool, partial(stored, feed), _download, feed, timeout, max_bytes, cancelled)
        run.run(network, extractors)
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
    """Fetch again the pages of articles kept as teasers (those in ``ids``, or all); return the counts.

    Pages are extracted in the calling thread (a retry asks for a few pages; ``refresh --retry-teasers`` retries
    inside :func:`refresh_feeds`, with its worker processes).
    """
    run = _Run(library, timeout=timeout, max_bytes=max_bytes, cancelled=cancelled, on_page=on_page)
    run.want(_teaser_jobs(library, pages.teasers(library.connection, ids)))
    extractors = Extractors(0)
    try:
        with ThreadPoolExecutor(max_workers=MAX_PAGES_PARALLEL) as network:
            run.run(network, extractors)
    finally:
        extractors.close()
    return run.counts
