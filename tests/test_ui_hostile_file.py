"""The issue's bar for hostile input in the app: a file with markup and escape sequences, read from disk,
shows them as text (markup literally, escapes removed) and the app keeps running."""

from __future__ import annotations

from pathlib import Path

from digest.core.ingest import load_article
from digest.ui.analysis import Analyses
from digest.ui.app import DigestApp
from digest.ui.article_document import ArticleParagraph
from digest.ui.settings import Settings
from tests.hostile import MARKUP_AND_ESCAPES
from tests.ui_support import document, main_screen, quoted_words, settle


async def test_file_with_markup_and_escapes_shows_them_as_text(tmp_path: Path) -> None:
    path = tmp_path / "evil.md"
    path.write_text(MARKUP_AND_ESCAPES + "\n[@click=app.quit]q[/] again.\n", encoding="utf-8")
    app = DigestApp([load_article(path)], settings=Settings(None), analyses=Analyses(quote_finder=quoted_words))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        text = "\n".join(p.base.plain for p in document(app).query(ArticleParagraph))
        assert "[bold red]X[/]" in text and "[@click=app.quit]q[/]" in text
        assert "\x1b" not in text and "\u202e" not in text and "52;c;" not in text
        title = str(main_screen(app).query_one("#article-title").render())
        assert "Evil red title" in title and "\x1b" not in title
        await pilot.press("enter", "j", "]")
        await pilot.click("#article-title")
        await settle(pilot)
        assert app.is_running
        svg = app.export_screenshot()
        assert "\x1b" not in svg and "[bold red]X[/]" in svg.replace("&#160;", " ")
