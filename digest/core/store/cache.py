"""The analysis cache: summaries and quotes stored by content hash and method version.

An entry holds the fields needed to rebuild the object (``to_dict``, what the commands print, is rebuilt
from them), as compact JSON compressed with zlib: :func:`pack` and :func:`unpack`. Entries written before
schema version 4 (plain JSON holding both ``to_dict`` and the fields) are still read.

The version of a method is the analysing package's ``VERSION`` attribute when it has one, else a
fingerprint of its source and data files, so changing the algorithm never serves stale results.

Entries are never deleted: besides serving as a cache, a stored quote report is where the library keeps its
quotes' words (the ``quotes`` rows of an article name the report's version, :mod:`digest.core.store.quote_texts`).
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import zlib
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from digest.core.model import Article

if TYPE_CHECKING:  # the analysers are imported only when used: opening the library stays fast
    from digest.core.quotes import QuoteReport
    from digest.core.summarize import Summary

SUMMARY = "summary"
"""Cache kind of summaries."""
QUOTES = "quotes"
"""Cache kind of quote reports."""
DEFAULT_SENTENCES = 3
"""Summary length computed at ingestion."""


def content_hash(article: Article) -> str:
    """A hash of what analysis depends on: the title and the sections (not the source or flags)."""
    import hashlib  # here: OpenSSL's start-up is not paid by commands that only read the library

    canonical = json.dumps([article.title, [[s.title, s.text] for s in article.sections]], ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


_FINGERPRINTED = (".py", ".json", ".txt")
"""What an analysing package's version is a fingerprint of: its code and its data files (a model's weights, the
name lists), so that a new model or list never serves reports made with the old one."""


@cache
def _module_version(module: ModuleType) -> str:
    declared = getattr(module, "VERSION", None)
    if declared is not None:
        return str(declared)
    import hashlib

    digest = hashlib.sha256()
    files = [Path(module.__file__ or "")]
    if module.__file__ and Path(module.__file__).name == "__init__.py":  # a package: its code and its data files
        files = sorted(p for p in Path(module.__file__).parent.rglob("*") if p.suffix in _FINGERPRINTED)
    for path in files:
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def summary_version(method: str = "default", sentences: int = DEFAULT_SENTENCES) -> str:
    """The cache version of a summary: the method, its length and the summariser's code version."""
    from digest.core import summarize

    return f"{method}/{sentences}/{_module_version(summarize)}"


def quotes_version() -> str:
    """The cache version of quote reports: the quote extractor's code version."""
    from digest.core import quotes

    return _module_version(quotes)


PACK_LEVEL = 6
"""zlib's compression level of :func:`pack` (its default). Level 1 takes about half the compression time on the
summaries, quote reports and sections of the development pages (0.24 -> 0.14 ms an article) for 8 % more bytes
(10 % more for the sections): about 0.6 % of an article's ingest, not worth the library file's margin under its
size goal (any level reads back the same way)."""


def pack(value: Any) -> bytes:
    """The stored form of a JSON value: compact JSON (non-ASCII kept as is) compressed with zlib."""
    return zlib.compress(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), PACK_LEVEL)


def unpack(data: bytes | str) -> Any:
    """The JSON value stored by :func:`pack` (or, for a ``str``, plain JSON as stored before schema 4)."""
    if isinstance(data, bytes):
        return json.loads(zlib.decompress(data))
    return json.loads(data)


def entry_fields(data: bytes | str) -> dict[str, Any]:
    """The fields of a cache entry (also those of an entry written before schema 4)."""
    value = unpack(data)
    fields: dict[str, Any] = value["fields"] if isinstance(data, str) and "fields" in value else value
    return fields


