"""The issue's bar for hostile input in the app: a file with markup and escape sequences, read from disk,
shows them as text (markup literally, escapes removed) and the app keeps running."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.core.ingest import load_article
from digest.core.model import Article, Section
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


async def test_o_opens_only_web_addresses_and_shows_them_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [
        Article("Web", "feed", (Section(None, "Body text."),), url="https://example.org/[@click=app.quit]x[/]"),
        Article("Script", "[b]local[/b].html", (Section(None, "Body text."),), url="javascript:alert(1)"),
    ]
    app = DigestApp(articles, settings=Settings(None), analyses=Analyses(quote_finder=quoted_words))
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **_: opened.append(url))
    shown: list[tuple[str, bool]] = []
    original_notify = app.notify

    def recording_notify(message: str, **options: object) -> None:
        shown.append((message, bool(options.get("markup", True))))
        original_notify(message, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(app, "notify", recording_notify)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        for index in range(len(articles)):
            screen.current = index
            await settle(pilot)
            await pilot.press("o")
            await pilot.pause()
        assert opened == ["https://example.org/[@click=app.quit]x[/]"]
        assert any("[@click=app.quit]x[/]" in message and not markup for message, markup in shown)
        assert any("[b]local[/b].html" in message and not markup for message, markup in shown)
        assert app.is_running
