"""A bounded reader: only the last few opened articles keep their rendered widgets; the rest are rebuilt."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.widgets import ContentSwitcher

from digest.core.model import Article
from digest.core.summarize import Summary
from digest.ui.analysis import Analyses
from digest.ui.app import DigestApp
from digest.ui.article_list import ArticleList
from digest.ui.loading import load_first
from digest.ui.reader import DocumentScroll, Reader
from digest.ui.rendered import KEPT_ARTICLES, RenderedArticles
from digest.ui.settings import Settings
from tests.ui_support import document, first_sentences, main_screen, quoted_words, seed_articles, settle


def test_the_least_recently_opened_article_goes_first() -> None:
    kept = RenderedArticles(3)
    assert [kept.opened(i) for i in (0, 1, 2, 0, 3, 4)] == [[], [], [], [], [1], [2]]
    assert 0 in kept and 1 not in kept and len(kept) == 3


async def test_opening_many_articles_keeps_only_a_few_rendered(tmp_path: Path) -> None:
    seeds = seed_articles()
    articles: list[Article] = [
        replace(seeds[n % 2], title=f"{seeds[n % 2].title} ({n})") for n in range(KEPT_ARTICLES + 4)
    ]
    summaries: list[str] = []

    def counting_summary(article: Article, sentences: int, method: str) -> Summary:
        summaries.append(article.title)
        return first_sentences(article, sentences, method)

    app = DigestApp(articles, settings=Settings(None), analyses=Analyses(counting_summary, quoted_words))
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        for index in range(len(articles)):
            screen.current = index
            await settle(pilot)
            assert document(app).article.title == articles[index].title
        await pilot.pause()
        assert len(screen.query_one(Reader).query(DocumentScroll)) == KEPT_ARTICLES
        for switcher in ("#contents", "#quote-sidebar"):
            assert len(screen.query_one(switcher, ContentSwitcher).children) == KEPT_ARTICLES
        computed = len(summaries)
        screen.current = 0  # long forgotten: rendered again, its summary from the cache
        await settle(pilot)
        assert document(app).article.title == articles[0].title and document(app).ready
        assert screen.sidebar().report is not None and len(summaries) == computed
        assert len(screen.query_one(Reader).query(DocumentScroll)) == KEPT_ARTICLES


async def test_read_dir_shows_the_first_article_and_loads_the_rest_in_a_worker(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(6):
        body = f"Paragraph one of story {number}. The mayor spoke.\n\nParagraph two of story {number}.\n"
        (folder / f"{number}.txt").write_text(f"Story {number}\n\n{body}", encoding="utf-8")
    (folder / "3.txt").write_bytes(b"\x00\x01\x02 binary junk \x00" * 50)
    loaded = load_first([folder])
    assert [a.title for a in loaded.articles] == ["Story 0"] and len(loaded.pending) == 5
    app = DigestApp(
        loaded.articles,
        settings=Settings(None),
        analyses=Analyses(first_sentences, quoted_words),
        pending=loaded.pending,
    )
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert [a.title for a in screen.articles] == [f"Story {n}" for n in (0, 1, 2, 4, 5)]
        assert len(app.load_errors) == 1 and "3.txt" in app.load_errors[0]
        assert screen.query_one(ArticleList).option_count == 5
        screen.current = 4
        await settle(pilot)
        assert document(app).article.title == "Story 5"
