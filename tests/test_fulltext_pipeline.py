"""The refresh pipeline: pages extracted in worker processes (forked, or from a fork server beside running
threads), stored in batches, placed in stories once; a dead worker costs no page; a page is fetched once."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

import digest.core.feeds.refresh as refresh_module
from digest.cli import main
from digest.core.feeds import refresh_feeds
from digest.core.feeds.pages import Downloaded, PageJob, extract_in_worker, work_of
from digest.core.feeds.workers import POOL_PAGES, Extractors, start_method
from digest.core.model import Article, Section
from digest.core.store import Library
from digest.core.store.stories import fold_terms
from tests.feed_server import Route, serve_feeds
from tests.fulltext_support import article_page, exit_worker, teaser_feed

PAGES = POOL_PAGES + 2


def _teaser_words(library: Library) -> int:
    """How many placed articles have the teasers' own word among their story features."""
    with library.transaction():
        fold_terms(library.connection)  # the latest arrivals' counts join the rest
    row = library.connection.execute("SELECT sum(documents) FROM story_terms WHERE feature LIKE 'w:teaser%'")
    return int(row.fetchone()[0] or 0)


def _serve_pages(count: int, failing: int = 0) -> dict[str, Route]:
    routes = {f"/p{n}": Route(article_page(f"Harbour story {n}", 6 + n), "text/html") for n in range(count)}
    routes.update({f"/gone{n}": Route(b"", status=404) for n in range(failing)})
    return routes


def test_workers_started_beside_running_threads_extract_analyse_and_read_story_features(tmp_path: Path) -> None:
    with serve_feeds({"/p": Route(article_page("Worker page"), content_type="text/html")}) as server:
        assert threading.active_count() > 1 and start_method() in ("forkserver", "spawn")  # the server's thread
        job = PageJob("k", server.url("/p"), 1, Article(title="T", source="s", sections=(Section(None, "x"),)), None)
        work = work_of(Downloaded(job, server.url("/p"), article_page("Worker page"), "text/html"))
        assert work is not None
        extractors = Extractors(2)
        try:
            assert extractors.get(POOL_PAGES - 1) is None  # too few pages to be worth starting processes
            pool = extractors.get(POOL_PAGES)
            assert pool is not None
            assert pool.submit(os.getpid).result() != os.getpid()
            result = pool.submit(extract_in_worker, work, str(tmp_path / "none.db")).result()
        finally:
            extractors.close()
        assert result.article is not None and result.article.title == "Worker page"
        assert result.analysis is not None and result.features is not None
        assert "s:jane doe" in result.features.counts  # the quotes' speaker is among the story features


def test_a_refresh_in_a_thread_stores_every_page_and_places_teasers_only_when_they_stay(tmp_path: Path) -> None:
    routes = _serve_pages(PAGES, failing=2)
    with serve_feeds(routes) as server, Library(tmp_path / "lib.db") as library:
        routes["/feed"] = Route(teaser_feed("Harbour", [(p, f"Teaser {p}", server.url(p)) for p in list(routes)]))
        library.add_feed(server.url("/feed"))
        [result] = refresh_feeds(library, processes=2)
        assert result.full_text == PAGES and len(result.teasers) == 2
        assert all("HTTP 404" in reason for _, reason in result.teasers)
        members = library.connection.execute("SELECT count(*) FROM story_members").fetchone()[0]
        assert members == library.count() == PAGES + 2  # every article in one story
        assert _teaser_words(library) == 2  # only the two teasers that stayed were placed as teasers
        for row in library.rows():
            if row.teaser_reason is None:
                assert "Jane Doe" in {q.speaker for q in library.quotes(row.id).quotes}


def test_a_worker_that_dies_costs_no_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(refresh_module, "extract_in_worker", exit_worker)
    routes = _serve_pages(PAGES)
    with serve_feeds(routes) as server, Library(tmp_path / "lib.db") as library:
        routes["/feed"] = Route(teaser_feed("Harbour", [(p, f"Teaser {p}", server.url(p)) for p in list(routes)]))
        library.add_feed(server.url("/feed"))
        [result] = refresh_feeds(library, processes=2)
        assert result.full_text == PAGES and not result.teasers  # extracted in the refresh's thread instead
        assert all(row.teaser_reason is None for row in library.rows())


def test_retry_teasers_fetches_each_page_once_per_refresh(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    routes = {"/old": Route(b"", status=500), "/new": Route(b"", status=503)}
    with serve_feeds(routes) as server:
        routes["/feed"] = Route(teaser_feed("F", [("1", "Old", server.url("/old"))]))
        library = str(tmp_path / "lib.db")
        assert main(["add", "--library", library, server.url("/feed")]) == 0
        routes["/feed"].body = teaser_feed("F", [("1", "Old", server.url("/old")), ("2", "New", server.url("/new"))])
        capsys.readouterr()
        assert main(["refresh", "--library", library, "--retry-teasers", "--json"]) == 0
        fetched = [path for path, _ in server.requests]
        assert (fetched.count("/old"), fetched.count("/new")) == (2, 1)  # the old teaser once more, the new once
        assert json.loads(capsys.readouterr().out)["pages"] == {"wanted": 2, "full": 0, "teasers": 2, "duplicates": 0}
