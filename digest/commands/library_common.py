"""Helpers the library commands share: the ``--library`` option, opening the library, a progress bar."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable

from digest.commands.output import EXIT_BAD_INPUT, report_error, unwrapped
from digest.core.store import Library, LibraryError

TYPE_CHECKING = False  # typing's own constant, without importing typing: 'digest list' does without it
if TYPE_CHECKING:
    from typing import TextIO


def add_library_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--library PATH`` to a sub-command (it may also be given before the command)."""
    parser.add_argument(
        "--library",
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="the library file (default: $DIGEST_LIBRARY, else the user data folder)",
    )


def open_library(args: argparse.Namespace) -> Library | None:
    """Open the library chosen by ``--library``/``$DIGEST_LIBRARY``; report a failure and return None."""
    try:
        return Library(getattr(args, "library", None))
    except LibraryError as error:
        report_error(str(error))
        return None


def with_library(run: Callable[[argparse.Namespace, Library], int]) -> Callable[[argparse.Namespace], int]:
    """Make ``run(args, library)`` a command's ``run(args)``: the library opened for it and closed after.

    A library that cannot be opened is reported in one line and the command exits with status 2.
    """

    @functools.wraps(run)
    def run_with_library(args: argparse.Namespace) -> int:
        library = open_library(args)
        if library is None:
            return EXIT_BAD_INPUT
        with library:
            return run(args, library)

    return run_with_library


class ProgressBar:
    """A plain text progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None, width: int = 30) -> None:
        """Prepare a bar for ``total`` steps."""
        self.label, self.total, self.width = label, total, width
        self.stream = stream or unwrapped(sys.stderr)  # the bar's own carriage returns pass as they are
        self.enabled = self.stream.isatty() and total > 0

    def update(self, done: int, total: int | None = None) -> None:
        """Redraw the bar at ``done`` steps (of ``total`` when it changed)."""
        self.total = total or self.total
        if not self.enabled:
            return
        filled = self.width * done // max(self.total, 1)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{self.total}")
        self.stream.flush()

    def note(self, message: str) -> None:
        """Print a line (an error) above the bar."""
        self._erase()
        report_error(message)

    def close(self) -> None:
        """Clear the bar."""
        self._erase()
        if self.enabled:
            self.stream.flush()

    def _erase(self) -> None:
        """Blank the bar's line with spaces (no escape sequence: the output boundary allows none)."""
        if self.enabled:
            width = len(self.label) + self.width + 2 * len(str(self.total)) + 5
            self.stream.write("\r" + " " * width + "\r")


def feed_filter(library: Library, given: str | None) -> int | None | bool:
    """The id of the feed ``--feed`` names (None when not given); False, reported, when there is no such feed."""
    if given is None:
        return None
    feed = library.feed(given)
    if feed is None:
        report_error(f"{given}: no such feed in the library")
        return False
    return feed.id
