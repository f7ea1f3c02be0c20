"""A corrupt stored centroid or member never blocks adding articles: any bad stored form raises one error,
the story is rebuilt from its members or left out as a candidate, and a bad member stays where it is."""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.core.store import Library
from digest.core.store.bulk import add_files
from digest.core.store.stories import StoryCache
from digest.core.store.story_codec import (
    CorruptStoryData,
    decode_centroid,
    decode_member_fields,
    encode_centroid,
    encode_member_fields,
)
from digest.core.store.story_revisit import decode_member
from digest.core.store.story_reweigh import member_counts, reweigh_recent
from digest.core.stories.grouping import Settings
from tests.test_store_stories import story_titles, write

CENTROID = {"w": [("w:bridge", 0.5), ("w:town", 0.25)], "e": [("e:Ilse Varga", 0.125)]}
MEMBER = encode_member_fields(CENTROID, {"w": [3, 1], "e": [2]}, ["2019"], 1.6e9)


def truncated(blob: bytes) -> bytes:
    """The first half of a stored form."""
    return blob[: len(blob) // 2]


def flipped(blob: bytes) -> bytes:
    """A stored form with its first byte changed."""
    return bytes([blob[0] ^ 0x55]) + blob[1:]


def _library_after(tmp_path: Path, damage: Callable[[Library], None]) -> Library:
    """A library of the first two articles (one story), damaged, then given the other three (one joins it)."""
    paths = write(tmp_path)
    with Library(tmp_path / "lib.db") as library:
        add_files(library, paths[:2])
        with library.transaction():
            damage(library)
    library = Library(tmp_path / "lib.db")  # another process, which has decoded nothing yet
    add_files(library, paths[2:])
    return library


def _damage_centroids(change: Callable[[bytes], bytes]) -> Callable[[Library], None]:
    def damage(library: Library) -> None:
        """Every story's stored centroid changed."""
        for story_id, blob in library.connection.execute("SELECT id, centroid FROM stories").fetchall():
            library.connection.execute("UPDATE stories SET centroid = ? WHERE id = ?", (change(blob), story_id))

    return damage


def _damage_members(change: Callable[[bytes], bytes]) -> Callable[[Library], None]:
    def damage(library: Library) -> None:
        """Every member's stored vector changed."""
        for article_id, blob in library.connection.execute("SELECT article_id, vector FROM story_members").fetchall():
            library.connection.execute(
                "UPDATE story_members SET vector = ? WHERE article_id = ?", (change(blob), article_id)
            )

    return damage


def _expected(tmp_path: Path) -> list[set[str]]:
    """The stories of the five articles added to an undamaged library."""
    folder = tmp_path / "clean"
    folder.mkdir()
    with Library(folder / "lib.db") as library:
        add_files(library, write(folder))
        return story_titles(library)


@pytest.mark.parametrize("change", [truncated, flipped])
def test_a_story_whose_centroid_cannot_be_read_is_rebuilt_from_its_members(
    tmp_path: Path, change: Callable[[bytes], bytes], caplog: pytest.LogCaptureFixture
) -> None:
    with _library_after(tmp_path, _damage_centroids(change)) as library:
        assert len(library.rows()) == 5
        assert library.place_unplaced() == 0
        assert story_titles(library) == _expected(tmp_path)
        for (blob,) in library.connection.execute("SELECT centroid FROM stories"):
            decode_centroid(blob)  # stored again as it was rebuilt
    assert "rebuilt from 2 members" in caplog.text


@pytest.mark.parametrize("change", [truncated, flipped])
def test_members_whose_vectors_cannot_be_read_stay_in_their_story(
    tmp_path: Path, change: Callable[[bytes], bytes]
) -> None:
    damaged: dict[int, int] = {}

    def damage(library: Library) -> None:
        """The stored vector of every member so far (the first two articles') changed, their stories kept."""
        damaged.update(library.connection.execute("SELECT article_id, story_id FROM story_members"))
        _damage_members(change)(library)

    with _library_after(tmp_path, damage) as library:
        assert len(library.rows()) == 5
        assert library.place_unplaced() == 0
        assert sum(story.articles for story in library.stories()) == 5

        def story_of_damaged() -> dict[int, int]:
            query = "SELECT article_id, story_id FROM story_members WHERE article_id IN (?, ?)"
            return dict(library.connection.execute(query, list(damaged)))

        assert len(damaged) == 2 and story_of_damaged() == damaged  # the arrivals' revisits left them
        with library.transaction() as connection:
            reweigh_recent(connection, Settings(), StoryCache())  # the three readable members only
        assert story_of_damaged() == damaged
        assert sum(story.articles for story in library.stories()) == 5


def test_a_story_with_neither_centroid_nor_members_readable_is_no_candidate(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def damage(library: Library) -> None:
        """Centroids and members both changed."""
        _damage_centroids(truncated)(library)
        _damage_members(flipped)(library)

    with _library_after(tmp_path, damage) as library:
        assert len(library.rows()) == 5
        assert library.place_unplaced() == 0
        assert sum(story.articles for story in library.stories()) == 5
    assert "left out as a candidate" in caplog.text
    assert "w:" not in caplog.text  # nothing of a stored form is logged


def test_the_reviewers_example_without_the_magic_is_corrupt() -> None:
    stored = encode_centroid(CENTROID)
    assert isinstance(stored, bytes)
    for blob in (b"XYw1\n" + stored[4:], b"XX\n" + b"\0" * 4, truncated(stored), stored[:-1], stored + b"\0"):
        with pytest.raises(CorruptStoryData):
            decode_centroid(blob)


def test_a_member_stored_badly_raises_the_one_error() -> None:
    assert MEMBER is not None
    for blob in (truncated(MEMBER), MEMBER[:2] + b"\0" + MEMBER[3:], b"M1" + zlib.compress(b"w1\n\0")):
        for read in (decode_member_fields, decode_member, member_counts):
            with pytest.raises(CorruptStoryData):
                read(blob)


@pytest.mark.parametrize("weight", [math.nan, math.inf, -math.inf])
def test_a_member_with_a_weight_that_is_not_finite_is_left_to_json(weight: float) -> None:
    assert encode_member_fields({"w": [("w:tide", weight)]}, {"w": [1]}, [], None) is None


def _mutations(blob: bytes) -> st.SearchStrategy[bytes]:
    """Any bytes, or a stored form truncated, extended or with one byte changed."""
    size = len(blob)
    return st.one_of(
        st.binary(max_size=80),
        st.integers(0, size).map(lambda cut: blob[:cut]),
        st.binary(min_size=1, max_size=8).map(lambda extra: blob + extra),
        st.tuples(st.integers(0, size - 1), st.integers(0, 255)).map(
            lambda change: blob[: change[0]] + bytes([change[1]]) + blob[change[0] + 1 :]
        ),
    )


_CENTROID_BLOB = encode_centroid(CENTROID)
assert isinstance(_CENTROID_BLOB, bytes)


@settings(max_examples=400, deadline=None)
@given(_mutations(_CENTROID_BLOB))
def test_any_bytes_decode_to_a_centroid_that_stores_back_the_same_or_raise_the_one_error(blob: bytes) -> None:
    try:
        centroid = decode_centroid(blob)
    except CorruptStoryData:
        return
    assert encode_centroid(centroid) == blob
    assert all(math.isfinite(weight) for pairs in centroid.values() for _, weight in pairs)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_mutations(MEMBER or b""), _mutations(b"M1" + zlib.decompress(MEMBER[2:]) if MEMBER else b"")))
def test_any_bytes_decode_to_member_fields_that_store_back_alike_or_raise_the_one_error(blob: bytes) -> None:
    try:
        fields = decode_member_fields(blob)
    except CorruptStoryData:
        return
    if fields is None:
        assert not blob.startswith(b"M1")
        return
    again = encode_member_fields(*fields)
    assert again is not None
    assert decode_member_fields(again) == fields
