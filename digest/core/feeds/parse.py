"""Feed documents (RSS, Atom) to articles, with ``feedparser``; entry HTML goes through ingestion."""

from __future__ import annotations

import calendar
import hashlib
import html
import io
import time
from dataclasses import dataclass, replace
from typing import Any

import feedparser

from digest.core.errors import DigestError
from digest.core.feeds.fetch import FeedError
from digest.core.feeds.pages import is_short
from digest.core.ingest import parse_article
from digest.core.model import Article
from digest.core.sanitize import clean_line


@dataclass(frozen=True)
class Entry:
    """One feed entry turned into an article."""

    guid: str
    article: Article
    published: str | None
    link: str = ""
    short: bool = False
    """True for a teaser: few words or no paragraphs (see :func:`~digest.core.feeds.pages.is_short`)."""


@dataclass(frozen=True)
class ParsedFeed:
    """A parsed feed: its title, its entries that became articles, and one line per entry that failed."""

    title: str | None
    entries: list[Entry]
    errors: list[str]


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse a feed document; every entry's HTML content goes through ``parse_article(html, link, "html")``.

    Raises:
        FeedError: The document is not a feed (no feed element and no entries).
    """
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(
        io.BytesIO(body), response_headers=headers, sanitize_html=True, resolve_relative_uris=True
    )
    if not parsed.entries and (parsed.bozo or not parsed.feed or not parsed.version):
        reason = parsed.get("bozo_exception")
        detail = f" ({' '.join(str(reason).split())})" if reason else ""
        raise FeedError(url, f"not an RSS or Atom feed{detail}")
    title = clean_line(parsed.feed.get("title", "")) or None
    entries, errors = [], []
    for number, raw in enumerate(parsed.entries, start=1):
        try:
            entries.append(_entry(raw, url))
        except DigestError as error:
            errors.append(f"{url}: entry {number}: {error}")
        except (ValueError, TypeError, RecursionError) as error:
            errors.append(f"{url}: entry {number}: cannot parse ({error})")
    return ParsedFeed(title, entries, errors)


def _entry(raw: Any, feed_url: str) -> Entry:
    link = str(raw.get("link") or "")
    title = clean_line(raw.get("title", ""))
    contents = raw.get("content") or []
    text = max((str(c.get("value", "")) for c in contents), key=len, default="")
    summary = str(raw.get("summary", ""))
    body = text if len(text) >= len(summary) else summary
    guid = str(raw.get("id") or link or hashlib.sha256((title + body).encode()).hexdigest())
    source = link or guid
    heading = f"<h1>{html.escape(title)}</h1>" if title else ""
    article = parse_article(f"<html><body>{heading}<article>{body}</article></body></html>", source, "html")
    if not article.text.strip():
        raise DigestError("no article text")
    if title:
        article = replace(article, title=title)
    if link and not article.url:
        article = replace(article, url=link)
    return Entry(guid, article, _date(raw), link, is_short(body, article))


def _date(raw: Any) -> str | None:
    for field in ("published_parsed", "updated_parsed"):
        value = raw.get(field)
        if value:
            try:
                stamp = calendar.timegm(value)
            except (TypeError, ValueError, OverflowError):
                continue
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(stamp))
    return None
