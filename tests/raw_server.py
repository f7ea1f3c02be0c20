"""A raw TCP server on 127.0.0.1 for hostile HTTP answers: each path maps to a function that writes
whatever bytes it likes (malformed status lines, endless headers, a byte every half second)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

Answer = Callable[[socket.socket], None]
"""Writes a response (or not) on the accepted connection."""


@dataclass
class RawServer:
    """The running server's base URL."""

    base: str
    requests: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        """The full URL of a path on this server."""
        return self.base + path


@contextmanager
def serve_raw(answers: dict[str, Answer]) -> Iterator[RawServer]:
    """Serve ``answers`` by request path on a free loopback port for the duration of the block."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    stop = threading.Event()
    server = RawServer(f"http://127.0.0.1:{listener.getsockname()[1]}")

    def handle(connection: socket.socket) -> None:
        with connection, suppress(OSError):
            connection.settimeout(30)
            request = b""
            while b"\r\n\r\n" not in request and len(request) < 65536:
                data = connection.recv(4096)
                if not data:
                    return
                request += data
            path = request.split(b" ", 2)[1].decode("latin-1") if request.count(b" ") >= 2 else "/"
            server.requests.append(path)
            answers.get(path, not_found)(connection)

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=handle, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


def not_found(connection: socket.socket) -> None:
    """A plain 404."""
    connection.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


def raw(data: bytes) -> Answer:
    """An answer that writes ``data`` and closes."""
    return lambda connection: connection.sendall(data)


def trickle(head: bytes, *, interval: float = 0.5, seconds: float = 20.0) -> Answer:
    """Write ``head`` at once, then one byte every ``interval`` seconds for ``seconds`` (a slow loris)."""

    def answer(connection: socket.socket) -> None:
        connection.sendall(head)
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            connection.sendall(b"x")
            time.sleep(interval)

    return answer


def response(status: str, headers: dict[str, str], body: bytes = b"") -> Answer:
    """A well-formed response with a Content-Length (unless the headers say chunked)."""
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items())]
    if "Transfer-Encoding" not in headers:
        lines.append(f"Content-Length: {len(body)}")
    return raw(("\r\n".join([*lines, "Connection: close", "", ""])).encode("latin-1") + body)
