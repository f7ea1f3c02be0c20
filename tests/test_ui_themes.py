"""Themes as data: shipped themes load and validate, bad files are reported, the choice is remembered."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.resources import themes_dir
from digest.ui.settings import CONFIG_DIR_VARIABLE, Settings, config_dir
from digest.ui.themes import APP_VARIABLES, DEFAULT_DARK, DEFAULT_LIGHT, ThemeError, load_theme_file, load_themes
from tests.ui_support import make_app, settle


def test_shipped_themes_load_with_app_variables() -> None:
    loaded = load_themes([themes_dir()])
    assert loaded.errors == []
    assert {DEFAULT_DARK, DEFAULT_LIGHT} <= set(loaded.themes)
    assert loaded.themes[DEFAULT_DARK].dark and not loaded.themes[DEFAULT_LIGHT].dark
    for theme in loaded.themes.values():
        assert set(APP_VARIABLES) <= set(theme.variables)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ('name = "x"\nprimary = "not-a-colour"\n', "not a colour"),
        ('name = "x"\n', "primary"),
        ('primary = "#ffffff"\n', "name"),
        ('name = "x"\nprimary = "#fff"\nsparkle = "#fff"\n', "unknown key"),
        ('name = "x"\nprimary = "#fff"\n[variables]\nactor = "#12345g"\n', "variables.actor"),
        ('name = "x"\nprimary = "#fff"\n[variables]\nactor = "#123456 lots"\n', "bad alpha"),
        ("name = [\n", "not valid TOML"),
    ],
)
def test_bad_theme_files_are_reported(tmp_path: Path, body: str, problem: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(body)
    with pytest.raises(ThemeError, match=problem):
        load_theme_file(path)
    assert load_themes([tmp_path]).errors and load_themes([tmp_path]).themes == {}


def test_config_dir_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CONFIG_DIR_VARIABLE, str(tmp_path))
    assert config_dir() == tmp_path
    monkeypatch.delenv(CONFIG_DIR_VARIABLE)
    assert config_dir() != tmp_path


async def test_theme_choice_is_remembered(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.theme == DEFAULT_DARK
        app.theme = DEFAULT_LIGHT
        await pilot.pause()
    assert Settings.load(tmp_path).theme == DEFAULT_LIGHT
    again = make_app(tmp_path)
    async with again.run_test(size=(120, 36)) as pilot:
        assert again.theme == DEFAULT_LIGHT


async def test_theme_argument_wins_and_user_themes_load(tmp_path: Path) -> None:
    (tmp_path / "themes").mkdir()
    (tmp_path / "themes" / "mine.toml").write_text('name = "mine"\nprimary = "#884400"\ndark = false\n')
    app = make_app(tmp_path, theme="mine")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.theme == "mine"
        assert app.get_css_variables()["quote-highlight"]  # app variables defaulted for a theme without them


async def test_palette_theme_command(tmp_path: Path) -> None:
    from digest.ui.palette import ThemeCommands

    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        commands = ThemeCommands(app.screen).commands()
        assert [title for title, _, _ in commands][:2] == [f"Theme: {DEFAULT_DARK}", f"Theme: {DEFAULT_LIGHT}"]
        commands[1][2]()
        await pilot.pause()
        assert app.theme == DEFAULT_LIGHT


async def test_no_color_is_respected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(tmp_path)
    assert app.no_color
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        svg = app.export_screenshot()
    assert "#7aa2c8" not in svg.lower()  # the dark theme's primary colour never reaches the terminal
