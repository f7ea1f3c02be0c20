"""The actors view across the whole library: who was quoted, and everything they said, newest first."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class ActorSummary:
    """An actor quoted somewhere in the library."""

    name: str
    quotes: int
    articles: int
    latest: str

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of one actor."""
        return {"name": self.name, "quotes": self.quotes, "articles": self.articles, "latest": self.latest}


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
    """Every speaker with quote and article counts, the most recently quoted first."""
    query = (
        "SELECT q.speaker, count(*), count(DISTINCT q.article_id), max(coalesce(a.published, a.added)) AS latest"
        " FROM quotes q JOIN articles a ON a.id = q.article_id GROUP BY q.speaker"
        " ORDER BY latest DESC, count(*) DESC, q.speaker"
    )
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    return [ActorSummary(*row) for row in connection.execute(query)]


def actor_quotes(connection: sqlite3.Connection, speaker: str) -> list[LibraryQuote]:
    """Every quote of ``speaker``, newest article first, in article order within an article."""
    query = (
        "SELECT q.speaker, q.text, q.kind, a.id, a.title, coalesce(a.published, a.added) AS date"
        " FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker = ?"
        " ORDER BY date DESC, a.id DESC, q.position"
    )
    return [LibraryQuote(*row) for row in connection.execute(query, (speaker,))]
