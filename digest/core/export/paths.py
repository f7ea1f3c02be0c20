"""Where the app suggests saving a digest."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from digest.core.export.options import ExportOptions, export_date


def default_export_path(directory: Path | None = None, date: dt.date | None = None) -> Path:
    """The file name the app suggests: ``digest-YYYY-MM-DD.md`` in ``directory`` or the current folder.

    When that file exists, ``-2``, ``-3``... is added so the suggestion never overwrites a digest.
    """
    folder = (directory or Path.cwd()).expanduser()
    stem = f"digest-{(date or export_date(ExportOptions())).isoformat()}"
    candidate = folder / f"{stem}.md"
    number = 2
    while os.path.lexists(candidate):  # a dangling symbolic link counts: it is never written through
        candidate = folder / f"{stem}-{number}.md"
        number += 1
    return candidate
