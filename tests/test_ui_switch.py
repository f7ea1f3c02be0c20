"""Switching articles: the reader keeps its layout (nothing moves but the content), lists stay right."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets import OptionList

from digest.ui.article_list import ArticleList
from digest.ui.option_cache import KeptOptionList
from digest.ui.reader import ArticleTitle, Reader
from tests.ui_support import main_screen, make_app, seed_articles, settle


async def test_switching_keeps_the_reader_layout_and_whole_titles(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        title = screen.query_one(ArticleTitle)
        regions = []
        screen.query_one(ArticleList).focus()
        for index, keys in ((0, ()), (1, ("down", "enter")), (0, ("up", "enter"))):
            await pilot.press(*keys)
            await settle(pilot)
            assert screen.current == index
            scroll = screen.query_one(Reader).current_scroll()
            assert scroll is not None
            regions.append((title.region, scroll.region))
            lines = Content(seed_articles()[index].title).get_height({}, title.content_region.width)
            assert title.content_region.height >= lines  # the whole title has room
        assert regions[0][0] == regions[1][0] == regions[2][0]  # the title never moves
        assert regions[1] == regions[2]  # back to an article seen before: nothing moves
        assert regions[0][1].y <= regions[1][1].y  # the summary grows to the taller one, never shrinks


async def test_title_room_follows_the_width(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        title = main_screen(app).query_one(ArticleTitle)
        wide = title.content_region.height
        await pilot.resize_terminal(120, 36)
        await settle(pilot)
        assert title.content_region.height > wide  # the sample's title wraps in a narrower reader
        longest = max(Content(a.title).get_height({}, title.content_region.width) for a in seed_articles())
        assert title.content_region.height == longest


class Lists(App[None]):
    """A kept option list and a plain one with the same long options."""

    def compose(self) -> ComposeResult:
        """Both lists, 20 columns wide."""
        options = ["a long option that wraps over several lines " * 2] * 3
        yield KeptOptionList(*options, id="kept")
        yield OptionList(*options, id="plain")

    CSS = "OptionList { width: 20; height: 20; }"


async def test_kept_option_list_rewraps_when_shown_at_another_width() -> None:
    app = Lists()
    async with app.run_test(size=(80, 45)) as pilot:
        kept, plain = app.query_one("#kept", OptionList), app.query_one("#plain", OptionList)
        assert kept.virtual_size.height == plain.virtual_size.height
        narrow = kept.virtual_size.height
        kept.display = False
        await pilot.pause()
        kept.display = True  # shown again at the same width: renders kept, same lines
        await pilot.pause()
        assert kept.virtual_size.height == narrow
        kept.display = False
        await pilot.pause()
        kept.styles.width = plain.styles.width = 40
        kept.display = True
        await pilot.pause()
        await pilot.pause()
        assert kept.virtual_size.height == plain.virtual_size.height < narrow
