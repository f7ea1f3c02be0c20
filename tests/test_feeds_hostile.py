"""Hostile feed documents: truncated, not XML, arbitrary bytes: a FeedError or entries, never a crash."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.core.feeds import FeedError, parse_feed
from tests.feed_server import rss

_FORBIDDEN = re.compile("[\x1b\x9b\u202a-\u202e\u2066-\u2069]")


def test_truncated_feed_keeps_the_entries_it_can_read_or_fails_clearly() -> None:
    whole = rss("T", [("a", "First entry body text."), ("b", "Second entry body text.")])
    for cut in (len(whole) // 4, len(whole) // 2, len(whole) - 20):
        try:
            parsed = parse_feed(whole[:cut], "http://x.invalid/feed")
        except FeedError as error:
            assert "http://x.invalid/feed" in str(error)
            continue
        for entry in parsed.entries:
            assert entry.article.title.strip()


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: rss("F", [("x", t)])))
def test_any_bytes_give_entries_or_a_feed_error(body: bytes) -> None:
    try:
        parsed = parse_feed(body, "http://x.invalid/f")
    except FeedError:
        return
    for entry in parsed.entries:
        article = entry.article
        assert not _FORBIDDEN.search(article.title + article.text)
