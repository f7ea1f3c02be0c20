"""Stories in the library: placed as articles are stored, continued across processes, backfilled."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from digest.core.store import Library
from digest.core.store.bulk import add_files
from digest.core.store.schema import MIGRATIONS, SCHEMA_VERSION
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
