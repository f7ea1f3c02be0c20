"""A library weighs its recent story members again as its word statistics move, and regroups them."""

from __future__ import annotations

import dataclasses
import math
import sqlite3
from collections import Counter
from pathlib import Path

from digest.core.store.cache import pack, unpack
from digest.core.store.schema import connect
from digest.core.store.stories import StoryCache, place
from digest.core.store.story_codec import decode_centroid, decode_member_fields
from digest.core.store.story_revisit import decode_member, encode_member
from digest.core.store.story_reweigh import FIRST, member_counts, reweigh_due, reweigh_recent
from digest.core.stories import Settings, StoryIndex
from digest.core.stories.features import ArticleFeatures
from tests.test_stories_regroup import EVENTS, features, groups


def stored(connection: sqlite3.Connection, items: list[ArticleFeatures], settings: Settings) -> list[int]:
    """Place each item in the library as an arrival; return the article ids."""
    ids = []
    cache = StoryCache()
    for number, item in enumerate(items):
        number += connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        cursor = connection.execute(
            "INSERT INTO articles (key, source, title, format, content_hash, added)"
            " VALUES (?, ?, ?, 'text', ?, '2026-01-01T00:00:00Z')",
            (f"k{number}", f"s{number}", EVENTS[number % len(EVENTS)].title, f"h{number}"),
        )
        ids.append(int(cursor.lastrowid or 0))
        place(connection, ids[-1], item, EVENTS[number % len(EVENTS)].title, cache, settings)
    return ids


def vector_of(connection: sqlite3.Connection, article_id: int) -> dict[str, dict[str, float]]:
    (packed,) = connection.execute("SELECT vector FROM story_members WHERE article_id = ?", (article_id,)).fetchone()
    return decode_member(packed)[0]


def weights_now(items: list[ArticleFeatures], item: ArticleFeatures, kept: dict[str, dict[str, float]]) -> dict:  # type: ignore[type-arg]
    """The weights an arrival with ``item``'s counts of the ``kept`` features gets once all ``items`` are counted."""
    index = StoryIndex()
    index.documents = len(items)
    index.document_frequency = Counter(feature for other in items for feature in other.counts)
    return index.vectors(ArticleFeatures(counts=Counter({f: item.counts[f] for v in kept.values() for f in v})))


def test_members_are_weighed_again_each_time_the_library_doubles() -> None:
    assert [size for size in range(300) if reweigh_due(size)] == [FIRST, 2 * FIRST, 4 * FIRST, 8 * FIRST, 16 * FIRST]


def without_counts(packed: bytes) -> bytes:
    """A member as stored before counts were kept: its vector, years and time as compressed JSON."""
    fields = decode_member_fields(packed)
    if fields is None:
        old = unpack(packed)
        del old["c"]
        return pack(old)
    kept, _, years, published = fields
    return pack({"v": kept, "y": years, "t": published})


def test_a_member_keeps_the_counts_of_its_kept_features() -> None:
    item = features()[0]
    index = StoryIndex()
    index.observe(item)
    packed = encode_member(index.vectors(item), item)
    counted = member_counts(packed)
    assert counted is not None
    kept = {feature for vector in decode_member(packed)[0].values() for feature in vector}
    assert counted.counts == {feature: item.counts[feature] for feature in kept}
    assert counted.years == item.years
    assert member_counts(without_counts(packed)) is None  # stored before counts were kept: its weights stay


def test_a_member_encoded_in_this_process_gives_the_counts_its_stored_form_holds() -> None:
    from digest.core.store.story_revisit import MemberCache

    cache = MemberCache()
    for item in features()[:6]:
        index = StoryIndex()
        index.observe(item)
        packed = encode_member(index.vectors(item), item, cache=cache)
        remembered, read = cache.counted(packed), member_counts(packed)
        assert remembered is not None and read is not None
        assert list(remembered.counts.items()) == list(read.counts.items())  # the very same order
        assert (remembered.years, remembered.published) == (read.years, read.published)
        assert cache.counted(without_counts(packed)) is None  # only what this process encoded is remembered
    cache.size = len(cache.members)
    encode_member(index.vectors(item), dataclasses.replace(item, years=frozenset({"1990"})), cache=cache)
    assert cache.counted(packed) is None  # forgotten with the members
    assert cache.counts.keys() <= cache.members.keys()  # and its counts with them: they cannot pile up


def test_reweighing_gives_members_the_weights_of_an_arrival_now_and_regroups_them(tmp_path: Path) -> None:
    connection = connect(tmp_path / "lib.db")
    items = features()
    loose = dataclasses.replace(Settings(), strict_threshold=-10.0, threshold=-10.0)  # every arrival joins
    ids = stored(connection, items, loose)
    assert groups(connection, ids) == [0, 0, 0, 0, 0]
    first = vector_of(connection, ids[0])
    assert reweigh_recent(connection, Settings(), StoryCache())
    assert groups(connection, ids) == [0, 0, 0, 1, 1]
    after = vector_of(connection, ids[0])
    assert after != first  # weighted with one article counted, then with five
    expected = weights_now(items, items[0], first)
    for namespace, vector in after.items():
        assert vector.keys() == expected[namespace].keys()
        assert all(math.isclose(w, expected[namespace][f], abs_tol=1e-4) for f, w in vector.items())


def test_a_regrouped_story_holds_its_members_new_weights(tmp_path: Path) -> None:
    connection = connect(tmp_path / "lib.db")
    ids = stored(connection, features(), Settings())
    assert reweigh_recent(connection, Settings(), StoryCache())
    story_of = dict(connection.execute("SELECT article_id, story_id FROM story_members"))
    for story_id, centroid in connection.execute("SELECT id, centroid FROM stories"):
        total: Counter[str] = Counter()
        for article_id in ids:
            if story_of[article_id] == story_id:
                for vector in vector_of(connection, article_id).values():
                    total.update(vector)
        for pairs in decode_centroid(centroid).values():
            for feature, weight in pairs:
                assert math.isclose(weight, total[feature], abs_tol=1e-3)


def test_a_library_weighs_its_members_again_when_it_reaches_the_first_size(tmp_path: Path) -> None:
    connection = connect(tmp_path / "lib.db")
    items = [
        ArticleFeatures(counts=Counter({"w:council": 1, f"w:ward{k}": 1, f"e:Member{k}": 1})) for k in range(FIRST)
    ]
    ids = stored(connection, items[:-1], Settings())
    first = vector_of(connection, ids[0])
    stored(connection, items[-1:], Settings())
    after = vector_of(connection, ids[0])
    expected = weights_now(items, items[0], first)
    for namespace, vector in after.items():
        assert all(math.isclose(w, expected[namespace][f], abs_tol=1e-4) for f, w in vector.items())
    assert after["w"]["w:council"] < first["w"]["w:council"]  # in every article: it weighs less than at first


def test_a_member_stored_without_counts_keeps_its_weights(tmp_path: Path) -> None:
    connection = connect(tmp_path / "lib.db")
    ids = stored(connection, features(), Settings())
    (packed,) = connection.execute("SELECT vector FROM story_members WHERE article_id = ?", (ids[1],)).fetchone()
    connection.execute("UPDATE story_members SET vector = ? WHERE article_id = ?", (without_counts(packed), ids[1]))
    others = {i: vector_of(connection, i) for i in ids}
    assert reweigh_recent(connection, Settings(), StoryCache())
    assert vector_of(connection, ids[1]) == others[ids[1]]
    assert all(vector_of(connection, i) != others[i] for i in (ids[0], ids[2]))  # weighted at 1 and 3 articles, now 5
