"""A story built from a batch of articles: the grouping, then each story's title, summary, actors, quotes and copies."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from digest.core.model import Article
from digest.core.quotes import QuoteReport, extract_quotes
from digest.core.stories.actors import StoryActor, StoryQuote, merge_quotes
from digest.core.stories.copies import copy_groups
from digest.core.stories.features import article_features, shingles
from digest.core.stories.grouping import Settings, group
from digest.core.stories.headlines import story_title
from digest.core.stories.summary import StorySentence, summarize_story

DEFAULT_SENTENCES = 8
"""Sentences in a story summary unless asked otherwise."""


@dataclass
class Story:
    """One story: its articles (indices into the list it was built from) and what they say together."""

    id: str
    title: str
    articles: list[int]
    summary: list[StorySentence] = field(default_factory=list)
    actors: list[StoryActor] = field(default_factory=list)
    quotes: list[StoryQuote] = field(default_factory=list)
    copies: list[list[int]] = field(default_factory=list)
    newest: float | None = None


def story_id(sources: Sequence[str]) -> str:
    """A stable id for a story: a short hash of its articles' sources."""
    return hashlib.sha1("\0".join(sorted(sources)).encode()).hexdigest()[:12]


def describe_story(
    articles: Sequence[Article],
    published: Sequence[float | None] | None = None,
    sentences: int = DEFAULT_SENTENCES,
    reports: Sequence[QuoteReport] | None = None,
) -> Story:
    """Describe one story from its articles (indices in the result refer to ``articles``)."""
    reports = list(reports) if reports is not None else [extract_quotes(a) for a in articles]
    summary = summarize_story(articles, sentences)
    actors, quotes = merge_quotes(reports)
    times = [t for t in (published or []) if t is not None]
    return Story(
        id=story_id([a.source for a in articles]),
        title=story_title(a.title for a in articles),
        articles=list(range(len(articles))),
        summary=summary,
        actors=actors,
        quotes=quotes,
        copies=copy_groups([shingles(a.text) for a in articles]),
        newest=max(times) if times else None,
    )


def reindexed(story: Story, indices: Sequence[int]) -> Story:
    """The story with each article index ``i`` replaced by ``indices[i]`` (its place in a longer list)."""
    return replace(
        story,
        articles=[indices[i] for i in story.articles],
        summary=[StorySentence(s.text, indices[s.article], s.position) for s in story.summary],
        actors=[replace(a, articles=[indices[i] for i in a.articles]) for a in story.actors],
        quotes=[replace(q, sources=[indices[i] for i in q.sources]) for q in story.quotes],
        copies=[[indices[i] for i in group] for group in story.copies],
    )


def build_stories(
    articles: Sequence[Article],
    published: Sequence[float | None] | None = None,
    sentences: int = DEFAULT_SENTENCES,
    settings: Settings | None = None,
) -> list[Story]:
    """Group articles into stories and describe each; largest first, then the newest.

    ``published`` gives each article's publication time (seconds since the epoch) when known.
    """
    times = list(published) if published is not None else [None] * len(articles)
    reports = [extract_quotes(a) for a in articles]
    features = [
        article_features(a.title, a.text, [q.name for q in r.actors], t)
        for a, r, t in zip(articles, reports, times, strict=True)
    ]
    numbers = group(features, settings)
    members: dict[int, list[int]] = {}
    for index, number in enumerate(numbers):
        members.setdefault(number, []).append(index)
    stories = []
    for indices in members.values():
        story = describe_story(
            [articles[i] for i in indices], [times[i] for i in indices], sentences, [reports[i] for i in indices]
        )
        story = reindexed(story, indices)
        stories.append(story)
    stories.sort(key=lambda s: (-len(s.articles), -(s.newest or 0.0), s.articles[0]))
    return stories
