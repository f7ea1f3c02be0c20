"""Cached article switch as a user sees it: keys typed into the reader's terminal, timed to the screen bytes back.

Starts ``python -m digest read seeds`` in a pseudo-terminal of 160x45, opens both seed articles once (so
everything is cached), then repeatedly moves the list highlight (``j``/``k``, untimed) and times ``enter``
from writing the byte to the pty until the first output bytes arrive, and until the output has been quiet for
QUIET seconds (the last bytes: the screen is final). As a baseline, the same is timed for a key bound to
nothing (no output expected: the figure is the quiet wait only, so it is left out) and for moving the list
highlight (a small repaint). Includes the terminal-side cost Pilot cannot see (writing escape sequences).

Run: python benchmarks/reader_pty.py
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from library_reader_pty import stop  # noqa: E402

ROUNDS = 20
QUIET = 0.3
COLUMNS, LINES = 160, 45


def drain(master: int, quiet: float, limit: float = 10.0) -> tuple[float | None, float | None, int]:
    """Read until nothing arrives for ``quiet`` s; return (first byte time, last byte time, bytes read)."""
    first = last = None
    total = 0
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        readable, _, _ = select.select([master], [], [], quiet)
        if not readable:
            break
        data = os.read(master, 65536)
        now = time.perf_counter()
        first = now if first is None else first
        last = now
        total += len(data)
    return first, last, total


def timed(master: int, key: bytes) -> tuple[float, float, int]:
    """Type ``key``; return (ms to first bytes, ms to last bytes, bytes)."""
    start = time.perf_counter()
    os.write(master, key)
    first, last, total = drain(master, QUIET)
    if first is None or last is None:
        return 0.0, 0.0, 0
    return (first - start) * 1000, (last - start) * 1000, total


def main() -> None:
    """Run the reader in a pty and print the switch times."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLUMNS), "LINES": str(LINES)}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "digest", "read", "seeds"],
        cwd=ROOT,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
    )
    os.close(slave)
    try:
        drain(master, 2.0, limit=30)
        for key in (b"j", b"\r", b"k", b"\r"):  # open both articles once: documents, summaries, quotes cached
            os.write(master, key)
            drain(master, 1.5, limit=30)
        switches, moves = [], []
        for round_ in range(ROUNDS):
            moves.append(timed(master, b"j" if round_ % 2 == 0 else b"k"))
            switches.append(timed(master, b"\r"))
        for name, runs in (("move list highlight (j/k)", moves), ("cached switch (enter)", switches)):
            firsts = [run[0] for run in runs]
            lasts = [run[1] for run in runs]
            print(
                f"{name:<28} first bytes median {statistics.median(firsts):6.1f} ms, last bytes median "
                f"{statistics.median(lasts):6.1f} ms (p90 {sorted(lasts)[int(len(lasts) * 0.9)]:6.1f}), "
                f"{statistics.median(run[2] for run in runs):.0f} bytes"
            )
        print(
            f"pty {COLUMNS}x{LINES}, {ROUNDS} keys each; 'last bytes' = last output before {QUIET * 1000:.0f} ms "
            "of quiet"
        )
    finally:
        stop(process, master)


if __name__ == "__main__":
    main()
