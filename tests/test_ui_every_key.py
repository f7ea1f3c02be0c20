"""Every declared key of every screen, pressed at 80x24 and 160x45: none may raise (a crash fails the test)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input

from digest.ui.actors_screen import ActorsScreen
from digest.ui.commands import Command
from digest.ui.keys import ACTORS, LIBRARY, LIBRARY_READER, READER, STORY
from digest.ui.library_app import LibraryApp
from digest.ui.library_reader import LibraryReaderScreen
from digest.ui.library_screen import LibraryScreen
from digest.ui.main_screen import MainScreen
from digest.ui.story_screen import StoryScreen
from tests.ui_support import build_library, make_app, settle, until

SIZES = [(80, 24), (160, 45)]


def keys_of(commands: tuple[Command, ...]) -> list[str]:
    """Every key of the commands, except quitting (tested on its own)."""
    return [key for command in commands if command.action != "app.quit" for key in command.keys.split(",")]


async def press_every_key(
    pilot: Pilot[object], commands: tuple[Command, ...], go_home: Callable[[], Awaitable[None]]
) -> None:
    """Press each key on the screen under test, then come back to it (closing dialogs, find and search boxes)."""
    app: App[object] = pilot.app
    for key in keys_of(commands):
        await go_home()
        await pilot.press(key)
        await pilot.pause()
        assert app.is_running, key
        if isinstance(app.focused, Input):
            await pilot.press("escape")
    await go_home()


def make_go_home(
    pilot: Pilot[object], at_home: Callable[[Screen[object]], bool], reopen: Callable[[], Awaitable[None]]
) -> Callable[[], Awaitable[None]]:
    """Pop screens until ``at_home`` holds (reopening the screen under test with ``reopen`` if popped too far)."""
    app = pilot.app
    home_depth = len(app.screen_stack)  # made on the screen under test: never pop below it

    async def go_home() -> None:
        await app.workers.wait_for_complete()
        while not at_home(app.screen) and len(app.screen_stack) > home_depth:
            app.pop_screen()
            await pilot.pause()
        if not at_home(app.screen):
            await reopen()

    return go_home


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x45"])
async def test_every_reader_key(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)

        async def nothing() -> None:
            raise AssertionError(f"the reader was closed: {app.screen!r}")

        def at_home(screen: Screen[object]) -> bool:
            return isinstance(screen, MainScreen)

        await press_every_key(pilot, READER, make_go_home(pilot, at_home, nothing))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x45"])
async def test_every_library_key(tmp_path: Path, size: tuple[int, int]) -> None:
    app = LibraryApp(build_library(tmp_path / "lib.db", 5))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        library = app.screen

        def on_list(screen: Screen[object]) -> bool:
            return screen is library

        async def nothing() -> None:
            raise AssertionError(f"the library list was closed: {app.screen!r}")

        await press_every_key(pilot, LIBRARY, make_go_home(pilot, on_list, nothing))

        def stories_shown(screen: Screen[object]) -> bool:
            return screen is library and isinstance(screen, LibraryScreen) and screen.article_list.showing_stories

        for keys, screen_class, commands in (
            (("enter",), LibraryReaderScreen, LIBRARY_READER),
            (("a",), ActorsScreen, ACTORS),
            (("s",), LibraryScreen, LIBRARY),  # the same list showing the stories
            (("s", "enter"), StoryScreen, STORY),
            (("s", "enter", "enter"), LibraryReaderScreen, LIBRARY_READER),  # the reader from a story page
        ):

            def shown(screen: Screen[object], wanted: type = screen_class) -> bool:
                return isinstance(screen, wanted) and (wanted is not LibraryScreen or stories_shown(screen))

            async def reopen(keys: tuple[str, ...] = keys, shown: Callable[[Screen[object]], bool] = shown) -> None:
                while app.screen is not library:
                    app.pop_screen()
                    await pilot.pause()
                if stories_shown(library):
                    await pilot.press("escape")
                    await until(pilot, lambda: not stories_shown(library))
                for key in keys:
                    await pilot.press(key)
                    await pilot.pause()
                    await app.workers.wait_for_complete()
                await until(pilot, lambda: shown(app.screen))

            await reopen()
            await press_every_key(pilot, commands, make_go_home(pilot, shown, reopen))
        assert isinstance(app.screen_stack[0], LibraryScreen)  # the app's first screen, still there
