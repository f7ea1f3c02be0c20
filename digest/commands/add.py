"""``digest add``: add article files, folders and feed URLs to the library."""

from __future__ import annotations

import argparse
import re
from os import cpu_count
from pathlib import Path

from digest.commands.common import article_files
from digest.commands.feed import add_full_text_argument
from digest.commands.library_common import ProgressBar, add_library_argument, open_library
from digest.commands.options import byte_count, timeout_seconds, worker_count
from digest.commands.output import EXIT_BAD_INPUT, EXIT_OK, dump_json, report_error
from digest.core.feeds.urls import DEFAULT_TIMEOUT, is_feed_url, url_problem
from digest.core.sanitize import shown
from digest.core.store.bulk import add_files
from digest.core.wording import plural

_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``add`` command."""
    parser = subparsers.add_parser(
        "add",
        help="add files, folders or feed URLs to the library",
        description="Add article files and folders (parsed and analysed on every core) and subscribe to feed "
        "URLs (fetched at once) in the library.",
    )
    parser.add_argument("items", nargs="+", metavar="PATH|URL", help="article files, folders or RSS/Atom URLs")
    parser.add_argument("--json", action="store_true", help="print a JSON summary of what was added")
    parser.add_argument(
        "--max-bytes", type=byte_count, default=None, metavar="N", help="refuse files larger than N bytes"
    )
    parser.add_argument(
        "--timeout", type=timeout_seconds, default=DEFAULT_TIMEOUT, metavar="S", help="feed download timeout"
    )
    parser.add_argument(
        "--workers", type=worker_count, default=None, metavar="N", help="parallel workers (default: cores)"
    )
    add_full_text_argument(parser, None)
    add_library_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run ``digest add``."""
    library = open_library(args)
    if library is None:
        return EXIT_BAD_INPUT
    failures = 0
    files: list[Path] = []
    urls: list[str] = []
    for item in args.items:
        if is_feed_url(item) or _URL_SCHEME.match(item):
            problem = url_problem(item)
            if problem:
                report_error(f"{item}: {problem}; not subscribed")
                failures += 1
            else:
                urls.append(item)
            continue
        found = article_files(item)
        failures += not found
        files.extend(found)
    with library:
        bar = ProgressBar("adding", len(files))
        report = add_files(
            library, files, max_bytes=args.max_bytes, workers=args.workers, on_error=bar.note, on_progress=bar.update
        )
        bar.close()
        failures += len(report.errors)
        feeds = [library.add_feed(url, full_text=args.full_text)[0] for url in urls]
        results = []
        if feeds:  # imported here: adding files needs neither feedparser nor the refresh pipeline
            from digest.core.feeds import refresh_feeds

            results = refresh_feeds(library, feeds, timeout=args.timeout, processes=args.workers or cpu_count() or 1)
        for result in results:
            if result.error:
                report_error(result.error)
                failures += 1
            for message in result.entry_errors:
                report_error(message)
        if args.json:
            summary = {**report.to_dict(), "feeds": [r.to_dict(library) for r in results]}
            dump_json(summary)
        else:
            print(
                f"{report.new} new, {report.updated} updated, {report.unchanged} unchanged"
                f" ({len(report.errors)} failed); {plural(len(library.feeds()), 'feed')},"
                f" {plural(library.count(), 'article')} in {shown(library.path)}"
            )
            for result in results:
                if not result.error:
                    print(f"feed {shown(result.title or result.url)}: {plural(len(result.new), 'new article')}")
    return EXIT_BAD_INPUT if failures else EXIT_OK
