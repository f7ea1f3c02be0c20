"""The stories view and a story's page in the library app (Pilot and snapshots at 80x24 and 160x45)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from digest.core.store import Library
from digest.ui.library_app import LibraryApp
from digest.ui.library_reader import LibraryReaderScreen
from digest.ui.library_screen import LibraryScreen
from digest.ui.stories_screen import StoriesScreen, StoryList, StoryScreen, story_prompt
from tests.test_stories import QUAKE_2008, QUAKE_2013
from tests.ui_support import until


@pytest.fixture
def story_library(tmp_path: Path) -> str:
    """A library of two stories (three and two articles), from a feed and from files, with fixed dates."""
    path = tmp_path / "stories.db"
    with Library(path) as library:
        feed, _ = library.add_feed("http://127.0.0.1:9/feed.xml", "Local feed")
        with library.transaction():
            for n, article in enumerate([*QUAKE_2008, *QUAKE_2013]):
                library.save(
                    f"k{n}",
                    article,
                    library.analyse(article),
                    feed_id=feed.id if n % 2 else None,
                    published=f"2025-03-{n + 1:02}T08:00:00Z",
                )
    return str(path)


def text_of(app: LibraryApp) -> str:
    return str(app.screen.query_one("#story-text", Static).render())


async def open_first_story(pilot: Pilot[object], app: LibraryApp) -> None:
    await pilot.press("s")
    await until(pilot, lambda: isinstance(app.screen, StoriesScreen))
    stories = app.screen.query_one("#stories", StoryList)
    await until(pilot, lambda: stories.row_count == 2)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, StoryScreen))
    articles = app.screen.query_one("#story-articles", OptionList)
    await until(pilot, lambda: articles.option_count == 3)


async def test_stories_view_story_page_and_reader(story_library: str) -> None:
    app = LibraryApp(story_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await open_first_story(pilot, app)
        stories_prompt = story_prompt(app.screen_stack[-2].query_one("#stories", StoryList).rows[0]).plain
        assert "3 articles · 2 outlets · 2025-03-03 08:00" in stories_prompt
        text = text_of(app)
        assert "Summary" in text and "Anna Petrak" in text
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
        assert app.screen.articles[0].title == QUAKE_2008[2].title  # type: ignore[attr-defined]  # newest first
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, StoryScreen))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, StoriesScreen))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
def test_stories_view_snapshot(snap_compare: Any, story_library: str, size: tuple[int, int]) -> None:
    app = LibraryApp(story_library)

    async def ready(pilot: Pilot[object]) -> None:
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, StoriesScreen))
        await until(pilot, lambda: app.screen.query_one("#stories", StoryList).row_count == 2)
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
def test_story_page_snapshot(snap_compare: Any, story_library: str, size: tuple[int, int]) -> None:
    app = LibraryApp(story_library)

    async def ready(pilot: Pilot[object]) -> None:
        await open_first_story(pilot, app)
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=ready)
