"""Who said what across a story: actors merged across articles, quotes shown once with their sources.

Two outlets often name one person differently (``Barack Obama``, ``President Obama``, ``Obama``). Actors
from different articles are merged when their names share a surname (the last word of a personal name)
and their first names, where both give one, agree; an actor whose name is one of another's aliases merges
too. Role-only actors (``a police spokesman``) merge only with the same role text.

A quote reported by several outlets (the same words, give or take punctuation and a few words) is kept
once, with every source that carried it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from digest.core.person_names import person_key
from digest.core.quotes import QuoteReport

_WORD = re.compile(r"[\w'’-]+")
_SAME_QUOTE = 0.8
"""Word-set overlap (Jaccard) above which two quotes of one actor are the same words."""


def _is_personal(name: str) -> bool:
    """Tell whether a name looks like a person's or an organisation's proper name (capitalised words)."""
    words = _WORD.findall(name)
    return bool(words) and all(w[0].isupper() for w in words if len(w) > 3)


def same_actor(first: str, second: str) -> bool:
    """Tell whether two names (from different articles) name one actor."""
    if first.lower() == second.lower():
        return True
    if not (_is_personal(first) and _is_personal(second)):
        return False
    a, b = person_key(first), person_key(second)
    if not a or not b or a[-1] != b[-1]:
        return False
    return len(a) == 1 or len(b) == 1 or a[0] == b[0] or a[0][0] == b[0][0] and (len(a[0]) <= 2 or len(b[0]) <= 2)


@dataclass
class StoryQuote:
    """One quote in a story, with every article that reported it.

    Attributes:
        speaker: The story-wide actor name.
        text: The quote as the first source reported it.
        kind: ``direct`` or ``indirect``.
        sources: The indices (into the story's articles) of the articles that carried it, first first.
    """

    speaker: str
    text: str
    kind: str
    sources: list[int] = field(default_factory=list)


@dataclass
class StoryActor:
    """One actor across a story: the fullest name, a role, the names outlets used, where they were quoted."""

    name: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)
    quotes: int = 0


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


def _find_actor(actors: list[StoryActor], name: str, aliases: Sequence[str]) -> StoryActor | None:
    for actor in actors:
        known = [actor.name, *actor.aliases]
        if any(same_actor(name, k) for k in known) or any(a.lower() == k.lower() for a in aliases for k in known):
            return actor
    return None


def merge_quotes(reports: Sequence[QuoteReport]) -> tuple[list[StoryActor], list[StoryQuote]]:
    """Merge each article's quote report (in story order) into story-wide actors and de-duplicated quotes.

    Actors are sorted by quotes, most first; quotes keep the order in which they were first reported.
    """
    actors, local = _merge_actors(reports)
    quotes: list[StoryQuote] = []
    seen: list[tuple[StoryActor, frozenset[str], StoryQuote]] = []
    for index, report in enumerate(reports):
        for quote in report.quotes:
            speaker = local[index].get(quote.speaker)
            if speaker is None:
                continue
            words = _words(quote.text)
            match = next((q for a, w, q in seen if a is speaker and _overlap(w, words) >= _SAME_QUOTE), None)
            if match is not None:
                if index not in match.sources:
                    match.sources.append(index)
                continue
            story_quote = StoryQuote(speaker=speaker.name, text=quote.text, kind=quote.kind, sources=[index])
            seen.append((speaker, words, story_quote))
            quotes.append(story_quote)
            speaker.quotes += 1
    for speaker, _, story_quote in seen:
        story_quote.speaker = speaker.name  # the fullest name, known only once every article was read
    actors = [a for a in actors if a.quotes]
    actors.sort(key=lambda a: -a.quotes)
    return actors, quotes


def _merge_actors(reports: Sequence[QuoteReport]) -> tuple[list[StoryActor], list[dict[str, StoryActor]]]:
    """Story-wide actors, and for each article the story actor of each of its actor names."""
    actors: list[StoryActor] = []
    local: list[dict[str, StoryActor]] = []
    for index, report in enumerate(reports):
        mapping: dict[str, StoryActor] = {}
        for actor in report.actors:
            found = _find_actor(actors, actor.name, actor.aliases)
            if found is None:
                found = StoryActor(name=actor.name, role=actor.role)
                actors.append(found)
            elif same_actor(actor.name, found.name) and len(person_key(actor.name)) > len(person_key(found.name)):
                found.aliases.append(found.name)
                found.name = actor.name
            elif actor.name != found.name and actor.name not in found.aliases:
                found.aliases.append(actor.name)
            found.role = found.role or actor.role
            if index not in found.articles:
                found.articles.append(index)
            mapping[actor.name] = found
        local.append(mapping)
    return actors, local


def _overlap(first: frozenset[str], second: frozenset[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)
