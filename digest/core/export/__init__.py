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
:mod:`.document` (the layout), :mod:`.atomic` (the safe write), :mod:`.options`, :mod:`.render` (analyse
and render), :mod:`.paths` (the suggested file name). Each name is imported from its module when first used, so
writing a file (``digest export-opml``) does not import the quote engine or the summariser.
"""

from __future__ import annotations

from digest.core.lazy import lazy_names

TYPE_CHECKING = False
if TYPE_CHECKING:
    from digest.core.export.atomic import ExportError, write_atomically
    from digest.core.export.document import AnalysedArticle, render_analysed
    from digest.core.export.options import ExportOptions, export_date
    from digest.core.export.paths import default_export_path
    from digest.core.export.render import analyse, render_digest

_MODULES = {
    "AnalysedArticle": "document",
    "ExportError": "atomic",
    "ExportOptions": "options",
    "analyse": "render",
    "default_export_path": "paths",
    "export_date": "options",
    "render_analysed": "document",
    "render_digest": "render",
    "write_atomically": "atomic",
}
"""The module of each public name."""


__getattr__ = lazy_names(__name__, _MODULES, globals())
"""A public name, imported from its module on first use."""


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
