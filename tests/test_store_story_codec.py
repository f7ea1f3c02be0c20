"""A stored centroid or member reads back exactly as written, in the binary form or in the JSON written before."""

from __future__ import annotations

import json
import math
import random
from collections import Counter
from pathlib import Path

import pytest

from digest.core.store import Library
from digest.core.store.bulk import add_files
from digest.core.store.cache import pack
from digest.core.store.story_codec import (
    decode_centroid,
    decode_member_fields,
    encode_centroid,
    encode_member_fields,
    scaled_round,
)
from digest.core.store.story_revisit import decode_member, encode_member
from digest.core.store.story_reweigh import member_counts
from digest.core.stories.features import ArticleFeatures
from tests.test_store_stories import write


def _centroid(rng: random.Random) -> dict[str, list[tuple[str, float]]]:
    """Invented features (some non-ASCII) with rounded and unrounded weights, some namespaces left out."""
    words = ["harbour", "café", "zoë", "東京", "a-b", "x y", "o'neil", ""]
    centroid = {}
    for namespace in rng.sample(["w", "e", "n", "s", "m"], rng.randint(0, 5)):
        pairs = []
        for number in range(rng.randint(1, 40)):
            weight = rng.choice([round(rng.random() * 3, 6), rng.random(), -rng.random(), 0.0, 1e-300])
            pairs.append((f"{namespace}:{rng.choice(words)}{number}", weight))
        centroid[namespace] = pairs
    return centroid


def test_a_centroid_reads_back_with_the_very_same_features_weights_and_order() -> None:
    rng = random.Random(11)
    for _ in range(200):
        centroid = _centroid(rng)
        stored = encode_centroid(centroid)
        assert isinstance(stored, bytes)
        assert decode_centroid(stored) == centroid
        assert list(decode_centroid(stored)) == list(centroid)


@pytest.mark.parametrize("feature", ["w:odd\x1fword", "w:", ""])
def test_any_feature_reads_back_and_one_holding_the_separator_is_stored_as_json(feature: str) -> None:
    centroid = {"w": [(feature, 0.5), ("w:plain", 0.25)]}
    alone = {"w": [(feature, 0.5)]}
    for value in (centroid, alone):
        stored = encode_centroid(value)
        assert [tuple(pair) for pair in decode_centroid(stored)["w"]] == value["w"]
        assert isinstance(stored, str) == ("\x1f" in feature)


def test_json_centroids_written_before_read_as_they_always_did() -> None:
    text = json.dumps({"w": [["w:harbour", 1.25], ["w:plan", 0.5]], "e": [["e:exampleton", 0.75]]})
    assert decode_centroid(text) == {"w": [["w:harbour", 1.25], ["w:plan", 0.5]], "e": [["e:exampleton", 0.75]]}
    assert decode_centroid("{}") == {}
    assert decode_centroid(encode_centroid({})) == {}


def _groups_and_centroids(library: Library) -> tuple[list[tuple[int, int]], list[object]]:
    members = library.connection.execute("SELECT article_id, story_id FROM story_members ORDER BY 1").fetchall()
    centroids = [decode_centroid(c) for (c,) in library.connection.execute("SELECT centroid FROM stories ORDER BY id")]
    return members, [{ns: [tuple(pair) for pair in pairs] for ns, pairs in c.items()} for c in centroids]


def test_a_library_whose_centroids_are_json_goes_on_grouping_as_one_written_in_the_binary_form(
    tmp_path: Path,
) -> None:
    paths = write(tmp_path)
    results = []
    for name, rewrite in (("binary.db", False), ("json.db", True)):
        with Library(tmp_path / name) as library:
            add_files(library, paths[:3], workers=1)
            if rewrite:  # as schema 8 stored them
                with library.transaction() as connection:
                    for story_id, stored in connection.execute("SELECT id, centroid FROM stories").fetchall():
                        text = json.dumps(decode_centroid(stored), separators=(",", ":"))
                        connection.execute("UPDATE stories SET centroid = ? WHERE id = ?", (text, story_id))
            library.forget_story_cache()
            add_files(library, paths[3:], workers=1)
            results.append(_groups_and_centroids(library))
    assert results[0] == results[1]
    assert len({story for _, story in results[0][0]}) == 2


