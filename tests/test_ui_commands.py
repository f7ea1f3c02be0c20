"""Commands declared once: bindings, help, palette and keymap agree on every screen; small terminals work."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import DataTable

from digest.ui.actors_screen import ActorsScreen
from digest.ui.commands import Command, available, declared_commands
from digest.ui.help_screen import HelpScreen
from digest.ui.keymap import load_keymap
from digest.ui.keys import ACTORS, EVERY_SCREEN, LIBRARY, LIBRARY_READER, READER, STORY
from digest.ui.library_app import LibraryApp
from digest.ui.library_reader import LibraryReaderScreen
from digest.ui.library_screen import LibraryScreen
from digest.ui.main_screen import MainScreen
from digest.ui.reader import Reader
from digest.ui.story_screen import StoryScreen
from tests.ui_support import build_library, main_screen, make_app, settle, until

SCREENS: dict[str, tuple[type, tuple[Command, ...]]] = {
    "reader": (MainScreen, READER),
    "library-reader": (LibraryReaderScreen, LIBRARY_READER),
    "library": (LibraryScreen, LIBRARY),
    "actors": (ActorsScreen, ACTORS),
    "story": (StoryScreen, STORY),
}


@pytest.mark.parametrize("name", list(SCREENS))
def test_every_declared_action_exists_and_ids_are_unique(name: str) -> None:
    screen_class, commands = SCREENS[name]
    assert commands == screen_class.DECLARED
    for command in commands:
        owner = App if command.action.startswith("app.") else screen_class
        action = command.action_name
        assert hasattr(owner, f"action_{action}") or (owner is App and action == "help"), command.id
    ids = [command.id for command in commands]
    assert len(ids) == len(set(ids))


def test_screens_declare_no_key_twice_except_the_find_or_library_pairs() -> None:
    for commands in EVERY_SCREEN:
        keys = [key for command in commands for key in command.keys.split(",")]
        doubled = {key for key in keys if keys.count(key) > 1}
        assert doubled <= {"n", "p", "escape", "backspace", "s", "enter"}
    # the reader from the list or from a story page (check_action offers the keys of the one it came from)
    assert [c.action for c in LIBRARY_READER if "n" in c.keys.split(",")] == [
        "next_match",
        "next_unread",
        "next_in_story",
    ]
    assert [c.action for c in LIBRARY_READER if "p" in c.keys.split(",")] == ["previous_unread", "previous_in_story"]
    assert [c.action for c in LIBRARY_READER if "escape" in c.keys.split(",")] == [
        "clear_find",
        "back",
        "back_to_story",
    ]
    # the library list's articles and stories (check_action offers one of each pair at a time)
    assert [c.action for c in LIBRARY if "s" in c.keys.split(",")] == ["articles", "stories"]
    assert [c.action for c in LIBRARY if "escape" in c.keys.split(",")] == ["articles", "clear"]
    # enter: the stories' "Open" (shown, offered only with the stories) first, else the list's own (not shown)
    assert [c.action for c in LIBRARY if "enter" in c.keys.split(",")] == ["open_story", "open"]


def test_keymap_file_reports_unknown_ids_and_bad_values(tmp_path: Path) -> None:
    (tmp_path / "keymap.toml").write_text('next-section = "l"\nno-such-command = "x"\nfind = 3\n')
    loaded = load_keymap(tmp_path, {"next-section", "find"})
    assert loaded.keys == {"next-section": "l"}
    assert len(loaded.errors) == 2 and "no-such-command" in loaded.errors[0] and "'find'" in loaded.errors[1]
    (tmp_path / "keymap.toml").write_text("not toml [")
    assert load_keymap(tmp_path, {"find"}).errors[0].startswith(str(tmp_path / "keymap.toml"))
    assert load_keymap(tmp_path / "absent", {"find"}).keys == {}


async def test_keymap_rebinds_by_id_and_help_shows_the_new_key(tmp_path: Path) -> None:
    (tmp_path / "keymap.toml").write_text('next-section = "l"\n')
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("right_square_bracket")  # the old key no longer moves
        assert screen.current_section() == 0
        await pilot.press("l")
        await pilot.pause()
        assert screen.current_section() == 1
        await pilot.press("question_mark")
        table = app.screen.query_one(DataTable)
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        assert ["l", "Scroll the reader to the next section"] in [row[1:] for row in rows]


async def test_help_lists_the_keys_that_apply_now_and_scrolls_at_80x24(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        expected = [c for c in READER if available(app.screen, c)]
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == len(expected)
        assert table.size.height < table.virtual_size.height  # taller than the terminal: it scrolls
        await pilot.press("pagedown", "pagedown", "pagedown")
        await pilot.pause()
        assert table.scroll_y > 0
        assert table.region.bottom <= 24


@pytest.fixture
def library_path(tmp_path: Path) -> str:
    """A library of 6 articles."""
    return build_library(tmp_path / "lib.db", 6)


async def test_library_help_palette_and_reader_help(library_path: str) -> None:
    app = LibraryApp(library_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key in ("question_mark", "f1"):
            await pilot.press(key)
            assert isinstance(app.screen, HelpScreen)
            table = app.screen.query_one(DataTable)
            helps = {str(table.get_row_at(i)[2]) for i in range(table.row_count)}
            assert {"Move to the next unread article", "Search titles, text and speakers"} <= helps
            assert "Refresh every feed in the background" in helps  # the library has a feed
            await pilot.press("escape")
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {
            "Search titles, text and speakers",
            "Move to the next unread article",
            "Star or unstar the highlighted article",
        } <= titles
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
        await pilot.press("question_mark")
        table = app.screen.query_one(DataTable)
        rows = {str(table.get_row_at(i)[1]): str(table.get_row_at(i)[2]) for i in range(table.row_count)}
        assert rows["n"].startswith("Open the next unread article")
        assert rows["esc ⌫"] == "Back to the library list"


async def test_focus_starts_on_a_visible_pane_and_page_keys_never_crash_at_80x24(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        scroll = screen.query_one(Reader).current_scroll()
        assert app.focused is scroll
        await pilot.press("j", "j")
        assert scroll is not None and scroll.scroll_y == 2
        await pilot.press("pagedown", "pageup", "pagedown")
        assert scroll.scroll_y > 2
        screen.query_one("#articles").focus()  # a hidden list focused by hand: its page keys do nothing
        await pilot.press("pagedown", "pageup")
        await pilot.press("t", "pagedown", "t", "a", "pagedown", "pageup", "a")
        await pilot.pause()
        assert app.focused is not None and app.focused.display


async def test_library_reader_page_keys_at_80x24(library_path: str) -> None:
    app = LibraryApp(library_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("pagedown", "pageup", "enter")
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
        await pilot.pause()
        await pilot.press("pagedown", "pageup", "j")
        assert app.focused is not None and app.focused.display


def test_a_crash_gives_a_non_zero_exit_status(tmp_path: Path) -> None:
    class Crashing(LibraryApp):
        def on_mount(self) -> None:
            raise RuntimeError("boom")

    app = Crashing(build_library(tmp_path / "lib.db", 1))
    assert app.run_for_status(headless=True, size=(80, 24)) != 0


def test_declared_commands_of_a_plain_screen_are_none() -> None:
    assert declared_commands(object()) == ()
