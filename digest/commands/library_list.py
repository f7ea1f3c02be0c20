"""``digest list``: the articles in the library (or its feeds), newest first."""

from __future__ import annotations

import argparse

from digest.commands.library_common import add_library_argument, feed_filter, with_library
from digest.commands.output import EXIT_BAD_INPUT, EXIT_OK, dump_json, stream_json_array
from digest.core.sanitize import shown
from digest.core.store import Library


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``list`` command."""
    parser = subparsers.add_parser(
        "list",
        help="list the articles in the library",
        description="List the library's articles, newest first: id, flags (N unread, * starred), date, title.",
    )
    parser.add_argument("--unread", action="store_true", help="only unread articles")
    parser.add_argument("--starred", action="store_true", help="only starred articles")
    parser.add_argument("--feed", default=None, metavar="URL", help="only the articles of this feed")
    parser.add_argument("--feeds", action="store_true", help="list the subscribed feeds instead")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    add_library_argument(parser)
    parser.set_defaults(run=run)


@with_library
def run(args: argparse.Namespace, library: Library) -> int:
    """Run ``digest list``."""
    if args.feeds:
        feeds = library.feeds()
        if args.json:
            dump_json([f.to_dict() for f in feeds])
        for feed in [] if args.json else feeds:
            status = f"  error: {shown(feed.error)}" if feed.error else ""
            status += f"  full text: {feed.full_text}" if feed.full_text != "auto" else ""
            print(f"{feed.id:>5}  {shown(feed.name)}  <{shown(feed.url)}>{status}")
        return EXIT_OK
    feed_id = feed_filter(library, args.feed)
    if feed_id is False:
        return EXIT_BAD_INPUT
    rows = library.iter_rows(unread=args.unread, starred=args.starred, feed_id=feed_id)
    if args.json:
        stream_json_array(r.to_dict() for r in rows)
        return EXIT_OK
    for row in rows:  # printed as SQLite reads them: 'digest list | head' stops early
        flags = ("N" if not row.is_read else " ") + ("*" if row.starred else " ")
        origin = f"  [{shown(row.feed_title)}]" if row.feed_title else ""
        teaser = f"  (teaser: {shown(row.teaser_reason)})" if row.teaser_reason is not None else ""
        print(f"{row.id:>6} {flags} {shown(row.date[:10])}  {shown(row.title)}{origin}{teaser}")
    return EXIT_OK
