"""One HTTP GET with a real deadline, on :mod:`http.client` (no cookies, no proxies, no cache).

The deadline covers everything: name resolution (in a daemon thread, waited on in slices, since
``getaddrinfo`` takes no timeout), the connection, the TLS handshake (CPython bounds both by the socket
timeout as a whole), sending the request, the status line and headers, and the body.
Every read waits at most a short slice of the time left, so a server sending one byte every half second
is cut off at the deadline, and a caller's ``cancelled()`` is noticed within a slice. Redirects are
followed here, only to http(s) URLs and at most :data:`MAX_REDIRECTS` times, under the same deadline.
Every failure (socket, TLS, malformed HTTP, bad URL) becomes a :class:`FetchError` naming the URL.
"""

from __future__ import annotations

import http.client
import io
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

from digest.core.errors import DigestError
from digest.core.feeds.urls import url_problem
from digest.core.sanitize import clean_line

MAX_REDIRECTS = 5
"""Most redirects followed for one request."""
_SLICE = 0.25
_REDIRECTS = {301, 302, 303, 307, 308}
_NON_ASCII = re.compile(r"[^\x21-\x7e]")


class FetchError(DigestError):
    """A URL that could not be fetched; the message names the URL and says why in one line."""

    def __init__(self, url: str, reason: str, *, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


class Cancelled(FetchError):
    """The caller asked to stop (the app is quitting)."""


class Deadline:
    """The time left for one fetch, and whether the caller gave up."""

    def __init__(self, seconds: float, cancelled: Callable[[], bool] | None = None) -> None:
        """Start a deadline ``seconds`` from now."""
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.cancelled = cancelled

    def left(self) -> float:
        """Seconds left (more than zero).

        Raises:
            TimeoutError: The deadline has passed.
            InterruptedError: The caller cancelled.
        """
        if self.cancelled is not None and self.cancelled():
            raise InterruptedError("cancelled")
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError
        return left


class _DeadlineReader(io.RawIOBase):
    """Reads from a socket, each wait bounded by a slice of the deadline's time left."""

    def __init__(self, owner: _DeadlineSocket) -> None:
        self.owner = owner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        sock, deadline = self.owner.sock, self.owner.deadline
        while True:
            sock.settimeout(min(_SLICE, deadline.left()))
            try:
                return sock.recv_into(buffer)
            except TimeoutError:
                continue

    def close(self) -> None:
        if not self.closed:
            self.owner.reader_closed()
        super().close()


class _DeadlineSocket:
    """A socket whose ``makefile`` (what http.client reads responses from) obeys the deadline.

    Like :meth:`socket.socket.makefile`, the real socket is closed only once it and every reader made
    from it are closed (http.client closes the connection while the response is still being read).
    """

    def __init__(self, sock: socket.socket, deadline: Deadline) -> None:
        self.sock, self.deadline = sock, deadline
        self._readers = 0
        self._closed = False

    def makefile(self, mode: str = "rb", *args: object, **kwargs: object) -> io.BufferedReader:
        self._readers += 1
        return io.BufferedReader(_DeadlineReader(self))

    def sendall(self, data: bytes) -> None:
        self.sock.settimeout(self.deadline.left())
        self.sock.sendall(data)

    def reader_closed(self) -> None:
        self._readers -= 1
        if self._closed and not self._readers:
            self.sock.close()

    def close(self) -> None:
        self._closed = True
        if not self._readers:
            self.sock.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.sock, name)


