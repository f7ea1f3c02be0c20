"""The app and teasers: the list says which articles are teasers, opening one says why, r fetches the page."""

from __future__ import annotations

import asyncio
from pathlib import Path

from digest.core.feeds import refresh_feeds
from digest.core.store import Library
from digest.ui.library_app import LibraryApp
from digest.ui.library_list import LibraryList, row_prompt
from tests.feed_server import Route, serve_feeds
from tests.fulltext_support import article_page, teaser_feed
from tests.ui_support import notices


async def test_a_teaser_is_marked_and_r_fetches_its_page_again(tmp_path: Path) -> None:
    routes = {"/page": Route(b"", status=503)}
    with serve_feeds(routes) as server:
        routes["/feed"] = Route(teaser_feed("Teasers", [("1", "Harbour news", server.url("/page"))]))
        path = tmp_path / "lib.db"
        with Library(path) as library:
            library.add_feed(server.url("/feed"))
            refresh_feeds(library)
            [row] = library.rows()
        assert row.teaser_reason and "HTTP 503" in row.teaser_reason
        assert "teaser" in row_prompt(row).plain
        routes["/page"] = Route(article_page("Harbour talks in full"), content_type="text/html")
        app = LibraryApp(str(path))
        shown = notices(app)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            listing = app.screen.query_one(LibraryList)
            await pilot.press("enter")
            for _ in range(200):
                await pilot.pause()
                if any("only the feed's teaser" in message for message in shown):
                    break
                await asyncio.sleep(0.02)
            else:
                raise AssertionError("no note that the article is a teaser")
            await pilot.press("escape")
            await pilot.press("r")
            for _ in range(300):
                await pilot.pause()
                if listing.rows and listing.rows[0].title == "Harbour talks in full":
                    break
                await asyncio.sleep(0.02)
            assert listing.rows[0].teaser_reason is None
            assert "teaser" not in row_prompt(listing.rows[0]).plain
