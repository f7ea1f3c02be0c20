"""Run a digest command in a pseudo-terminal and capture every byte it sends to the terminal."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

C1_OR_BIDI = re.compile("[\x80-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
"""Code points a terminal obeys (C1 controls) or that reorder text (bidi controls)."""


@dataclass
class Captured:
    """What a command wrote to its terminal, and its exit status (None when it was killed)."""

    output: bytes
    status: int | None

    @property
    def text(self) -> str:
        """The output decoded as UTF-8 (undecodable bytes kept as U+DC80-U+DCFF)."""
        return self.output.decode("utf-8", "surrogateescape")

    def forbidden(self, *, allow_escapes: bool = False) -> list[str]:
        """Every forbidden character in the output: ESC (unless the app draws with it), C1, bidi, raw 0x80-0x9f."""
        found = [f"U+{ord(c):04X}" for c in C1_OR_BIDI.findall(self.text)]
        found += [f"byte 0x{ord(c) - 0xDC00:02x}" for c in self.text if "\udc80" <= c <= "\udc9f"]
        if not allow_escapes and "\x1b" in self.text:
            found.append("ESC")
        return found


def run_in_pty(
    arguments: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    keys: Sequence[tuple[float, bytes]] = (),
    timeout: float = 60.0,
    size: tuple[int, int] = (24, 80),
) -> Captured:
    """Run ``python -m digest ARGUMENTS`` with stdin, stdout and stderr on one pty.

    ``keys`` are (seconds to wait, bytes to type) pairs sent in order; the command is killed after
    ``timeout`` seconds (its status is then None).
    """
    import fcntl
    import struct
    import termios

    main_fd, child_fd = pty.openpty()
    fcntl.ioctl(child_fd, termios.TIOCSWINSZ, struct.pack("HHHH", size[0], size[1], 0, 0))
    environment = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(size[1]), "LINES": str(size[0])}
    environment.update(env or {})
    process = subprocess.Popen(
        [sys.executable, "-m", "digest", *arguments],
        stdin=child_fd,
        stdout=child_fd,
        stderr=child_fd,
        env=environment,
        cwd=cwd or ROOT,
        close_fds=True,
        start_new_session=True,
    )
    os.close(child_fd)
    output = bytearray()
    deadline = time.monotonic() + timeout
    pending = list(keys)
    next_key_at = time.monotonic() + (pending[0][0] if pending else 0)
    try:
        while time.monotonic() < deadline:
            if pending and time.monotonic() >= next_key_at:
                os.write(main_fd, pending.pop(0)[1])
                next_key_at = time.monotonic() + (pending[0][0] if pending else 0)
            ready, _, _ = select.select([main_fd], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(main_fd, 65536)
                except OSError:  # the child closed the terminal
                    chunk = b""
                if not chunk:
                    break
                output += chunk
            elif process.poll() is not None and not pending:
                break
        status = process.wait(timeout=max(0.1, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        status = None
    finally:
        os.close(main_fd)
    return Captured(bytes(output), status)
