"""The ``digest`` command line: one sub-command per module in :mod:`digest.commands`."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from digest import __version__

COMMAND_MODULES = (
    "read",
    "sections",
    "summary",
    "quotes",
    "export",
    "screenshots",
    "serve",
    "add",
    "library_list",
    "refresh",
    "search",
    "remove",
    "opml",
)
"""Sub-command modules under digest.commands, in the order ``--help`` lists them."""


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every available sub-command."""
    parser = argparse.ArgumentParser(
        prog="digest",
        description="A terminal reader for news digests. With no command, opens the library (the sample digest "
        "when the library is empty).",
    )
    parser.add_argument("--version", action="version", version=f"digest {__version__}")
    parser.add_argument(
        "--library",
        default=None,
        metavar="PATH",
        help="the library file (default: $DIGEST_LIBRARY, else the user data folder)",
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"digest.commands.{name}")
        except ModuleNotFoundError as error:
            if error.name == f"digest.commands.{name}":
                continue
            raise
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not arguments or arguments[0].startswith("--theme"):
        arguments = ["read", *arguments]
    args = parser.parse_args(arguments)
    if not hasattr(args, "run") and all(a.startswith("-") or a == args.library for a in arguments):
        args = parser.parse_args([*arguments, "read"])  # only global options: open the reader
    if not hasattr(args, "run"):
        parser.print_help()
        return 0
    try:
        status: int = args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return status


if __name__ == "__main__":
    raise SystemExit(main())
