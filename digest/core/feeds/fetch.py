"""HTTP for feeds and pages: a real deadline, conditional GET, a size limit and a gzip-bomb guard.

Only ``http`` and ``https`` URLs are fetched (redirects too), on :mod:`~digest.core.feeds.transport`.
The timeout bounds the whole request (connect, headers and body together); the size limit applies both
to the bytes on the wire and to the decompressed body. No cookies are kept.
"""

from __future__ import annotations

import email.utils
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from digest import __version__
from digest.core.feeds.transport import Deadline, FetchError, open_url
from digest.core.feeds.urls import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from digest.core.sanitize import clean_line

USER_AGENT = f"digest/{__version__} (+https://github.com/digest-reader)"
"""The User-Agent sent with every request."""


FeedError = FetchError
"""A feed that could not be fetched or read; the message names the URL (the same class as FetchError)."""


FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
"""The Accept header of feed requests."""


@dataclass(frozen=True)
class Response:
    """A fetched feed: the body (None when not modified) and the caching headers to send next time."""

    url: str
    status: int
    body: bytes | None
    etag: str | None
    last_modified: str | None
    content_type: str | None

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional GET."""
        return self.status == 304


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cancelled: Callable[[], bool] | None = None,
    accept: str = FEED_ACCEPT,
) -> Response:
    """GET a URL, conditionally when ``etag``/``last_modified`` are given, within ``timeout`` seconds in all.

    Raises:
        FetchError: Not a valid http(s) URL, a network, TLS or HTTP protocol error, a redirect to another
            scheme, the deadline passed (or ``cancelled()`` became true), an HTTP error status (with
            ``status`` and ``retry_after`` set), a body over ``max_bytes`` (compressed or not), or a
            corrupt compressed body.
    """
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate", "Accept": accept}
    if etag:
        headers["If-None-Match"] = clean_line(etag)
    if last_modified:
        headers["If-Modified-Since"] = clean_line(last_modified)
    answer = open_url(url, headers, Deadline(timeout, cancelled))
    try:
        if answer.status == 304:
            return Response(url, 304, None, etag, last_modified, None)
        if not 200 <= answer.status < 300:
            wait = retry_after(answer.headers.get("Retry-After"))
            raise FetchError(
                url, f"HTTP {answer.status} {answer.reason}".strip(), status=answer.status, retry_after=wait
            )
        raw = answer.read_body(max_bytes)
        info = answer.headers
    finally:
        answer.close()
    body = _decompress(raw, info.get("Content-Encoding", ""), url, max_bytes)
    return Response(
        answer.url, answer.status, body, info.get("ETag"), info.get("Last-Modified"), info.get("Content-Type")
    )


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delay seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(min(int(value), 86400))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _decompress(raw: bytes, encoding: str, url: str, max_bytes: int) -> bytes:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return raw
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FeedError(url, f"unsupported Content-Encoding '{encoding}'")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        decompressor = zlib.decompressobj(wbits)
        body = decompressor.decompress(raw, max_bytes + 1)
        if encoding == "deflate" and not body and raw:
            decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
            body = decompressor.decompress(raw, max_bytes + 1)
    except zlib.error as error:
        raise FeedError(url, f"corrupt {encoding} body ({error})") from None
    if len(body) > max_bytes or decompressor.unconsumed_tail:
        raise FeedError(url, f"feed too large once decompressed (over {max_bytes} bytes)")
    return body
