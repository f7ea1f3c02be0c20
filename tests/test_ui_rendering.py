"""Safe rendering: article text never becomes Markdown syntax or Textual markup, and the app stays responsive."""

from __future__ import annotations

import threading
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from digest.core.model import Article, Section
from digest.core.summarize import Summary
from digest.ui.analysis import Analyses
from digest.ui.app import DigestApp
from digest.ui.article_document import ArticleParagraph
from digest.ui.markdown_source import build_markdown, escape_markdown, normalise_space
from digest.ui.settings import Settings
from digest.ui.summary_panel import SummaryBody
from tests.ui_support import document, main_screen, quoted_words, seed_articles, settle

HOSTILE = (
    "[bold]not bold[/bold] and [@click=app.quit]click me[/] *stars* _under_ `code` <b>html</b> &amp; "
    "[link](http://example.com) ![img](x.png)\n# not a heading\n1. not a list\n> not a quote\n    indented"
)


def hostile_article() -> Article:
    """An article whose title and text look like markup and Markdown."""
    return Article(
        title="[bold red]Title[/] with [@click=app.quit]markup[/]",
        source="hostile.txt",
        sections=(Section(None, HOSTILE), Section("## [b]Heading[/b] *x*", "Second [i]section[/i].")),
    )


def test_escaped_markdown_is_one_literal_paragraph() -> None:
    parser = MarkdownIt("commonmark")
    tokens = parser.parse(escape_markdown(HOSTILE))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children or []
    assert {c.type for c in children} <= {"text", "softbreak"}
    assert normalise_space(" ".join(c.content for c in children)) == normalise_space(HOSTILE)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=80))
def test_any_text_stays_literal(text: str) -> None:
    source = build_markdown(Article("t", "x", (Section(None, text),)))
    tokens = MarkdownIt("commonmark").parse(source.text)
    assert {t.type for t in tokens} <= {"paragraph_open", "inline", "paragraph_close"}
    inline = " ".join(c.content for t in tokens if t.type == "inline" for c in t.children or [])
    assert normalise_space(inline) == normalise_space(text)


async def test_markup_in_articles_appears_literally(tmp_path: Path) -> None:
    app = DigestApp([hostile_article()], settings=Settings(None), analyses=Analyses(quote_finder=quoted_words))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        shown = document(app)
        paragraphs = [p.base.plain for p in shown.query(ArticleParagraph)]
        assert "[bold]not bold[/bold]" in paragraphs[0]
        assert "[@click=app.quit]click me[/]" in paragraphs[0]
        assert "*stars*" in paragraphs[0] and "<b>html</b>" in paragraphs[0] and "# not a heading" in paragraphs[0]
        title = main_screen(app).query_one("#article-title")
        assert "[bold red]Title[/]" in str(title.render())
        await pilot.click("#article-title")
        assert app.is_running  # the [@click=app.quit] in the title is not an action


async def test_first_screen_shows_before_the_summary_is_done(tmp_path: Path) -> None:
    release = threading.Event()

    def slow_summary(article: Article, sentences: int, method: str) -> Summary:
        release.wait(10)
        return Summary(method=method, sentences=[article.sections[0].paragraphs[0]])

    app = DigestApp(seed_articles(), settings=Settings(None), analyses=Analyses(slow_summary, quoted_words))
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if document(app).ready:
                break
        body = main_screen(app).query_one(SummaryBody)
        assert "Summarising" in str(body.render())
        assert document(app).ready  # the article is on screen while the summary is still being computed
        release.set()
        await settle(pilot)
        assert "Summarising" not in str(body.render())


async def test_switching_back_reuses_the_rendered_document(tmp_path: Path) -> None:
    app = DigestApp(seed_articles(), settings=Settings(None), analyses=Analyses(quote_finder=quoted_words))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        first = document(app)
        main_screen(app).current = 1
        await settle(pilot)
        assert document(app) is not first
        main_screen(app).current = 0
        await pilot.pause()
        assert document(app) is first
