"""Regrouping a neighbourhood of stories: a story placed wrong as articles arrived is split or mended."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from digest.core.store.schema import connect
from digest.core.store.stories import StoryCache, place
from digest.core.store.story_revisit import decode_member, encode_member, revisit, revisit_due
from digest.core.stories import Settings, StoryIndex
from digest.core.stories.features import article_features
from digest.core.stories.regroup import regroup
from tests.test_stories import QUAKE_2008, QUAKE_2013

EVENTS = [*QUAKE_2008, *QUAKE_2013]


def features() -> list:  # type: ignore[type-arg]
    return [article_features(a.title, a.text) for a in EVENTS]


def test_regroup_tells_two_events_apart() -> None:
    items = features()
    index = StoryIndex()
    for item in items:
        index.observe(item)
    labels = regroup([index.vectors(item) for item in items], items, Settings())
    assert labels == [0, 0, 0, 1, 1]


def test_a_member_vector_survives_storage() -> None:
    item = features()[0]
    index = StoryIndex()
    index.observe(item)
    vectors = index.vectors(item)
    decoded, kept = decode_member(encode_member(vectors, item))
    assert kept.years == item.years
    for namespace, vector in vectors.items():
        assert decoded[namespace].keys() == vector.keys()


def stored(connection: sqlite3.Connection, settings: Settings) -> list[int]:
    ids = []
    for number, item in enumerate(features()):
        cursor = connection.execute(
            "INSERT INTO articles (key, source, title, format, content_hash, added)"
            " VALUES (?, ?, ?, 'text', ?, '2026-01-01T00:00:00Z')",
            (f"k{number}", f"s{number}", EVENTS[number].title, f"h{number}"),
        )
        ids.append(int(cursor.lastrowid or 0))
        place(connection, ids[-1], item, EVENTS[number].title, StoryCache(), settings)
    return ids


def groups(connection: sqlite3.Connection, ids: list[int]) -> list[int]:
    story_of = dict(connection.execute("SELECT article_id, story_id FROM story_members"))
    numbers: dict[int, int] = {}
    return [numbers.setdefault(story_of[i], len(numbers)) for i in ids]


def test_a_story_that_took_two_events_is_split(tmp_path: Path) -> None:
    connection = connect(tmp_path / "lib.db")
    loose = dataclasses.replace(Settings(), strict_threshold=-10.0, threshold=-10.0)  # every arrival joins
    ids = stored(connection, loose)
    assert groups(connection, ids) == [0, 0, 0, 0, 0]
    (story,) = {s for (s,) in connection.execute("SELECT story_id FROM story_members")}
    assert revisit(connection, [story], Settings(), StoryCache())
    assert groups(connection, ids) == [0, 0, 0, 1, 1]
    assert connection.execute("SELECT count(*) FROM stories").fetchone()[0] == 2
    assert not revisit(connection, [s for (s,) in connection.execute("SELECT id FROM stories")], Settings())


def test_members_stored_without_a_vector_stay_where_they_are(tmp_path: Path) -> None:
    connection = connect(tmp_path / "lib.db")
    loose = dataclasses.replace(Settings(), strict_threshold=-10.0, threshold=-10.0)
    ids = stored(connection, loose)
    connection.execute("UPDATE story_members SET vector = NULL WHERE article_id IN (?, ?)", (ids[0], ids[4]))
    (story,) = {s for (s,) in connection.execute("SELECT story_id FROM story_members")}
    assert revisit(connection, [story], Settings())
    found = groups(connection, ids)
    assert found[0] == found[4] != found[3]  # the two without vectors kept their story; the 2013 one left it


def test_a_library_places_interleaved_events_apart(tmp_path: Path) -> None:
    connection = connect(tmp_path / "lib.db")
    order = [0, 3, 1, 4, 2]
    items = features()
    ids = []
    for number in order:
        cursor = connection.execute(
            "INSERT INTO articles (key, source, title, format, content_hash, added)"
            " VALUES (?, ?, ?, 'text', ?, '2026-01-01T00:00:00Z')",
            (f"k{number}", f"s{number}", EVENTS[number].title, f"h{number}"),
        )
        ids.append(int(cursor.lastrowid or 0))
        place(connection, ids[-1], items[number], EVENTS[number].title, StoryCache())
    assert groups(connection, ids) == [0, 1, 0, 1, 0]


def test_a_lone_story_is_regrouped_while_small_then_now_and_then() -> None:
    assert [size for size in range(1, 40) if revisit_due(size)][:3] == [1, 2, 3]
    assert not revisit_due(9)
    assert revisit_due(16)


def test_a_story_split_off_takes_a_headline_over_a_dateline(tmp_path: Path) -> None:
    connection = connect(tmp_path / "lib.db")
    ids = stored(connection, dataclasses.replace(Settings(), strict_threshold=-10.0, threshold=-10.0))
    connection.execute("UPDATE articles SET title = 'MAR 4' WHERE id = ?", (ids[4],))  # the newest moves first
    (story,) = {s for (s,) in connection.execute("SELECT story_id FROM story_members")}
    assert revisit(connection, [story], Settings(), StoryCache())
    split = connection.execute("SELECT story_id FROM story_members WHERE article_id = ?", (ids[4],)).fetchone()[0]
    title = connection.execute("SELECT title FROM stories WHERE id = ?", (split,)).fetchone()[0]
    assert title == EVENTS[3].title
