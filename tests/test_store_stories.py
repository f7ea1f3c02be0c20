"""Stories in the library: placed as articles are stored, continued across processes, backfilled."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from digest.core.ingest import load_article
from digest.core.store import Library
from digest.core.store import stories as store_stories
from digest.core.store.bulk import add_files
from digest.core.store.schema import MIGRATIONS, SCHEMA_VERSION
from digest.core.store.stories import fold_terms
from tests.test_stories import QUAKE_2008, QUAKE_2013


def write(folder: Path) -> list[Path]:
    paths = []
    for number, item in enumerate([*QUAKE_2008, *QUAKE_2013]):
        path = folder / f"a{number}.txt"
        path.write_text(item.title + "\n\n" + item.text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def story_titles(library: Library) -> list[set[str]]:
    found = []
    for story in library.stories():
        found.append({row.title for row in library.rows(ids=list(story.article_ids))})
    return found


def test_articles_are_placed_in_stories_as_they_are_added(tmp_path: Path) -> None:
    paths = write(tmp_path)
    with Library(tmp_path / "lib.db") as library:
        add_files(library, paths[:2])
    with Library(tmp_path / "lib.db") as library:  # another process continues the same grouping
        add_files(library, paths[2:])
        stories = library.stories()
        assert [s.articles for s in stories] == [3, 2]
        assert story_titles(library) == [{a.title for a in QUAKE_2008}, {a.title for a in QUAKE_2013}]
        assert stories[0].outlets == 1  # files: one outlet
        assert library.place_unplaced() == 0


def test_removed_articles_leave_their_story(tmp_path: Path) -> None:
    paths = write(tmp_path)
    with Library(tmp_path / "lib.db") as library:
        add_files(library, paths)
        story = library.stories()[0]
        library.remove([story.article_ids[0]])
        assert [s.articles for s in library.stories()] == [2, 2]


def test_since_keeps_stories_with_a_recent_article(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as library:
        add_files(library, write(tmp_path))
        assert library.stories(since="2999-01-01T00:00:00Z") == []
        assert len(library.stories(since="2000-01-01T00:00:00Z")) == 2


def test_a_library_from_before_stories_is_migrated_and_backfilled(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    raw = sqlite3.connect(path, isolation_level=None)
    for version in range(3):
        for statement in MIGRATIONS[version]:
            raw.execute(statement)
    raw.execute("PRAGMA user_version = 3")
    for number, item in enumerate([*QUAKE_2008, *QUAKE_2013]):
        cursor = raw.execute(
            "INSERT INTO articles (key, source, title, format, content_hash, added)"
            " VALUES (?, ?, ?, 'text', ?, '2020-01-01T00:00:00Z')",
            (f"k{number}", f"s{number}", item.title, f"h{number}"),
        )
        raw.execute(
            "INSERT INTO bodies (article_id, sections) VALUES (?, json_array(json_array(NULL, ?)))",
            (cursor.lastrowid, item.text),
        )
    raw.close()
    with Library(path) as library:
        assert library.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert library.count() == 5
        assert library.stories() == []
        assert library.place_unplaced() == 5
        assert [s.articles for s in library.stories()] == [3, 2]


def _frequencies(library: Library) -> dict[str, int]:
    with library.transaction():
        fold_terms(library.connection)
    return dict(library.connection.execute("SELECT feature, documents FROM story_terms"))


def test_logged_document_counts_give_the_grouping_and_counts_of_counting_each_arrival_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = write(tmp_path)
    results = []
    for fold_every in (1, 2, 64):  # counts added at every arrival, every other one, or still in the log
        monkeypatch.setattr(store_stories, "FOLD_EVERY", fold_every)
        with Library(tmp_path / f"lib{fold_every}.db") as library:
            add_files(library, paths[:3])
        with Library(tmp_path / f"lib{fold_every}.db") as library:  # another process reads the log
            add_files(library, paths[3:])
            results.append((story_titles(library), _frequencies(library)))
    assert results[0] == results[1] == results[2]
    assert results[0][1]["e:lindavia"] == 3


def test_a_rollback_forgets_the_decoded_stories_and_logged_counts(tmp_path: Path) -> None:
    paths = write(tmp_path)
    with Library(tmp_path / "lib.db") as library:
        add_files(library, paths[:1])
        with pytest.raises(RuntimeError), library.transaction():
            for number in (1, 2):  # placed, their counts logged (and read back), then undone
                article = load_article(paths[number])
                library.save(f"undone{number}", article, library.analyse(article))
            assert library.story_cache.term_log.rows and library.story_cache.stories
            raise RuntimeError
        # another process may now write rows and revisions with the numbers the undone ones had
        assert not library.story_cache.term_log.rows and not library.story_cache.stories
        add_files(library, paths[3:])
        counted = _frequencies(library)
    with Library(tmp_path / "other.db") as library:
        add_files(library, paths[:1] + paths[3:])
        assert _frequencies(library) == counted


class _FailingCommit:
    """A connection whose COMMIT fails (as when the disk is full or another writer holds a lock)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.wrapped = connection

    def execute(self, statement: str, *parameters: object) -> sqlite3.Cursor:
        if statement == "COMMIT":
            raise sqlite3.OperationalError("database or disk is full")
        return self.wrapped.execute(statement, *parameters)

    def __getattr__(self, name: str) -> object:
        return getattr(self.wrapped, name)


