"""Feeds: RSS and Atom over HTTP (:mod:`~.fetch`), parsed with feedparser (:mod:`~.parse`), refreshed in
parallel into the library (:mod:`~.refresh`).

The fetching, parsing and refreshing names are imported from their modules when first asked for, so that a
command that only checks whether an argument is a feed URL (``digest add FILE``, with
:mod:`~.urls`) imports neither feedparser, the refresh pipeline nor the network stack (http.client, ssl, email). The
``fetch`` function is imported from its module, :mod:`~.fetch` (a lazy name would be shadowed by the module).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from digest.core.feeds.urls import is_feed_url
from digest.core.lazy import lazy_names

if TYPE_CHECKING:
    from digest.core.feeds.fetch import FeedError
    from digest.core.feeds.parse import ParsedFeed, parse_feed
    from digest.core.feeds.refresh import FeedResult, refresh_feeds

_MODULES = {  # the module of each name imported on first use
    "FeedError": "fetch",
    "ParsedFeed": "parse",
    "parse_feed": "parse",
    "FeedResult": "refresh",
    "refresh_feeds": "refresh",
}


__getattr__ = lazy_names(__name__, _MODULES, globals())

__all__ = ["FeedError", "FeedResult", "ParsedFeed", "is_feed_url", "parse_feed", "refresh_feeds"]
