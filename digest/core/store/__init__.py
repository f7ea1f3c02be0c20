"""The library: articles, feeds and cached analysis in one SQLite file (stdlib ``sqlite3``, WAL mode).

Small modules: :mod:`~digest.core.store.schema` (tables and migrations), :mod:`~.articles` (the articles
repository), :mod:`~.cache` (summaries and quotes by content hash and method version), :mod:`~.search`
(FTS5), :mod:`~.feeds`, :mod:`~.actors`, :mod:`~.opml`, :mod:`~.bulk` (adding files on all cores) and
:mod:`~.library` (the :class:`Library` facade).
"""

from __future__ import annotations

import os
import sqlite3

from digest.core.sanitize import shown
from digest.core.store.errors import describe_library_error
from digest.core.store.library import Library
from digest.core.store.paths import LIBRARY_ENV, default_library_path, resolve_library_path
from digest.core.store.schema import SCHEMA_VERSION, LibraryError, connect


def library_is_empty(path: str | os.PathLike[str] | None = None) -> bool:
    """Tell whether the library (``path``, ``$DIGEST_LIBRARY`` or the default) has no article.

    A library that does not exist yet is empty; this never creates one.

    Raises:
        LibraryError: The file exists but is damaged, not a library, or newer than this digest (never
            taken as empty, so the sample digest never hides a broken library).
    """
    resolved = resolve_library_path(path)
    if not resolved.exists():
        parent = next((p for p in resolved.parents if p.exists()), None)
        if parent is not None and not parent.is_dir():
            raise LibraryError(f"{shown(resolved)}: cannot create the library (a parent folder is a file)")
        return True
    connection = connect(resolved, readonly=True)
    try:
        return connection.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None
    except sqlite3.Error as error:
        raise LibraryError(describe_library_error(resolved, error)) from None
    finally:
        connection.close()


def library_needs_upgrade(path: str | os.PathLike[str] | None = None) -> bool:
    """Tell whether the library exists and was made by an older digest: opening it for writing migrates it first,
    which takes a while on a large one (never creates or changes the file).

    Raises:
        LibraryError: As :func:`library_is_empty`.
    """
    resolved = resolve_library_path(path)
    if not resolved.exists():
        return False
    connection = connect(resolved, readonly=True)
    try:
        version: int = connection.execute("PRAGMA user_version").fetchone()[0]
        return version < SCHEMA_VERSION
    except sqlite3.Error as error:
        raise LibraryError(describe_library_error(resolved, error)) from None
    finally:
        connection.close()


def open_default_library(path: str | os.PathLike[str] | None = None) -> Library:
    """Open the library (``path``, ``$DIGEST_LIBRARY`` or the default), creating it when needed."""
    return Library(path)


__all__ = [
    "LIBRARY_ENV",
    "Library",
    "LibraryError",
    "default_library_path",
    "library_is_empty",
    "library_needs_upgrade",
    "open_default_library",
    "resolve_library_path",
]
