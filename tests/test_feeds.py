"""Feeds over HTTP from a local server: RSS, Atom, conditional GET, and failures that stay per feed."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from digest.cli import main
from digest.core.feeds import FeedError, parse_feed, refresh_feeds
from digest.core.feeds.fetch import fetch
from digest.core.store import Library
from tests.feed_server import Route, atom, rss, serve_feeds


def test_rss_and_atom_entries_become_articles_through_ingestion() -> None:
    parsed = parse_feed(rss("World", [("a1", "Talks resume"), ("a2", "Deal close")]), "http://x.invalid/rss")
    assert parsed.title == "World"
    assert [e.article.title for e in parsed.entries] == ["Talks resume", "Deal close"]
    first = parsed.entries[0]
    assert first.article.format == "html"
    assert "Jane Doe" in first.article.text and "<p>" not in first.article.text
    assert first.published == "2025-06-10T00:00:00Z"
    entries = parse_feed(atom("Atom news", [("e1", "Summit")]), "http://x.invalid/atom").entries
    assert entries[0].guid == "urn:x:e1" and entries[0].article.url == "http://example.invalid/a/e1"


def test_entry_markup_and_escapes_never_reach_the_text() -> None:
    hostile = rss("T", [("g", "Title \x1b[31mred")]).replace(b"Item", b"<script>alert(1)</script>\x1b]52;c;x\x07Item")
    article = parse_feed(hostile, "http://x.invalid/").entries[0].article
    assert "\x1b" not in article.text + article.title and "alert" not in article.text


def test_not_a_feed_is_a_clear_error() -> None:
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_feed(b"this is not xml at all {", "http://x.invalid/broken")


def test_conditional_get_sends_etag_and_handles_304() -> None:
    with serve_feeds({"/rss": Route(rss("W", [("a", "A")]), etag='"v1"')}) as server:
        first = fetch(server.url("/rss"))
        assert first.status == 200 and first.etag == '"v1"' and first.body
        second = fetch(server.url("/rss"), etag=first.etag)
        assert second.not_modified and second.body is None
        assert server.requests[-1][1].get("if-none-match") == '"v1"'


def test_limits_timeout_size_and_gzip_bomb() -> None:
    big = b"<rss>" + b"x" * 5000 + b"</rss>"
    bomb = b"<rss>" + b" " * 2_000_000 + b"</rss>"
    routes = {
        "/slow": Route(rss("S", [("s", "Slow")]), delay=3.0),
        "/big": Route(big),
        "/bomb": Route(bomb, gzip=True),
        "/gone": Route(b"nope", status=500),
    }
    with serve_feeds(routes) as server:
        # The body comes 3 s after the headers, 6x the timeout: only a deadline that works ends the fetch with
        # this error (without one the fetch would succeed once the body came). No wall time is asserted.
        with pytest.raises(FeedError, match="timed out after 0.5 s"):
            fetch(server.url("/slow"), timeout=0.5)
        with pytest.raises(FeedError, match="too large"):
            fetch(server.url("/big"), max_bytes=1000)
        assert len(gzip.compress(bomb)) < 100_000
        with pytest.raises(FeedError, match="too large once decompressed"):
            fetch(server.url("/bomb"), max_bytes=100_000)
        with pytest.raises(FeedError, match="HTTP 500"):
            fetch(server.url("/gone"))
    with pytest.raises(FeedError, match="not an http"):
        fetch("file:///etc/passwd")


def test_refresh_stores_new_entries_and_failures_never_stop_other_feeds(tmp_path: Path) -> None:
    routes = {
        "/rss": Route(rss("RSS news", [("r1", "One"), ("r2", "Two")]), etag='"e1"'),
        "/atom": Route(atom("Atom news", [("a1", "Alpha")])),
        "/broken": Route(b"<html><body>not a feed</body></html>", content_type="text/html"),
        "/slow": Route(rss("Slow", [("s", "S")]), delay=3.0),
        "/big": Route(rss("Big", [(f"b{n}", "B" * 200) for n in range(100)])),
    }
    with serve_feeds(routes) as server, Library(tmp_path / "lib.db") as library:
        feeds = [library.add_feed(server.url(p))[0] for p in routes]
        results = refresh_feeds(library, timeout=1.0, max_bytes=20_000)
        by_path = {r.url.rsplit("/", 1)[1]: r for r in results}
        assert [len(by_path[p].new) for p in ("rss", "atom")] == [2, 1]
        assert by_path["broken"].error and "not an RSS or Atom feed" in by_path["broken"].error
        assert by_path["slow"].error and "timed out" in by_path["slow"].error
        assert by_path["big"].error and "too large" in by_path["big"].error
        assert library.count() == 3
        assert library.feed(feeds[0].id).title == "RSS news"  # type: ignore[union-attr]
        assert library.feed(feeds[2].id).error  # type: ignore[union-attr]
        again = refresh_feeds(library, feeds[:2])
        assert again[0].not_modified and not again[0].new
        assert again[1].new == [] and library.count() == 3
        routes["/atom"].body = atom("Atom news", [("a1", "Alpha"), ("a2", "Beta")])
        assert [len(r.new) for r in refresh_feeds(library, feeds[:2])] == [0, 1]


def test_cli_add_feed_and_refresh_json(capsys: pytest.CaptureFixture[str]) -> None:
    routes = {
        "/rss": Route(rss("CLI news", [("c1", "First")])),
        "/broken": Route(b"garbage", content_type="text/plain"),
    }
    with serve_feeds(routes) as server:
        assert main(["add", server.url("/rss")]) == 0
        assert "1 new article\n" in capsys.readouterr().out
        assert main(["add", server.url("/broken")]) == 2
        assert "not an RSS or Atom feed" in capsys.readouterr().err
        routes["/rss"].body = rss("CLI news", [("c1", "First"), ("c2", "Second")])
        assert main(["refresh", "--json"]) == 2
        captured = capsys.readouterr()
        report = json.loads(captured.out)
        assert report["new"] == 1
        assert [f["new"] for f in report["feeds"]] == [1, 0]
        assert report["feeds"][0]["articles"][0]["title"] == "Second"
        assert report["feeds"][1]["error"] and captured.err.count("\n") == 1 and "Traceback" not in captured.err
