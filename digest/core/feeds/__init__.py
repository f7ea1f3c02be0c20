"""Feeds: RSS and Atom over HTTP (:mod:`~.fetch`), parsed with feedparser (:mod:`~.parse`), refreshed in
parallel into the library (:mod:`~.refresh`)."""

from __future__ import annotations

from digest.core.feeds.fetch import FeedError, fetch, is_feed_url
from digest.core.feeds.parse import ParsedFeed, parse_feed
from digest.core.feeds.refresh import FeedResult, refresh_feeds

__all__ = ["FeedError", "FeedResult", "ParsedFeed", "fetch", "is_feed_url", "parse_feed", "refresh_feeds"]
