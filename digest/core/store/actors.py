"""The actors view across the whole library: who was quoted, and everything they said, newest first."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from digest.core.store.actor_names import SpokenName, merge_names
from digest.core.store.quote_texts import QuoteTexts


@dataclass(frozen=True)
class ActorSummary:
    """An actor quoted somewhere in the library."""

    name: str
    quotes: int
    articles: int
    latest: str
    aliases: tuple[str, ...] = field(default=())
    """The other names articles gave this actor (their quotes are counted here too)."""

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of one actor."""
        return {
            "name": self.name,
            "quotes": self.quotes,
            "articles": self.articles,
            "latest": self.latest,
            "aliases": list(self.aliases),
        }


@dataclass(frozen=True)
class LibraryQuote:
    """One quote of an actor, with the article it comes from."""

    speaker: str
    text: str
    kind: str
    article_id: int
    article_title: str
    date: str

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of one quote."""
        return {
            "speaker": self.speaker,
            "text": self.text,
            "kind": self.kind,
            "article_id": self.article_id,
            "article": self.article_title,
            "date": self.date,
        }


def list_actors(connection: sqlite3.Connection, *, limit: int | None = None) -> list[ActorSummary]:
    """Every actor with quote and article counts, the most recently quoted first; the names articles gave one
    person merged into one actor (see :mod:`digest.core.store.actor_names`)."""
    query = (
        "SELECT q.speaker, q.article_id, m.story_id, coalesce(a.published, a.added)"
        " FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN story_members m ON m.article_id = a.id"
    )
    spoken: dict[str, SpokenName] = {}
    latest: dict[str, str] = {}
    for speaker, article_id, story_id, date in connection.execute(query):
        name = spoken.setdefault(speaker, SpokenName(speaker))
        name.quotes += 1
        name.articles.add(article_id)
        if story_id is not None:
            name.stories.add(story_id)
        latest[speaker] = max(latest.get(speaker, ""), date or "")
    actors = _merged(spoken, latest)
    actors.sort(key=lambda a: (-a.quotes, a.name))
    actors.sort(key=lambda a: a.latest, reverse=True)  # stable: the latest first, then the most quoted
    return actors if limit is None else actors[: max(0, limit)]


def _merged(spoken: dict[str, SpokenName], latest: dict[str, str]) -> list[ActorSummary]:
    """One summary per merged actor: its names' quotes, articles and latest date together."""
    shown = merge_names(spoken)
    names: dict[str, list[SpokenName]] = {}
    for name, actor in shown.items():
        names.setdefault(actor, []).append(spoken[name])
    return [
        ActorSummary(
            name=actor,
            quotes=sum(n.quotes for n in members),
            articles=len(set().union(*(n.articles for n in members))),
            latest=max(latest[n.name] for n in members),
            aliases=tuple(sorted(n.name for n in members if n.name != actor)),
        )
        for actor, members in names.items()
    ]


def actor_quotes(connection: sqlite3.Connection, speaker: str, aliases: Sequence[str] = ()) -> list[LibraryQuote]:
    """Every quote of ``speaker`` (and of the ``aliases`` merged into it), newest article first, in article order
    within an article."""
    names = [speaker, *aliases]
    marks = ", ".join("?" * len(names))
    query = (
        "SELECT q.speaker, q.text, q.kind, a.id, a.title, coalesce(a.published, a.added) AS date,"
        " q.position, a.content_hash, a.quotes_version"
        f" FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker IN ({marks})"
        " ORDER BY date DESC, a.id DESC, q.position"
    )
    texts = QuoteTexts(connection, names)  # a row's words are in its article's quote report (see quote_texts)
    return [
        LibraryQuote(name, texts.text(digest, version, position) if text is None else text, kind, *article)
        for name, text, kind, *article, position, digest, version in connection.execute(query, names)
    ]
