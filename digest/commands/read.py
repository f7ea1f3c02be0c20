"""``digest read`` (and ``digest`` alone): open articles in the reader."""

from __future__ import annotations

import argparse

from digest.commands.common import load_paths
from digest.commands.library_read import open_library_if_any
from digest.resources import seeds_dir


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``read`` command."""
    parser = subparsers.add_parser(
        "read",
        help="open articles in the reader",
        description="Open article files or folders in the reader (the sample digest when none are given).",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    parser.add_argument("--theme", default=None, help="colour theme (e.g. digest-dark, digest-light)")
    parser.add_argument("--max-bytes", type=int, default=None, metavar="N", help="refuse files larger than N bytes")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Open the reader on the given paths, or on the library, or (when it is empty) on the sample digest."""
    if not args.paths and (status := open_library_if_any(args)) is not None:
        return status
    paths = list(args.paths) or [str(seeds_dir())]
    loaded = load_paths(paths, max_bytes=args.max_bytes)
    if not loaded.articles:
        return loaded.exit_status
    for article in loaded.articles:
        print(f"{article.title}  ({len(article.section_titles)} sections)  {article.source}")
    return loaded.exit_status
