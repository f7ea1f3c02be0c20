"""One line for every way SQLite can fail on a library file: what is wrong, and what to do."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from digest.core.sanitize import shown

_ADVICE = (
    ("SQLITE_FULL", "the disk is full; free some space and try again"),
    ("SQLITE_READONLY", "the library file cannot be written (read-only); check its permissions and attributes"),
    ("SQLITE_CORRUPT", "the library file is damaged; restore it from a backup, or move it away to start anew"),
    ("SQLITE_NOTADB", "not a digest library (not an SQLite database); give another file with --library"),
    ("SQLITE_CANTOPEN", "cannot open the library file; check that its folder exists and can be written"),
    ("SQLITE_IOERR", "input/output error on the library file; check the disk"),
    ("SQLITE_BUSY", "the library is busy (another digest is writing); try again"),
    ("SQLITE_LOCKED", "the library is busy (another digest is writing); try again"),
    ("SQLITE_PERM", "permission denied on the library file"),
)
_BY_MESSAGE = (
    ("disk is full", "SQLITE_FULL"),
    ("readonly", "SQLITE_READONLY"),
    ("malformed", "SQLITE_CORRUPT"),
    ("not a database", "SQLITE_NOTADB"),
    ("unable to open", "SQLITE_CANTOPEN"),
    ("disk i/o", "SQLITE_IOERR"),
    ("locked", "SQLITE_BUSY"),
)


def error_class(error: sqlite3.Error) -> str:
    """SQLite's name of the error's primary class (``SQLITE_FULL``...), or "" when it is not known."""
    name = str(getattr(error, "sqlite_errorname", "") or "")
    if not name:
        message = str(error).lower()
        name = next((found for text, found in _BY_MESSAGE if text in message), "")
    return name


def describe_library_error(path: Path, error: sqlite3.Error) -> str:
    """The one-line message for ``error`` on the library at ``path``: the file, what is wrong, what to do."""
    name = error_class(error)
    advice = next((text for prefix, text in _ADVICE if name.startswith(prefix)), None)
    if advice is None:
        advice = f"library error ({' '.join(str(error).split())})"
    return f"{shown(path)}: {advice}"


def is_disk_full(error: BaseException) -> bool:
    """Tell whether ``error`` is SQLite's "database or disk is full"."""
    return isinstance(error, sqlite3.Error) and error_class(error).startswith("SQLITE_FULL")
