"""The articles repository: save, load, list, flag and delete articles (with their search entries).

Every write here runs inside the caller's transaction, so an article, its quotes, its search entry and
its cached analysis are stored together or not at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from digest.core.model import Article, Section
from digest.core.sanitize import shown, storable
from digest.core.store.cache import QUOTES, SUMMARY, Analysis, pack, unpack
from digest.core.store.cache import store as store_analysis
from digest.core.store.row_query import select_rows


def now_iso() -> str:
    """The current UTC time as ISO 8601 (seconds), the library's date format."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class ArticleRow:
    """One line of the article list: everything but the body."""

    id: int
    title: str
    source: str
    url: str | None
    feed_id: int | None
    feed_title: str | None
    is_read: bool
    starred: bool
    added: str
    published: str | None
    teaser_reason: str | None = None

    @property
    def date(self) -> str:
        """The publication date when known, else when the article was added."""
        return self.published or self.added

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of ``digest list --json``."""
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "feed": self.feed_title,
            "read": self.is_read,
            "starred": self.starred,
            "added": self.added,
            "published": self.published,
            "teaser": self.teaser_reason,
        }


def row_from(values: tuple[Any, ...]) -> ArticleRow:
    """Build an ArticleRow from a row selected with :data:`~.row_query.ROW_COLUMNS`."""
    id_, title, source, url, feed_id, feed_title, is_read, starred, added, published, teaser = values
    title, feed_title = shown(title), shown(feed_title) if feed_title else feed_title  # safe however stored
    return ArticleRow(
        id_, title, source, url, feed_id, feed_title, bool(is_read), bool(starred), added, published, teaser
    )


def encode_sections(article: Article) -> bytes:
    """The sections as stored: a JSON list of [title, text] pairs, packed (see :func:`cache.pack`)."""
    return pack([[s.title, s.text] for s in article.sections])


def decode_sections(sections: bytes | str) -> list[tuple[str | None, str]]:
    """The stored sections as (title, text) pairs (also those stored as plain JSON before schema 4)."""
    return [(title, text) for title, text in unpack(sections)]


def decode_article(title: str, source: str, url: str | None, fmt: str, sections: bytes | str) -> Article:
    """Rebuild an Article from its stored columns."""
    parts = tuple(Section(t, x) for t, x in decode_sections(sections))
    return Article(title=shown(title), source=source, sections=parts, url=url, format=fmt)


def speakers_of(fields: dict[str, Any]) -> list[str]:
    """The distinct speakers of a quote report's fields, most quoted first."""
    names = [a["name"] for a in fields.get("actors", [])]
    names += [q["speaker"] for q in fields.get("quotes", [])]
    return list(dict.fromkeys(n for n in names if n))


def _search_values(title: str, sections: bytes | str, speakers: str) -> tuple[str, str, str]:
    body = "\n\n".join(text for _, text in decode_sections(sections) if text)
    return title, body, speakers


