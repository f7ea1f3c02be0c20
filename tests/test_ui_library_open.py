"""Opening a library article: a cached article is painted complete the first time the reader is drawn."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from textual.color import Color
from textual.widgets import Static

from digest.core.store import Library
from digest.ui.library_app import LibraryApp
from digest.ui.library_reader import LibraryReaderScreen
from digest.ui.library_screen import LibraryScreen
from digest.ui.summary_panel import SummaryBody
from tests.ui_support import build_library, until


@dataclass(frozen=True)
class Painted:
    """What the reader screen held when it was first drawn."""

    title: str
    summary: str
    quote_status: str
    paragraphs: int


@pytest.fixture
def library_path(tmp_path: Path) -> str:
    """A small library whose summaries and quotes were cached when the articles were added."""
    return build_library(tmp_path / "lib.db", 4)


def record_first_paints(app: LibraryApp, monkeypatch: pytest.MonkeyPatch) -> list[Painted]:
    """Note what a reader screen held each time the app drew it first after another screen (the source of the
    screen bytes)."""
    painted: list[Painted] = []
    last: list[object] = [None]
    original = LibraryApp._display

    def display(self: LibraryApp, screen: Any, renderable: Any) -> None:
        if renderable is not None and isinstance(screen, LibraryReaderScreen) and last[0] is not screen:
            document = screen.document()
            painted.append(
                Painted(
                    screen.articles[0].title,
                    str(screen.query_one(SummaryBody).summary_text),
                    str(screen.sidebar().query_one("#quote-status", Static).render()),
                    len(document.paragraphs()) if document is not None else 0,
                )
            )
        if renderable is not None:
            last[0] = screen
        original(self, screen, renderable)

    monkeypatch.setattr(LibraryApp, "_display", display)
    return painted


async def test_a_cached_article_is_complete_in_its_first_paint(
    library_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = LibraryApp(library_path)
    painted = record_first_paints(app, monkeypatch)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        for _ in range(2):  # opened the first time (a screen built), then again (the screen kept)
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen) and len(painted) > 0)
            await pilot.press("escape")
            await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
            await app.workers.wait_for_complete()
            await pilot.pause()
    assert len(painted) == 2
    for first in painted:
        assert first.title == "Story 03"
        assert "Summarising" not in first.summary and "the mayor said the budget would pass" in first.summary
        assert first.quote_status == "1 quote, in article order"
        assert first.paragraphs == 2  # the text is there too, not parsed later


async def test_an_article_without_cached_analysis_opens_and_gets_it(library_path: str) -> None:
    with Library(library_path) as library:
        library.connection.execute("DELETE FROM analysis")
        library.connection.commit()
    app = LibraryApp(library_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
        body = app.screen.query_one(SummaryBody)
        await until(pilot, lambda: "the mayor said" in str(body.summary_text))  # computed by the reader's worker
    with Library(library_path) as library:
        article = library.article(library.rows()[0].id)
        assert article is not None and library.cached_summary_of(article) is not None  # and cached for next time


def test_cached_lookups_never_compute(library_path: str) -> None:
    with Library(library_path) as library:
        article = library.article(library.rows()[0].id)
        assert article is not None
        assert library.cached_quotes_of(article) is not None
        assert library.cached_summary_of(article, 5, "lead") is None  # never asked for: not computed here
        computed = library.summary_of(article, 5, "lead")
        assert library.cached_summary_of(article, 5, "lead") == computed


async def test_an_article_opened_again_shows_its_kept_screen(
    library_path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from digest.ui.kept_readers import KEPT_READERS
    from digest.ui.themes import DEFAULT_LIGHT

    monkeypatch.setenv("DIGEST_CONFIG_DIR", str(tmp_path / "config"))
    app = LibraryApp(build_library(tmp_path / "more.db", KEPT_READERS + 2))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()

        async def open_and_back(moves: int) -> LibraryReaderScreen:
            await pilot.press(*(["j"] * moves if moves > 0 else ["k"] * -moves), "enter")
            await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
            shown = app.screen
            assert isinstance(shown, LibraryReaderScreen)
            await pilot.press("escape")
            await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
            return shown

        first = await open_and_back(0)
        assert await open_and_back(0) is first  # opened again: the same screen, already built
        listing = app.screen
        assert isinstance(listing, LibraryScreen)
        await until(pilot, lambda: listing.article_list.rows[0].is_read)
        app.theme = DEFAULT_LIGHT  # restyled while hidden: shown again in the new theme
        await pilot.pause()
        again = await open_and_back(0)
        assert again is first and again.styled_theme == DEFAULT_LIGHT
        assert again.styles.background == Color.parse(app.get_css_variables()["background"])
        for _ in range(KEPT_READERS):  # as many other articles: the first screen is dropped
            await open_and_back(1)
        assert not first.is_attached and not app.is_screen_installed(first)
        assert await open_and_back(-KEPT_READERS) is not first
