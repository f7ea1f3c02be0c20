"""Keys pressed while the library app is busy in the background: opening articles, placing articles in stories."""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.widgets import Input

from digest.core.model import Article
from digest.core.store import Library
from digest.ui.library_app import LibraryApp
from digest.ui.library_list import LibraryList
from digest.ui.library_reader import CachedAnalysis, LibraryReaderScreen
from digest.ui.library_screen import LibraryScreen
from digest.ui.story_screen import StoryScreen
from tests.test_ui_stories import open_first_story, story_library  # noqa: F401 (the fixture)
from tests.ui_support import until


class Gate:
    """Holds every article load while closed, so that keys land while an article loads (with no timing)."""

    def __init__(self) -> None:
        """Open: loads go through."""
        self.opened = threading.Event()
        self.opened.set()
        self.waiting = threading.Event()

    def close(self) -> None:
        """Hold the loads that start from now on."""
        self.waiting.clear()
        self.opened.clear()

    def open(self) -> None:
        """Let the held loads go (after checking one was held)."""
        assert self.waiting.wait(10), "no article load was held"
        self.opened.set()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Gate:
    """Loading an article for the reader waits while the gate is closed."""
    original, held = CachedAnalysis.of, Gate()

    def held_back(library: Library, article: Article) -> CachedAnalysis:
        if not held.opened.is_set():
            held.waiting.set()
            held.opened.wait(10)
        return original(library, article)

    monkeypatch.setattr(CachedAnalysis, "of", held_back)
    return held


async def settle(app: LibraryApp, pilot: Any) -> None:
    """Let every opening worker finish and its result reach the screen."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def open_first_story_page(app: LibraryApp, pilot: Any) -> None:
    """The library's first story, its page shown."""
    await open_first_story(pilot, app)


async def open_first_article(app: LibraryApp, pilot: Any) -> None:
    """The first article of the library's first story, in the reader."""
    await open_first_story(pilot, app)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))


async def test_n_twice_while_loading_replaces_the_reader_once(story_library: str, gate: Gate) -> None:  # noqa: F811
    app = LibraryApp(story_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await open_first_article(app, pilot)
        first = app.screen
        gate.close()
        await pilot.press("n", "n")
        gate.open()
        await settle(app, pilot)
        kinds = [type(screen) for screen in app.screen_stack]
        assert kinds == [LibraryScreen, StoryScreen, LibraryReaderScreen]
        assert app.screen is not first and app.screen.place.index == 1  # type: ignore[attr-defined]
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, StoryScreen))


@pytest.mark.parametrize(
    ("opened", "keys", "left"),
    [
        # esc while the next article of the story loads: back on the story page, no reader pushed later
        (open_first_article, ("n", "escape"), [LibraryScreen, StoryScreen]),
        # esc on a story page while its article loads: the article never opens
        (open_first_story_page, ("enter", "escape"), [LibraryScreen]),
    ],
    ids=["esc-while-the-next-article-loads", "esc-on-the-story-page-while-its-article-loads"],
)
async def test_esc_while_an_article_loads_leaves_no_reader(
    story_library: str,  # noqa: F811
    gate: Gate,
    opened: Callable[[LibraryApp, Any], Awaitable[None]],
    keys: tuple[str, ...],
    left: list[type],
) -> None:
    app = LibraryApp(story_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await opened(app, pilot)
        gate.close()
        await pilot.press(*keys)
        gate.open()
        await settle(app, pilot)
        assert [type(screen) for screen in app.screen_stack] == left


async def test_stories_shown_again_and_again_place_the_articles_once_at_a_time(
    story_library: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Library(story_library) as library:
        library.connection.execute("DELETE FROM story_members")
    place_stored, place_unplaced = Library.place_stored, Library.place_unplaced
    running: list[int] = []
    most = 0

    def slowly(library: Library, article_id: int) -> None:
        time.sleep(0.15)
        place_stored(library, article_id)

    def counted(library: Library, *args: Any, **kwargs: Any) -> int:
        nonlocal most
        running.append(1)
        most = max(most, len(running))
        try:
            return place_unplaced(library, *args, **kwargs)
        finally:
            running.pop()

    monkeypatch.setattr(Library, "place_stored", slowly)
    monkeypatch.setattr(Library, "place_unplaced", counted)
    app = LibraryApp(story_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for _ in range(3):
            await pilot.press("s")
            await until(pilot, lambda: app.screen.query_one(LibraryList).showing_stories)
            await pilot.pause(0.1)
            await pilot.press("escape")
            await until(pilot, lambda: not app.screen.query_one(LibraryList).showing_stories)
        await app.workers.wait_for_complete()
    assert most == 1
    with Library(story_library) as library:
        assert library.place_unplaced() == 0


async def test_the_search_box_is_hidden_with_the_stories_and_back_with_the_articles(story_library: str) -> None:  # noqa: F811
    app = LibraryApp(story_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        listed = screen.query_one(LibraryList)
        await pilot.press("slash", *"quake", "enter")
        await until(pilot, lambda: listed.row_count < 5 and not listed.showing_stories)
        box = screen.query_one("#library-search", Input)
        assert box.display and box.value == "quake"
        await pilot.press("s")
        await until(pilot, lambda: listed.showing_stories)
        await pilot.pause()
        assert not box.display
        await pilot.press("tab", "tab", "shift+tab")
        assert not box.has_focus
        await pilot.press("escape")
        await until(pilot, lambda: not listed.showing_stories)
        await pilot.pause()
        assert box.display and box.value == "quake"


async def test_a_kept_article_id_never_highlights_a_story_with_that_id(story_library: str) -> None:  # noqa: F811
    app = LibraryApp(story_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        listed = screen.query_one(LibraryList)
        await pilot.press("s")
        await until(pilot, lambda: listed.showing_stories and listed.row_count == 2)
        second = listed.rows[1].id
        screen.reload((False, second))  # asked for while the articles were shown: an article's id
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert listed.highlighted == 0
        screen.reload((True, second))
        await app.workers.wait_for_complete()
        await until(pilot, lambda: listed.highlighted == 1)
