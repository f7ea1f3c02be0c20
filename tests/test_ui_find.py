"""Find: a match count and a distinct current match; escape drops the highlights, also after enter."""

from __future__ import annotations

from pathlib import Path

from digest.ui.find_bar import FindBar, FindStatus
from digest.ui.library_app import LibraryApp
from digest.ui.library_reader import LibraryReaderScreen
from digest.ui.library_screen import LibraryScreen
from tests.ui_support import build_library, document, main_screen, make_app, settle, until


def current_spans(app: object) -> list[str]:
    """The text of every span styled as the current match."""
    shown = document(app)  # type: ignore[arg-type]
    found = []
    for match in shown.matches:
        for start, end, style in match.paragraph.spans:
            if style == ".match-current":
                found.append(match.paragraph.base.plain[start:end])
    return found


async def test_count_current_match_and_escape_after_enter(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        status = screen.query_one(FindStatus)
        assert not status.display
        await pilot.press("slash", *"idlib")
        await pilot.pause()
        count = len(document(app).matches)
        assert count > 3 and status.display
        assert f"match 1 of {count}" in str(status.render())
        await pilot.press("enter", "n")
        await pilot.pause()
        assert f"match 2 of {count}" in str(status.render())
        assert len(set(current_spans(app))) == 1 and len(current_spans(app)) == 1  # one current match
        assert not screen.query_one(FindBar).display and status.display
        await pilot.press("escape")  # in the reader, after enter
        await pilot.pause()
        assert document(app).matches == [] and not status.display
        assert all(".match" not in style for m in document(app).paragraphs() for *_, style in m[0].spans)


async def test_no_match_is_said(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zzzq")
        await pilot.pause()
        assert "no match" in str(main_screen(app).query_one(FindStatus).render())


async def test_library_reader_escape_clears_the_find_then_goes_back(tmp_path: Path) -> None:
    app = LibraryApp(build_library(tmp_path / "lib.db", 3))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LibraryReaderScreen))
        await pilot.pause()
        await pilot.press("slash", *"ward", "enter")
        await until(pilot, lambda: bool(app.screen.document().matches))  # type: ignore[attr-defined]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryReaderScreen) and not app.screen.document().matches  # type: ignore[union-attr]
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