def _resolve(host: str, port: int, deadline: Deadline) -> list[str]:
    """The addresses of ``host``, looked up within the deadline (a slow resolver cannot hold a fetch)."""
    found: list[str] = []
    failed: list[OSError] = []
    done = threading.Event()

    def look_up() -> None:
        try:
            found.extend(str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as error:
            failed.append(error)
        except UnicodeError:  # a label the IDNA codec refuses (empty, too long, bad characters)
            failed.append(OSError("the host name cannot be looked up"))
        finally:
            done.set()

    threading.Thread(target=look_up, name="digest-resolve", daemon=True).start()
    while not done.wait(min(_SLICE, deadline.left())):
        pass
    if failed:
        raise failed[0]
    return found


def _connect_to(addresses: list[str], deadline: Deadline) -> Callable[..., socket.socket]:
    """A ``create_connection`` for :mod:`http.client` that dials the addresses already resolved."""

    def create_connection(address: tuple[str, int], timeout: float, source: Any = None) -> socket.socket:
        last: OSError = OSError(f"no address for {address[0]}")
        for host in addresses:
            try:
                return socket.create_connection((host, address[1]), min(timeout, deadline.left()), source)
            except OSError as error:
                last = error
        raise last

    return create_connection


def _connection(url: str, deadline: Deadline) -> http.client.HTTPConnection:
    parts = urlsplit(url)
    kind = http.client.HTTPSConnection if parts.scheme.lower() == "https" else http.client.HTTPConnection
    connection = kind(parts.hostname or "", parts.port, timeout=deadline.left())
    addresses = _resolve(connection.host, connection.port, deadline)
    connection._create_connection = _connect_to(addresses, deadline)  # type: ignore[attr-defined]
    connection.connect()  # the connect and TLS handshake are bounded by the timeout given above
    connection.sock = _DeadlineSocket(connection.sock, deadline)
    return connection


def _target(url: str) -> str:
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return _NON_ASCII.sub(lambda m: quote(m.group(), safe=""), target)


@dataclass
class Answer:
    """A response whose status and headers are read; the body is read with :meth:`read_body`."""

    url: str
    status: int
    reason: str
    headers: Message
    response: http.client.HTTPResponse
    connection: http.client.HTTPConnection
    deadline: Deadline

    def read_body(self, max_bytes: int, chunk: int = 64 * 1024) -> bytes:
        """Read the body, refusing more than ``max_bytes`` on the wire.

        Raises:
            FetchError: Too large, timed out, cancelled, or the connection or chunking broke.
        """
        length = self.headers.get("Content-Length", "")
        if length.strip().isdigit() and int(length) > max_bytes:
            raise FetchError(self.url, f"too large ({int(length)} bytes, limit {max_bytes})")
        parts: list[bytes] = []
        size = 0
        with _failures(self.url, self.deadline):
            while block := self.response.read(chunk):
                size += len(block)
                if size > max_bytes:
                    raise FetchError(self.url, f"too large (over {max_bytes} bytes)")
                parts.append(block)
        return b"".join(parts)

    def close(self) -> None:
        """Close the response and the connection."""
        self.response.close()
        self.connection.close()


class _failures:  # noqa: N801 (used as a context manager, like contextlib's lower-case ones)
    """Turn every exception a fetch can raise into a one-line :class:`FetchError`."""

    def __init__(self, url: str, deadline: Deadline) -> None:
        self.url, self.deadline = url, deadline

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        if error is None or isinstance(error, FetchError):
            return
        if isinstance(error, InterruptedError):
            raise Cancelled(self.url, "cancelled") from None
        if isinstance(error, TimeoutError | socket.timeout):
            raise FetchError(self.url, f"timed out after {self.deadline.seconds:g} s") from None
        if isinstance(error, http.client.HTTPException):
            raise FetchError(self.url, f"malformed HTTP response ({_describe(error)})") from None
        if isinstance(error, UnicodeError):
            raise FetchError(self.url, f"cannot encode the request ({_describe(error)})") from None
        if isinstance(error, OSError):
            raise FetchError(self.url, f"cannot connect ({_describe(error)})") from None
        if isinstance(error, ValueError):
            raise FetchError(self.url, f"download failed ({_describe(error)})") from None


def _describe(error: BaseException) -> str:
    text = clean_line(" ".join(str(error).split()))[:200]
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def open_url(url: str, headers: dict[str, str], deadline: Deadline, *, max_redirects: int = MAX_REDIRECTS) -> Answer:
    """GET ``url`` (following http(s) redirects) and read the status line and headers.

    The caller reads the body with :meth:`Answer.read_body` and must :meth:`Answer.close` it.

    Raises:
        FetchError: A bad URL, a redirect to a non-http(s) URL or too many redirects, a timeout, a
            cancellation, a network or TLS error, or a malformed response.
    """
    for _ in range(max_redirects + 1):
        problem = url_problem(url)
        if problem:
            raise FetchError(url, problem)
        with _failures(url, deadline):
            connection = _connection(url, deadline)
            try:
                connection.putrequest("GET", _target(url), skip_accept_encoding=True)
                for name, value in headers.items():
                    connection.putheader(name, value)
                connection.endheaders()
                response = connection.getresponse()
            except BaseException:
                connection.close()
                raise
        answer = Answer(
            url, response.status, clean_line(response.reason or ""), response.headers, response, connection, deadline
        )
        location = response.headers.get("Location")
        if answer.status not in _REDIRECTS or not location:
            return answer
        answer.close()
        target = urljoin(url, clean_line(location))
        if urlsplit(target).scheme.lower() not in ("http", "https"):
            raise FetchError(url, f"redirected to a non-http(s) URL ({urlsplit(target).scheme or 'no scheme'})")
        url = target
    raise FetchError(url, f"too many redirects (more than {max_redirects})")
