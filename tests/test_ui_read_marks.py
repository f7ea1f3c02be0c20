"""Read marks in the library list say what the library says after articles were read elsewhere: from a story
page while the stories were shown, or by a reader whose load was overtaken by the next one (Pilot)."""

from __future__ import annotations

import threading

import pytest
from textual.pilot import Pilot

from digest.core.store import Library
from digest.core.store.articles import ArticleRow
from digest.ui import library_screen
from digest.ui.library_app import LibraryApp
from digest.ui.library_reader import LibraryReaderScreen
from digest.ui.library_screen import LibraryScreen
from digest.ui.story_screen import StoryScreen
from tests.test_ui_library_races import Gate, gate, settle  # noqa: F401 (fixture)
from tests.test_ui_stories import open_first_story, status_of, story_library, the_list  # noqa: F401 (fixture)
from tests.ui_support import until


def listed_unread(app: LibraryApp) -> set[int]:
    """The ids the list marks unread."""
    rows = the_list(app).rows
    return {row.id for row in (rows[i] for i in range(len(rows))) if isinstance(row, ArticleRow) and not row.is_read}


def listed_ids(app: LibraryApp) -> set[int]:
    """The ids of the articles listed."""
    rows = the_list(app).rows
    return {row.id for row in (rows[i] for i in range(len(rows))) if isinstance(row, ArticleRow)}


def stored_unread(path: str, among: set[int] | None = None) -> set[int]:
    """The ids the library says are unread (of those ``among`` if given)."""
    with Library(path) as library:
        unread = {int(i) for (i,) in library.connection.execute("SELECT id FROM articles WHERE is_read = 0")}
    return unread if among is None else unread & among


async def back_to_the_articles(pilot: Pilot[object], app: LibraryApp) -> None:
    """From a reader opened on a story page: esc to the story page, to the stories, to the articles."""
    await pilot.press("escape")
    await until(pilot, lambda: isinstance(app.screen, StoryScreen))
    await pilot.press("escape")
    await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
    await pilot.press("escape")
    await until(pilot, lambda: not the_list(app).showing_stories)


async def test_search_results_show_an_article_read_from_a_story_as_read_at_once(
    story_library: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reloaded = threading.Event()
    load_rows = library_screen.load_rows
    monkeypatch.setattr(library_screen, "load_rows", lambda *a: reloaded.wait(10) and load_rows(*a))
    reloaded.set()
    app = LibraryApp(story_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"varosk", "enter")
        await until(pilot, lambda: "search: varosk" in status_of(app))
        searched = len(listed_unread(app))
        await open_first_story(pilot, app)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
        reloaded.clear()  # the list made again later shows the truth anyway: what it shows first must too
        await back_to_the_articles(pilot, app)
        assert listed_unread(app) == stored_unread(story_library, listed_ids(app))
        assert len(listed_unread(app)) == searched - 1
        reloaded.set()
        await settle(app, pilot)
        assert listed_unread(app) == stored_unread(story_library, listed_ids(app))


async def test_an_article_whose_load_was_overtaken_shows_read(story_library: str, gate: Gate) -> None:  # noqa: F811
    app = LibraryApp(story_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
        gate.close()
        await pilot.press("n", "n")  # the first load is marked read, then overtaken by the second
        gate.open()
        await settle(app, pilot)
        assert len(stored_unread(story_library)) == 2
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        assert listed_unread(app) == stored_unread(story_library)
