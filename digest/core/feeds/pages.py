"""The page behind a feed entry: when to fetch it, fetching it politely, and extracting the article.

Downloading (:func:`download_page`) runs in a network thread; extracting and analysing
(:func:`extract_page`) is pure CPU work that may run in a worker process. Either step may fail: the
result then carries a one-line reason, and the caller keeps the entry's teaser with that reason.
"""

from __future__ import annotations

import codecs
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from email.message import Message
from pathlib import Path

from digest.core.errors import DigestError
from digest.core.feeds.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, fetch
from digest.core.feeds.transport import Cancelled, FetchError, url_problem
from digest.core.ingest import parse_article, sniff_format
from digest.core.ingest.decode import decode
from digest.core.model import Article
from digest.core.sanitize import clean_line
from digest.core.store.cache import Analysis, analyse
from digest.core.store.schema import connect

SHORT_WORDS = 150
"""An entry with fewer words than this is a teaser (``auto`` mode fetches its page)."""
MIN_PAGE_WORDS = 40
"""A page whose extracted text has fewer words than this gave nothing usable."""
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
"""The Accept header of page requests."""
PENDING = "page not fetched yet"
"""The teaser reason of an entry whose page is still to come (or whose refresh was interrupted)."""
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
_PARAGRAPH = re.compile(r"<(?:p|br)\b", re.I)


@dataclass(frozen=True)
class PageJob:
    """An entry whose page is wanted: its library key, link, feed and teaser."""

    key: str
    link: str
    feed_id: int | None
    teaser: Article
    published: str | None


@dataclass(frozen=True)
class Downloaded:
    """A page download: the body and its final URL, or why it failed (and how long the server asks to wait)."""

    job: PageJob
    url: str
    body: bytes | None = None
    content_type: str | None = None
    reason: str | None = None
    retry_after: float | None = None


@dataclass(frozen=True)
class Extracted:
    """A page turned into an analysed article, or why it could not be."""

    job: PageJob
    article: Article | None = None
    analysis: Analysis | None = None
    reason: str | None = None


def is_short(entry_html: str, article: Article) -> bool:
    """Tell whether an entry is a teaser: fewer than :data:`SHORT_WORDS` words, or no paragraphs."""
    return len(article.text.split()) < SHORT_WORDS or not _PARAGRAPH.search(entry_html)


def wants_page(mode: str, short: bool) -> bool:
    """Tell whether an entry's page should replace it: ``always``, ``never``, or (``auto``) when it is short."""
    return mode == "always" or (mode == "auto" and short)


def download_page(
    job: PageJob,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cancelled: Callable[[], bool] | None = None,
) -> Downloaded:
    """Fetch an entry's page (http(s) only, redirects too); never raises."""
    problem = url_problem(job.link)
    if problem:
        return Downloaded(job, job.link, reason=f"the entry's link is {problem}")
    try:
        response = fetch(
            job.link,
            timeout=timeout,
            max_bytes=max_bytes,
            cancelled=cancelled,
            accept=PAGE_ACCEPT,
        )
    except Cancelled:
        return Downloaded(job, job.link, reason=PENDING)
    except FetchError as error:
        wait = error.retry_after if error.status in (429, 503) else None
        return Downloaded(job, job.link, reason=error.reason, retry_after=wait)
    kind = (response.content_type or "").split(";")[0].strip().lower()
    if kind and kind not in _HTML_TYPES:
        return Downloaded(job, response.url, reason=f"not HTML ({clean_line(kind)[:60]})")
    return Downloaded(job, response.url, response.body, response.content_type)


_readers: dict[str, sqlite3.Connection] = {}


def _reader(library_path: str) -> sqlite3.Connection | None:
    if library_path not in _readers:
        try:
            _readers[library_path] = connect(Path(library_path), readonly=True)
        except DigestError:
            return None
    return _readers[library_path]


def extract_in_worker(page: Downloaded, library_path: str) -> Extracted:
    """:func:`extract_page` in a worker process, reading the library's analysis cache read-only."""
    return extract_page(page, _reader(library_path))


def extract_page(page: Downloaded, cache: sqlite3.Connection | None = None) -> Extracted:
    """Extract and analyse a downloaded page (the same ingestion as a saved page); never raises.

    The article keeps the entry's link as its source; its URL is the page's canonical link when it
    has one, else the final URL after redirects. The analysis reuses the library's cache when given.
    """
    job = page.job
    if page.body is None:
        return Extracted(job, reason=page.reason or "no page")
    try:
        text = _decode(page.body, page.url, page.content_type)
        if page.content_type is None and sniff_format(text) != "html":
            return Extracted(job, reason="not HTML")
        article = parse_article(text, job.link, "html")
    except DigestError as error:
        return Extracted(job, reason=getattr(error, "reason", None) or str(error))
    except (ValueError, TypeError, RecursionError) as error:
        return Extracted(job, reason=f"cannot parse the page ({type(error).__name__})")
    words = len(article.text.split())
    if words < MIN_PAGE_WORDS:
        return Extracted(job, reason=f"nothing extracted from the page ({words} words)")
    if words < len(job.teaser.text.split()):
        return Extracted(job, reason=f"the page's text ({words} words) is shorter than the entry's")
    canonical = article.url if article.url and not url_problem(article.url) else page.url
    article = replace(article, title=article.title or job.teaser.title, source=job.link, url=canonical)
    try:
        analysis = analyse(article, cache)
    except (ValueError, RecursionError, sqlite3.Error) as error:
        return Extracted(job, reason=f"analysis failed ({type(error).__name__})")
    return Extracted(job, article, analysis)


def _decode(body: bytes, url: str, content_type: str | None) -> str:
    if content_type:
        message = Message()
        message["content-type"] = content_type
        charset = message.get_content_charset()
        if charset:
            try:
                codecs.lookup(charset)
                return body.decode(charset).replace("\r\n", "\n")
            except (LookupError, UnicodeDecodeError):
                pass
    return decode(body, url)
