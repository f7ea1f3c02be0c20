"""Migration 8 on a library that already has stories: every story gets its line in ``story_rows``, nothing is lost."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from digest.core.store import Library
from digest.core.store.schema import migrate
from digest.core.store.story_listing import list_stories
from tests.test_store_listing import recounted_stories

ROW_LINES = 8
"""The schema version that adds ``story_rows``."""

ARTICLES = [  # (feed, url, source, published, added, story)
    (1, "https://www.example.org/a", "https://www.example.org/a", "2025-03-01T08:00:00Z", "2025-03-02T00:00:00Z", 1),
    (None, "https://news.example.net/b", "https://news.example.net/b", None, "2025-03-04T09:00:00Z", 1),
    (None, None, "/home/me/c.txt", "2025-03-03T08:00:00Z", "2025-03-03T09:00:00Z", 1),
    (2, "https://www.example.org/d", "https://www.example.org/d", "2025-02-01T08:00:00Z", "2025-02-01T09:00:00Z", 2),
    (2, "https://other.example.com/e", "https://other.example.com/e", "2025-02-02T08:00:00Z", "2025-02-02T09:00", 2),
    (None, None, "/home/me/f.txt", "2025-01-01T08:00:00Z", "2025-01-01T09:00:00Z", 3),
    (None, None, "/home/me/g.txt", "2025-01-05T08:00:00Z", "2025-01-05T09:00:00Z", None),
]
"""Articles from a titled feed, an untitled one (its URL names it), web pages and files; the last in no story."""


def contents(connection: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables a library held before migration 8."""
    tables = ("feeds", "articles", "bodies", "stories", "story_members", "story_postings", "story_terms")
    return {table: connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in tables}


def library_before_story_rows(path: Path) -> sqlite3.Connection:
    """A library at version 7 with three stories (3, 2 and 1 articles), an empty story and an unplaced article."""
    raw = sqlite3.connect(path, isolation_level=None)
    migrate(raw, ROW_LINES - 1)
    raw.execute("INSERT INTO feeds (id, url, title, added) VALUES (1, 'https://feed.example/rss', 'Daily', 'x')")
    raw.execute("INSERT INTO feeds (id, url, title, added) VALUES (2, 'https://wire.example/rss', NULL, 'x')")
    for title, story in (("Quake hits the coast", 1), ("Strike ends", 2), ("Library opens", 3), ("Emptied", 4)):
        raw.execute(
            "INSERT INTO stories (id, title, centroid, years, times) VALUES (?, ?, '{}', '{}', '[]')", (story, title)
        )
    for number, (feed, url, source, published, added, story) in enumerate(ARTICLES):
        cursor = raw.execute(
            "INSERT INTO articles (key, feed_id, source, title, url, format, content_hash, added, published)"
            " VALUES (?, ?, ?, ?, ?, 'text', ?, ?, ?)",
            (f"k{number}", feed, source, f"Article {number}", url, f"h{number}", added, published),
        )
        raw.execute("INSERT INTO bodies (article_id, sections) VALUES (?, '[]')", (cursor.lastrowid,))
        if story is not None:
            raw.execute("INSERT INTO story_members (article_id, story_id) VALUES (?, ?)", (cursor.lastrowid, story))
    return raw


def test_migration_8_gives_every_existing_story_its_line_and_loses_nothing(tmp_path: Path) -> None:
    raw = library_before_story_rows(tmp_path / "old.db")
    before = contents(raw)
    assert migrate(raw, ROW_LINES) == ROW_LINES
    assert contents(raw) == before  # nothing lost, nothing changed
    lines = raw.execute("SELECT story_id, title, articles, outlets, newest, newest_id FROM story_rows ORDER BY 1")
    assert lines.fetchall() == [
        (1, "Quake hits the coast", 3, 3, "2025-03-04T09:00:00Z", 2),  # Daily, news.example.net, file
        (2, "Strike ends", 2, 1, "2025-02-02T08:00:00Z", 5),  # one untitled feed: its URL
        (3, "Library opens", 1, 1, "2025-01-01T08:00:00Z", 6),
        (4, "Emptied", 0, 0, None, None),  # kept, never listed
    ]
    listed = list_stories(raw)
    assert listed == recounted_stories(raw)
    assert [(story.id, story.article_ids) for story in listed] == [(1, (2, 3, 1)), (2, (5, 4)), (3, (6,))]
    raw.close()
    with Library(tmp_path / "old.db") as library:  # the later migrations, then a new arrival follows the triggers
        assert library.stories() == listed
        library.connection.execute("INSERT INTO story_members (article_id, story_id) VALUES (7, 3)")
        assert [story.articles for story in library.stories()] == [3, 2, 2]
        assert library.stories() == recounted_stories(library.connection)


