"""Snapshots of every other screen: library list, library reader, actors view, help, export and add dialogs.

Each at 80x24 in the dark theme and 160x45 in the light one (the reader itself has all four in
tests/test_ui_snapshots.py), so both sizes and both themes are covered without multiplying CI time.
Update with ``pytest tests/test_ui_screens_snapshots.py --snapshot-update`` after a deliberate change.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from digest.ui.actors_screen import ActorsScreen
from digest.ui.add_dialog import AddDialog
from digest.ui.library_app import LibraryApp
from digest.ui.library_reader import LibraryReaderScreen
from digest.ui.settings import Settings
from digest.ui.themes import DEFAULT_DARK, DEFAULT_LIGHT
from tests.ui_support import build_library, make_app, settle, until

LOOKS = [((80, 24), DEFAULT_DARK), ((160, 45), DEFAULT_LIGHT)]
IDS = ["80x24-dark", "160x45-light"]


async def open_reader(pilot: Pilot[object]) -> None:
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, LibraryReaderScreen))
    await pilot.app.workers.wait_for_complete()
    await settle(pilot)


async def open_actors(pilot: Pilot[object]) -> None:
    await pilot.press("a")
    await until(pilot, lambda: isinstance(pilot.app.screen, ActorsScreen) and bool(pilot.app.screen.actors))
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_help(pilot: Pilot[object]) -> None:
    await pilot.press("question_mark")
    await pilot.pause()


async def open_add(pilot: Pilot[object]) -> None:
    await pilot.app.workers.wait_for_complete()  # the list behind the dialog filled first, as in a user's library
    await pilot.pause()
    await pilot.press("plus")
    await until(pilot, lambda: isinstance(pilot.app.screen, AddDialog))
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def list_only(pilot: Pilot[object]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


LIBRARY_SCREENS: dict[str, Callable[[Pilot[object]], Awaitable[None]]] = {
    "list": list_only,
    "reader": open_reader,
    "actors": open_actors,
    "help": open_help,
    "add": open_add,
}


@pytest.mark.parametrize("look", LOOKS, ids=IDS)
@pytest.mark.parametrize("screen", list(LIBRARY_SCREENS))
def test_library_screens(snap_compare: Any, tmp_path: Path, screen: str, look: tuple[tuple[int, int], str]) -> None:
    size, theme = look
    app = LibraryApp(build_library(tmp_path / "lib.db", 8), theme=theme, settings=Settings.load(None))
    assert snap_compare(app, terminal_size=size, run_before=LIBRARY_SCREENS[screen])


@pytest.mark.parametrize("look", LOOKS, ids=IDS)
@pytest.mark.parametrize("key", ["question_mark", "e"], ids=["help", "export"])
def test_reader_dialogs(
    snap_compare: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, look: tuple[tuple[int, int], str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714521600")  # the export dialog suggests digest-2024-05-01.md
    size, theme = look
    app = make_app(None, theme=theme)

    async def ready(pilot: Pilot[object]) -> None:
        await settle(pilot)
        await pilot.press(key)
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=ready)