def _member(rng: random.Random) -> tuple[dict[str, list[tuple[str, float]]], dict[str, list[int]]]:
    """Invented kept features with weights rounded as a member's are, and their counts."""
    kept: dict[str, list[tuple[str, float]]] = {}
    counts: dict[str, list[int]] = {}
    for namespace in rng.sample(["w", "e", "n", "s", "m"], rng.randint(0, 5)):
        number = rng.randint(1, 60)
        kept[namespace] = [
            (f"{namespace}:café{n}", round(rng.random() * rng.choice([1.0, 1e-4]), 5)) for n in range(number)
        ]
        counts[namespace] = [rng.randint(1, 40) for _ in range(number)]
    return kept, counts


def test_a_member_reads_back_with_the_very_same_weights_counts_years_and_time() -> None:
    rng = random.Random(3)
    for _ in range(300):
        kept, counts = _member(rng)
        years = sorted(rng.sample(["1999", "2008", "2013", "2024"], rng.randint(0, 3)))
        published = rng.choice([None, 1_700_000_000.5, 0.0])
        packed = encode_member_fields(kept, counts, years, published)
        assert packed is not None
        assert decode_member_fields(packed) == (kept, counts, years, published)


def test_a_member_the_binary_form_cannot_hold_exactly_is_left_to_json() -> None:
    assert encode_member_fields({"w": [("w:a\x1fb", 0.5)]}, {"w": [1]}, [], None) is None
    assert encode_member_fields({"w": [("w:a", 0.123456789)]}, {"w": [1]}, [], None) is None  # not rounded
    assert encode_member_fields({"w": [("w:a", 0.5)]}, {"w": []}, [], None) is None  # a count missing
    assert decode_member_fields(pack({"v": {"w": [["w:a", 0.5]]}, "y": [], "t": None})) is None


def test_members_stored_as_json_and_in_the_binary_form_decode_alike() -> None:
    rng = random.Random(9)
    for _ in range(50):
        kept, counts = _member(rng)
        vectors = {ns: dict(pairs) for ns, pairs in kept.items()}
        features = ArticleFeatures(
            counts=Counter({f: n for ns, pairs in kept.items() for (f, _), n in zip(pairs, counts[ns], strict=True)}),
            years=frozenset({"2013"}),
            published=1_600_000_000.0,
        )
        binary = encode_member(vectors, features)
        as_json = pack(
            {"v": {ns: [list(p) for p in pairs] for ns, pairs in kept.items()}, "c": counts, "y": ["2013"], "t": 1.6e9}
        )
        assert binary.startswith(b"M1")
        assert decode_member(binary) == decode_member(as_json)
        assert member_counts(binary) == member_counts(as_json)


def test_scaled_round_gives_the_integers_that_divide_back_to_what_round_gives() -> None:
    rng = random.Random(5)
    for digits in (5, 6):
        scale = 10**digits
        halves = [(rng.randrange(10**6) + 0.5) / scale for _ in range(400)]  # a half, or a float beside it
        weights = [rng.random() for _ in range(400)] + halves + [math.nextafter(w, 1.0) for w in halves]
        weights += [math.nextafter(w, 0.0) for w in halves] + [rng.random() * 1e-6, 40.5 / scale, 1e4, 12345.678]
        numbers = scaled_round(weights, digits)
        assert numbers is not None
        assert [n / scale for n in numbers] == [round(w, digits) for w in weights]
    assert scaled_round([], 5) == []
    for unusable in ([0.5, -0.25], [0.5, 0.0], [-0.0], [math.inf], [math.nan]):  # left to round itself
        assert scaled_round(unusable, 5) is None
