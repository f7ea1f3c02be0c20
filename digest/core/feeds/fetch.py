"""HTTP for feeds: urllib with a timeout, conditional GET, a size limit and a gzip-bomb guard.

Only ``http`` and ``https`` URLs are fetched. The timeout bounds every socket operation and the whole
download; the size limit applies both to the bytes on the wire and to the decompressed body.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from digest import __version__
from digest.core.errors import DigestError

DEFAULT_TIMEOUT = 15.0
"""Seconds before a feed download is abandoned."""
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Largest feed body accepted (after decompression)."""
USER_AGENT = f"digest/{__version__} (+https://github.com/digest-reader)"
"""The User-Agent sent with every request."""
_CHUNK = 64 * 1024


class FeedError(DigestError):
    """A feed that could not be fetched or read; the message names the URL."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


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


def is_feed_url(text: str) -> bool:
    """Tell whether ``text`` is an http(s) URL (and so names a feed rather than a file)."""
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Response:
    """GET a feed, conditionally when ``etag``/``last_modified`` are given.

    Raises:
        FeedError: Not an http(s) URL, a network error or timeout, an HTTP error status, a body over
            ``max_bytes`` (compressed or not), or a corrupt compressed body.
    """
    if not is_feed_url(url):
        raise FeedError(url, "not an http(s) URL")
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate", "Accept": _ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            raw = _read_limited(answer, url, max_bytes, deadline)
            info: Message = answer.headers
            final_url, status = answer.geturl(), answer.status
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return Response(url, 304, None, etag, last_modified, None)
        raise FeedError(url, f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise FeedError(url, f"cannot connect ({_reason(error.reason)})") from None
    except TimeoutError:
        raise FeedError(url, f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as error:
        raise FeedError(url, f"download failed ({_reason(error)})") from None
    body = _decompress(raw, info.get("Content-Encoding", ""), url, max_bytes)
    return Response(final_url, status, body, info.get("ETag"), info.get("Last-Modified"), info.get("Content-Type"))


_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


def _reason(reason: object) -> str:
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return "timed out"
    return " ".join(str(reason).split()) or type(reason).__name__


def _read_limited(answer: object, url: str, max_bytes: int, deadline: float) -> bytes:
    length = getattr(answer, "headers", Message()).get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise FeedError(url, f"feed too large ({int(length)} bytes, limit {max_bytes})")
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk: bytes = answer.read(_CHUNK)  # type: ignore[attr-defined]
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > max_bytes:
            raise FeedError(url, f"feed too large (over {max_bytes} bytes)")
        parts.append(chunk)


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
