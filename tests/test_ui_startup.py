"""The library app's start-up does each thing once: one screen, one Footer, one parse of the stylesheets, and no
garbage collection until the first screen is up (speed itself is measured by benchmarks/scale.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.color import Color
from textual.css.stylesheet import Stylesheet

import digest.ui.library_app
from digest.commands import library_read
from digest.ui.footer import KeyFooter
from digest.ui.library_app import LibraryApp
from digest.ui.library_screen import LibraryScreen
from tests.ui_support import build_library


@pytest.fixture
def library_path(tmp_path: Path) -> str:
    """A small library with a feed (the Footer shows the feed keys)."""
    return build_library(tmp_path / "lib.db", 4)


@pytest.fixture
def collector_restored() -> Iterator[None]:
    """Leave the collector as the test found it (enabled, nothing frozen)."""
    try:
        yield
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_collector_is_held_off_when_the_library_app_starts(
    library_path: str, monkeypatch: pytest.MonkeyPatch, collector_restored: None
) -> None:
    seen: list[bool] = []

    def run_app(path: str, theme: str | None = None) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(digest.ui.library_app, "run_library_app", run_app)
    assert library_read.run_library_app(library_path) == 0
    assert seen == [False]


async def test_the_first_screen_lets_the_collector_go_with_start_up_frozen(
    library_path: str, collector_restored: None
) -> None:
    gc.unfreeze()  # objects frozen by earlier tests would pass the check below
    assert gc.get_freeze_count() == 0
    gc.disable()  # as digest holds it from start-up
    app = LibraryApp(library_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0


async def test_the_library_is_the_only_screen_and_its_footer_is_composed_once(
    library_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    composed: list[int] = []
    compose = KeyFooter.compose

    def counted(self: KeyFooter) -> Any:
        composed.append(1)
        return compose(self)

    monkeypatch.setattr(KeyFooter, "compose", counted)
    app = LibraryApp(library_path)
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.pause()
        assert [type(s) for s in app.screen_stack] == [LibraryScreen]
        footer = app.screen.query_one(KeyFooter)
        assert any(action == "refresh_all" for _key, _label, action, _enabled in footer.shown_keys or ())
        assert len(composed) == 1


@pytest.mark.parametrize("theme", ["digest-light", "digest-dark"])
async def test_the_theme_chosen_at_start_styles_the_first_screen_from_one_parse(
    library_path: str, theme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    reparsed: list[int] = []
    reparse = Stylesheet.reparse

    def counted(self: Stylesheet) -> None:
        reparsed.append(1)
        reparse(self)

    monkeypatch.setattr(Stylesheet, "reparse", counted)
    app = LibraryApp(library_path, theme=theme)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        background = app.screen.styles.background
        assert app.current_theme.name == theme
        assert background == Color.parse(app.current_theme.background or "")
        assert reparsed == []
        app.theme = "digest-light" if theme == "digest-dark" else "digest-dark"  # a later change still restyles
        await pilot.pause()
        assert reparsed == [1]
        assert app.screen.styles.background == Color.parse(app.current_theme.background or "")
        assert app.screen.styles.background != background
