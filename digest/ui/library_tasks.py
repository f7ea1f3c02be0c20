"""The library screen's long tasks, in worker threads: exporting, adding articles, fetching a teaser's page again.

``e`` writes the articles the list shows now (view, feed and search) as one Markdown digest; ``+`` asks for
a feed URL or a file or folder, adds it in the background with progress, and the list shows the new
articles as they are stored.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen
from textual.worker import get_current_worker

from digest.core.errors import DigestError
from digest.core.store import Library
from digest.core.store.articles import ArticleRow
from digest.core.store.selection import Selection, select_rows
from digest.core.wording import plural
from digest.ui.commands import DeclaresCommands

if TYPE_CHECKING:  # the exporter (and the analysis behind it) is imported when exporting, not at start
    from digest.core.export import ExportOptions

_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
RELOAD_SECONDS = 1.0
"""While adding, the list is re-read at most this often."""


class LibraryTasks(DeclaresCommands, Screen[None]):
    """Export and add, for :class:`~digest.ui.library_screen.LibraryScreen` (which provides the list)."""

    library_path: str
    """The library file."""

    def current_selection(self) -> Selection:
        """What the list shows now (the screen's filter)."""
        raise NotImplementedError

    def listed_count(self) -> int:
        """How many articles the list shows now."""
        raise NotImplementedError

    def reload_list(self) -> None:
        """Re-read the list (from a worker thread too), keeping the highlighted article."""
        raise NotImplementedError

    @work(thread=True, group="library-pages")
    def retry_page(self, row: ArticleRow) -> None:
        """Fetch a teaser's page again in the background; say how it went and reload the list."""
        from digest.core.feeds.refresh import retry_teasers

        worker = get_current_worker()
        self.app.call_from_thread(self.notify, f"fetching the page again (teaser: {row.teaser_reason})…", timeout=3)
        with Library(self.library_path) as library:
            counts = retry_teasers(library, [row.id], cancelled=lambda: worker.is_cancelled)
            rows = library.rows(ids=[row.id])
        if worker.is_cancelled:
            return
        if counts.full or counts.duplicates:
            self.app.call_from_thread(self.notify, "the whole article is in", timeout=3)
        elif rows and rows[0].teaser_reason:
            reason = f"still a teaser: {rows[0].teaser_reason}"
            self.app.call_from_thread(self.notify, reason, severity="warning", timeout=6, markup=False)
        self.reload_list()

    # Export -------------------------------------------------------------------------------------

    def action_export(self) -> None:
        """Ask where to write the listed articles as a digest, then write it in the background."""
        from digest.core.export import ExportOptions
        from digest.ui.export_dialog import ask_export_path

        count = self.listed_count()
        if not count:
            self.notify("nothing to export: the list is empty", timeout=3)
            return
        options = ExportOptions()
        description = (
            f"{plural(count, 'article')} as listed · {plural(options.sentences, 'sentence')} of summary each · "
            f"the {options.top_actors} most-quoted speakers"
        )
        selection = self.current_selection()
        ask_export_path(self, description, lambda path: self.export_listed(path, selection, options))

    @work(thread=True, group="library-export")
    def export_listed(self, path: Path, selection: Selection, options: ExportOptions) -> None:
        """Render and write the digest off the UI thread, then say where it went."""
        from digest.core.export import render_analysed, write_atomically
        from digest.core.export.from_library import analysed_rows

        try:
            with Library(self.library_path) as library:
                analysed = analysed_rows(library, select_rows(library, selection), options)
            written = write_atomically(path, render_analysed(analysed, options))
        except DigestError as error:
            self.app.call_from_thread(self.notify, str(error), title="Export failed", severity="error", markup=False)
            return
        message = f"{plural(len(analysed), 'article')} written to {written}"
        self.app.call_from_thread(self.notify, message, title="Exported", markup=False)

    # Add ----------------------------------------------------------------------------------------

    def action_add(self) -> None:
        """Ask for a feed URL or a file or folder, then add it in the background."""
        from digest.ui.add_dialog import AddDialog

        def chosen(item: str | None) -> None:
            if item is not None:
                self.add_item(item)

        self.app.push_screen(AddDialog(), chosen)

    @work(thread=True, group="library-add")
    def add_item(self, item: str) -> None:
        """Subscribe to a feed (and fetch it) or add files, reporting progress; the list follows."""
        if _URL_SCHEME.match(item):
            self._add_feed(item)
        else:
            self._add_files(Path(item).expanduser())
        self.reload_list()

    def _say(self, message: str, *, warning: bool = False, timeout: float = 4) -> None:
        severity = "warning" if warning else "information"
        self.app.call_from_thread(self.notify, message, severity=severity, timeout=timeout, markup=False)

    def _add_feed(self, url: str) -> None:
        from digest.core.feeds import refresh_feeds
        from digest.core.feeds.urls import url_problem

        problem = url_problem(url)
        if problem:
            self._say(f"{url}: {problem}; not subscribed", warning=True, timeout=8)
            return
        self._say(f"subscribing to {url}…", timeout=3)
        with Library(self.library_path) as library:
            feed, _ = library.add_feed(url)
            results = refresh_feeds(
                library,
                [feed],
                on_page=lambda *_: self.reload_list(),
                processes=os.cpu_count() or 1,
                low_priority=True,
            )
        for result in results:
            if result.error:
                self._say(result.error, warning=True, timeout=8)
            else:
                self._say(f"{result.title or url}: {plural(len(result.new), 'new article')}")

    def _add_files(self, path: Path) -> None:
        from digest.core.ingest import article_paths
        from digest.core.store.bulk import add_files

        if not path.exists():
            self._say(f"{path}: no such file or folder", warning=True, timeout=8)
            return
        files = list(article_paths([path]))
        if not files:
            self._say(f"{path}: no article files (.txt, .md, .html) here", warning=True, timeout=8)
            return
        self._say(f"adding {plural(len(files), 'file')}…", timeout=3)
        last = time.monotonic()

        def progress(done: int, total: int) -> None:
            nonlocal last
            if time.monotonic() - last > RELOAD_SECONDS:
                last = time.monotonic()
                self.reload_list()
                self._say(f"added {done} of {total}…", timeout=2)

        with Library(self.library_path) as library:
            report = add_files(library, files, on_progress=progress)
        for error in report.errors[:5]:
            self._say(error, warning=True, timeout=8)
        failed = f", {len(report.errors)} failed" if report.errors else ""
        self._say(f"{plural(report.new, 'new article')}, {report.updated} updated{failed}")
