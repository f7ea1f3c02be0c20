"""The stories (a mode of the library list) and a story's page in the library app (Pilot, snapshots at 80x24
and 160x45)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from digest.core.store import Library
from digest.core.store.story_rows import StoryRow
from digest.ui.commands import available
from digest.ui.keys import LIBRARY
from digest.ui.library_app import LibraryApp
from digest.ui.library_list import LibraryList, story_prompt
from digest.ui.library_reader import LibraryReaderScreen
from digest.ui.library_screen import LibraryScreen
from digest.ui.story_screen import StoryScreen
from tests.test_stories import QUAKE_2008, QUAKE_2013
from tests.ui_support import notices, until


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


def text_of(app: LibraryApp, width: int = 200) -> str:
    """The story page's summary and quotes as plain text, laid out ``width`` columns wide."""
    console = Console(width=width, file=io.StringIO(), color_system=None)
    with console.capture() as captured:
        console.print(app.screen.query_one("#story-text", Static).content)
    return captured.get()


def the_list(app: LibraryApp) -> LibraryList:
    return app.screen_stack[0].query_one(LibraryList)


def status_of(app: LibraryApp) -> str:
    return str(app.screen_stack[0].query_one("#library-status", Static).render())


async def show_stories(pilot: Pilot[object], app: LibraryApp) -> None:
    await pilot.press("s")
    await until(pilot, lambda: the_list(app).showing_stories and the_list(app).row_count == 2)


async def open_first_story(pilot: Pilot[object], app: LibraryApp) -> None:
    await show_stories(pilot, app)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, StoryScreen))
    articles = app.screen.query_one("#story-articles", OptionList)
    await until(pilot, lambda: articles.option_count == 3)


async def test_stories_view_story_page_and_reader(story_library: str) -> None:
    app = LibraryApp(story_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await open_first_story(pilot, app)
        first = the_list(app).rows[0]
        assert isinstance(first, StoryRow)
        assert story_prompt(first).plain.endswith("3 articles · 2 outlets · 2025-03-03 08:00")
        assert status_of(app) == "2 stories · 5 articles · 2 told by more than one"
        text = text_of(app)
        assert "Summary" in text and "Anna Petrak" in text
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
        assert app.screen.articles[0].title == QUAKE_2008[2].title  # type: ignore[attr-defined]  # newest first
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, StoryScreen))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        assert the_list(app).showing_stories and the_list(app).row_height == 2
        await pilot.press("escape")
        await until(pilot, lambda: not the_list(app).showing_stories and the_list(app).row_count == 5)
        assert the_list(app).row_height == 1 and status_of(app).startswith("5 articles")


async def test_stories_are_a_mode_of_the_library_list_with_its_own_commands(story_library: str) -> None:
    app = LibraryApp(story_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        listed = the_list(app)
        await pilot.press("down", "down")
        kept = listed.current
        assert kept is not None
        shown = {command.id for command in LIBRARY if available(screen, command)}
        assert {"stories", "star", "library-view"} <= shown and "articles" not in shown
        await show_stories(pilot, app)
        assert the_list(app) is listed and app.screen is screen  # the same list, on the same screen
        shown = {command.id for command in LIBRARY if available(screen, command)}
        assert {"articles", "open", "actors", "help"} <= shown
        assert not shown & {"stories", "star", "library-view", "library-search", "next-unread", "toggle-read"}
        footer = {binding.action for _, binding, _, _ in screen.active_bindings.values() if binding.show}
        palette = {command.title for command in app.get_system_commands(screen)}
        assert "articles" in footer and "star" not in footer
        assert "Back from the stories to the articles" in palette
        assert "Star or unstar the highlighted article" not in palette
        await pilot.press("f", "x", "n", "v")  # article commands do nothing here
        await pilot.pause()
        assert listed.showing_stories and listed.row_count == 2
        await pilot.press("down")
        assert listed.current is None and listed.current_story == listed.rows[1]
        await pilot.press("s")  # back to the articles, the same one highlighted
        await until(pilot, lambda: not listed.showing_stories)
        assert listed.current == kept


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
def test_stories_view_snapshot(snap_compare: Any, story_library: str, size: tuple[int, int]) -> None:
    app = LibraryApp(story_library)

    async def ready(pilot: Pilot[object]) -> None:
        await show_stories(pilot, app)
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
def test_story_page_snapshot(snap_compare: Any, story_library: str, size: tuple[int, int]) -> None:
    app = LibraryApp(story_library)

    async def ready(pilot: Pilot[object]) -> None:
        await open_first_story(pilot, app)
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=ready)


