"""Full text from feeds: teasers replaced by their page, politely; failures keep the teaser and say why."""

from __future__ import annotations

import io
import json
import sys
import threading
import time
from pathlib import Path

import pytest

from digest import __version__
from digest.cli import main
from digest.core.feeds import refresh_feeds
from digest.core.feeds.pages import MIN_PAGE_WORDS, Extracted, PageJob, PageResult
from digest.core.feeds.refresh import _Run, retry_teasers
from digest.core.model import Article
from digest.core.store import Library
from tests.feed_server import Route, serve_feeds
from tests.fulltext_support import article_page, teaser_feed


def _teasers(library: Library) -> dict[str, str | None]:
    return {r.title: r.teaser_reason for r in library.rows()}


def test_teasers_are_replaced_by_their_pages_and_failures_keep_the_teaser(tmp_path: Path) -> None:
    routes = {
        "/a": Route(article_page("Harbour talks"), content_type="text/html; charset=utf-8"),
        "/b": Route(article_page("Budget vote", 9), content_type="text/html"),
        "/missing": Route(b"", status=404),
        "/slow": Route(article_page("Slow page"), content_type="text/html", delay=3.0),
        "/pdf": Route(b"%PDF-1.4 binary", content_type="application/pdf"),
        "/escapes": Route(b"x", content_type="application/\x1b]0;owned\x07evil"),
        "/huge": Route(b"<html><body><p>" + b"word " * 400_000 + b"</p></body></html>", content_type="text/html"),
        "/empty": Route(b"<html><body><nav>Home</nav></body></html>", content_type="text/html"),
        "/to-ftp": Route(b"", status=302, headers={"Location": "ftp://127.0.0.1/x"}),
    }
    with serve_feeds(routes) as server, Library(tmp_path / "lib.db") as library:
        entries = [(p.strip("/"), f"Teaser {p.strip('/')}", server.url(p)) for p in routes]
        entries.append(("gopher", "Teaser gopher", "gopher://127.0.0.1/x"))
        routes["/feed"] = Route(teaser_feed("Teasers", entries))
        library.add_feed(server.url("/feed"))
        [result] = refresh_feeds(library, timeout=1.0, max_bytes=1_000_000)
        rows = library.rows()
        assert len(rows) == len(entries) and len(result.new) == len(entries)  # never an entry lost
        by_link = {r.source: r for r in rows}
        full = [by_link[server.url(p)] for p in ("/a", "/b")]
        assert [r.title for r in full] == ["Harbour talks", "Budget vote"]
        assert all(r.teaser_reason is None for r in full) and result.full_text == 2
        article = library.article(full[1].id)
        assert article is not None and article.section_titles == ["Part 2 of Budget vote", "Part 3 of Budget vote"]
        assert "Jane Doe" in {q.speaker for q in library.quotes(full[1].id).quotes}
        assert "Home" not in article.text and "rights reserved" not in article.text
        reasons = {p: by_link[server.url(p)].teaser_reason or "" for p in routes if p not in ("/a", "/b", "/feed")}
        assert "HTTP 404" in reasons["/missing"] and "timed out" in reasons["/slow"]
        assert "not HTML (application/pdf)" in reasons["/pdf"] and "too large" in reasons["/huge"]
        assert "nothing extracted" in reasons["/empty"] and "non-http(s)" in reasons["/to-ftp"]
        assert "not an http(s) URL" in (by_link["gopher://127.0.0.1/x"].teaser_reason or "")
        assert "not HTML" in reasons["/escapes"] and "\x1b" not in reasons["/escapes"]
        teaser = library.article(by_link[server.url("/missing")].id)
        assert teaser is not None and teaser.title == "Teaser missing" and "short teaser" in teaser.text
        assert {(i, r) for i, r in result.teasers} == {(r.id, r.teaser_reason) for r in rows if r.teaser_reason}


def test_a_page_is_fetched_once_and_retried_only_when_asked(tmp_path: Path) -> None:
    routes = {"/p1": Route(article_page("First")), "/p2": Route(b"", status=500)}
    for route in routes.values():
        route.content_type = "text/html"
    with serve_feeds(routes) as server, Library(tmp_path / "lib.db") as library:
        routes["/feed"] = Route(teaser_feed("F", [("1", "One", server.url("/p1")), ("2", "Two", server.url("/p2"))]))
        library.add_feed(server.url("/feed"))
        refresh_feeds(library)
        routes["/feed"].body += b" "  # the feed changed: it is parsed again
        refresh_feeds(library)
        assert [p for p, _ in server.requests].count("/p1") == 1
        assert [p for p, _ in server.requests].count("/p2") == 1
        assert "HTTP 500" in (_teasers(library)["Two"] or "")
        routes["/p2"] = Route(article_page("Second, now fine"), content_type="text/html")
        counts = retry_teasers(library)
        assert (counts.full, counts.teasers) == (1, 0)
        assert _teasers(library) == {"First": None, "Second, now fine": None}


