"""``digest remove``: delete articles (by id or source) or unsubscribe from feeds (by URL)."""

from __future__ import annotations

import argparse
from pathlib import Path

from digest.commands.library_common import add_library_argument, open_library
from digest.commands.output import EXIT_BAD_INPUT, EXIT_OK, report_error
from digest.core.sanitize import shown


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``remove`` command."""
    parser = subparsers.add_parser(
        "remove",
        help="remove articles or feeds from the library",
        description="Remove articles by id (as 'digest list' shows) or by file path / URL, and unsubscribe "
        "from feeds by URL (their articles go too). The file is compacted when a fifth of it has become free.",
    )
    parser.add_argument("items", nargs="+", metavar="ID|PATH|URL", help="article ids, article sources, feed URLs")
    add_library_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run ``digest remove``."""
    library = open_library(args)
    if library is None:
        return EXIT_BAD_INPUT
    failures = 0
    with library:
        for item in args.items:
            feed = library.feed(item)
            if feed is not None:
                count = library.remove_feed(feed.id)
                print(f"unsubscribed from {shown(feed.name)} ({count} articles removed)")
                continue
            article_id = int(item) if item.isdigit() else library.id_of_source(item)
            if article_id is None and Path(item).exists():
                article_id = library.id_of_source(str(Path(item).resolve()))
            if article_id is None or not library.remove([article_id]):
                report_error(f"{item}: no such article or feed in the library")
                failures += 1
                continue
            print(f"removed article {article_id}")
        library.compact(only_if_worth_it=True)
    return EXIT_BAD_INPUT if failures else EXIT_OK
