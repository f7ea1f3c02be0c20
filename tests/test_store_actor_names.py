"""Actors across the library: the names articles gave one person become one actor, and no more than that."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from digest.core import quotes as quotes_module
from digest.core.model import Article, Section
from digest.core.quotes import Actor, Quote, QuoteReport
from digest.core.store import Library
from digest.core.store.actor_names import SpokenName, is_personal, merge_names, name_key


def spoken(*entries: tuple[str, set[int], set[int]]) -> dict[str, SpokenName]:
    """Speaker names with the articles and stories they were quoted in."""
    return {name: SpokenName(name, 1, articles, stories) for name, articles, stories in entries}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mark Jay Holden", "Mark Holden"),
        ("President and General Manager Ed Warnick", "Ed Warnick"),
        ("Tara Quill's", "Tara Quill"),
        ("Department of Corrections spokeswoman Michelle Lyle", "Michelle Lyle"),
        ("The Associated Press", "Associated Press"),
        ("the prosecutor", "prosecutor"),
    ],
)
def test_two_names_of_one_actor_merge_wherever_they_were_quoted(first: str, second: str) -> None:
    merged = merge_names(spoken((first, {1}, set()), (second, {2}, set())))
    assert merged[first] == merged[second]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("John Smith", "Jane Smith"),
        ("Ohio State", "Penn State"),
        ("her rep", "his rep's lawyer"),
        ("prosecutor", "Prosecutor Terry White"),
    ],
)
def test_different_actors_stay_apart(first: str, second: str) -> None:
    merged = merge_names(spoken((first, {1}, {1}), (second, {1}, {1})))
    assert merged[first] != merged[second]


def test_a_surname_joins_the_full_name_only_where_they_were_quoted_together() -> None:
    names = spoken(("Holden", {3}, {7}), ("Mark Holden", {1}, {7}), ("Anna Holden", {9}, {8}))
    merged = merge_names(names)
    assert merged["Holden"] == "Mark Holden"
    assert merged["Anna Holden"] == "Anna Holden"
    alone = merge_names(spoken(("Holden", {3}, {5}), ("Mark Holden", {1}, {7})))
    assert alone["Holden"] == "Holden"


def test_a_surname_shared_by_two_full_names_in_its_story_stays_alone() -> None:
    merged = merge_names(spoken(("Smith", {3}, {7}), ("Gene Smith", {1}, {7}), ("Stephen A. Smith", {2}, {7})))
    assert merged["Smith"] == "Smith"


def test_the_plainest_full_name_is_shown() -> None:
    merged = merge_names(
        spoken(("Warnick", {1}, {1}), ("General Manager Ed Warnick", {1}, {1}), ("Ed Warnick", {2}, {1}))
    )
    assert set(merged.values()) == {"Ed Warnick"}
    assert name_key("Dr. Aisha Khan's") == ("aisha", "khan")


def test_the_actors_view_counts_and_lists_every_name_of_one_actor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    speakers = {"One": "Mark Jay Holden", "Two": "Mark Holden", "Three": "Jane Doe"}

    def fake(article: Article) -> QuoteReport:
        name = speakers[article.title]
        return QuoteReport([Actor(name)], [Quote(name, f"said in {article.title}", "direct", None, 0, 0, 1)])

    monkeypatch.setattr(quotes_module, "extract_quotes", fake)
    with Library(tmp_path / "lib.db") as library, library.transaction():
        for n, title in enumerate(speakers):
            article = Article(title=title, source=f"{title}.md", sections=(Section(None, f"Body {n}."),))
            library.save(title, article, library.analyse(article), published=f"2025-01-0{n + 1}T00:00:00Z")
    with Library(tmp_path / "lib.db") as library:
        actors = {actor.name: actor for actor in library.actors()}
        assert set(actors) == {"Mark Holden", "Jane Doe"}
        heller = actors["Mark Holden"]
        assert (heller.quotes, heller.articles, heller.aliases) == (2, 2, ("Mark Jay Holden",))
        quotes = library.actor_quotes(heller.name, heller.aliases)
        assert [q.text for q in quotes] == ["said in Two", "said in One"]
        assert heller.to_dict()["aliases"] == ["Mark Jay Holden"]


def same_full_name(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two names of two words or more name one person (tail of the other, or same first and last)."""
    if len(first) < 2 or len(second) < 2 or first[-1] != second[-1]:
        return False
    shorter, longer = sorted((first, second), key=len)
    return longer[-len(shorter) :] == shorter or first[0] == second[0]


def _pairwise_merge(spoken: dict[str, SpokenName]) -> set[frozenset[str]]:
    """The merging rules applied pair by pair (quadratic; the specification the indexed merge must equal)."""
    parent = {name: name for name in spoken}

    def find(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    keys = {name: name_key(name) for name in spoken}
    full = [n for n in spoken if len(keys[n]) >= 2 and is_personal(n)]
    for first in spoken:
        for second in spoken:
            a, b = keys[first], keys[second]
            if first in full and second in full:
                joined = same_full_name(a, b)
            else:
                joined = bool(a) and a == b and is_personal(first) == is_personal(second) and len(a) == len(b)
            if joined:
                parent[find(first)] = find(second)
    for name in sorted(spoken, key=list(spoken).index):
        if len(keys[name]) != 1 or not is_personal(name):
            continue
        near = {
            find(o)
            for o in full
            if keys[o][-1] == keys[name][0]
            and (spoken[name].stories & spoken[o].stories or spoken[name].articles & spoken[o].articles)
        }
        if len(near) == 1:
            parent[find(name)] = near.pop()
    groups: dict[str, set[str]] = {}
    for name in spoken:
        groups.setdefault(find(name), set()).add(name)
    return {frozenset(group) for group in groups.values()}


def _groups(merged: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for name, actor in merged.items():
        groups.setdefault(actor, set()).add(name)
    return {frozenset(group) for group in groups.values()}


@pytest.mark.parametrize("seed", range(40))
def test_the_indexed_merge_equals_the_rules_applied_pair_by_pair(seed: int) -> None:
    rng = random.Random(seed)
    words = ["Ann", "Bo", "Cy", "Lee", "Park", "Stone", "Dr", "spokesman", "the", "police"]
    names = {" ".join(rng.choice(words) for _ in range(rng.randint(1, 4))) for _ in range(30)}
    entries = [(n, {rng.randrange(6)}, {rng.randrange(4)} if rng.random() < 0.5 else set()) for n in sorted(names)]
    expected = _pairwise_merge(spoken(*entries))
    assert _groups(merge_names(spoken(*entries))) == expected
