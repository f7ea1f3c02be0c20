"""A quote's words are stored once, in its article's quote report; the actors view reads them from there."""

from __future__ import annotations

import argparse
import dataclasses
import sqlite3
import zlib
from pathlib import Path
from types import ModuleType

import pytest

from digest.core.ingest import load_article
from digest.core.model import Article
from digest.core.quotes import extract_quotes
from digest.core.store import Library
from digest.core.store.articles import encode_sections
from digest.core.store.bulk import add_files
from digest.core.store.cache import (
    QUOTES,
    SUMMARY,
    _module_version,
    content_hash,
    encode_quotes,
    encode_summary,
    pack,
    quotes_version,
)
from digest.core.store.cache import store as store_entry
from digest.core.store.quote_texts import QuoteTexts, entry_quote_text
from digest.core.store.schema import LEAN_QUOTES_SCHEMA, SCHEMA_VERSION, migrate
from digest.core.summarize import summarize
from tests.conftest import SEEDS

Spoken = tuple[str, str, str, int]
"""(speaker, words, kind, article id) of one library quote."""


def _seed_files() -> list[Path]:
    return [path for path in sorted(SEEDS.iterdir()) if path.suffix in (".txt", ".html")]


def _every_actor_quote(library: Library) -> list[Spoken]:
    """What the actors view gives for every name quoted in the library."""
    names = [row[0] for row in library.connection.execute("SELECT DISTINCT speaker FROM quotes ORDER BY 1")]
    return sorted(
        (quote.speaker, quote.text, quote.kind, quote.article_id)
        for name in names
        for quote in library.actor_quotes(name)
    )


def _every_report_quote(library: Library) -> list[Spoken]:
    """The quotes of every article's own report."""
    found = []
    for row in library.rows():
        report = library.quotes(row.id)
        assert report is not None
        found += [(quote.speaker, quote.text, quote.kind, row.id) for quote in report.quotes]
    return sorted(found)


