"""``digest serve``: only its own page may open the websocket that drives the app, sessions are limited,
the page asks no other host for anything, and it serves what ``digest`` would open."""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from digest.cli import build_parser
from digest.commands.serve import serve_command
from tests.conftest import ROOT

pytest.importorskip("textual_serve")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture
def server(tmp_path: Path) -> Iterator[int]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "digest", "serve", "--host", "127.0.0.1", "--port", str(port), "--max-sessions", "1"],
        cwd=ROOT,
        env={**os.environ, "DIGEST_LIBRARY": str(tmp_path / "lib.db"), "DIGEST_CONFIG_DIR": str(tmp_path)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    try:
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def request(port: int, path: str, headers: dict[str, str]) -> tuple[int, bytes, socket.socket]:
    """Send one GET; return the status, what was read of the answer, and the open connection."""
    connection = socket.create_connection(("127.0.0.1", port), timeout=20)
    lines = [f"GET {path} HTTP/1.1", *(f"{name}: {value}" for name, value in headers.items()), "", ""]
    connection.sendall("\r\n".join(lines).encode())
    answer = b""
    while b"\r\n\r\n" not in answer:
        chunk = connection.recv(65536)
        if not chunk:
            break
        answer += chunk
    return int(answer.split(b" ", 2)[1]), answer, connection


def handshake(port: int, origin: str | None, host: str | None = None) -> tuple[int, socket.socket]:
    headers = {
        "Host": host or f"127.0.0.1:{port}",
        "Upgrade": "websocket",
        "Connection": "Upgrade",
        "Sec-WebSocket-Key": base64.b64encode(os.urandom(16)).decode(),
        "Sec-WebSocket-Version": "13",
    }
    if origin is not None:
        headers["Origin"] = origin
    status, _, connection = request(port, "/ws?width=80&height=24", headers)
    return status, connection


def test_only_the_served_page_opens_a_session_and_one_at_a_time(server: int) -> None:
    port = server
    for origin, host in [
        ("http://evil.example", None),
        (None, None),
        ("null", None),
        (f"http://127.0.0.1:{port + 1}", None),
        (f"http://evil.example:{port}", f"evil.example:{port}"),  # DNS rebinding: a foreign name for 127.0.0.1
    ]:
        status, connection = handshake(port, origin, host)
        connection.close()
        assert status == 403, (origin, host)
    status, first = handshake(port, f"http://localhost:{port}")
    try:
        assert status == 101
        second, extra = handshake(port, f"http://127.0.0.1:{port}")
        extra.close()
        assert second == 503  # --max-sessions 1
    finally:
        first.close()


def test_the_page_asks_no_other_host(server: int) -> None:
    port = server
    status, answer, connection = request(port, "/", {"Host": f"127.0.0.1:{port}", "Connection": "close"})
    while chunk := connection.recv(65536):
        answer += chunk
    connection.close()
    assert status == 200
    page = answer.split(b"\r\n\r\n", 1)[1].decode()
    references = [
        word
        for word in page.replace("'", '"').split('"')
        if word.startswith(("http://", "https://", "//")) and "www.w3.org/2000/svg" not in word
    ]
    assert all(ref.startswith((f"http://127.0.0.1:{port}/", f"ws://127.0.0.1:{port}/")) for ref in references), (
        references
    )
    assert "fonts.googleapis" not in page and "RobotoMono-VariableFont_wght.ttf" in page
    status, _, connection = request(port, "/", {"Host": f"evil.example:{port}", "Connection": "close"})
    connection.close()
    assert status == 403


def test_serve_runs_what_digest_would_open(tmp_path: Path) -> None:
    parser = build_parser("serve")
    library = tmp_path / "lib.db"
    command = serve_command(parser.parse_args(["serve", "--library", str(library)]))
    assert command.endswith(f"-m digest --library {library} read")  # the library, else (when empty) the sample
    command = serve_command(parser.parse_args(["serve", "a.txt", "--theme", "digest-light"]))
    assert " read a.txt --theme digest-light" in command and " --library " in command