def footer_keys(screen: Any) -> dict[str, str]:
    """The Footer's keys on ``screen`` (key: label), as Textual's Footer reads them."""
    return {binding.key: binding.description for _, binding, _, _ in screen.active_bindings.values() if binding.show}


def reader_title(app: LibraryApp) -> str:
    screen = app.screen
    assert isinstance(screen, LibraryReaderScreen)
    return screen.articles[0].title


async def test_the_story_page_footer_shows_enter_open(story_library: str) -> None:
    app = LibraryApp(story_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await open_first_story(pilot, app)
        assert app.focused is app.screen.query_one("#story-articles")
        assert footer_keys(app.screen).get("enter") == "Open"  # the list's own enter no longer hides it
        await pilot.press("down", "enter")  # enter still opens the highlighted article
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
        assert reader_title(app) == QUAKE_2008[1].title


async def test_a_reader_from_a_story_goes_back_to_it_and_moves_through_its_articles(story_library: str) -> None:
    app = LibraryApp(story_library)
    shown = notices(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await open_first_story(pilot, app)
        story = app.screen
        assert isinstance(story, StoryScreen)
        titles = [row.title for row in story.trail.rows]
        assert titles == [a.title for a in reversed(QUAKE_2008)]  # newest first
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
        keys = footer_keys(app.screen)
        assert keys["escape"] == "Story" and "Library" not in keys.values()
        assert keys["n"] == "Next" and keys["p"] == "Prev"
        depth = len(app.screen_stack)
        await pilot.press("n")
        await until(pilot, lambda: reader_title(app) == titles[1])
        await pilot.press("n")
        await until(pilot, lambda: reader_title(app) == titles[2])
        assert len(app.screen_stack) == depth  # each article replaced the reader: esc still goes to the story
        await pilot.press("n")  # past the last article: said, and the reader stays
        await until(pilot, lambda: "this is the last article of the story (3 of 3)" in shown)
        assert reader_title(app) == titles[2]
        await pilot.press("p")
        await until(pilot, lambda: reader_title(app) == titles[1])
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is story)
        assert story.query_one("#story-articles", OptionList).highlighted == 1  # the article read last
        await pilot.press("up", "enter")  # a kept reader opened again from the story: still the story's keys
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen) and reader_title(app) == titles[0])
        await pilot.press("p")
        await until(pilot, lambda: "this is the first article of the story (1 of 3)" in shown)


async def test_a_kept_reader_opened_from_the_list_goes_back_to_the_library(story_library: str) -> None:
    app = LibraryApp(story_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await open_first_story(pilot, app)
        await pilot.press("enter")  # the story's newest article, kept by the library screen
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
        from_story = app.screen
        await pilot.press("escape", "escape", "escape")  # reader, story page, stories
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen) and not the_list(app).showing_stories)
        listed = [row.title for row in the_list(app).rows]  # type: ignore[union-attr]
        the_list(app).highlighted = listed.index(QUAKE_2008[2].title)
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is from_story)  # the same screen, now the list's reader
        keys = footer_keys(app.screen)
        assert keys["escape"] == "Library" and keys["n"] == "Next unread" and "Story" not in keys.values()
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))


async def test_story_page_lines_that_wrap_hang_under_their_text(story_library: str) -> None:
    app = LibraryApp(story_library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await open_first_story(pilot, app)
        lines = text_of(app, width=40).rstrip("\n").split("\n")
        quotes = lines.index("Who said what")
        summary, said = lines[1 : quotes - 1], lines[quotes + 1 :]
        assert summary[0].startswith("• ") and len(summary) > len([s for s in summary if s.startswith("• ")])
        assert all(line.startswith(("• ", "  ")) and line[2] != " " for line in summary), summary
        marks = [line for line in said if line.startswith(("    “", "  ≈ "))]
        assert marks and all(line.startswith(("    ", "  ≈ ")) or not line.startswith(" ") for line in said), said
        assert all(line[4] != " " for line in said if line.startswith(" ")), said


async def test_the_stories_footer_shows_enter_open_and_the_article_list_opens_with_enter(story_library: str) -> None:
    app = LibraryApp(story_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert "enter" not in footer_keys(screen)  # the articles: enter opens one, as in any list
        await show_stories(pilot, app)
        assert footer_keys(screen).get("enter") == "Open"  # the stories: the list's own enter no longer hides it
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, StoryScreen))
        await pilot.press("escape", "escape")
        await until(pilot, lambda: app.screen is screen and not the_list(app).showing_stories)
        assert "enter" not in footer_keys(screen)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
