"""At 80x24 nothing is cut: the Footer shows whole keys only, the help's table and its last line fit the box."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import DataTable, Footer, Label

from digest.ui.actors_screen import ActorsScreen
from digest.ui.footer import KeyFooter
from digest.ui.help_screen import HelpScreen
from digest.ui.library_app import LibraryApp
from digest.ui.library_list import LibraryList
from digest.ui.library_reader import LibraryReaderScreen
from digest.ui.library_screen import LibraryScreen
from digest.ui.story_screen import StoryScreen
from tests.ui_support import build_library, make_app, settle, until


def assert_footer_whole(app: App[object]) -> None:
    """Every key the Footer shows lies wholly left of the docked palette key."""
    footer = app.screen.query_one(Footer)
    keys: list[Widget] = list(footer.query_children("FooterKey"))
    palette = [key for key in keys if key.has_class("-command-palette")]
    limit = footer.region.right - sum(key.outer_size.width for key in palette)
    shown = [key for key in keys if key.display and key not in palette]
    assert shown, "the Footer shows no key"
    assert all(key.region.right <= limit for key in shown), [str(k.render()) for k in shown]


async def assert_help_fits(pilot: Pilot[object]) -> None:
    """Open the help of the screen shown: its table and its last line fit the box; then close it."""
    app = pilot.app
    await pilot.press("question_mark")
    await until(pilot, lambda: isinstance(app.screen, HelpScreen))
    await pilot.pause()
    box = app.screen.query_one("#help-box")
    table = app.screen.query_one(DataTable)
    assert table.virtual_size.width <= table.scrollable_content_region.width  # no column cut
    label = app.screen.query_one("#help-footer", Label)
    assert label.outer_size.width <= box.content_region.width and label.size.height >= 2  # wrapped, not cut
    await pilot.press("escape")
    await until(pilot, lambda: not isinstance(app.screen, HelpScreen))


async def test_library_screens_at_80x24_cut_nothing(tmp_path: Path) -> None:
    app = LibraryApp(build_library(tmp_path / "lib.db", 4))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)

        def stories_shown() -> bool:
            return app.screen is library and library.article_list.showing_stories and library.article_list.row_count > 0

        def story_page() -> bool:
            return isinstance(app.screen, StoryScreen) and app.screen.trail.rows != ()

        opened: list[tuple[tuple[str, ...], Callable[[], bool]]] = [
            (("enter",), lambda: isinstance(app.screen, LibraryReaderScreen)),
            (("a",), lambda: isinstance(app.screen, ActorsScreen)),
            (("s",), stories_shown),
            (("s", "enter"), story_page),
        ]
        for keys, shown in opened:
            await until(pilot, lambda: app.screen is library and not library.article_list.showing_stories)
            await pilot.pause()
            assert_footer_whole(app)
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
            await until(pilot, shown)
            await pilot.pause()
            assert_footer_whole(app)
            await assert_help_fits(pilot)
            while app.screen is not library or library.article_list.showing_stories:
                await pilot.press("escape")
                await pilot.pause()
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await assert_help_fits(pilot)


async def test_file_reader_at_80x24_cuts_nothing(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.pause()
        assert_footer_whole(app)
        await assert_help_fits(pilot)
        await pilot.resize_terminal(160, 45)  # wider: the keys hidden come back
        await settle(pilot)
        await pilot.pause()
        assert_footer_whole(app)
        keys = [key for key in app.screen.query_one(Footer).query_children("FooterKey") if key.display]
        assert len(keys) > 8


async def test_footer_keys_are_its_children_but_the_palettes_and_in_its_style(tmp_path: Path) -> None:
    app = LibraryApp(build_library(tmp_path / "lib.db", 2))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(KeyFooter)
        palette = [key for key in footer.children if key.has_class("-command-palette")]
        keys = list(footer.keys())
        assert len(palette) == 1 and keys and palette[0] not in keys
        assert keys == [key for key in footer.query_children("FooterKey") if key not in palette]
        assert {key.has_class("-compact") for key in keys} == {footer.compact}


@pytest.mark.parametrize("size", [(44, 20), (31, 18), (24, 16)], ids=["44x20", "31x18", "24x16"])
async def test_help_fits_a_narrow_terminal_to_its_last_line(tmp_path: Path, size: tuple[int, int]) -> None:
    """Widths where the footer line wraps word by word onto one line more than its characters fill."""
    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        box = app.screen.query_one("#help-box")
        footer = app.screen.query_one("#help-footer", Label)
        table = app.screen.query_one(DataTable)
        assert box.region.bottom <= size[1]
        assert footer.region.bottom <= box.content_region.bottom  # its last line shown, not cut by the box
        assert table.region.height >= 3 and table.region.bottom <= footer.region.y
        assert table.virtual_size.width <= table.scrollable_content_region.width  # no column cut


def footer_shows(app: App[object]) -> dict[str, str]:
    """The keys the Footer shows (key: label), those it hides for want of room left out."""
    footer = app.screen.query_one(Footer)
    return {key.key: key.description for key in footer.query_children("FooterKey") if key.display}  # type: ignore[attr-defined]


async def test_a_library_reader_at_80x24_shows_how_to_go_on_back_help_and_quit(tmp_path: Path) -> None:
    app = LibraryApp(build_library(tmp_path / "lib.db", 4))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # from the list: n and p go to the next and previous unread articles
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
        await pilot.pause()
        shown = footer_shows(app)
        assert {"escape", "n", "p", "question_mark", "q"} <= shown.keys() and shown["n"] == "Next unread", shown
        await pilot.press("escape", "s")
        await until(pilot, lambda: app.screen.query_one(LibraryList).showing_stories)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, StoryScreen) and app.screen.trail.rows != ())
        await pilot.press("enter")  # from a story page: n and p go through the story's articles
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
        await pilot.pause()
        shown = footer_shows(app)
        assert {"escape", "n", "p", "question_mark", "q"} <= shown.keys() and shown["escape"] == "Story", shown
        assert_footer_whole(app)


async def test_a_long_status_line_ends_in_an_ellipsis_at_80x24(tmp_path: Path) -> None:
    app = LibraryApp(build_library(tmp_path / "lib.db", 4))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        query = "council budget ward mayor residents vote story statement minister talks ceasefire"
        await pilot.press("slash", *query, "enter")
        status = app.screen.query_one("#library-status")
        await until(pilot, lambda: "search:" in str(status.render()))
        await pilot.pause()
        line = "".join(segment.text for segment in status.render_line(0))
        assert line.rstrip().endswith("…") and "search: council budget" in line  # cut visibly, not silently
