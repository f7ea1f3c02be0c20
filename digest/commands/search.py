"""``digest search``: full-text search over the library's titles, text and speakers."""

from __future__ import annotations

import argparse
import sys

from digest.commands.library_common import add_library_argument, with_library
from digest.commands.options import result_limit
from digest.commands.output import EXIT_OK, stream_json_array
from digest.core.sanitize import shown
from digest.core.store import Library


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``search`` command."""
    parser = subparsers.add_parser(
        "search",
        help="search the library",
        description='Search titles, text and speakers. All words must match; "quoted phrases" match in order, '
        "word* matches a prefix, and OR between two terms matches either.",
    )
    parser.add_argument("query", nargs="+", metavar="QUERY", help="words to look for")
    parser.add_argument("--limit", type=result_limit, default=20, metavar="N", help="at most N results (default 20)")
    parser.add_argument("--json", action="store_true", help="print a JSON array of results")
    add_library_argument(parser)
    parser.set_defaults(run=run)


@with_library
def run(args: argparse.Namespace, library: Library) -> int:
    """Run ``digest search``."""
    hits = library.iter_search(" ".join(args.query), limit=args.limit)
    if args.json:
        stream_json_array(h.to_dict() for h in hits)
        return EXIT_OK
    found = False
    for hit in hits:  # printed as they are read
        found = True
        print(f"{hit.row.id:>6}  {shown(hit.row.title)}")
        if hit.snippet:
            print(f"        {shown(hit.snippet)}")
    if not found:
        print("no match", file=sys.stderr)
    return EXIT_OK
