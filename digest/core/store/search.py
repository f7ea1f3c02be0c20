"""Full-text search over titles, text and speakers (SQLite FTS5).

The query language is kept simple and safe: words are matched as whole tokens (all of them must be
present), ``"quoted phrases"`` match in order, a trailing ``*`` matches a prefix, and ``OR`` between two
terms matches either. Anything else is treated as plain words, never as FTS5 syntax.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from digest.core.store.articles import ArticleRow, decode_sections, row_from
from digest.core.store.row_query import ROW_COLUMNS

_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Translate a user query into an FTS5 expression (None when it has no searchable word)."""
    parts: list[str] = []
    for phrase, bare in _TERM.findall(text):
        if bare == "OR" and parts and parts[-1] != "OR":
            parts.append("OR")
            continue
        words = _WORD.findall(phrase or bare)
        if not words:
            continue
        prefix = "*" if bare.endswith("*") else ""
        quoted = '"' + " ".join(words) + '"'
        parts.append(quoted + prefix if phrase or len(words) == 1 else " ".join(f'"{w}"' for w in words) + prefix)
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts) or None


@dataclass(frozen=True)
class SearchHit:
    """One search result: the article's row and a short extract around the first match."""

    row: ArticleRow
    snippet: str

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of one ``digest search --json`` result."""
        return {**self.row.to_dict(), "snippet": self.snippet}


def search(connection: sqlite3.Connection, text: str, *, limit: int = 50) -> list[SearchHit]:
    """The articles matching ``text``, best first (BM25, titles and speakers weigh more than the body)."""
    return list(iter_search(connection, text, limit=limit))


def iter_search(connection: sqlite3.Connection, text: str, *, limit: int = 50) -> Iterator[SearchHit]:
    """:func:`search`, each hit yielded as soon as it is read."""
    expression = fts_query(text)
    if expression is None:
        return
    query = (
        f"SELECT {ROW_COLUMNS}, b.sections, a.speakers FROM "
        "(SELECT rowid AS id, bm25(article_search, 5.0, 1.0, 3.0) AS score FROM article_search"
        " WHERE article_search MATCH ? ORDER BY score LIMIT ?) AS hit"
        " JOIN articles a ON a.id = hit.id JOIN bodies b ON b.article_id = a.id"
        " LEFT JOIN feeds f ON f.id = a.feed_id ORDER BY hit.score"
    )
    words = [w.lower() for w in _WORD.findall(text) if w != "OR"]
    for values in connection.execute(query, (expression, limit)):
        row = row_from(values[:-2])
        body = " ".join(" ".join(text.split()) for _, text in decode_sections(values[-2]) if text)
        yield SearchHit(row, snippet(body, words) or snippet(values[-1].replace("\n", ", "), words))


def snippet(text: str, words: list[str], width: int = 160) -> str:
    """A one-line extract of ``text`` around the first occurrence of any of ``words``."""
    lowered = text.lower()
    positions = [p for p in (lowered.find(w) for w in words) if p >= 0]
    if not positions:
        return ""
    start = max(0, min(positions) - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < min(positions) else start
    extract = text[start : start + width].strip()
    return ("..." if start else "") + extract + ("..." if start + width < len(text) else "")
