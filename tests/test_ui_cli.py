"""The commands around the app: read (errors before the app starts), screenshots, serve; palette providers."""

from __future__ import annotations

import builtins
import sys
from pathlib import Path
from typing import Any

import pytest

from digest.cli import main
from digest.ui.palette import ArticleCommands, SectionCommands
from tests.ui_support import main_screen, make_app, settle


def test_read_unknown_theme_is_one_line_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_CONFIG_DIR", str(tmp_path))
    assert main(["read", "seeds/idlib-seed.txt", "--theme", "no-such-theme"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no-such-theme" in err and "digest-dark" in err


def test_read_with_nothing_loadable(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    assert main(["read", str(tmp_path / "empty.txt")]) == 2
    assert "empty.txt" in capsys.readouterr().err


def test_serve_without_the_extra(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_textual_serve(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("textual_serve"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "textual_serve.server", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_textual_serve)
    assert main(["serve"]) == 2
    assert "pip install 'digest-reader[serve]'" in capsys.readouterr().err


def test_serve_runs_the_reader_command() -> None:
    from digest.commands.serve import serve_command

    class Args:
        paths = ["a b.txt"]
        theme = "digest-light"

    command = serve_command(Args())  # type: ignore[arg-type]
    assert "read 'a b.txt' --theme digest-light" in command


def test_screenshots_command_writes_svgs(tmp_path: Path) -> None:
    assert main(["screenshots", str(tmp_path)]) == 0
    names = sorted(p.name for p in tmp_path.glob("*.svg"))
    assert names == ["export.svg", "help.svg", "main-dark.svg", "main-light.svg", "quotes-by-actor.svg"]
    assert all(p.read_text().startswith("<svg") for p in tmp_path.glob("*.svg"))


async def test_article_and_section_palette_commands(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        sections = SectionCommands(screen).commands()
        titles = [title for title, _, _ in sections]
        assert "Section: Dirty war" in titles
        sections[titles.index("Section: Dirty war")][2]()
        await pilot.pause()
        assert screen.current_section() == 1 and screen.contents().highlighted == 1
        articles = ArticleCommands(screen).commands()
        articles[1][2]()
        await settle(pilot)
        assert screen.current == 1


async def test_every_key_is_in_the_palette(tmp_path: Path) -> None:
    from digest.ui.commands import available
    from digest.ui.keys import READER

    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        expected = {k.help for k in READER if k.palette and available(app.screen, k)}
        assert len(expected) > 10
        assert expected <= titles
        assert "Quit" in titles  # Textual's own
        command = next(c for c in app.get_system_commands(app.screen) if c.title.startswith("Show or hide the quote"))
        await command.callback()
        await pilot.pause()
        assert not main_screen(app).show_quotes
