"""The library: schema and migrations, articles, the analysis cache, search, actors and OPML."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from digest.core import quotes as quotes_module
from digest.core import summarize as summarize_module
from digest.core.model import Article, Section
from digest.core.quotes import Actor, Quote, QuoteReport
from digest.core.store import Library, library_is_empty, resolve_library_path
from digest.core.store.bulk import add_files
from digest.core.store.opml import OpmlError, Outline, parse_opml, write_opml
from digest.core.store.schema import SCHEMA_VERSION, LibraryError, connect
from digest.core.store.search import fts_query
from tests.conftest import SEEDS


def _article(title: str, body: str, source: str = "mem") -> Article:
    return Article(title=title, source=source, sections=(Section(None, body), Section("More", body + " Again.")))


def _write(folder: Path, name: str, title: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"{title}\n\n{body}\n\nA second paragraph about {title}.\n", encoding="utf-8")
    return path


def test_library_path_comes_from_argument_then_environment(tmp_path: Path, _tmp_library: Path) -> None:
    assert resolve_library_path() == _tmp_library
    assert resolve_library_path(tmp_path / "x.db") == tmp_path / "x.db"
    assert library_is_empty() and not _tmp_library.exists()  # asking never creates a library


def test_schema_is_versioned_wal_and_refuses_newer_versions(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    with Library(path) as library:
        connection = library.connection
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(LibraryError, match="newer"):
        connect(path)


def test_migrations_upgrade_an_old_library_keeping_its_articles(tmp_path: Path) -> None:
    from digest.core.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    raw = sqlite3.connect(path, isolation_level=None)
    for statement in MIGRATIONS[0]:
        raw.execute(statement)
    raw.execute("PRAGMA user_version = 1")
    raw.execute(
        "INSERT INTO articles (key, source, title, format, sections, content_hash, added)"
        " VALUES ('k', 's', 'Old story', 'text', '[[null, \"Old body text.\"]]', 'h', '2020-01-01T00:00:00Z')"
    )
    raw.close()
    with Library(path) as library:
        assert library.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        article = library.article(library.rows()[0].id)
        assert article is not None and article.title == "Old story" and article.text == "Old body text."


def test_articles_round_trip_with_flags_and_removal(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = [_write(folder, f"a{n}.txt", f"Story number {n}", f"Officials said talks went well {n}.") for n in range(3)]
    with Library(tmp_path / "lib.db") as library:
        report = add_files(library, paths)
        assert (report.new, report.errors) == (3, [])
        rows = library.rows()
        assert sorted(r.title for r in rows) == [f"Story number {n}" for n in range(3)]
        first = rows[0]
        article = library.article(first.id)
        assert article is not None and article.title == first.title and len(article.sections) >= 1
        library.mark_read([first.id])
        assert library.toggle_star(first.id) is True
        assert [r.id for r in library.rows(unread=True)] == [r.id for r in rows[1:]]
        assert [r.id for r in library.rows(starred=True)] == [first.id]
        assert library.remove([first.id]) == 1 and library.count() == 2
        assert all(h.row.id != first.id for h in library.search(first.title))
        assert library.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_re_adding_unchanged_files_computes_nothing_and_changed_files_update(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real_summarize, real_quotes = summarize_module.summarize, quotes_module.extract_quotes
    monkeypatch.setattr(summarize_module, "summarize", lambda a, *r, **k: calls.append("s") or real_summarize(a))
    monkeypatch.setattr(quotes_module, "extract_quotes", lambda a: calls.append("q") or real_quotes(a))
    path = _write(tmp_path, "one.txt", "First title", "The mayor said the bridge would open.")
    with Library(tmp_path / "lib.db") as library:
        assert add_files(library, [path], workers=1).new == 1
        assert calls == ["s", "q"]
        again = add_files(library, [path], workers=1)
        assert (again.new, again.unchanged, again.analysed) == (0, 1, 0)
        copy = tmp_path / "copy.txt"
        copy.write_bytes(path.read_bytes())
        assert add_files(library, [copy], workers=1).new == 1
        assert calls == ["s", "q"]  # same content under another name: served from the cache
        row_id = library.rows()[0].id
        library.summary(row_id)
        library.quotes(row_id)
        assert calls == ["s", "q"]
        _write(tmp_path, "one.txt", "First title", "The mayor said the bridge would close instead.")
        assert add_files(library, [path], workers=1).updated == 1
        assert len(calls) == 4 and library.count() == 2
        assert library.search("instead")


def test_cached_objects_rebuild_equal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = QuoteReport(
        actors=[Actor("Jane Doe", "spokeswoman", ["Doe"], 1)],
        quotes=[Quote("Jane Doe", "We will not give up", "direct", None, 0, 1, 20)],
    )
    monkeypatch.setattr(quotes_module, "extract_quotes", lambda article: report)
    with Library(tmp_path / "lib.db") as library:
        analysis = library.analyse(_article("Talks", "Jane Doe said: we will not give up."))
        with library.transaction():
            article_id, status = library.save("k", _article("Talks", "Jane Doe said: we will not give up."), analysis)
        assert status == "new"
        assert library.quotes(article_id) == report
        summary = library.summary(article_id)
        assert summary == summarize_module.summarize(library.article(article_id))  # type: ignore[arg-type]
        assert library.actors()[0].name == "Jane Doe"
        quotes = library.actor_quotes("Jane Doe")
        assert [q.text for q in quotes] == ["We will not give up"] and quotes[0].article_title == "Talks"
        assert library.search("Doe")[0].row.id == article_id  # speakers are searchable


def test_actors_view_lists_quotes_newest_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fake(article: Article) -> QuoteReport:
        return QuoteReport(
            [Actor("Mike Pompeo")], [Quote("Mike Pompeo", f"said in {article.title}", "direct", None, 0, 0, 1)]
        )

    monkeypatch.setattr(quotes_module, "extract_quotes", fake)
    with Library(tmp_path / "lib.db") as library, library.transaction():
        for n, date in enumerate(["2025-01-01T00:00:00Z", "2025-03-01T00:00:00Z", "2025-02-01T00:00:00Z"]):
            article = _article(f"Story {n}", f"Body {n}.")
            library.save(f"k{n}", article, library.analyse(article), published=date)
    with Library(tmp_path / "lib.db") as library:
        assert [q.text for q in library.actor_quotes("Mike Pompeo")] == [
            "said in Story 1",
            "said in Story 2",
            "said in Story 0",
        ]
        assert library.actors()[0].quotes == 3 and library.actors()[0].articles == 3


def test_search_query_syntax_is_never_raw_fts(tmp_path: Path) -> None:
    assert fts_query('"dirty war" turkey') == '"dirty war" "turkey"'
    assert fts_query("Turk* OR Syria") == '"Turk"* OR "Syria"'
    assert fts_query("NEAR( AND -- ) ' ") is not None
    assert fts_query("*** ---") is None
    with Library(tmp_path / "lib.db") as library:
        for query in ['"unterminated', "a:b", "NOT", "(x", "title:foo", "^x", "x OR", "OR y"]:
            library.search(query)  # never raises


def test_search_finds_words_and_phrases_in_the_sample(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as library:
        add_files(library, [SEEDS / "idlib-seed.txt"], workers=1)
        assert library.search("idlib")
        assert library.search('"dirty war"')
        assert not library.search('"war dirty"')
        assert not library.search("zzzunknownword")
        hit = library.search("Pompeo")[0]
        assert "Pompeo" in hit.snippet


def test_opml_round_trip_and_hostile_input() -> None:
    outlines = [Outline("https://example.com/rss", "Example & Co"), Outline("https://b.example/atom")]
    assert parse_opml(write_opml(outlines).encode(), "x.opml") == [
        outlines[0],
        Outline(outlines[1].url, outlines[1].url),
    ]
    marks = Outline('https://q.example/feed?a=1&b="2"', """The "Daily" <Brief> & 'Notes'""")
    assert parse_opml(write_opml([marks]).encode(), "q.opml") == [marks]
    nested = (
        b'<opml version="2.0"><body><outline text="g"><outline xmlUrl="https://n.example/f"/></outline></body></opml>'
    )
    assert parse_opml(nested, "n.opml") == [Outline("https://n.example/f")]
    entity = (
        b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<opml><body><outline title="&x;" xmlUrl="https://e.example/"/></body></opml>'
    )
    try:
        titles = [o.title or "" for o in parse_opml(entity, "e.opml")]
    except OpmlError:
        titles = []  # refusing the entity is as good as not resolving it
    assert all("root:" not in title for title in titles)
    for bad in (b"", b"<html/>", b"<opml><unclosed>"):
        with pytest.raises(OpmlError):
            parse_opml(bad, "bad.opml")


def test_an_sqlite_too_old_for_the_library_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 34, 1))
    with pytest.raises(LibraryError, match=r"SQLite is 3\.34\.1; the library needs 3\.38 or later") as raised:
        connect(tmp_path / "l.db")
    assert "\n" not in str(raised.value) and "l.db" in str(raised.value)
    assert not (tmp_path / "l.db").exists()
