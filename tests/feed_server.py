"""A local feed server for tests: loopback only, in a daemon thread, with canned routes."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """What the server answers on one path."""

    body: bytes
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: str | None = None
    delay: float = 0.0
    gzip: bool = False
    status: int = 200
    reason: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    first_statuses: list[int] = field(default_factory=list)
    """Statuses answered (with an empty body) to the first requests, before ``status``."""


@dataclass
class FeedServer:
    """The running server: its base URL, its routes, and the requests it saw (path, headers)."""

    base: str
    routes: dict[str, Route]
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    active: int = 0
    most_active: int = 0

    def url(self, path: str) -> str:
        """The full URL of a path on this server."""
        return self.base + path


@contextmanager
def serve_feeds(routes: dict[str, Route]) -> Iterator[FeedServer]:
    """Serve ``routes`` on 127.0.0.1 (a free port) for the duration of the block."""
    state = FeedServer("", routes)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            state.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            with lock:
                state.active += 1
                state.most_active = max(state.most_active, state.active)
            try:
                self.answer()
            finally:
                with lock:
                    state.active -= 1

        def answer(self) -> None:
            route = state.routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.send_header("ETag", route.etag)
                self.end_headers()
                return
            if route.first_statuses:
                self.send_response(route.first_statuses.pop(0))
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = gzip.compress(route.body) if route.gzip else route.body
            self.send_response(route.status, route.reason)
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(body)))
            if route.gzip:
                self.send_header("Content-Encoding", "gzip")
            if route.etag:
                self.send_header("ETag", route.etag)
            self.end_headers()
            if route.delay:
                time.sleep(route.delay)
            with suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


PARAGRAPH = (
    'The minister said on Tuesday that the talks would continue. "We will not give up," said Jane Doe, '
    "the spokeswoman for the ministry, adding that a deal was close. Officials in the capital confirmed the "
    "meeting would take place next week."
)


def rss(title: str, items: list[tuple[str, str]]) -> bytes:
    """An RSS 2.0 document with (guid, title) items, each with a paragraph of HTML content."""
    entries = "".join(
        f"<item><title>{t}</title><link>http://example.invalid/{g}</link><guid>{g}</guid>"
        f"<pubDate>Tue, 10 Jun 2025 0{n % 10}:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{PARAGRAPH} Item {t}.</p><p>Second paragraph about {t}.</p>]]></description>"
        "</item>"
        for n, (g, t) in enumerate(items)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>http://example.invalid/</link><description>d</description>{entries}</channel></rss>"
    ).encode()


def atom(title: str, items: list[tuple[str, str]]) -> bytes:
    """An Atom document with (id, title) entries, each with HTML content."""
    entries = "".join(
        f"<entry><title>{t}</title><id>urn:x:{g}</id><link href='http://example.invalid/a/{g}'/>"
        "<updated>2025-06-11T12:00:00Z</updated>"
        f'<content type="html">&lt;p&gt;{PARAGRAPH} Entry {t}.&lt;/p&gt;</content></entry>'
        for g, t in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
        f"<id>urn:x:feed</id><updated>2025-06-11T12:00:00Z</updated>{entries}</feed>"
    ).encode()
