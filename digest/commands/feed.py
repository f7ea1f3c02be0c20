"""``digest feed``: change a subscribed feed's settings (for now, when its entries' pages are fetched)."""

from __future__ import annotations

import argparse

from digest.commands.library_common import add_library_argument, with_library
from digest.commands.output import EXIT_BAD_INPUT, EXIT_OK, dump_json, report_error
from digest.core.store import Library
from digest.core.store.feeds import FULL_TEXT_MODES


def add_full_text_argument(parser: argparse.ArgumentParser, default: str | None) -> None:
    """Add ``--full-text auto|always|never`` to a sub-command."""
    parser.add_argument(
        "--full-text",
        choices=FULL_TEXT_MODES,
        default=default,
        help="fetch each entry's page for the whole article: auto (only for short teasers, the default),"
        " always, or never",
    )


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``feed`` command."""
    parser = subparsers.add_parser(
        "feed",
        help="show or change a subscribed feed's settings",
        description="Show a subscribed feed's settings, or change them (--full-text). Pages already fetched "
        "stay; the new mode applies to entries from the next refresh on.",
    )
    parser.add_argument("url", metavar="URL", help="a subscribed feed's URL")
    add_full_text_argument(parser, None)
    parser.add_argument("--json", action="store_true", help="print the feed as JSON")
    add_library_argument(parser)
    parser.set_defaults(run=run)


@with_library
def run(args: argparse.Namespace, library: Library) -> int:
    """Run ``digest feed``."""
    if args.full_text is not None:
        library.set_full_text(args.url, args.full_text)
    feed = library.feed(args.url)
    if feed is None:
        report_error(f"{args.url}: no such feed in the library (add it with 'digest add {args.url}')")
        return EXIT_BAD_INPUT
    if args.json:
        dump_json(feed.to_dict())
    else:
        print(f"{feed.url}: full text {feed.full_text}")
    return EXIT_OK
