"""Where the library lives: ``--library PATH``, else ``$DIGEST_LIBRARY``, else the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

LIBRARY_ENV = "DIGEST_LIBRARY"
"""Environment variable naming the library file (tests always set it, or pass ``--library``)."""

LIBRARY_FILE = "library.sqlite3"
"""The library's file name inside the user's data folder."""


def default_library_path() -> Path:
    """The library file in the user's data folder (``platformdirs.user_data_dir('digest')``)."""
    import platformdirs  # only when no library is named (its imports cost more than the rest of 'digest list')

    return Path(platformdirs.user_data_dir("digest", appauthor=False)) / LIBRARY_FILE


def resolve_library_path(given: str | os.PathLike[str] | None = None) -> Path:
    """The library file to use: ``given`` when set, else ``$DIGEST_LIBRARY``, else the default (absolute)."""
    if given:
        return Path(given).expanduser().absolute()
    from_env = os.environ.get(LIBRARY_ENV)
    if from_env:
        return Path(from_env).expanduser().absolute()
    return default_library_path()
