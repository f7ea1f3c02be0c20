"""The app on the library, with Pilot: list, unread navigation, star, views, search, reader, actors, refresh."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Footer, OptionList

from digest.core.store import Library
from digest.ui.actors_screen import ActorsScreen
from digest.ui.library_app import LibraryApp
from digest.ui.library_list import LibraryList
from digest.ui.library_screen import LibraryScreen
from tests.feed_server import Route, rss, serve_feeds
from tests.ui_support import build_library, until

COUNT = 12


@pytest.fixture
def library_path(tmp_path: Path) -> str:
    """A library of COUNT articles (one in three from a feed), dated so that Story 11 is the newest."""
    return build_library(tmp_path / "lib.db", COUNT)


def _list(app: LibraryApp) -> LibraryList:
    return app.screen.query_one(LibraryList)


async def test_list_is_one_virtualised_widget_newest_first(library_path: str) -> None:
    app = LibraryApp(library_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        listing = _list(app)
        assert listing.row_count == COUNT
        assert [r.title for r in listing.rows[:2]] == ["Story 11", "Story 10"]
        assert len(list(app.screen.query(LibraryList))) == 1
        widgets = [w for w in app.screen.walk_children() if not any(isinstance(a, Footer) for a in w.ancestors)]
        assert len(widgets) < COUNT  # never one widget per article


async def test_unread_navigation_star_and_read_flags(library_path: str) -> None:
    app = LibraryApp(library_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        listing = _list(app)
        await pilot.press("x")  # Story 11 read
        await until(pilot, lambda: listing.rows[0].is_read)
        await pilot.press("j", "j", "x")  # Story 09 read
        await until(pilot, lambda: listing.rows[2].is_read)
        await pilot.press("k", "k")
        assert listing.highlighted == 0
        await pilot.press("n")
        assert listing.highlighted == 1
        await pilot.press("n")
        assert listing.highlighted == 3  # skips the read Story 09
        await pilot.press("p")
        assert listing.highlighted == 1
        await pilot.press("f")
        await until(pilot, lambda: listing.rows[1].starred)
    with Library(library_path) as library:
        assert [r.title for r in library.rows(starred=True)] == ["Story 10"]
        assert {r.title for r in library.rows() if r.is_read} == {"Story 11", "Story 09"}


async def test_views_feeds_and_search(library_path: str) -> None:
    app = LibraryApp(library_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        listing = _list(app)
        await pilot.press("x", "v")  # mark one read, then the unread view
        await until(pilot, lambda: listing.row_count == COUNT - 1)
        await pilot.press("v")  # starred view: none yet
        await until(pilot, lambda: listing.row_count == 0)
        await pilot.press("v", "g")  # all, then the first feed
        await until(pilot, lambda: listing.row_count == COUNT // 3)
        assert all(r.feed_title == "Local feed" for r in listing.rows)
        await pilot.press("escape")
        await until(pilot, lambda: listing.row_count == COUNT)
        await pilot.press("slash")
        await pilot.press(*"ward 7", "enter")
        await until(pilot, lambda: [r.title for r in listing.rows] == ["Story 07"])
        await pilot.press("escape")
        await until(pilot, lambda: listing.row_count == COUNT)


async def test_reader_opens_lazily_marks_read_and_n_means_next_unread_without_find(library_path: str) -> None:
    from digest.ui.library_reader import LibraryReaderScreen

    app = LibraryApp(library_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
        assert app.screen.articles[0].title == "Story 11"  # type: ignore[attr-defined]
        await pilot.press("n")  # no find active: the next unread article replaces the reader
        await until(
            pilot,
            lambda: isinstance(app.screen, LibraryReaderScreen) and app.screen.articles[0].title == "Story 10",
        )
        await pilot.press("slash", *"Vote", "enter")  # a find is active: n is "next match"
        await until(pilot, lambda: bool(app.screen.document().matches))  # type: ignore[attr-defined]
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.articles[0].title == "Story 10"  # type: ignore[attr-defined]
        await pilot.press("escape")  # drops the search first
        await pilot.pause()
        assert isinstance(app.screen, LibraryReaderScreen)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        assert len(app.screen_stack) == 1  # the library is the app's first screen: no reader left above it
        assert [r.is_read for r in _list(app).rows[:3]] == [True, True, False]
    with Library(library_path) as library:
        assert {r.title for r in library.rows() if r.is_read} == {"Story 11", "Story 10"}


async def test_a_click_opens_the_row_under_the_mouse_and_pages_move_by_a_screen(library_path: str) -> None:
    from digest.ui.library_reader import LibraryReaderScreen

    app = LibraryApp(library_path)
    async with app.run_test(size=(120, 8)) as pilot:  # a list of 4 lines (status, borders and Footer around it)
        await pilot.pause()
        listing = _list(app)
        await pilot.press("pagedown")
        assert listing.highlighted == listing.scrollable_content_region.height
        await pilot.press("end")
        assert listing.highlighted == COUNT - 1 and listing.scroll_offset.y > 0
        await pilot.press("home")
        assert listing.highlighted == 0 and listing.scroll_offset.y == 0
        await pilot.click(LibraryList, offset=(5, 3))  # the third row (below the top border)
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
        assert app.screen.articles[0].title == "Story 09"  # type: ignore[attr-defined]
        assert listing.highlighted == 2


async def test_actors_view_lists_every_quote_newest_first(library_path: str) -> None:
    app = LibraryApp(library_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, ActorsScreen))
        quotes = app.screen.query_one("#actor-quotes", OptionList)
        await until(pilot, lambda: quotes.option_count == COUNT)
        first = str(quotes.get_option_at_index(0).prompt)
        assert "statement 11" in first and "Story 11" in first
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))


async def test_refresh_all_runs_in_the_background(library_path: str) -> None:
    with serve_feeds({"/feed.xml": Route(rss("Local feed", [("new1", "Fresh news")]))}) as server:
        with Library(library_path) as library:
            library.remove_feed(library.feeds()[0].id)
            library.add_feed(server.url("/feed.xml"))
        app = LibraryApp(library_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            listing = _list(app)
            before = listing.row_count
            await pilot.press("R")
            await until(pilot, lambda: listing.row_count == before + 1)
            assert "Fresh news" in [r.title for r in listing.rows]
