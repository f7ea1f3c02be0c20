"""The page behind a feed entry: when to fetch it, fetching it politely, and extracting the article.

Downloading (:func:`download_page`) runs in a network thread; extracting and analysing
(:func:`extract_work`) is pure CPU work that may run in a worker process: a :class:`PageWork` (the page's
bytes and the little it needs of the entry) goes in, a :class:`PageResult` (the article, its analysis as
cache entries and its story features) comes out, both small and picklable. Either step may fail: the
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
from typing import TYPE_CHECKING

from digest.core.errors import DigestError
from digest.core.feeds.fetch import fetch
from digest.core.feeds.transport import Cancelled, FetchError
from digest.core.feeds.urls import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, url_problem
from digest.core.ingest import parse_article, sniff_format
from digest.core.ingest.decode import decode
from digest.core.model import Article
from digest.core.sanitize import clean_line
from digest.core.store.cache import Analysis, analyse
from digest.core.store.schema import connect

if TYPE_CHECKING:
    from digest.core.stories.features import ArticleFeatures

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
class PageWork:
    """What extracting a page needs: its bytes, where they came from, and the entry's teaser title and length."""

    body: bytes
    url: str
    content_type: str | None
    link: str
    teaser_title: str
    teaser_words: int
    published: str | None


@dataclass(frozen=True)
class PageResult:
    """A page turned into an analysed article (with its story features), or why it could not be."""

    article: Article | None = None
    analysis: Analysis | None = None
    features: ArticleFeatures | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Extracted:
    """A page's result for one entry (the job the parent kept)."""

    job: PageJob
    result: PageResult

    @property
    def article(self) -> Article | None:
        """The article from the page, or None when it failed."""
        return self.result.article

    @property
    def reason(self) -> str | None:
        """Why the page failed, or None."""
        return self.result.reason


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


def work_of(page: Downloaded) -> PageWork | None:
    """What a worker needs to extract a downloaded page (None when the download failed)."""
    if page.body is None:
        return None
    job = page.job
    words = len(job.teaser.text.split())
    return PageWork(page.body, page.url, page.content_type, job.link, job.teaser.title, words, job.published)


_readers: dict[str, sqlite3.Connection] = {}


def _reader(library_path: str) -> sqlite3.Connection | None:
    if library_path not in _readers:
        try:
            _readers[library_path] = connect(Path(library_path), readonly=True)
        except DigestError:
            return None
    return _readers[library_path]


def extract_in_worker(work: PageWork, library_path: str) -> PageResult:
    """:func:`extract_work` in a worker process, reading the library's analysis cache read-only."""
    return extract_work(work, _reader(library_path))


def extract_page(page: Downloaded, cache: sqlite3.Connection | None = None) -> Extracted:
    """Extract and analyse a downloaded page in this thread (see :func:`extract_work`); never raises."""
    work = work_of(page)
    if work is None:
        return Extracted(page.job, PageResult(reason=page.reason or "no page"))
    return Extracted(page.job, extract_work(work, cache))


def extract_work(work: PageWork, cache: sqlite3.Connection | None = None) -> PageResult:
    """Extract and analyse a page (the same ingestion as a saved page) and read its story features.

    The article keeps the entry's link as its source; its URL is the page's canonical link when it
    has one, else the final URL after redirects. The analysis reuses the library's cache when given.
    Never raises: a failure is a result with a reason.
    """
    try:
        text = _decode(work.body, work.url, work.content_type)
        if work.content_type is None and sniff_format(text) != "html":
            return PageResult(reason="not HTML")
        article = parse_article(text, work.link, "html")
    except DigestError as error:
        return PageResult(reason=getattr(error, "reason", None) or str(error))
    except (ValueError, TypeError, RecursionError) as error:
        return PageResult(reason=f"cannot parse the page ({type(error).__name__})")
    words = len(article.text.split())
    if words < MIN_PAGE_WORDS:
        return PageResult(reason=f"nothing extracted from the page ({words} words)")
    if words < work.teaser_words:
        return PageResult(reason=f"the page's text ({words} words) is shorter than the entry's")
    canonical = article.url if article.url and not url_problem(article.url) else work.url
    article = replace(article, title=article.title or work.teaser_title, source=work.link, url=canonical)
    try:
        analysis = analyse(article, cache)
        features = story_features(article, analysis, work.published)
    except (ValueError, RecursionError, sqlite3.Error) as error:
        return PageResult(reason=f"analysis failed ({type(error).__name__})")
    return PageResult(article, analysis, features)


def story_features(article: Article, analysis: Analysis, published: str | None) -> ArticleFeatures:
    """The features that place an analysed article in its story (its speakers are the quotes' speakers)."""
    from digest.core.store.articles import speakers_of
    from digest.core.store.stories import features_of

    return features_of(article, speakers_of(analysis.quote_fields), published)


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
