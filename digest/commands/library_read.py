"""What ``digest`` with no arguments opens: the library when it holds articles (else the sample digest).

``digest/commands/read.py`` calls :func:`open_library_if_any` before falling back to the sample digest.
"""

from __future__ import annotations

import sys

from digest.commands.output import EXIT_BAD_INPUT, report_error
from digest.core.sanitize import shown
from digest.core.store import Library, LibraryError, library_is_empty, library_needs_upgrade, resolve_library_path


def open_library_if_any(args: object) -> int | None:
    """Open the library in the reader when it holds articles and return the exit status; else None.

    ``args`` holds ``library`` and ``theme`` (the command line's; either may be missing or None).
    """
    path = getattr(args, "library", None)
    try:
        if library_is_empty(path):
            return None
        upgrade_before_the_app(path)
    except LibraryError as error:  # reported, never silently replaced by the sample digest
        report_error(str(error))
        return EXIT_BAD_INPUT
    return run_library_app(str(resolve_library_path(path)), getattr(args, "theme", None))


def upgrade_before_the_app(path: str | None) -> None:
    """Migrate a library made by an older digest now, saying so on stderr, rather than in the app's first screen,
    which would stay blank meanwhile (about 22 s at 100,000 articles, once).

    Raises:
        LibraryError: The library cannot be opened or migrated.
    """
    if library_needs_upgrade(path):
        where = shown(str(resolve_library_path(path)))
        print(f"digest: {where}: bringing the library up to this version of digest (once)...", file=sys.stderr)
        Library(path).close()


def run_library_app(path: str, theme: str | None = None) -> int:
    """Open the app on the library at ``path``; return the exit status."""
    from digest.ui.collector import hold_collector

    hold_collector()  # until the first screen is painted (the library screen lets it go)
    from digest.ui.library_app import run_library_app as run_app

    return run_app(path, theme)
