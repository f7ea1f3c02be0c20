"""Regrouping a neighbourhood of stories: a story placed wrong as articles arrived is split or mended."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from digest.core.store import Library
from digest.core.store.schema import connect
from digest.core.store.stories import StoryCache, _load_story, place
from digest.core.store.story_revisit import decode_member, encode_member, revisit, revisit_due
from digest.core.stories import Settings, StoryIndex
from digest.core.stories.features import article_features
from digest.core.stories.joining import Join, decide
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


def test_a_lone_story_is_regrouped_now_and_then() -> None:
    assert [size for size in range(1, 40) if revisit_due(size)] == [8, 16, 24, 32]


def test_a_story_split_off_takes_a_headline_over_a_dateline(tmp_path: Path) -> None:
    connection = connect(tmp_path / "lib.db")
    ids = stored(connection, dataclasses.replace(Settings(), strict_threshold=-10.0, threshold=-10.0))
    connection.execute("UPDATE articles SET title = 'MAR 4' WHERE id = ?", (ids[4],))  # the newest moves first
    (story,) = {s for (s,) in connection.execute("SELECT story_id FROM story_members")}
    assert revisit(connection, [story], Settings(), StoryCache())
    split = connection.execute("SELECT story_id FROM story_members WHERE article_id = ?", (ids[4],)).fetchone()[0]
    title = connection.execute("SELECT title FROM stories WHERE id = ?", (split,)).fetchone()[0]
    assert title == EVENTS[3].title


def reference_regroup(vectors: list, features: list, settings: Settings) -> list[int]:  # type: ignore[type-arg]
    """The regrouping written with centroids (StoryState) and the batch's scipy linkage, as it was first built."""
    from digest.core.stories.grouping import StoryState
    from digest.core.stories.linkage import average_linkage

    labels = average_linkage(vectors, features, settings)
    groups: dict[int, StoryState] = {}
    for article, label in enumerate(labels):
        groups.setdefault(label, StoryState(id=label)).absorb(article, vectors[article], features[article])
    scorer = StoryIndex(settings)
    for _ in range(2):
        moved = 0
        for article, label in enumerate(labels):
            current = groups[label]
            current.release(article, vectors[article], features[article])
            best, best_score = None, settings.threshold
            for group in groups.values():
                if group.members:
                    value = scorer.score(vectors[article], features[article], group)
                    if value >= best_score:
                        best, best_score = group, value
            if best is None:
                best = current if not current.members else groups.setdefault(len(groups), StoryState(id=len(groups)))
            best.absorb(article, vectors[article], features[article])
            labels[article] = best.id
            moved += best.id != label
        if not moved:
            break
    numbers: dict[int, int] = {}
    return [numbers.setdefault(label, len(numbers)) for label in labels]


def weighed() -> tuple[list, list]:  # type: ignore[type-arg]
    items = features()
    index = StoryIndex()
    for item in items:
        index.observe(item)
    return items, [index.vectors(item) for item in items]


def test_regrouping_from_pair_dot_products_matches_the_centroid_regrouping() -> None:
    import random

    from digest.core.stories.pairs import PairMemo

    items, vectors = weighed()
    rng = random.Random(7)
    memo = PairMemo(Settings())
    for _ in range(40):
        picked = [rng.randrange(len(items)) for _ in range(rng.randint(2, 9))]
        chosen = [
            dataclasses.replace(items[i], published=rng.choice([None, 86400.0 * rng.randint(0, 12)])) for i in picked
        ]
        settings = Settings(threshold=rng.uniform(0.1, 0.5), strict_threshold=rng.uniform(0.1, 0.5))
        expected = reference_regroup([vectors[i] for i in picked], chosen, settings)
        keys = list(range(len(picked)))
        assert regroup([vectors[i] for i in picked], chosen, settings, memo, keys) == expected
        assert regroup([vectors[i] for i in picked], chosen, settings) == expected  # every pair scored at once
    assert memo.pairs == {}  # a memo of other settings is left alone


