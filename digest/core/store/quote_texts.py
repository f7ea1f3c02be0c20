"""A library quote's words, read from its article's stored quote report instead of a second copy.

Since schema 10 the ``quotes`` table (one row per quote, for the actors view across the library) keeps a quote's
speaker, kind and position but not its words: those are in the article's quote report, the analysis entry of
the article's content hash and ``articles.quotes_version`` (the version it was saved with; entries are never
deleted, and an entry stored again under the same key holds the same report). A row keeps its words in
``quotes.text`` only when no such entry held them as the migration found it.
"""

from __future__ import annotations

import functools
import sqlite3
import zlib
from collections.abc import Sequence
from typing import Any

from digest.core.store.cache import entry_fields

_UNREADABLE = (TypeError, KeyError, ValueError, AttributeError, RecursionError, MemoryError, zlib.error)
"""What decoding a damaged entry may raise: such an entry holds no words."""

_MIGRATION_MEMORY = 64
"""Entries the migration remembers decoded (it asks for each quote of an article in turn)."""


@functools.lru_cache(maxsize=_MIGRATION_MEMORY)
def _quotes_of_entry(data: bytes | str) -> tuple[tuple[str, str, str], ...]:
    """(speaker, text, kind) of each quote of a stored quote report, in order (none for an unreadable entry)."""
    try:
        quotes: list[dict[str, Any]] = entry_fields(data).get("quotes", [])
        return tuple((q["speaker"], q["text"], q.get("kind", "direct")) for q in quotes)
    except _UNREADABLE:
        return ()


def entry_quote_text(data: bytes | str | None, position: int, speaker: str, kind: str) -> str | None:
    """The words of the quote at ``position`` of a stored quote report when it is ``speaker``'s and of ``kind``,
    else None (the SQL function ``digest_quote_text`` of the migration to schema 10)."""
    if data is None:
        return None
    quotes = _quotes_of_entry(data)
    if not 0 <= position < len(quotes) or quotes[position][0] != speaker or quotes[position][2] != kind:
        return None
    words = quotes[position][1]
    return words if isinstance(words, str) else None  # a damaged entry's words are not trusted


def _texts_of_entry(data: bytes | str) -> tuple[str, ...]:
    """The words of each quote of a stored quote report, in order (none for an unreadable entry)."""
    try:
        return tuple(str(quote["text"]) for quote in entry_fields(data).get("quotes", []))
    except _UNREADABLE:
        return ()


_REPORTS_OF_SPEAKERS = """SELECT a.content_hash, a.quotes_version, e.data
    FROM (SELECT DISTINCT article_id FROM quotes WHERE speaker IN ({marks}) AND text IS NULL) s
    JOIN articles a ON a.id = s.article_id
    JOIN analysis e ON e.content_hash = a.content_hash AND e.kind = 'quotes' AND e.version = a.quotes_version"""
"""The quote reports holding the words of some speakers' rows, read in one query (``{marks}``: one ``?`` each)."""


class QuoteTexts:
    """The words of some speakers' library quotes whose rows do not hold them: the reports holding them, read in
    one query and each decoded once."""

    def __init__(self, connection: sqlite3.Connection, speakers: Sequence[str]) -> None:
        query = _REPORTS_OF_SPEAKERS.format(marks=", ".join("?" * len(speakers)))
        self.reports: dict[tuple[str, str], tuple[str, ...]] = {
            (content_hash, version): _texts_of_entry(data)
            for content_hash, version, data in connection.execute(query, list(speakers))
        }

    def text(self, content_hash: str, version: str | None, position: int) -> str:
        """The words of the quote at ``position`` of the report stored for ``content_hash`` at ``version`` ("" if
        the library holds no such quote, which saving and the migration never leave)."""
        texts = self.reports.get((content_hash, version or ""), ())
        return texts[position] if 0 <= position < len(texts) else ""
