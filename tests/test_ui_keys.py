"""Pilot tests: every key of the reader changes the app's state as the help says."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ui.article_list import ArticleList
from digest.ui.commands import available
from digest.ui.contents import TableOfContents
from digest.ui.export_dialog import ExportDialog
from digest.ui.find_bar import FindBar
from digest.ui.help_screen import HelpScreen
from digest.ui.keys import READER
from digest.ui.quote_sidebar import ActorList
from digest.ui.reader import Reader
from digest.ui.summary_panel import SummaryPanel
from tests.ui_support import document, main_screen, make_app, settle

SIZE = (160, 45)


def top_offset(app: object, section: int) -> int:
    """How far below the top of the reader a section starts (0: at the very top)."""
    screen = main_screen(app)  # type: ignore[arg-type]
    offsets = screen.section_offsets()
    scroll = screen.query_one(Reader).current_scroll()
    assert scroll is not None and offsets[section] is not None
    return int(offsets[section] - scroll.scroll_y)


async def test_brackets_move_between_sections(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert screen.current_section() == 0
        await pilot.press("right_square_bracket")
        assert screen.current_section() == 1
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.current_section() == 2
        assert document(app).article.sections[2].title == "European support"
        assert 0 <= top_offset(app, 2) <= 3
        assert screen.contents().highlighted == 2
        await pilot.press("left_square_bracket")
        assert screen.current_section() == 1


async def test_digits_jump_to_sections(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("3")
        await pilot.pause()
        assert screen.current_section() == 2
        assert 0 <= top_offset(app, 2) <= 3
        await pilot.press("1")
        await pilot.pause()
        assert screen.current_section() == 0
        assert screen.query_one(Reader).current_scroll().scroll_y == 0  # type: ignore[union-attr]
        await pilot.press("9")  # no ninth section: nothing moves
        assert screen.current_section() == 0


async def test_list_keys_move_and_enter_opens(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        articles = screen.query_one(ArticleList)
        articles.focus()
        await pilot.press("j")
        assert articles.highlighted == 1
        await pilot.press("k")
        assert articles.highlighted == 0
        await pilot.press("down", "enter")
        await settle(pilot)
        assert screen.current == 1
        assert document(app).article.title.startswith("Russia and Syria")
        assert 1 in screen.read


async def test_j_and_k_scroll_the_reader(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        scroll = main_screen(app).query_one(Reader).current_scroll()
        assert scroll is not None
        scroll.focus()
        await pilot.press("j", "j", "down")
        await pilot.pause()
        assert scroll.scroll_y == 3
        await pilot.press("k", "up")
        await pilot.pause()
        assert scroll.scroll_y == 1


async def test_tab_changes_pane(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main_screen(app).query_one(ArticleList).focus()
        await pilot.press("tab")
        assert app.focused is main_screen(app).contents()
        await pilot.press("shift+tab")
        assert isinstance(app.focused, ArticleList)


async def test_toggle_keys(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("t")
        assert not screen.show_contents and not screen.query_one("#left").display
        await pilot.press("t")
        assert screen.show_contents and isinstance(app.focused, TableOfContents)
        await pilot.press("a")
        assert not screen.show_quotes and not screen.query_one("#quote-sidebar").display
        await pilot.press("a")
        assert screen.show_quotes and isinstance(app.focused, ActorList)
        await pilot.press("s")
        assert screen.query_one(SummaryPanel).collapsed
        await pilot.press("s")
        assert not screen.query_one(SummaryPanel).collapsed


async def test_summary_length_and_method(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        panel = screen.query_one(SummaryPanel)
        await pilot.press("plus")
        await settle(pilot)
        assert screen.sentences == 4
        assert panel.title.startswith("Summary · 4 sentences")
        assert len(document(app).summary) == 4
        await pilot.press("minus", "minus")
        await settle(pilot)
        assert screen.sentences == 2 and len(document(app).summary) == 2
        first = screen.method
        await pilot.press("m")
        await settle(pilot)
        assert screen.method != first and screen.method in panel.title


async def test_find_and_matches(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("slash")
        assert isinstance(app.focused, FindBar)
        await pilot.press(*"idlib")
        await pilot.pause()
        shown = document(app)
        count = len(shown.matches)
        assert count > 3
        assert all(m.paragraph.base.plain[m.start : m.end].casefold() == "idlib" for m in shown.matches)
        await pilot.press("enter")
        assert not screen.query_one(FindBar).display
        await pilot.press("n")
        assert shown.current_match == 1
        await pilot.press("N", "N")
        assert shown.current_match == count - 1
        await pilot.press("slash", "escape")
        assert shown.matches == []


async def test_export_writes_the_digest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path / "config")
    messages: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: messages.append(message))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("enter")
        await settle(pilot)
        written = list(tmp_path.glob("digest-*.md"))
        assert len(written) == 1 and written[0].read_text().startswith("#")
        assert any(str(written[0]) in message for message in messages)


async def test_export_can_be_cancelled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path / "config")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "escape")
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
        assert list(tmp_path.glob("*.md")) == []


async def test_open_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(tmp_path)
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **_: opened.append(url))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        urls = [a.url for a in screen.articles]
        for index in range(len(urls)):
            screen.current = index
            await settle(pilot)
            await pilot.press("o")
            await pilot.pause()
        assert opened == [u for u in urls if u]


async def test_help_lists_every_key(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        expected = [k for k in READER if available(main_screen(app), k)]
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-table")
        assert table.row_count == len(expected) == len(READER) - 1  # type: ignore[attr-defined] (no find yet)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_q_quits(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