def test_saved_quote_rows_hold_no_words_and_the_actors_view_reads_them_from_the_reports(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as library:
        assert add_files(library, _seed_files(), workers=1).new == 2
        rows, worded = library.connection.execute("SELECT count(*), count(text) FROM quotes").fetchone()
        assert rows > 10 and worded == 0
        spoken = _every_actor_quote(library)
        assert spoken == _every_report_quote(library)
        assert all(words for _, words, _, _ in spoken)


def test_an_updated_article_shows_its_new_words(tmp_path: Path) -> None:
    path = tmp_path / "talks.txt"
    page = 'Talks on the bridge\n\nThe council met on Monday.\n\n"The bridge will {}," said Jane Doe, the mayor.\n'
    with Library(tmp_path / "lib.db") as library:
        path.write_text(page.format("open"), encoding="utf-8")
        add_files(library, [path], workers=1)
        path.write_text(page.format("close"), encoding="utf-8")
        assert add_files(library, [path], workers=1).updated == 1
        said = [q.text for actor in library.actors() for q in library.actor_quotes(actor.name, actor.aliases)]
        assert len(said) == 1 and "close" in said[0]


def _save_as_before_lean_quotes(connection: sqlite3.Connection, key: str, article: Article) -> list[str]:
    """Store an article as digest did before schema 10 (each quote's words in its row too); its quotes' words."""
    report, digest = extract_quotes(article), content_hash(article)
    store_entry(connection, digest, SUMMARY, "old", encode_summary(summarize(article)))
    store_entry(connection, digest, QUOTES, quotes_version(), encode_quotes(report))
    speakers = "\n".join(dict.fromkeys(q.speaker for q in report.quotes))
    article_id = connection.execute(
        "INSERT INTO articles (key, source, title, url, format, speakers, content_hash, added)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00Z')",
        (key, article.source, article.title, article.url, article.format, speakers, digest),
    ).lastrowid
    connection.execute(
        "INSERT INTO bodies (article_id, sections) VALUES (?, ?)", (article_id, encode_sections(article))
    )
    connection.executemany(
        "INSERT INTO quotes (article_id, position, speaker, text, kind) VALUES (?, ?, ?, ?, ?)",
        [(article_id, n, q.speaker, q.text, q.kind) for n, q in enumerate(report.quotes)],
    )
    return [q.text for q in report.quotes]


def _old_library(path: Path) -> tuple[int, str]:
    """A schema-9 library: the seed articles under several keys, and one article whose first quote row holds
    words its stored report does not (as rows saved by an older quote finder would); that row's key and words."""
    articles = [load_article(path) for path in _seed_files()]
    connection = sqlite3.connect(path, isolation_level=None)
    assert migrate(connection, target=LEAN_QUOTES_SCHEMA - 1) == LEAN_QUOTES_SCHEMA - 1
    connection.execute("BEGIN")
    for copy in range(30):
        for index, article in enumerate(articles):
            _save_as_before_lean_quotes(connection, f"old:{copy}:{index}", article)
    odd = dataclasses.replace(articles[0], title=articles[0].title + " (earlier edition)")
    _save_as_before_lean_quotes(connection, "odd", odd)
    odd_id = connection.execute("SELECT id FROM articles WHERE key = 'odd'").fetchone()[0]
    connection.execute(
        "UPDATE quotes SET text = 'Words only this row holds' WHERE article_id = ? AND position = 0", (odd_id,)
    )
    connection.execute("COMMIT")
    connection.close()
    return odd_id, "Words only this row holds"


def _table_quotes(path: Path) -> tuple[list[Spoken], int]:
    """The quote rows of a library file, and the bytes of the pages they fill."""
    connection = sqlite3.connect(path)
    found = sorted(connection.execute("SELECT speaker, coalesce(text, ''), kind, article_id FROM quotes"))
    size = connection.execute("SELECT sum(pgsize) FROM dbstat WHERE name = 'quotes'").fetchone()[0]
    connection.close()
    return found, size


def test_the_migration_keeps_every_quote_and_its_words(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    odd_id, odd_words = _old_library(path)
    before, size_before = _table_quotes(path)
    with Library(path) as library:  # opening migrates
        assert library.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _every_actor_quote(library) == before  # every quote, with the same words
        kept = library.connection.execute("SELECT article_id, text FROM quotes WHERE text IS NOT NULL").fetchall()
        assert {article_id for article_id, _ in kept} == {odd_id} and (odd_id, odd_words) in kept
        versions = library.connection.execute("SELECT count(*), count(quotes_version) FROM articles").fetchone()
        assert versions == (61, 60)  # the odd article's report does not hold its rows: it keeps their words
        assert library.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _table_quotes(path)[1] < size_before / 2


def test_a_stored_report_gives_a_quote_s_words_only_for_the_same_speaker_and_kind(tmp_path: Path) -> None:
    article = load_article(_seed_files()[0])
    report = extract_quotes(article)
    data = encode_quotes(report)
    first = report.quotes[0]
    assert entry_quote_text(data, 0, first.speaker, first.kind) == first.text
    assert entry_quote_text(data, 0, first.speaker + " Jr", first.kind) is None
    assert entry_quote_text(data, 0, first.speaker, "other") is None
    assert entry_quote_text(data, len(report.quotes), first.speaker, first.kind) is None
    assert entry_quote_text(b"not an entry", 0, first.speaker, first.kind) is None
    assert entry_quote_text(None, 0, first.speaker, first.kind) is None
    with Library(tmp_path / "lib.db") as library:
        texts = QuoteTexts(library.connection, [first.speaker])
        assert texts.text(content_hash(article), quotes_version(), 0) == ""  # nothing stored: no words, no error
        assert texts.text(content_hash(article), None, 0) == ""


def _schema_9_library(path: Path) -> sqlite3.Connection:
    """An empty schema-9 library, opened as the sqlite3 shell opens it (foreign keys off)."""
    connection = sqlite3.connect(path, isolation_level=None)
    assert migrate(connection, target=LEAN_QUOTES_SCHEMA - 1) == LEAN_QUOTES_SCHEMA - 1
    return connection


def _add_row(connection: sqlite3.Connection, article_id: int, words: str, entry: bytes | None) -> None:
    """An article (its quote report ``entry``, if any) with one quote row of Jane Doe's holding ``words``."""
    digest = f"hash{article_id}"
    connection.execute(
        "INSERT INTO articles (id, key, source, title, format, content_hash, added)"
        " VALUES (?, ?, 's', 't', 'text', ?, '2024-01-01T00:00:00Z')",
        (article_id, f"k{article_id}", digest),
    )
    if entry is not None:
        store_entry(connection, digest, QUOTES, quotes_version(), entry)
    connection.execute(
        "INSERT INTO quotes (article_id, position, speaker, text, kind) VALUES (?, 0, 'Jane Doe', ?, 'direct')",
        (article_id, words),
    )


def test_a_quote_row_whose_article_is_gone_does_not_stop_the_migration(tmp_path: Path) -> None:
    connection = _schema_9_library(tmp_path / "old.db")
    _add_row(connection, 1, "kept words", None)
    connection.execute(  # its article deleted outside digest, with foreign keys off
        "INSERT INTO quotes (article_id, position, speaker, text, kind) VALUES (2, 0, 'Jane Doe', 'orphan', 'direct')"
    )
    connection.close()
    with Library(tmp_path / "old.db") as library:
        assert [q.text for q in library.actor_quotes("Jane Doe")] == ["kept words"]


@pytest.mark.parametrize(
    "entry",
    [
        pack({"quotes": [{"speaker": "Jane Doe", "text": ["not", "words"], "kind": "direct"}]}),
        pack({"quotes": [{"speaker": "Jane Doe", "text": 10**30, "kind": "direct"}]}),
        zlib.compress(b"[" * 100_000 + b"]" * 100_000),
        b"not an entry",
    ],
    ids=["words-not-a-string", "words-a-huge-number", "too-deeply-nested", "not-packed"],
)
def test_a_damaged_report_leaves_a_row_its_words_and_the_library_opens(tmp_path: Path, entry: bytes) -> None:
    connection = _schema_9_library(tmp_path / "old.db")
    _add_row(connection, 1, "kept words", entry)
    connection.close()
    with Library(tmp_path / "old.db") as library:
        assert [q.text for q in library.actor_quotes("Jane Doe")] == ["kept words"]


def test_the_first_open_after_the_migration_works_while_another_reader_holds_the_file(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_library(path)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA page_size = 4096")  # as libraries made before 16 kB pages, never compacted since
    connection.execute("VACUUM")
    connection.execute("PRAGMA journal_mode = WAL")
    other = sqlite3.connect(path, isolation_level=None)  # another digest (the reader app) with the file open
    other.execute("SELECT count(*) FROM articles").fetchone()
    with Library(path) as library:  # compacting would leave WAL mode, which the other connection prevents
        assert library.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _every_actor_quote(library)
    other.close()
    connection.close()


def test_an_analysing_package_s_version_follows_its_data_files(tmp_path: Path) -> None:
    package = tmp_path / "analyser"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "model.json").write_text('{"weights": [1, 2]}', encoding="utf-8")
    module = ModuleType("analyser")
    module.__file__ = str(package / "__init__.py")
    version = _module_version.__wrapped__(module)
    (package / "model.json").write_text('{"weights": [1, 3]}', encoding="utf-8")
    assert _module_version.__wrapped__(module) != version


def test_digest_alone_migrates_an_older_library_before_the_app_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from digest.commands import library_read

    path = tmp_path / "old.db"
    _old_library(path)
    versions: list[int] = []

    def app(library: str, theme: str | None = None) -> int:
        connection = sqlite3.connect(library)
        versions.append(connection.execute("PRAGMA user_version").fetchone()[0])
        connection.close()
        return 0

    monkeypatch.setattr(library_read, "run_library_app", app)
    arguments = argparse.Namespace(library=str(path))
    assert library_read.open_library_if_any(arguments) == 0
    assert versions == [SCHEMA_VERSION]  # the app found it migrated: its first screen does not wait for that
    assert "bringing the library up to this version of digest" in capsys.readouterr().err
    assert library_read.open_library_if_any(arguments) == 0
    assert capsys.readouterr().err == ""  # once