JOINS_BY_DIFFERENCE = 9
"""The schema version whose triggers update a story's row by difference when an article joins it."""


def recounted_lines(connection: sqlite3.Connection) -> list[tuple[object, ...]]:
    """Each story row's counts and newest article as read from all its members."""
    query = (
        "SELECT s.story_id, (SELECT count(*) FROM story_members m WHERE m.story_id = s.story_id),"
        " (SELECT count(DISTINCT o.outlet) FROM story_members m JOIN article_outlets o ON o.article_id = m.article_id"
        "  WHERE m.story_id = s.story_id),"
        " (SELECT coalesce(a.published, a.added) FROM story_members m JOIN articles a ON a.id = m.article_id"
        "  WHERE m.story_id = s.story_id ORDER BY 1 DESC, a.id DESC LIMIT 1),"
        " (SELECT a.id FROM story_members m JOIN articles a ON a.id = m.article_id"
        "  WHERE m.story_id = s.story_id ORDER BY coalesce(a.published, a.added) DESC, a.id DESC LIMIT 1)"
        " FROM story_rows s ORDER BY 1"
    )
    return connection.execute(query).fetchall()


def stored_lines(connection: sqlite3.Connection) -> list[tuple[object, ...]]:
    """Each story row's counts and newest article as ``story_rows`` keeps them."""
    return connection.execute(
        "SELECT story_id, articles, outlets, newest, newest_id FROM story_rows ORDER BY 1"
    ).fetchall()


def test_migration_9_keeps_the_rows_and_joins_update_them_as_a_recount_would(tmp_path: Path) -> None:
    raw = library_before_story_rows(tmp_path / "old.db")
    migrate(raw, JOINS_BY_DIFFERENCE - 1)
    before = contents(raw), stored_lines(raw)
    assert migrate(raw, JOINS_BY_DIFFERENCE) == JOINS_BY_DIFFERENCE
    assert (contents(raw), stored_lines(raw)) == before
    raw.execute("PRAGMA foreign_keys = ON")  # as the library runs: an article's removal takes its membership
    rng = random.Random(7)
    sources = ["https://www.example.org/x", "https://news.example.net/y", "/home/me/z.txt"]
    for step in range(300):  # articles arrive, join, move, leave and change date; each row must match a recount
        stories = [row[0] for row in raw.execute("SELECT id FROM stories")]
        members = [row[0] for row in raw.execute("SELECT article_id FROM story_members")]
        action = rng.choice(["arrive", "arrive", "move", "leave", "redate"]) if members else "arrive"
        if action == "arrive":
            day = rng.choice(["2025-04-01", "2025-04-02", "2025-03-30"])  # shared dates: ties go to the higher id
            cursor = raw.execute(
                "INSERT INTO articles (key, feed_id, source, title, format, content_hash, added, published)"
                " VALUES (?, ?, ?, 'Arrival', 'text', ?, ?, ?)",
                (
                    f"new{step}",
                    rng.choice([None, 1, 2]),
                    rng.choice(sources),
                    f"n{step}",
                    f"{day}T00:00:00Z",
                    rng.choice([None, f"{day}T08:00:00Z"]),
                ),
            )
            raw.execute(
                "INSERT INTO story_members (article_id, story_id) VALUES (?, ?)",
                (cursor.lastrowid, rng.choice(stories)),
            )
        elif action == "move":
            raw.execute(
                "UPDATE story_members SET story_id = ? WHERE article_id = ?", (rng.choice(stories), rng.choice(members))
            )
        elif action == "leave":
            raw.execute("DELETE FROM articles WHERE id = ?", (rng.choice(members),))
        else:
            raw.execute("UPDATE articles SET published = NULL WHERE id = ?", (rng.choice(members),))
        assert stored_lines(raw) == recounted_lines(raw), (step, action)
    raw.close()
