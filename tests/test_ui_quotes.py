"""The quote sidebar: actors sorted by quotes, filtering to an actor, a chosen quote highlighted in the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.core.ingest import load_article
from digest.core.quotes import extract_quotes
from digest.core.quotes.listing import listed
from digest.ui.article_list import ArticleList
from digest.ui.quote_sidebar import ActorList, QuoteList
from digest.ui.reader import Reader
from tests.conftest import SAMPLE
from tests.ui_support import document, main_screen, make_app, settle

SIZE = (160, 45)


async def test_actors_sorted_by_quote_count_and_filtered(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        sidebar = screen.sidebar()
        report = sidebar.report
        assert report is not None and len(report.actors) >= 2
        counts = [a.quotes for a in report.actors]
        assert counts == sorted(counts, reverse=True)
        actors = screen.sidebar().query_one(ActorList)
        assert actors.option_count == len(report.actors) + 1  # "All actors" first
        quotes = listed(report.quotes)
        assert screen.sidebar().query_one(QuoteList).option_count == len(quotes)
        actors.focus()
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        chosen = report.actors[1].name
        assert screen.actor == chosen
        assert sidebar.shown == [q for q in quotes if q.speaker == chosen]
        assert screen.sidebar().query_one(QuoteList).option_count == len(sidebar.shown) > 0
        await pilot.press("enter")  # choosing the same actor again clears the filter
        await pilot.pause()
        assert screen.actor is None and sidebar.shown == quotes


async def test_choosing_a_quote_scrolls_to_it_and_highlights_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        quotes = screen.sidebar().query_one(QuoteList)
        quotes.focus()
        await pilot.press("end", "enter")
        await pilot.pause()
        quote = screen.sidebar().shown[-1]
        assert screen.quote == quote
        paragraph = document(app).quote_paragraph(quote)
        assert paragraph is not None
        spans = [(start, end) for start, end, style in paragraph.spans if style == ".quote"]
        assert [paragraph.base.plain[s:e] for s, e in spans] == [" ".join(quote.text.split())]
        scroll = screen.query_one(Reader).current_scroll()
        assert scroll is not None and scroll.scroll_y > 0
        top = document(app).virtual_region.y + paragraph.virtual_region.y - scroll.scroll_y
        assert 0 <= top < scroll.size.height


async def test_actor_palette_filters(tmp_path: Path) -> None:
    from digest.ui.palette import ActorCommands

    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        provider = ActorCommands(screen)
        commands = provider.commands()
        report = screen.analyses.cached_quotes(0)
        assert report is not None
        assert [title for title, _, _ in commands] == [f"Actor: {a.name}" for a in report.actors]
        commands[-1][2]()
        await pilot.pause()
        assert screen.actor == commands[-1][0].removeprefix("Actor: ")


REAL_QUOTES = bool(extract_quotes(load_article(SAMPLE)).quotes)


@pytest.mark.skipif(not REAL_QUOTES, reason="the quotes implementation is still the stub")
async def test_sample_sidebar_names_pompeo_and_senerlioglu(tmp_path: Path) -> None:
    app = make_app(tmp_path, fake=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        report = main_screen(app).sidebar().report
        assert report is not None
        names = {a.name for a in report.actors}
        assert {"Mike Pompeo", "Ferydun Senerlioglu"} <= names


async def test_the_sidebar_lists_a_fragment_within_its_reported_clause_only(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        'Harbour news\n\nMayor Ottilie Brandt said the pier would be "rebuilt stone by stone" before summer. '
        '"We owe the town that much," she said.\n',
        encoding="utf-8",
    )
    app = make_app(tmp_path, articles=[load_article(path)], fake=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        sidebar = main_screen(app).sidebar()
        assert sidebar.report is not None and len(sidebar.report.quotes) == 3  # clause, fragment, sentence
        assert [q.kind for q in sidebar.shown] == ["indirect", "direct"]
        assert sidebar.query_one(QuoteList).option_count == 2
        assert "2 quotes" in str(sidebar.query_one(ActorList).get_option_at_index(1).prompt)
        entry = main_screen(app).query_one(ArticleList).get_option_at_index(0).prompt
        assert "2 quotes" in str(entry)  # the article list counts as the sidebar does
