"""Markdown digest export: articles in, one CommonMark document out, written atomically.

Public interface, relied on by the UI's export dialog and the library:

- ``ExportOptions``: sentences, method, title, date (``datetime.date`` or None = SOURCE_DATE_EPOCH when
  set, else today), front_matter (bool), full_text (bool), contents (bool).
- ``render_digest(articles, options) -> str``: analyse (summary and quotes) and render.
- ``analyse(article, options) -> AnalysedArticle`` and ``render_analysed(analysed, options) -> str``:
  the same in two steps, for callers that already have the analyses cached.
- ``write_atomically(path, text) -> Path``: write via a temporary file in the same folder, fsync, then
  rename; raises ``ExportError`` (a DigestError) with a one-line message when the path cannot be written.
- ``default_export_path(directory=None) -> Path``: where the app suggests saving.

The modules: :mod:`.escape` (Markdown and YAML escaping), :mod:`.anchors` (GitHub heading ids),
:mod:`.document` (the layout), :mod:`.atomic` (the safe write), :mod:`.options`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from digest.core.export.atomic import ExportError, write_atomically
from digest.core.export.document import AnalysedArticle, render_analysed
from digest.core.export.options import ExportOptions, export_date
from digest.core.model import Article
from digest.core.quotes import extract_quotes
from digest.core.summarize import summarize


def analyse(article: Article, options: ExportOptions | None = None) -> AnalysedArticle:
    """Summarise an article and find who said what, as the export needs them."""
    options = options or ExportOptions()
    return AnalysedArticle(article, summarize(article, options.sentences, options.method), extract_quotes(article))


def render_digest(articles: Sequence[Article], options: ExportOptions | None = None) -> str:
    """Render articles as a Markdown digest (analysing each one first).

    Raises:
        ExportError: No date was given and SOURCE_DATE_EPOCH is malformed.
    """
    options = options or ExportOptions()
    return render_analysed([analyse(article, options) for article in articles], options)


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


__all__ = [
    "AnalysedArticle",
    "ExportError",
    "ExportOptions",
    "analyse",
    "default_export_path",
    "export_date",
    "render_analysed",
    "render_digest",
    "write_atomically",
]
