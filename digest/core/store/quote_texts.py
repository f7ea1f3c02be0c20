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
from typing import Any

from digest.core.store.cache import QUOTES, entry_fields, lookup

_MIGRATION_MEMORY = 64
"""Entries the migration remembers decoded (it asks for each quote of an article in turn)."""


@functools.lru_cache(maxsize=_MIGRATION_MEMORY)
def _quotes_of_entry(data: bytes | str) -> tuple[tuple[str, str, str], ...]:
    """(speaker, text, kind) of each quote of a stored quote report, in order (none for an unreadable entry)."""
    try:
        quotes: list[dict[str, Any]] = entry_fields(data).get("quotes", [])
        return tuple((q["speaker"], q["text"], q.get("kind", "direct")) for q in quotes)
    except (TypeError, KeyError, ValueError, AttributeError, zlib.error):
        return ()


def entry_quote_text(data: bytes | str | None, position: int, speaker: str, kind: str) -> str | None:
    """The words of the quote at ``position`` of a stored quote report when it is ``speaker``'s and of ``kind``,
    else None (the SQL function ``digest_quote_text`` of the migration to schema 10)."""
    if data is None:
        return None
    quotes = _quotes_of_entry(data)
    if not 0 <= position < len(quotes) or quotes[position][0] != speaker or quotes[position][2] != kind:
        return None
    return quotes[position][1]


class QuoteTexts:
    """The words of library quotes whose row does not hold them, each article's report decoded once."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.reports: dict[tuple[str, str], tuple[tuple[str, str, str], ...]] = {}

    def text(self, content_hash: str, version: str | None, position: int) -> str:
        """The words of the quote at ``position`` of the report stored for ``content_hash`` at ``version`` ("" if
        the library holds no such quote, which saving and the migration never leave)."""
        if version is None:
            return ""
        key = (content_hash, version)
        if key not in self.reports:
            data = lookup(self.connection, content_hash, QUOTES, version)
            self.reports[key] = _quotes_of_entry.__wrapped__(data) if data is not None else ()
        quotes = self.reports[key]
        return quotes[position][1] if 0 <= position < len(quotes) else ""
