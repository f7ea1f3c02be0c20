"""Keys pressed while the library app is busy in the background: opening articles, placing articles in stories."""

from __future__ import annotations

import time
from typing import Any

import pytest

from digest.core.model import Article
from digest.core.store import Library
from digest.ui.library_app import LibraryApp
from digest.ui.library_reader import CachedAnalysis, LibraryReaderScreen
from digest.ui.library_screen import LibraryScreen
from digest.ui.story_screen import StoryScreen
from tests.test_ui_stories import open_first_story, story_library  # noqa: F401 (the fixture)
from tests.ui_support import until


@pytest.fixture
def slow_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading an article for the reader takes a while (so keys land while it loads)."""
    original = CachedAnalysis.of

    def slowly(library: Library, article: Article) -> CachedAnalysis:
        time.sleep(0.4)
        return original(library, article)

    monkeypatch.setattr(CachedAnalysis, "of", slowly)


async def settle(app: LibraryApp, pilot: Any) -> None:
    """Let every opening worker finish and its result reach the screen."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def open_first_article(app: LibraryApp, pilot: Any) -> None:
    await open_first_story(pilot, app)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))


@pytest.mark.usefixtures("slow_articles")
async def test_n_twice_while_loading_replaces_the_reader_once(story_library: str) -> None:  # noqa: F811
    app = LibraryApp(story_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await open_first_article(app, pilot)
        first = app.screen
        await pilot.press("n", "n")
        await settle(app, pilot)
        kinds = [type(screen) for screen in app.screen_stack]
        assert kinds == [LibraryScreen, StoryScreen, LibraryReaderScreen]
        assert app.screen is not first and app.screen.place.index == 1  # type: ignore[attr-defined]
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, StoryScreen))


@pytest.mark.usefixtures("slow_articles")
async def test_esc_while_the_next_article_loads_keeps_the_story_page(story_library: str) -> None:  # noqa: F811
    app = LibraryApp(story_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await open_first_article(app, pilot)
        await pilot.press("n", "escape")
        await settle(app, pilot)
        assert [type(screen) for screen in app.screen_stack] == [LibraryScreen, StoryScreen]


@pytest.mark.usefixtures("slow_articles")
async def test_esc_on_a_story_page_while_its_article_loads_opens_nothing(story_library: str) -> None:  # noqa: F811
    app = LibraryApp(story_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await open_first_story(pilot, app)
        await pilot.press("enter", "escape")
        await settle(app, pilot)
        assert [type(screen) for screen in app.screen_stack] == [LibraryScreen]
