"""One actor per person across the library, however each article named them.

Articles name one person differently: ``Mark Jay Holden`` and ``Mark Holden``, ``President and General
Manager Ed Warnick`` and ``Ed Warnick``, ``Tara Quill's`` (a possessive left on a speaker) and ``Tara Quill``,
or just ``Holden``. Across a whole library a surname alone is ambiguous (many Smiths), so the rules are
stricter than a story's (:mod:`digest.core.stories.actors`):

- names of two words or more merge when one is the other's tail (``Ed Warnick`` ends ``… Manager Ed
  Warnick``), or when first and last words agree (``Mark Holden``, ``Mark Jay Holden``);
- a one-word name (a surname, once leading titles are dropped: ``President Obama``) merges into a fuller name
  with that last word only when they were quoted in a common story (or, with no stories, a common article) and
  exactly one such fuller name is there;
- names that are not a person's (``the prosecutor``, ``her rep``) merge only with the same words.

Each merged actor is shown under its plainest full name: the shortest of two words or more, the most quoted
of those on a tie.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from digest.core.person_names import is_personal, name_key

__all__ = ["SpokenName", "is_personal", "merge_names", "name_key"]


@dataclass
class SpokenName:
    """One speaker name as stored, with where it was quoted."""

    name: str
    quotes: int = 0
    articles: set[int] = field(default_factory=set)
    stories: set[int] = field(default_factory=set)


class _Groups:
    """Union-find over names."""

    def __init__(self, names: Iterable[str]) -> None:
        self.parent = {name: name for name in names}

    def find(self, name: str) -> str:
        while self.parent[name] != name:
            self.parent[name] = self.parent[self.parent[name]]
            name = self.parent[name]
        return name

    def join(self, first: str, second: str) -> None:
        self.parent[self.find(first)] = self.find(second)


def merge_names(spoken: dict[str, SpokenName]) -> dict[str, str]:
    """Map each speaker name to the name of the actor it belongs to (itself when it stands alone).

    Linear in the names (indexed by words, surnames and places), so a library with thousands of people of one
    common surname merges them as fast as it lists them.
    """
    groups = _Groups(spoken)
    keys = {name: name_key(name) for name in spoken}
    _join_full_names(spoken, keys, groups)
    _join_surnames(spoken, keys, groups)
    members: dict[str, list[str]] = defaultdict(list)
    for name in spoken:
        members[groups.find(name)].append(name)
    shown: dict[str, str] = {}
    for names in members.values():
        best = min(names, key=lambda n: (len(keys[n]) < 2, len(keys[n]), -spoken[n].quotes, n))
        shown.update(dict.fromkeys(names, best))
    return shown


def _join_full_names(spoken: dict[str, SpokenName], keys: dict[str, tuple[str, ...]], groups: _Groups) -> None:
    """Join personal names of two words or more that name one person; other names only when their words agree.

    Linear in the names: instead of comparing each name with every other of its surname (quadratic for a
    common surname in a large library), names meet through their (first, last) words and their tails.
    """
    by_words: dict[tuple[tuple[str, ...], bool], str] = {}
    by_ends: dict[tuple[str, str], str] = {}
    full_names: dict[tuple[str, ...], str] = {}
    for name in sorted(spoken):
        key, personal = keys[name], is_personal(name)
        if not key:
            continue
        if not personal or len(key) < 2:
            groups.join(name, by_words.setdefault((key, personal), name))
            continue
        groups.join(name, by_ends.setdefault((key[0], key[-1]), name))
        full_names.setdefault(key, name)
    for key, name in full_names.items():
        for start in range(1, len(key) - 1):  # every proper tail of two words or more
            tail = full_names.get(key[start:])
            if tail is not None:
                groups.join(name, tail)


def _join_surnames(spoken: dict[str, SpokenName], keys: dict[str, tuple[str, ...]], groups: _Groups) -> None:
    """Join a one-word personal name to the one fuller name with that last word quoted in a common story."""
    fuller: dict[str, list[str]] = defaultdict(list)
    for name, key in keys.items():
        if len(key) >= 2 and is_personal(name):
            fuller[key[-1]].append(name)
    surnames = [name for name, key in keys.items() if len(key) == 1 and key[0] in fuller and is_personal(name)]
    fuller = {keys[name][0]: fuller[keys[name][0]] for name in surnames}
    places = _places_of_fuller_names(spoken, fuller)
    for name in surnames:
        surname, spoken_name = keys[name][0], spoken[name]
        together = {
            other
            for place in [("story", story) for story in spoken_name.stories]
            + [("article", article) for article in spoken_name.articles]
            for other in places.get((surname, *place), ())
        }
        near = {groups.find(other) for other in together}
        if len(near) == 1:
            groups.join(name, near.pop())


def _places_of_fuller_names(
    spoken: dict[str, SpokenName], fuller: dict[str, list[str]]
) -> dict[tuple[str, str, int], list[str]]:
    """The fuller names of each surname by the story and by the article they were quoted in, so a surname finds
    the fuller names quoted with it without comparing it with all of them."""
    places: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    for surname, names in fuller.items():
        for name in names:
            for story in spoken[name].stories:
                places[surname, "story", story].append(name)
            for article in spoken[name].articles:
                places[surname, "article", article].append(name)
    return places