def test_the_same_article_through_two_feeds_or_a_tracking_redirect_is_stored_once(tmp_path: Path) -> None:
    with serve_feeds({}) as server, Library(tmp_path / "lib.db") as library:
        canonical = server.url("/story")
        server.routes.update(
            {
                "/story": Route(article_page("One story", canonical=canonical), content_type="text/html"),
                "/track?id=9": Route(b"", status=302, headers={"Location": "/story?utm=feed"}),
                "/story?utm=feed": Route(article_page("One story", canonical=canonical), content_type="text/html"),
                "/feed1": Route(teaser_feed("One", [("a", "Story", canonical)])),
                "/feed2": Route(teaser_feed("Two", [("b", "Story again", server.url("/track?id=9"))])),
                "/feed3": Route(teaser_feed("Three", [("c", "Story thrice", canonical)])),
            }
        )
        for path in ("/feed1", "/feed2", "/feed3"):
            library.add_feed(server.url(path))
            refresh_feeds(library, [library.feeds()[-1]])
        assert [r.title for r in library.rows()] == ["One story"]
        assert library.rows()[0].url == canonical
        refresh_feeds(library)  # known through every feed: nothing fetched again
        assert [p for p, _ in server.requests].count("/story") == 1
        server.routes["/new"] = Route(article_page("Both at once"), content_type="text/html")
        for path in ("/feed1", "/feed2"):  # two feeds bring the same new link in one refresh
            server.routes[path] = Route(teaser_feed(path, [(f"n{path}", "New", server.url("/new"))]))
        refresh_feeds(library)
        assert [p for p, _ in server.requests].count("/new") == 1
        assert sorted(r.title for r in library.rows()) == ["Both at once", "One story"]


