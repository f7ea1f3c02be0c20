"""What can be said of a feed URL without the network stack: whether an argument is meant as a URL, why
it cannot be fetched, and a fetch's default limits.

Kept apart from :mod:`~digest.core.feeds.transport` and :mod:`~digest.core.feeds.fetch` so that commands
which only sort their arguments into files and URLs (``digest add FILE``) import neither :mod:`http.client`
nor :mod:`ssl` nor :mod:`email`.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

DEFAULT_TIMEOUT = 15.0
"""Seconds before a feed download is abandoned."""
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Largest feed body accepted (after decompression)."""

_URL_CONTROLS = re.compile(r"[\x00-\x20\x7f-\x9f]")


def is_feed_url(text: str) -> bool:
    """Tell whether ``text`` is meant as an http(s) URL (and so names a feed rather than a file).

    It may still be invalid: check it with :func:`url_problem`.
    """
    return text.strip().lower().startswith(("http://", "https://"))


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be fetched (not http(s), no host, bad port, spaces or controls), or None."""
    if _URL_CONTROLS.search(url):
        return "not a valid URL (spaces or control characters)"
    try:
        parts = urlsplit(url)
    except ValueError as error:
        return f"not a valid URL ({error})"
    try:
        port = parts.port
    except ValueError:
        return "not a valid URL (bad port)"
    if parts.scheme.lower() not in ("http", "https"):
        return "not an http(s) URL"
    if not parts.hostname:
        return "not a valid URL (no host name)"
    if port == 0:
        return "not a valid URL (port 0)"
    return None
