"""Where the files that ship with digest live: the sample digest (seeds) and the themes.

In an installed wheel they are inside the package (``digest/_data/``); in a source checkout they
are the top-level ``seeds/`` and ``themes/`` folders.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    packaged = _PACKAGE / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / name


def seeds_dir() -> Path:
    """The folder of sample articles that ``digest`` opens by default."""
    return _data_dir("seeds")


def themes_dir() -> Path:
    """The folder of theme files shipped with digest."""
    return _data_dir("themes")