def test_full_text_modes_per_feed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long_entry = teaser_feed("Long", [("l", "Long entry", "")]).replace(
        b"<description>", b"<description>" + b"&lt;p&gt;" + b"word " * 300 + b"&lt;/p&gt;"
    )
    routes = {"/page": Route(article_page("Page text", 12), content_type="text/html")}
    with serve_feeds(routes) as server:
        routes["/never"] = Route(teaser_feed("Never", [("n", "Never entry", server.url("/page"))]))
        routes["/always"] = Route(long_entry.replace(b"<link></link>", f"<link>{server.url('/page')}</link>".encode()))
        library = str(tmp_path / "lib.db")
        assert main(["add", "--library", library, "--full-text", "never", server.url("/never")]) == 0
        assert main(["add", "--library", library, server.url("/always")]) == 0  # auto: long entries stay
        assert [p for p, _ in server.requests].count("/page") == 0
        assert main(["feed", "--library", library, server.url("/always"), "--full-text", "always"]) == 0
        assert "full text always" in capsys.readouterr().out
        with Library(library) as opened:
            with opened.transaction() as connection:  # make the entry new again
                connection.execute("DELETE FROM articles")
            opened.connection.execute("UPDATE feeds SET etag = NULL")
            refresh_feeds(opened)
            assert sorted(r.title for r in opened.rows()) == ["Never entry", "Page text"]
        assert main(["feed", "--library", library, "http://127.0.0.1:9/none", "--full-text", "never"]) == 2
        assert main(["feed", "--library", library, server.url("/never"), "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["full_text"] == "never"
        assert main(["list", "--library", library, "--feeds"]) == 0
        assert "full text: never" in capsys.readouterr().out


def test_polite_per_host_limit_user_agent_no_cookies_and_retry_after(tmp_path: Path) -> None:
    routes = {
        f"/p{n}": Route(article_page(f"Page {n}"), content_type="text/html", delay=0.3, headers={"Set-Cookie": "s=1"})
        for n in range(6)
    }
    routes["/busy"] = Route(article_page("Busy page"), content_type="text/html", first_statuses=[503])
    routes["/busy"].headers = {"Retry-After": "1"}
    with serve_feeds(routes) as server, Library(tmp_path / "lib.db") as library:
        entries = [(p, p, server.url(p)) for p in list(routes)]
        routes["/feed"] = Route(teaser_feed("Polite", entries))
        library.add_feed(server.url("/feed"))
        start = time.monotonic()
        [result] = refresh_feeds(library)
        assert result.full_text == 7 and not result.teasers
        assert time.monotonic() - start >= 1.0  # the Retry-After was waited for
        assert server.most_active <= 2 + 1  # two pages at a time (plus the feed request itself)
        page_requests = [h for p, h in server.requests if p != "/feed"]
        assert len(page_requests) == 8  # six pages, the busy one twice
        assert all(h["user-agent"].startswith(f"digest/{__version__}") for h in page_requests)
        assert not any("cookie" in h for h in page_requests)


def test_refresh_json_counts_pages_and_cancel_keeps_teasers_pending(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    routes = {"/p": Route(article_page("Counted"), content_type="text/html")}
    with serve_feeds(routes) as server:
        routes["/feed"] = Route(teaser_feed("J", [("1", "One", server.url("/p")), ("2", "Two", server.url("/x"))]))
        library = str(tmp_path / "lib.db")
        assert main(["add", "--library", library, server.url("/feed")]) == 0
        capsys.readouterr()
        routes["/feed"].body = teaser_feed("J", [("3", "Three", server.url("/p"))])
        assert main(["refresh", "--library", library, "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["pages"] == {"wanted": 1, "full": 0, "teasers": 0, "duplicates": 1}
        assert report["feeds"][0]["duplicates"] == 1
        assert main(["list", "--library", library]) == 0
        assert "Two  [J]  (teaser: HTTP 404" in capsys.readouterr().out
        routes["/slow"] = Route(article_page("Slow"), content_type="text/html", delay=5)
        routes["/feed"].body = teaser_feed("J", [("4", "Four", server.url("/slow"))])
        routes["/feed"].etag = '"v4"'  # the next refresh hears 304 Not Modified
        stop = threading.Event()
        threading.Timer(0.5, stop.set).start()
        with Library(library) as opened:
            refresh_feeds(opened, cancelled=stop.is_set)
            # no wall time asserted: without the cancel the page would come after its 5 s and be stored in full
            assert _teasers(opened)["Four"] == "page not fetched yet"
            routes["/slow"].delay = 0
            [result] = refresh_feeds(opened)  # a refresh cut short: the next one fetches the page
            assert result.not_modified and _teasers(opened).get("Slow", "missing") is None


_CORPUS = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.skipif(not (_CORPUS / "corpus").is_dir(), reason="../shared/corpus is absent")
def test_teasers_linking_to_corpus_and_development_pages_are_stored_in_full(tmp_path: Path) -> None:
    from digest.core.ingest import parse_article
    from digest.core.ingest.decode import decode

    files = sorted((_CORPUS / "corpus").glob("*.html")) + sorted((_CORPUS / "extraction" / "html").glob("*.html"))[:10]
    routes = {f"/page/{n}": Route(f.read_bytes(), content_type="text/html") for n, f in enumerate(files)}
    with serve_feeds(routes) as server, Library(tmp_path / "lib.db") as library:
        entries = [(str(n), f"Teaser {n}", server.url(f"/page/{n}")) for n in range(len(files))]
        routes["/feed"] = Route(teaser_feed("Corpus", entries))
        library.add_feed(server.url("/feed"))
        [result] = refresh_feeds(library, processes=2)
        stored = {r.source: r for r in library.rows()}
        full = 0
        for n, path in enumerate(files):
            row = stored.get(server.url(f"/page/{n}"))
            if row is None:  # the same page twice in the set: stored once
                continue
            expected = parse_article(decode(path.read_bytes(), str(path)), str(path), "html")
            article = library.article(row.id)
            assert article is not None
            if len(expected.text.split()) < MIN_PAGE_WORDS:  # the extractor finds no body on this page
                assert row.teaser_reason and "nothing extracted" in row.teaser_reason
                continue
            full += 1
            assert row.teaser_reason is None and article.title == expected.title
            assert article.sections == expected.sections
            assert library.summary(row.id).sentences
        corpus = [n for n, f in enumerate(files) if f.parent.name == "corpus"]
        assert all(stored[server.url(f"/page/{n}")].teaser_reason is None for n in corpus)
        assert full == result.full_text >= len(corpus)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_refresh_draws_a_page_progress_bar_only_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    routes = {f"/p{n}": Route(article_page(f"Page {n}"), content_type="text/html") for n in range(3)}
    with serve_feeds(routes) as server:
        routes["/feed"] = Route(teaser_feed("Bar", [(str(n), f"T{n}", server.url(f"/p{n}")) for n in range(3)]))
        library = str(tmp_path / "lib.db")
        with Library(library) as opened:
            opened.add_feed(server.url("/feed"))
        terminal = _Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        assert main(["refresh", "--library", library]) == 0
        assert "feeds 1/1, pages [" in terminal.getvalue() and "3/3" in terminal.getvalue()
        monkeypatch.undo()
        routes["/feed"].body = teaser_feed("Bar", [("9", "T9", server.url("/p0") + "?again")])
        routes["/p0?again"] = routes["/p0"]
        assert main(["refresh", "--library", library]) == 0
        assert capsys.readouterr().err == ""


def test_a_link_extracted_but_not_yet_stored_is_not_fetched_again_for_a_later_feed(tmp_path: Path) -> None:
    """Pages are stored in batches: a feed stored between a page's extraction and its batch's commit gets that
    page's result, instead of queueing the same link again (the race seen under load: a page fetched twice)."""
    teaser = Article(title="Teaser", source="feed", sections=())
    first = PageJob("feed:1:a", "http://example.invalid/new", 1, teaser, None)
    second = PageJob("feed:2:b", "http://example.invalid/new", 2, teaser, None)
    with Library(tmp_path / "lib.db") as library:
        run = _Run(library, timeout=1.0, max_bytes=1000, cancelled=None, on_page=None)
        run.want([first])
        assert len(run.queues) == 1
        result = PageResult(reason="gone")
        run._extracted(Extracted(first, result))  # extracted; its batch is not stored yet
        run.want([second])
        assert len(run.queues) == 1  # only the first job's own queue entry: the link is not queued twice
        assert [(page.job.key, page.result) for page in run.ready] == [("feed:1:a", result), ("feed:2:b", result)]