def test_a_failed_commit_rolls_back_and_forgets_the_decoded_stories(tmp_path: Path) -> None:
    paths = write(tmp_path)
    with Library(tmp_path / "lib.db") as library:
        add_files(library, paths[:1])
        connection = library.connection
        library.connection = _FailingCommit(connection)  # type: ignore[assignment]
        with pytest.raises(sqlite3.OperationalError), library.transaction():
            article = load_article(paths[1])
            library.save("uncommitted", article, library.analyse(article))
            assert library.story_cache.stories
        library.connection = connection
        assert not connection.in_transaction  # the next transaction can begin
        assert not library.story_cache.stories and not library.story_cache.term_log.rows
        assert library.count() == 1
        add_files(library, paths[1:2])
        assert library.count() == 2


@pytest.mark.parametrize("fold_every", [1, 3, 64])
def test_document_counts_read_at_each_arrival_are_the_true_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fold_every: int
) -> None:
    monkeypatch.setattr(store_stories, "FOLD_EVERY", fold_every)
    arrivals = [["w:a", "w:b"], ["w:b", "e:c"], ["w:a", "w:b", "n:1"], ["w:d"], ["w:b"], ["e:c", "w:a"], ["w:b"]]
    seen: Counter[str] = Counter()
    with Library(tmp_path / "lib.db") as library:
        caches = [store_stories.TermLog(), store_stories.TermLog()]  # two processes taking turns
        for number, features in enumerate(arrivals):
            seen.update(features)
            with library.transaction() as connection:
                counted = store_stories.count_documents(connection, features, caches[number % 2])
            assert counted == {f: seen[f] for f in features}


@pytest.mark.parametrize("fold_every", [2, 64])
def test_document_counts_stay_true_when_the_log_changes_behind_a_remembered_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fold_every: int
) -> None:
    monkeypatch.setattr(store_stories, "FOLD_EVERY", fold_every)
    arrivals = [["w:a", "w:b"], ["w:b", "e:c"], ["w:a", "n:1"], ["w:d"], ["w:b"], ["e:c", "w:a"], ["w:b"], ["w:a"]]
    seen: Counter[str] = Counter()
    with Library(tmp_path / "lib.db") as library, Library(tmp_path / "lib.db") as other:
        log = store_stories.TermLog()  # remembered across arrivals, as a library's story cache keeps it
        for number, features in enumerate(arrivals):
            seen.update(features)
            if number % 3 == 2:  # this connection folds the log without going through the remembered one
                with library.transaction() as connection:
                    fold_terms(connection)
            if number % 4 == 3:  # another connection counts an arrival and commits
                seen.update(["w:a"])
                with other.transaction() as connection:
                    store_stories.count_documents(connection, ["w:a"], store_stories.TermLog())
            with library.transaction() as connection:
                counted = store_stories.count_documents(connection, features, log)
            assert counted == {f: seen[f] for f in features}, number
        assert _frequencies(library) == seen


@pytest.mark.parametrize("whole_up_to", [0, 3, 1000])
def test_a_log_that_read_the_whole_table_reads_no_more_until_another_process_folds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, whole_up_to: int
) -> None:
    monkeypatch.setattr(store_stories, "FOLD_EVERY", 2)
    monkeypatch.setattr(store_stories, "WHOLE_UP_TO", whole_up_to)
    arrivals = [["w:a", "w:b"], ["w:b", "e:c"], ["w:a", "n:1"], ["w:d", "w:z"], ["w:e", "w:b"], ["e:c"], ["w:g"]]
    seen: Counter[str] = Counter()
    with Library(tmp_path / "lib.db") as library, Library(tmp_path / "lib.db") as other:
        log = store_stories.TermLog()
        statements: list[str] = []
        library.connection.set_trace_callback(statements.append)
        for number, features in enumerate(arrivals):
            if number == 2:  # another process logs an arrival, which this log folds with its own
                seen.update(["w:z", "w:g"])
                with other.transaction() as connection:
                    connection.execute('INSERT INTO story_term_log (features) VALUES (\'["w:z", "w:g"]\')')
            if number == 4:  # another process counts two arrivals and folds them into story_terms
                for extra in (["w:e", "w:a"], ["w:f"]):
                    seen.update(extra)
                    with other.transaction() as connection:
                        store_stories.count_documents(connection, extra, store_stories.TermLog())
            seen.update(features)
            statements.clear()
            with library.transaction() as connection:
                counted = store_stories.count_documents(connection, features, log)
            assert counted == {f: seen[f] for f in features}, number
            looked_up = any("FROM story_terms WHERE feature IN" in s for s in statements)
            assert looked_up == (not log.whole)
        assert log.whole == (whole_up_to == 1000)  # three rows of story_terms read whole, or too many
        assert _frequencies(library) == seen


def test_placing_unplaced_articles_stops_when_cancelled_and_goes_on_later(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as library:
        add_files(library, write(tmp_path))
        library.connection.execute("DELETE FROM story_members")
        calls = iter(range(100))
        assert library.place_unplaced(cancelled=lambda: next(calls) >= 2) == 2
        assert library.place_unplaced(limit=1) == 1
        assert library.place_unplaced() == library.count() - 3
        assert library.place_unplaced() == 0
