"""``digest import-opml`` and ``digest export-opml``: subscriptions in and out as OPML."""

from __future__ import annotations

import argparse
import os
import stat
from pathlib import Path

from digest.commands.library_common import add_library_argument, open_library, with_library
from digest.commands.output import EXIT_BAD_INPUT, EXIT_OK, report_error
from digest.commands.written import write_document
from digest.core.feeds.urls import url_problem
from digest.core.sanitize import shown
from digest.core.store import Library
from digest.core.store.opml import OpmlError, Outline, parse_opml, write_opml

MAX_OPML_BYTES = 5 * 1024 * 1024
"""Largest OPML file read."""


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``import-opml`` and ``export-opml``."""
    importer = subparsers.add_parser(
        "import-opml",
        help="subscribe to the feeds listed in an OPML file",
        description="Subscribe to every feed in an OPML file (run 'digest refresh' to fetch them).",
    )
    importer.add_argument("file", metavar="FILE", help="an OPML file")
    add_library_argument(importer)
    importer.set_defaults(run=run_import)
    exporter = subparsers.add_parser(
        "export-opml",
        help="write the subscribed feeds as OPML",
        description="Write the subscribed feeds as an OPML 2.0 file (to stdout when FILE is not given).",
    )
    exporter.add_argument("file", nargs="?", default=None, metavar="FILE", help="where to write (default stdout)")
    add_library_argument(exporter)
    exporter.set_defaults(run=run_export)


def run_import(args: argparse.Namespace) -> int:
    """Run ``digest import-opml``."""
    path = Path(args.file)
    try:
        outlines = parse_opml(read_bounded(path, MAX_OPML_BYTES), str(path))
    except OSError as error:
        report_error(f"{shown(path)}: cannot read ({error.strerror or error})")
        return EXIT_BAD_INPUT
    except (OpmlError, ValueError) as error:
        report_error(str(error))
        return EXIT_BAD_INPUT
    library = open_library(args)
    if library is None:
        return EXIT_BAD_INPUT
    failures = added = 0
    with library:
        for outline in outlines:
            problem = url_problem(outline.url)
            if problem:
                report_error(f"{path}: skipped '{outline.url}' ({problem})")
                failures += 1
                continue
            added += library.add_feed(outline.url, outline.title)[1]
    print(f"{added} new feeds ({len(outlines) - added - failures} already subscribed); run 'digest refresh'")
    return EXIT_BAD_INPUT if failures else EXIT_OK


def read_bounded(path: Path, limit: int) -> bytes:
    """Read a regular file of at most ``limit`` bytes (a device, a FIFO or a larger file: ValueError)."""
    with open(path, "rb", opener=_open_nonblocking) as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise ValueError(f"{shown(path)}: not a regular file (an OPML file is needed)")
        data: bytes = handle.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"{shown(path)}: too large for an OPML file (limit {limit} bytes)")
    return data


def _open_nonblocking(name: str, flags: int) -> int:
    """Open without blocking, so that a FIFO with no writer cannot hang the command."""
    return os.open(name, flags | os.O_NONBLOCK)


@with_library
def run_export(args: argparse.Namespace, library: Library) -> int:
    """Run ``digest export-opml``."""
    document = write_opml([Outline(f.url, f.title) for f in library.feeds()])
    return write_document(args.file, document)
