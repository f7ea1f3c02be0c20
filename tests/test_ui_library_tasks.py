"""The library app's e (export the listed articles) and + (add a folder or a feed, the list follows)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ui.add_dialog import AddDialog
from digest.ui.export_dialog import ExportDialog
from digest.ui.library_app import LibraryApp
from digest.ui.library_list import LibraryList
from tests.conftest import SAMPLE
from tests.export_support import outline
from tests.feed_server import Route, rss, serve_feeds
from tests.ui_support import build_library, until


async def test_e_exports_the_articles_listed_now(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = LibraryApp(build_library(tmp_path / "lib.db", 6))
    messages: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: messages.append(message))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        listing = app.screen.query_one(LibraryList)
        await pilot.press("slash", *"ward 3", "enter")
        await until(pilot, lambda: [r.title for r in listing.rows] == ["Story 03"])
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        assert "1 article as listed" in str(app.screen.query_one("#export-description").render())
        await pilot.press("enter")
        await until(pilot, lambda: any("written to" in m for m in messages))
    written = list(tmp_path.glob("digest-*.md"))
    assert len(written) == 1
    titles = [text for level, text in outline(written[0].read_text()).headings if level == 2]
    assert titles == ["Story 03"]


async def test_plus_adds_a_folder_and_the_list_shows_it(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "sample.txt").write_bytes(SAMPLE.read_bytes())
    app = LibraryApp(build_library(tmp_path / "lib.db", 2))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        listing = app.screen.query_one(LibraryList)
        await pilot.press("plus")
        await until(pilot, lambda: isinstance(app.screen, AddDialog))
        await pilot.press(*str(folder), "enter")
        await until(pilot, lambda: len(listing.rows) == 3, timeout=60)
        assert any("Turkey" in row.title for row in listing.rows)


async def test_plus_subscribes_to_a_feed(tmp_path: Path) -> None:
    app = LibraryApp(build_library(tmp_path / "lib.db", 2))
    feed = rss("Fresh feed", [("f1", "Fresh from the feed")])
    with serve_feeds({"/fresh.xml": Route(feed)}) as server:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            listing = app.screen.query_one(LibraryList)
            await pilot.press("plus", *server.url("/fresh.xml"), "enter")
            await until(pilot, lambda: "Fresh from the feed" in [r.title for r in listing.rows], timeout=30)
            await app.workers.wait_for_complete()


async def test_plus_reports_a_missing_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = LibraryApp(build_library(tmp_path / "lib.db", 2))
    messages: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: messages.append(message))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("plus", *str(tmp_path / "absent"), "enter")
        await until(pilot, lambda: any("no such file or folder" in m for m in messages))
