"""The app's export: an existing file (also given as ``../x``) is replaced only after a second, explicit
Replace; a link into another folder or a FIFO is refused with a notification and left as it is."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from textual.widgets import Input

from digest.ui.export_dialog import ExportDialog
from tests.ui_support import make_app, settle

SIZE = (120, 36)


async def test_an_existing_file_is_replaced_only_after_confirmation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    victim = tmp_path / "x"
    victim.write_text("keep me")
    app = make_app(tmp_path / "config")
    messages: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: messages.append(message))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        app.screen.query_one(Input).value = "../x"
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog) and victim.read_text() == "keep me"
        assert any("exists" in message for message in messages)
        await pilot.press("enter")  # the explicit second press replaces it
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
        assert victim.read_text().startswith("# ")


async def test_links_elsewhere_and_fifos_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    (work / "away.md").symlink_to(tmp_path / "victim.md")
    os.mkfifo(work / "pipe.md")
    app = make_app(tmp_path / "config")
    messages: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: messages.append(message))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for name in ("away.md", "pipe.md"):
            await pilot.press("e")
            await pilot.pause()
            app.screen.query_one(Input).value = name
            await pilot.pause()
            await pilot.press("enter", "enter")
            await settle(pilot)
    assert any("symbolic link" in message for message in messages)
    assert any("FIFO" in message for message in messages)
    assert not (tmp_path / "victim.md").exists() and stat.S_ISFIFO((work / "pipe.md").lstat().st_mode)