_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of a dataclass (None for any other type), looked up once per type."""
    if kind not in _FIELD_NAMES:
        _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else None
    return _FIELD_NAMES[kind]


def plain(value: Any) -> Any:
    """A dataclass's fields as JSON-ready values, nested dataclasses and lists included: what
    ``dataclasses.asdict`` gives for the analysis classes (plain fields: strings, numbers, lists), without
    its deep copy of every value."""
    names = _field_names(type(value))
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def encode_summary(summary: Summary) -> bytes:
    """The cache entry of a summary: its fields, packed."""
    return pack(plain(summary))


def encode_quotes(report: QuoteReport) -> bytes:
    """The cache entry of a quote report: its fields, packed."""
    return pack(plain(report))


def repack(data: bytes | str) -> bytes:
    """A cache entry in the current form (an entry written before schema 4 is converted)."""
    return data if isinstance(data, bytes) else pack(entry_fields(data))


def decode_summary(data: bytes | str) -> Summary | None:
    """Rebuild a Summary from a cache entry (None when the entry no longer fits the class)."""
    from digest.core.summarize import SectionSummary, Summary

    try:
        fields = dict(entry_fields(data))
        fields["sections"] = [SectionSummary(**s) for s in fields.get("sections", [])]
        return Summary(**fields)
    except (TypeError, KeyError, ValueError, zlib.error):
        return None


def decode_quotes(data: bytes | str) -> QuoteReport | None:
    """Rebuild a QuoteReport from a cache entry (None when the entry no longer fits the classes)."""
    from digest.core.quotes import Actor, Quote, QuoteReport

    try:
        fields = dict(entry_fields(data))
        fields["actors"] = [Actor(**a) for a in fields.get("actors", [])]
        fields["quotes"] = [Quote(**q) for q in fields.get("quotes", [])]
        return QuoteReport(**fields)
    except (TypeError, KeyError, ValueError, zlib.error):
        return None


def lookup(connection: sqlite3.Connection, digest: str, kind: str, version: str) -> bytes | str | None:
    """The stored cache entry for (content hash, kind, version), or None."""
    row = connection.execute(
        "SELECT data FROM analysis WHERE content_hash = ? AND kind = ? AND version = ?", (digest, kind, version)
    ).fetchone()
    found: bytes | str | None = None if row is None else row[0]
    return found


def store(connection: sqlite3.Connection, digest: str, kind: str, version: str, data: bytes) -> None:
    """Write a packed cache entry (inside the caller's transaction)."""
    connection.execute(
        "INSERT OR REPLACE INTO analysis (content_hash, kind, version, data) VALUES (?, ?, ?, ?)",
        (digest, kind, version, data),
    )


@dataclasses.dataclass
class Analysis:
    """The analysis of one article as cache entries: what a worker hands to the writer."""

    content_hash: str
    summary_version: str
    summary: bytes
    quotes_version: str
    quotes: bytes
    fresh: bool = True
    """True when computed now, False when it came from the cache."""

    read: tuple[bytes, dict[str, Any]] | None = dataclasses.field(default=None, repr=False, compare=False)
    """The quote entry last decoded (or packed by :func:`analyse`) and its fields."""

    @property
    def quote_fields(self) -> dict[str, Any]:
        """The quote report's fields, decoded once however many readers ask (again if ``quotes`` is replaced;
        :func:`analyse` gives those of the report it has just packed, which decoding would give back)."""
        if self.read is None or self.read[0] is not self.quotes:
            self.read = (self.quotes, entry_fields(self.quotes))
        return self.read[1]

    def __getstate__(self) -> dict[str, Any]:
        """What a worker sends the writer: the entries, not the decoded fields (the writer decodes them once)."""
        return {**self.__dict__, "read": None}


def analyse(article: Article, connection: sqlite3.Connection | None = None) -> Analysis:
    """Summarise the article and extract its quotes, reusing cache entries found via ``connection``."""
    from digest.core.quotes import extract_quotes
    from digest.core.summarize import summarize

    digest = content_hash(article)
    s_version, q_version = summary_version(), quotes_version()
    found_summary = lookup(connection, digest, SUMMARY, s_version) if connection else None
    found_quotes = lookup(connection, digest, QUOTES, q_version) if connection else None
    fresh = found_summary is None or found_quotes is None
    summary = repack(found_summary) if found_summary else encode_summary(summarize(article, DEFAULT_SENTENCES))
    if found_quotes:
        return Analysis(digest, s_version, summary, q_version, repack(found_quotes), fresh)
    fields = plain(extract_quotes(article))  # what encode_quotes packs, and what unpacking it gives back
    quotes = pack(fields)
    return Analysis(digest, s_version, summary, q_version, quotes, fresh, read=(quotes, fields))
