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
    if args.json:
        rows = library.iter_rows(unread=args.unread, starred=args.starred, feed_id=feed_id)
        stream_json_array(r.to_dict() for r in rows)
        return EXIT_OK
    for values in library.iter_row_values(unread=args.unread, starred=args.starred, feed_id=feed_id):
        print(list_line(*values))  # printed as SQLite reads them: 'digest list | head' stops early
    return EXIT_OK


def list_line(
    article_id: int,
    title: str,
    _source: str,
    _url: str | None,
    _feed_id: int | None,
    feed_title: str | None,
    is_read: int,
    starred: int,
    added: str,
    published: str | None,
    teaser_reason: str | None,
) -> str:
    """One line of ``digest list`` from a row's stored values: id, flags (N unread, * starred), date, title,
    feed and why the article stayed a teaser, every value made displayable on one line."""
    flags = (" " if is_read else "N") + ("*" if starred else " ")
    origin = f"  [{shown(feed_title)}]" if feed_title else ""
    teaser = f"  (teaser: {shown(teaser_reason)})" if teaser_reason is not None else ""
    return f"{article_id:>6} {flags} {shown((published or added)[:10])}  {shown(title)}{origin}{teaser}"