def test_a_dot_table_sums_each_pair_as_sparse_dot_does() -> None:
    import random

    from digest.core.stories.grouping import sparse_dot
    from digest.core.stories.pairs import dot_table

    rng = random.Random(5)
    words = [f"w:word{n}" for n in range(30)]
    for _ in range(30):
        vectors = []
        for _ in range(rng.randint(1, 12)):
            chosen = rng.sample(words, rng.choice([0, 3, 3, rng.randint(1, 20)]))  # some as long as others
            vectors.append({word: rng.random() for word in chosen})
        table = dot_table(vectors)
        for i, first in enumerate(vectors):
            assert same(sparse_dot(first, first), sparse_dot(first, dict(first)))  # a squared length, either way
            for j in range(i, len(vectors)):
                assert table[i][j] == table[j][i]
                assert same(table[i][j], sparse_dot(first, vectors[j]))


def test_a_dot_table_and_sparse_dot_add_left_to_right_without_compensation() -> None:
    from digest.core.stories.grouping import sparse_dot
    from digest.core.stories.pairs import dot_table

    first = {"w:a": 1e16, "w:b": 1.0, "w:c": -1e16}
    second = {"w:a": 1.0, "w:b": 1.0, "w:c": 1.0, "w:d": 1.0}
    added = (0.0 + 1e16 + 1.0) - 1e16  # 0.0: the 1.0 is lost in the first sum, as a plain loop loses it
    assert sparse_dot(first, second) == sparse_dot(second, first) == added
    assert dot_table([first, second])[0][1] == dot_table([second, first])[0][1] == added


def test_a_table_scored_at_once_holds_what_a_memo_scores_pair_by_pair() -> None:
    import random

    from digest.core.stories.pairs import PairMemo, PairTable

    items, vectors = weighed()
    rng = random.Random(11)
    for _ in range(10):
        picked = [rng.randrange(len(items)) for _ in range(rng.randint(2, 9))]
        chosen = [
            dataclasses.replace(items[i], published=rng.choice([None, 86400.0 * rng.randint(0, 12)])) for i in picked
        ]
        at_once = PairTable([vectors[i] for i in picked], chosen, Settings())
        memo = PairMemo(Settings())
        pair_by_pair = PairTable([vectors[i] for i in picked], chosen, Settings(), memo, list(range(len(picked))))
        assert memo.pairs
        for first, second in zip(
            [at_once.scores, *at_once.dots], [pair_by_pair.scores, *pair_by_pair.dots], strict=True
        ):
            assert all(
                same(a, b) for row, other in zip(first, second, strict=True) for a, b in zip(row, other, strict=True)
            )


def same(first: float, second: float) -> bool:
    """Equal to the last bit where ``sum`` adds floats left to right (Python 3.11), within rounding from 3.12."""
    import math
    import sys

    return first == second if sys.version_info < (3, 12) else math.isclose(first, second, rel_tol=1e-12, abs_tol=1e-15)


def test_pair_memo_scores_a_pair_once() -> None:
    from digest.core.stories.pairs import PairMemo

    items, vectors = weighed()
    memo = PairMemo(Settings())
    first = regroup(vectors, items, Settings(), memo, [10, 11, 12, 13, 14])
    assert len(memo.pairs) == 10
    assert first == [0, 0, 0, 1, 1]
    memo.pairs = {key: (-1.0, (0.0,) * 5) for key in memo.pairs}  # what is remembered is used, not recomputed
    assert regroup(vectors, items, Settings(), memo, [10, 11, 12, 13, 14]) == [0, 1, 2, 3, 4]


def test_pair_memo_reads_each_member_once_and_forgets_it_with_the_pairs() -> None:
    from digest.core.stories.pairs import PairMemo, namespace_dots

    items, vectors = weighed()
    memo = PairMemo(Settings())
    keys = [10, 11, 12, 13, 14]
    assert regroup(vectors, items, Settings(), memo, keys) == regroup(vectors, items, Settings())
    assert memo.owns[10] == namespace_dots(vectors[0], vectors[0])
    assert memo.names[11] == {n: w for n, w in vectors[1]["e"].items() if " " not in n}
    memo.size = len(memo.pairs)
    memo.pair((20, 21), (vectors[0], vectors[1]), (items[0], items[1]))  # full: forgets every pair and member
    assert 10 not in memo.owns and 11 not in memo.names and 10 not in memo.leading


