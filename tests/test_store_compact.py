"""The compact library: packed bodies and analysis entries, the migration from plain JSON, compaction."""

from __future__ import annotations

import dataclasses
import functools
import json
import sqlite3
from pathlib import Path

import pytest

from digest.cli import main
from digest.core import quotes as quotes_module
from digest.core import summarize as summarize_module
from digest.core.ingest import load_article
from digest.core.model import Article
from digest.core.quotes import QuoteReport, extract_quotes
from digest.core.store import Library
from digest.core.store.articles import delete_article
from digest.core.store.cache import (
    QUOTES,
    SUMMARY,
    content_hash,
    decode_quotes,
    decode_summary,
    quotes_version,
    summary_version,
)
from digest.core.store.schema import COMPACT_SCHEMA, SCHEMA_VERSION, compact_if_worth_it, free_share, migrate
from digest.core.summarize import summarize
from tests.conftest import SEEDS


def _seed_articles() -> list[Article]:
    return [load_article(path) for path in sorted(SEEDS.iterdir()) if path.suffix in (".txt", ".html")]


@functools.cache
def _quotes_of(article: Article) -> QuoteReport:
    return extract_quotes(article)


def _save_as_before_compaction(connection: sqlite3.Connection, number: int, article: Article) -> None:
    """Store an article exactly as digest did before the compact encoding: plain JSON, to_dict beside the fields."""
    summary, report = summarize(article), _quotes_of(article)
    digest = content_hash(article)
    entries = (
        (SUMMARY, summary_version(), {"dict": summary.to_dict(article.title), "fields": dataclasses.asdict(summary)}),
        (QUOTES, quotes_version(), {"dict": report.to_dict(article.title), "fields": dataclasses.asdict(report)}),
    )
    for kind, version, entry in entries:
        connection.execute(
            "INSERT OR REPLACE INTO analysis (content_hash, kind, version, data) VALUES (?, ?, ?, ?)",
            (digest, kind, version, json.dumps(entry, ensure_ascii=False)),
        )
    speakers = "\n".join(dict.fromkeys(q.speaker for q in report.quotes))
    cursor = connection.execute(
        "INSERT INTO articles (key, source, title, url, format, speakers, content_hash, added, published)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00Z', ?)",
        (f"old:{number}", article.source, article.title, article.url, article.format, speakers, digest, None),
    )
    article_id = cursor.lastrowid
    sections = json.dumps([[s.title, s.text] for s in article.sections], ensure_ascii=False)
    connection.execute("INSERT INTO bodies (article_id, sections) VALUES (?, ?)", (article_id, sections))
    connection.execute(
        "INSERT INTO article_search (rowid, title, body, speakers) VALUES (?, ?, ?, ?)",
        (article_id, article.title, article.text, speakers),
    )
    connection.executemany(
        "INSERT INTO quotes (article_id, position, speaker, text, kind) VALUES (?, ?, ?, ?, ?)",
        [(article_id, n, q.speaker, q.text, q.kind) for n, q in enumerate(report.quotes)],
    )


def _old_library(path: Path, articles: list[Article], copies: int = 1) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    assert migrate(connection, target=COMPACT_SCHEMA - 1) == COMPACT_SCHEMA - 1
    connection.execute("BEGIN")
    for number in range(copies):
        for index, article in enumerate(articles):
            _save_as_before_compaction(connection, number * len(articles) + index, article)
    connection.execute("COMMIT")
    connection.close()


def _stored_bytes(path: Path) -> int:
    """Bytes of the stored bodies and analysis entries."""
    connection = sqlite3.connect(path)
    total = connection.execute(
        "SELECT (SELECT sum(length(data)) FROM analysis) + (SELECT sum(length(sections)) FROM bodies)"
    ).fetchone()[0]
    connection.close()
    return int(total)


def test_migration_to_the_compact_encoding_keeps_every_article_and_analysis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _seed_articles()
    path = tmp_path / "old.db"
    _old_library(path, articles, copies=80)
    before, stored_before = path.stat().st_size, _stored_bytes(path)
    expected = {a.title: (a, summarize(a), extract_quotes(a)) for a in articles}
    monkeypatch.setattr(summarize_module, "summarize", lambda *a, **k: pytest.fail("summarised again"))
    monkeypatch.setattr(quotes_module, "extract_quotes", lambda *a, **k: pytest.fail("quotes extracted again"))
    with Library(path) as library:  # opening migrates
        assert library.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        rows = library.rows()
        assert len(rows) == 80 * len(articles)
        for row in rows:  # nothing is computed again: summaries and quotes come from the migrated entries
            article, summary, report = expected[row.title]
            assert library.article(row.id) == article
            assert library.summary(row.id) == summary
            assert library.quotes(row.id) == report
        assert library.search(articles[0].title.split()[0])
        kinds = library.connection.execute("SELECT DISTINCT typeof(data) FROM analysis").fetchall()
        assert kinds == [("blob",)]
        bodies = library.connection.execute("SELECT DISTINCT typeof(sections) FROM bodies").fetchall()
        assert bodies == [("blob",)]
        assert library.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _stored_bytes(path) < stored_before / 2
    assert path.stat().st_size < before


def test_entries_written_before_the_compact_encoding_still_decode() -> None:
    article = _seed_articles()[0]
    summary, report = summarize(article), extract_quotes(article)
    old_summary = json.dumps({"dict": summary.to_dict(article.title), "fields": dataclasses.asdict(summary)})
    old_quotes = json.dumps({"dict": report.to_dict(article.title), "fields": dataclasses.asdict(report)})
    assert decode_summary(old_summary) == summary
    assert decode_quotes(old_quotes) == report
    assert decode_summary(b"not zlib") is None


def test_compaction_only_when_enough_of_the_file_is_free(tmp_path: Path) -> None:
    articles = _seed_articles()
    with Library(tmp_path / "lib.db") as library:
        analysis = [library.analyse(article) for article in articles]
        with library.transaction():
            for number in range(60):
                article = articles[number % len(articles)]
                library.save(f"k{number}", article, analysis[number % len(articles)])
        assert not compact_if_worth_it(library.connection)
        library.remove([row.id for row in library.rows()][:50])
        assert free_share(library.connection) > 0.2
        size = library.connection.execute("PRAGMA page_count").fetchone()[0]
        assert compact_if_worth_it(library.connection)
        assert library.connection.execute("PRAGMA page_count").fetchone()[0] < size
        assert library.count() == 10 and free_share(library.connection) == 0


def test_compact_command_shrinks_the_file_and_keeps_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = _seed_articles()
    path = tmp_path / "lib.db"
    with Library(path) as library:
        analysis = [library.analyse(article) for article in articles]
        with library.transaction():
            for number in range(40):
                library.save(f"k{number}", articles[number % 2], analysis[number % 2])
        with library.transaction():  # removed without the automatic compaction of 'digest remove'
            kept = [row.id for row in library.rows()][:5]
            for row in library.rows()[5:]:
                delete_article(library.connection, row.id)
    assert main(["compact", "--library", str(path), "--json"]) == 0
    sizes = json.loads(capsys.readouterr().out)
    assert sizes["after"] < sizes["before"]
    with Library(path) as library:
        assert sorted(row.id for row in library.rows()) == sorted(kept)
        assert all(library.article(i) for i in kept)