def _delete_search(connection: sqlite3.Connection, article_id: int) -> None:
    row = connection.execute(
        "SELECT a.title, b.sections, a.speakers FROM articles a JOIN bodies b ON b.article_id = a.id WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if row is not None:
        connection.execute(
            "INSERT INTO article_search (article_search, rowid, title, body, speakers) VALUES ('delete', ?, ?, ?, ?)",
            (article_id, *_search_values(*row)),
        )


SearchRow = tuple[int, str, str, str]
"""An article's full-text search entry: (article id, title, body, speakers)."""
_INSERT_SEARCH = "INSERT INTO article_search (rowid, title, body, speakers) VALUES (?, ?, ?, ?)"


def flush_search(connection: sqlite3.Connection, queue: list[SearchRow]) -> None:
    """Write the search entries waiting in ``queue`` (inside the transaction that saved them) and empty it.

    Entries written one by one are each flushed to their own segment of the full-text index by the next
    statement that opens a savepoint (story placement's do); written together, they make one.
    """
    if queue:
        connection.executemany(_INSERT_SEARCH, queue)
        queue.clear()


def save_article(
    connection: sqlite3.Connection,
    key: str,
    article: Article,
    analysis: Analysis,
    *,
    feed_id: int | None = None,
    published: str | None = None,
    search_queue: list[SearchRow] | None = None,
) -> tuple[int, str]:
    """Insert or update the article stored under ``key``; return (id, "new" | "updated" | "unchanged").

    A file name's undecodable bytes are stored as ``\\xNN``; a publication date in the future (a feed's
    year 9999) is stored as now, so that it cannot pin the article to the top of the list. With
    ``search_queue``, the search entry waits there for :func:`flush_search` (which the caller runs before
    its commit) instead of being written now.
    """
    key = storable(key)
    if published is not None and published > (now := now_iso()):
        published = now
    existing = connection.execute("SELECT id, content_hash FROM articles WHERE key = ?", (key,)).fetchone()
    if existing is not None and existing[1] == analysis.content_hash:
        return int(existing[0]), "unchanged"
    store_analysis(connection, analysis.content_hash, SUMMARY, analysis.summary_version, analysis.summary)
    store_analysis(connection, analysis.content_hash, QUOTES, analysis.quotes_version, analysis.quotes)
    sections = encode_sections(article)
    report = analysis.quote_fields
    speakers = "\n".join(speakers_of(report))
    values = (
        storable(article.source),
        storable(article.title),
        article.url,
        article.format,
        speakers,
        analysis.content_hash,
        analysis.quotes_version,
    )
    if existing is None:
        cursor = connection.execute(
            "INSERT INTO articles (key, feed_id, source, title, url, format, speakers, content_hash,"
            " quotes_version, added, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, feed_id, *values, now_iso(), published),
        )
        article_id, status = int(cursor.lastrowid or 0), "new"
        connection.execute("INSERT INTO bodies (article_id, sections) VALUES (?, ?)", (article_id, sections))
    else:
        article_id, status = int(existing[0]), "updated"
        flush_search(connection, search_queue or [])  # an entry waiting there may be the one deleted now
        _delete_search(connection, article_id)
        connection.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
        connection.execute(
            "UPDATE articles SET source = ?, title = ?, url = ?, format = ?, speakers = ?,"
            " content_hash = ?, quotes_version = ?, published = coalesce(?, published) WHERE id = ?",
            (*values, published, article_id),
        )
        connection.execute("UPDATE bodies SET sections = ? WHERE article_id = ?", (sections, article_id))
    entry = (article_id, article.title, article.text, speakers)
    if search_queue is None:
        connection.execute(_INSERT_SEARCH, entry)
    else:
        search_queue.append(entry)
    quotes = report.get("quotes", [])
    connection.executemany(  # the words stay in the quote report stored above (see quote_texts)
        "INSERT INTO quotes (article_id, position, speaker, kind) VALUES (?, ?, ?, ?)",
        [(article_id, n, q["speaker"], q.get("kind", "direct")) for n, q in enumerate(quotes)],
    )
    return article_id, status


def delete_article(connection: sqlite3.Connection, article_id: int) -> bool:
    """Delete one article with its quotes and search entry; tell whether it existed."""
    _delete_search(connection, article_id)
    return connection.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0


def load_article(connection: sqlite3.Connection, article_id: int) -> Article | None:
    """The stored article with this id, or None."""
    row = connection.execute(
        "SELECT a.title, a.source, a.url, a.format, b.sections FROM articles a JOIN bodies b ON b.article_id = a.id"
        " WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    return None if row is None else decode_article(*row)


def iter_rows(
    connection: sqlite3.Connection,
    *,
    unread: bool = False,
    starred: bool = False,
    feed_id: int | None = None,
    ids: list[int] | None = None,
) -> Iterator[ArticleRow]:
    """The article list, newest first, as the rows arrive from SQLite (only unread, starred, one feed's or
    given ids when asked)."""
    return map(row_from, select_rows(connection, unread=unread, starred=starred, feed_id=feed_id, ids=ids))


def set_flags(
    connection: sqlite3.Connection, ids: list[int], *, read: bool | None = None, starred: bool | None = None
) -> int:
    """Set the read and/or starred flag of the given articles; return how many rows changed."""
    changed = 0
    for column, value in (("is_read", read), ("starred", starred)):
        if value is None:
            continue
        for article_id in ids:
            changed += connection.execute(
                f"UPDATE articles SET {column} = ? WHERE id = ?", (int(value), article_id)
            ).rowcount
    return changed