def test_average_linkage_without_scipy_matches_scipy() -> None:
    import random

    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    from digest.core.stories.pairs import average_linkage_table

    rng = random.Random(3)
    for _ in range(200):
        count = rng.randint(1, 25)
        centres = [rng.random() for _ in range(rng.randint(1, 4))]
        points = [rng.choice(centres) + rng.gauss(0, 0.08) for _ in range(count)]
        scores = [[1.0 - abs(a - b) * 3 for b in points] for a in points]
        threshold = rng.uniform(0.2, 0.9)
        if count > 1:
            distances = [[2.0 - s if i != j else 0.0 for j, s in enumerate(row)] for i, row in enumerate(scores)]
            found = fcluster(linkage(squareform(distances), "average"), 2.0 - threshold, "distance")
            numbers: dict[int, int] = {}
            expected = [numbers.setdefault(int(label), len(numbers)) for label in found]
        else:
            expected = [0]
        assert average_linkage_table(scores, threshold) == expected


def test_placing_an_article_imports_neither_numpy_nor_the_quote_engine(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from digest.core.store.schema import connect\n"
        "from digest.core.store.stories import StoryCache, place\n"
        "from digest.core.stories.features import article_features\n"
        f"connection = connect(Path({str(tmp_path / 'lib.db')!r}))\n"
        "for n, text in enumerate(['Quake hits Chile. Rescuers dig.'] * 3):\n"
        '    connection.execute("INSERT INTO articles (key, source, title, format, content_hash, added)'
        " VALUES (?, ?, 'Quake', 'text', ?, 'now')\", (str(n), str(n), str(n)))\n"
        "    place(connection, n + 1, article_features('Quake', text), 'Quake', StoryCache())\n"
        "print(connection.execute('SELECT count(DISTINCT story_id) FROM story_members').fetchone()[0])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'numpy', 'scipy'} or m == 'digest.core.quotes'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.split("\n")[:2] == ["1", "[]"]


def _insert(connection: sqlite3.Connection, number: int) -> int:
    cursor = connection.execute(
        "INSERT INTO articles (key, source, title, format, content_hash, added)"
        " VALUES (?, ?, ?, 'text', ?, '2026-01-01T00:00:00Z')",
        (f"k{number}", f"s{number}", EVENTS[number].title, f"h{number}"),
    )
    return int(cursor.lastrowid or 0)


def test_a_story_emptied_by_another_process_never_lends_its_id_to_a_new_story(tmp_path: Path) -> None:
    apart = dataclasses.replace(Settings(), strict_threshold=10.0, threshold=10.0)  # every arrival starts a story alone
    items = features()
    with Library(tmp_path / "lib.db") as first, Library(tmp_path / "lib.db") as second:
        with first.transaction():  # the 2008 quake's three articles in three stories, cached by the first
            for number in range(3):
                place(first.connection, _insert(first.connection, number), items[number], "t", first.story_cache, apart)
        emptied = {s for (s,) in first.connection.execute("SELECT id FROM stories")}
        with second.transaction():  # the second regroups them into one story, and a 2013 article starts one
            assert revisit(second.connection, sorted(emptied), Settings(), second.story_cache)
            emptied -= {s for (s,) in second.connection.execute("SELECT story_id FROM story_members")}
            assert len(emptied) == 2
            started = place(second.connection, _insert(second.connection, 3), items[3], "t", second.story_cache, apart)
        assert started not in emptied
        rows = first.connection.execute("SELECT id, centroid, years, times, revision FROM stories").fetchall()
        for story_id, centroid, years, times, revision in rows:  # the first's cache holds no other story's past
            cached = first.story_cache.get(story_id, revision)  # (with ids reused, the new story hit the old one)
            assert cached is None or cached.centroid == _load_story((story_id, centroid, years, times)).centroid
        assert {story.id for story in second.stories()} == {row[0] for row in rows if row[0] not in emptied}
        assert not second.connection.execute(  # an emptied story is no candidate for an arrival
            "SELECT 1 FROM story_postings WHERE story_id IN (SELECT value FROM json_each(?))", (str(sorted(emptied)),)
        ).fetchone()


def test_an_arrival_that_nearly_joined_a_story_is_regrouped_with_it(tmp_path: Path) -> None:
    # a strict threshold no pair reaches: every arrival starts a story; the regrouping threshold gathers them
    settings = dataclasses.replace(Settings(), strict_threshold=5.0)
    connection = connect(tmp_path / "lib.db")
    ids = stored(connection, settings)
    assert groups(connection, ids) == [0, 0, 0, 1, 1]


def test_an_arrival_joins_at_the_strict_threshold_and_rivals_at_the_regrouping_one() -> None:
    settings = Settings()
    strict, loose = settings.strict_threshold, settings.threshold
    scored = [(strict + 0.1, 7), (strict, 8), (loose, 9), (loose - 0.01, 10)]
    assert decide(scored, settings, 2) == Join(7, (8, 9))
    assert decide(scored, settings, 1) == Join(7, (8,))
    assert decide(scored[2:], settings, 2) == Join(None, (9,))  # a new story, regrouped with the one it nearly joined
    assert decide(scored[3:], settings, 2) == Join(None, ())
    assert decide([], settings, 2) == Join(None, ())


def two_events_of_one_kind(size: int, numbers: tuple[str, str] = ("n:14", "n:27")) -> tuple[list, list]:  # type: ignore[type-arg]
    """Articles with the same words, ``size`` naming one figure and ``size`` another (each event repeats its own)."""
    from digest.core.stories.features import ArticleFeatures

    vectors = [{"w": {"w:storm": 0.8, "w:harbour": 0.6}, "n": {numbers[k // size]: 1.0}} for k in range(2 * size)]
    return vectors, [ArticleFeatures() for _ in vectors]


def test_two_linked_groups_whose_numbers_conflict_are_two_events() -> None:
    from digest.core.stories.linkage import average_linkage

    vectors, items = two_events_of_one_kind(4)
    assert average_linkage(vectors, items, Settings()) == [0] * 4 + [1] * 4
    assert regroup(vectors, items, Settings()) == [0] * 4 + [1] * 4
    unchecked = Settings(numbers_conflict=0.0)
    assert average_linkage(vectors, items, unchecked) == [0] * 8
    assert regroup(vectors, items, unchecked) == [0] * 8


def test_small_groups_and_groups_without_shared_numbers_stay_linked() -> None:
    from digest.core.stories.linkage import average_linkage

    vectors, items = two_events_of_one_kind(3)  # three articles each: too few to tell
    assert average_linkage(vectors, items, Settings()) == [0] * 6
    assert regroup(vectors, items, Settings()) == [0] * 6
    vectors, items = two_events_of_one_kind(4)
    for number, vector in enumerate(vectors):  # every article its own figure: neither group agrees on one
        vector["n"] = {f"n:{number}": 1.0}
    assert average_linkage(vectors, items, Settings()) == [0] * 8
    assert regroup(vectors, items, Settings()) == [0] * 8


def test_conflicts_split_from_the_last_merge_down() -> None:
    from digest.core.stories.conflicts import labelled, split_conflicts

    cosines = [[1.0 if (i < 4) == (j < 4) else 0.0 for j in range(9)] for i in range(9)]
    cosines[8] = [0.0] * 9  # the ninth article names no figure

    def mean(first: list[int], second: list[int] | None) -> float:
        pairs = [(i, j) for i in first for j in (first if second is None else second) if i != j]
        return sum(cosines[i][j] for i, j in pairs) / len(pairs)

    # articles 0-3 merged (nodes 9-11), 4-7 (12-14), the two (15), then the ninth article joined (16)
    children = {9: (0, 1), 10: (9, 2), 11: (10, 3), 12: (4, 5), 13: (12, 6), 14: (13, 7), 15: (11, 14), 16: (15, 8)}
    assert labelled(9, split_conflicts(9, children, mean, 0.5)) == [0] * 9  # 8 articles and 1: too few on one side
    del children[16]
    assert labelled(9, split_conflicts(9, children, mean, 0.5)) == [0] * 4 + [1] * 4 + [2]
