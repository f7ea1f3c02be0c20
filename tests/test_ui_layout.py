"""The reader at 80x24 and 160x45: the summary panel fits its text, panes keep the reading position."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.core.model import Article
from digest.ui.article_list import SOURCE_WIDTH, short_source
from digest.ui.reader import Reader
from digest.ui.summary_panel import SummaryBody, SummaryPanel
from tests.ui_support import main_screen, make_app, settle


def top_block_text(app: object) -> str:
    """The text of the article block at the top of the reader."""
    reader = main_screen(app).query_one(Reader)  # type: ignore[arg-type]
    anchor = reader.reading_anchor()
    assert anchor is not None
    return str(anchor.render())


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
@pytest.mark.parametrize("key", ["t", "a"])
async def test_pane_toggles_keep_the_reading_position(tmp_path: Path, size: tuple[int, int], key: str) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        reader = main_screen(app).query_one(Reader)
        scroll = reader.current_scroll()
        assert scroll is not None
        scroll.focus()
        await pilot.press(*["j"] * 25)
        await pilot.pause()
        before = top_block_text(app)
        for _ in range(2):
            await pilot.press(key)
            await pilot.pause()
            await pilot.pause()
            assert top_block_text(app) == before
            anchor = reader.reading_anchor()
            assert anchor is not None
            document = reader.current_document()
            assert document is not None
            top = document.virtual_region.y + anchor.virtual_region.y
            assert abs(scroll.scroll_y - top) <= 1  # the block starts at the top again


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
async def test_summary_panel_is_as_tall_as_its_text_up_to_a_limit(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        panel = main_screen(app).query_one(SummaryPanel)
        body = panel.query_one(SummaryBody)
        assert panel.size.height <= round(0.35 * main_screen(app).query_one(Reader).size.height) + 1
        if body.size.height == body.virtual_size.height:  # the whole summary shows: no blank line under it
            assert panel.outer_size.height <= body.outer_size.height + 2  # the title line and the margin


def test_long_file_names_are_cut_in_the_middle_not_wrapped() -> None:
    article = Article("T", "/x/polygraph-al-tanf-rukban-and-many-more-words.html", ())
    label = short_source(article)
    assert len(label) == SOURCE_WIDTH and label.startswith("polygraph-") and label.endswith("words.html")
    assert short_source(Article("T", "/x/short.html", ())) == "short.html"


def actors_library(path: Path) -> str:
    """Two actors: 'Ann Newest' with one short quote (listed first), 'Bob Many' with 15 under long titles."""
    from digest.core.model import Section
    from digest.core.quotes import Actor, Quote, QuoteReport
    from digest.core.store import Library
    from digest.core.store.cache import encode_quotes

    long_title = "Key moments from a long hearing with several witnesses and many more words in its headline"
    with Library(path) as library, library.transaction():
        for n in range(16):
            speaker = "Ann Newest" if n == 15 else "Bob Many"
            article = Article(f"{long_title} {n}", f"/tmp/a{n}.txt", (Section(None, f"Body {n} here."),))
            text = "short" if n == 15 else f"quote {n} " + "with words " * (n % 4 + 1)
            analysis = library.analyse(article)
            report = QuoteReport([Actor(speaker)], [Quote(speaker, text, "direct", None, 0, 0, 1)])
            analysis.quotes = encode_quotes(report)
            library.save(f"k{n}", article, analysis, published=f"2025-01-{n + 1:02}T00:00:00Z")
    return str(path)


async def test_actors_view_shows_every_line_of_wrapped_entries(tmp_path: Path) -> None:
    from textual.widgets import OptionList

    from digest.ui.actors_screen import ActorsScreen
    from digest.ui.library_app import LibraryApp
    from tests.ui_support import until

    app = LibraryApp(actors_library(tmp_path / "lib.db"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, ActorsScreen) and len(app.screen.actors) == 2)
        quotes = app.screen.query_one("#actor-quotes", OptionList)
        await until(pilot, lambda: quotes.option_count == 1)
        await pilot.press("j")  # Bob Many: 15 entries whose headings wrap, and a scrollbar
        await until(pilot, lambda: quotes.option_count == 15)
        await pilot.pause()
        shown = quotes.virtual_size.height
        quotes.set_options([quotes.get_option_at_index(i) for i in range(quotes.option_count)])  # laid out afresh
        await pilot.pause()
        assert quotes.virtual_size.height == shown
        assert shown >= 15 * 3  # a heading that wraps to 2 lines and the quote under it, for every entry


async def test_summary_drawn_narrower_than_it_was_wrapped_is_wrapped_again(tmp_path: Path) -> None:
    """Opening the quote pane while the reader lays out can narrow the summary with no resize event reaching it:
    drawing it still gives lines that fit, each continuation line indented past the bullet."""
    from textual.content import Content

    from digest.ui.summary_panel import hanging

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        body = main_screen(app).query_one(SummaryBody)
        width = body.content_region.width
        stale = hanging(body.summary_text, width + 30)  # as wrapped for the pane before it narrowed
        assert max(len(line) for line in stale.plain.split("\n")) > width
        body.update(stale)
        body.shown_text = stale
        body.wrapped_at = width + 30
        drawn = body.render()  # drawn before any resize event could arrive
        lines = (drawn.plain if isinstance(drawn, Content) else str(drawn)).split("\n")
        assert max(len(line) for line in lines) <= width
        assert all(line.startswith(("• ", "  ")) for line in lines if line)
