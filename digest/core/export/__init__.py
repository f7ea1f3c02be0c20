"""Markdown digest export (STUB: the Export issue replaces the body, keeping this interface).

Public interface, relied on by the UI's export dialog and the library:

- ``ExportOptions``: sentences, method, title, date (``datetime.date`` or None = today /
  SOURCE_DATE_EPOCH), front_matter (bool), full_text (bool).
- ``render_digest(articles, options) -> str``: the Markdown document.
- ``write_atomically(path, text) -> Path``: write via a temporary file in the same folder, then rename;
  raises ``ExportError`` (a DigestError) with a one-line message when the path cannot be written.
- ``default_export_path(directory=None) -> Path``: where the app suggests saving.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from digest.core.errors import DigestError
from digest.core.model import Article


class ExportError(DigestError):
    """The digest could not be written."""


@dataclass(frozen=True)
class ExportOptions:
    """What goes into a Markdown digest."""

    sentences: int = 3
    method: str = "default"
    title: str = "News digest"
    date: dt.date | None = None
    front_matter: bool = False
    full_text: bool = False


def render_digest(articles: Sequence[Article], options: ExportOptions | None = None) -> str:
    """Render articles as a Markdown digest (stub: titles only)."""
    options = options or ExportOptions()
    lines = [f"# {options.title}", ""]
    lines += [f"## {a.title}" for a in articles]
    return "\n".join(lines) + "\n"


def write_atomically(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` through a temporary file in the same folder, then rename."""
    path = path.expanduser()
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp") as tmp:
            tmp.write(text)
        os.replace(tmp.name, path)
    except OSError as error:
        raise ExportError(f"{path}: cannot write ({error.strerror or error})") from None
    return path


def default_export_path(directory: Path | None = None) -> Path:
    """The file name the app suggests: ``digest-YYYY-MM-DD.md`` in ``directory`` or the current folder."""
    return (directory or Path.cwd()) / f"digest-{dt.date.today().isoformat()}.md"
