"""``digest refresh``: fetch every subscribed feed in parallel and store the new entries."""

from __future__ import annotations

import argparse
import os

from digest.commands.library_common import ProgressBar, add_library_argument, with_library
from digest.commands.options import byte_count, timeout_seconds
from digest.commands.output import EXIT_BAD_INPUT, EXIT_OK, dump_json, report_error
from digest.core.feeds import FeedResult, refresh_feeds
from digest.core.feeds.refresh import PageCounts
from digest.core.feeds.urls import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from digest.core.sanitize import shown
from digest.core.store import Library
from digest.core.wording import plural


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``refresh`` command."""
    parser = subparsers.add_parser(
        "refresh",
        help="fetch every feed and store new articles",
        description="Fetch the subscribed feeds in parallel (conditional GET), store new entries, and report "
        "what was new. A failing feed is reported on stderr and never stops the others (exit status 2).",
    )
    parser.add_argument("feeds", nargs="*", metavar="URL", help="only these feeds (default: all)")
    parser.add_argument("--json", action="store_true", help="print a JSON summary of what was new")
    parser.add_argument(
        "--retry-teasers", action="store_true", help="also fetch again the pages of articles kept as teasers"
    )
    parser.add_argument(
        "--timeout",
        type=timeout_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help="per-feed timeout (whole download)",
    )
    parser.add_argument(
        "--max-bytes", type=byte_count, default=DEFAULT_MAX_BYTES, metavar="N", help="largest feed body"
    )
    add_library_argument(parser)
    parser.set_defaults(run=run)


@with_library
def run(args: argparse.Namespace, library: Library) -> int:
    """Run ``digest refresh``."""
    feeds = library.feeds()
    failures = 0
    if args.feeds:
        chosen = [library.feed(url) for url in args.feeds]
        for url, feed in zip(args.feeds, chosen, strict=True):
            if feed is None:
                report_error(f"{url}: no such feed in the library (add it with 'digest add {url}')")
                failures += 1
        feeds = [f for f in chosen if f is not None]
    bar = ProgressBar("refreshing", len(feeds))
    progress = _Progress(bar, len(feeds))
    results = refresh_feeds(
        library,
        feeds,
        timeout=args.timeout,
        max_bytes=args.max_bytes,
        on_result=progress.feed,
        on_page=progress.page,
        processes=os.cpu_count() or 1,
        with_teasers=args.retry_teasers,  # in the same run: no page fetched twice
    )
    counts = progress.counts
    bar.close()
    failures += sum(1 for r in results if r.error)
    if args.json:
        payload = {
            "new": sum(len(r.new) for r in results),
            "feeds": [r.to_dict(library) for r in results],
            "pages": counts.to_dict(),
        }
        dump_json(payload)
    else:
        for result in results:
            state = "error" if result.error else "not modified" if result.not_modified else f"{len(result.new)} new"
            if result.teasers:
                state += f" ({plural(len(result.teasers), 'teaser')} kept)"
            print(f"{shown(result.title or result.url)}: {state}")
        if counts.wanted:
            print(
                f"pages: {plural(counts.full, 'full article')}, {plural(counts.teasers, 'teaser')} kept,"
                f" {counts.duplicates} already stored"
            )
        if not feeds:
            print("no feeds: subscribe with 'digest add URL'")
    return EXIT_BAD_INPUT if failures else EXIT_OK


class _Progress:
    """One bar for feeds and pages together (its total grows as feeds ask for pages); errors above it."""

    def __init__(self, bar: ProgressBar, feeds: int) -> None:
        self.bar, self.feeds = bar, feeds
        self.feeds_done = 0
        self.counts = PageCounts()

    def feed(self, result: FeedResult, done: int, total: int) -> None:
        if result.error:
            self.bar.note(result.error)
        for message in result.entry_errors:
            self.bar.note(message)
        self.feeds_done = done
        self._draw()

    def page(self, counts: PageCounts) -> None:
        self.counts = counts
        self._draw()

    def _draw(self) -> None:
        self.bar.label = f"feeds {self.feeds_done}/{self.feeds}, pages"
        self.bar.update(self.counts.done, max(self.counts.wanted, 1))
