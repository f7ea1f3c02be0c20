"""``digest compact``: rewrite the library file without the space deleted articles left free."""

from __future__ import annotations

import argparse

from digest.commands.library_common import add_library_argument, with_library
from digest.commands.output import EXIT_OK, dump_json
from digest.core.store import Library


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``compact`` command."""
    parser = subparsers.add_parser(
        "compact",
        help="shrink the library file",
        description="Rewrite the library file without its free space (SQLite VACUUM) and print its size before "
        "and after. 'digest remove' does this by itself when a fifth of the file is free.",
    )
    parser.add_argument("--json", action="store_true", help="print the sizes as JSON")
    add_library_argument(parser)
    parser.set_defaults(run=run)


@with_library
def run(args: argparse.Namespace, library: Library) -> int:
    """Run ``digest compact``."""
    before = library.file_size()
    library.compact()
    after = library.file_size()
    if args.json:
        dump_json({"library": str(library.path), "before": before, "after": after})
    else:
        print(f"{library.path}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return EXIT_OK
