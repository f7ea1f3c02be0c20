"""What ``digest`` with no arguments opens: the library when it holds articles (else the sample digest).

``digest/commands/read.py`` calls :func:`open_library_if_any` before falling back to the sample digest.
"""

from __future__ import annotations

from digest.commands.output import EXIT_BAD_INPUT, report_error
from digest.core.store import LibraryError, library_is_empty, resolve_library_path


def open_library_if_any(args: object) -> int | None:
    """Open the library in the reader when it holds articles and return the exit status; else None.

    ``args`` holds ``library`` and ``theme`` (the command line's; either may be missing or None).
    """
    path = getattr(args, "library", None)
    try:
        if library_is_empty(path):
            return None
    except LibraryError as error:  # reported, never silently replaced by the sample digest
        report_error(str(error))
        return EXIT_BAD_INPUT
    return run_library_app(str(resolve_library_path(path)), getattr(args, "theme", None))


def run_library_app(path: str, theme: str | None = None) -> int:
    """Open the app on the library at ``path``; return the exit status."""
    from digest.ui.collector import hold_collector

    hold_collector()  # until the first screen is painted (the library screen lets it go)
    from digest.ui.library_app import run_library_app as run_app

    return run_app(path, theme)
