"""Start-up CPU time: ``digest`` commands beside Python's own start and a bare Textual app.

Run from the repository root: ``python benchmarks/startup.py LIBRARY [--runs R] [--file FILE]``. CPU time
(user + system, of the process and its threads, from ``os.wait4``) is what a loaded machine changes least;
medians of R runs (5). Measured:

- ``python -c pass``: the interpreter's own start;
- ``digest list`` and ``digest search president`` (``python -m digest``), their first 10 lines read;
- a bare Textual app (one ``OptionList`` of the library's titles), ``digest`` on LIBRARY and
  ``digest read FILE``: each in an 80x24 pseudo-terminal until its output has been silent for 0.4 s, then
  ctrl+q (so start-up, first screen, settling and quitting are counted, for all three alike).

digest's bytecode is compiled first, as installing it does.
"""

from __future__ import annotations

import argparse
import compileall
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
BARE = """
import sqlite3, sys
from textual.app import App
from textual.widgets import OptionList
titles = [row[0] for row in sqlite3.connect(sys.argv[1]).execute("SELECT title FROM articles")]
class Bare(App[None]):
    def compose(self):
        yield OptionList(*titles)
Bare().run()
"""


def cpu_of(process: subprocess.Popen[bytes]) -> float:
    """Wait for ``process``; its CPU seconds (user + system)."""
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return usage.ru_utime + usage.ru_stime


def piped(command: list[str]) -> float:
    """CPU seconds of a command whose first 10 lines are read, then its pipe closed (as ``| head``)."""
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    for _ in range(10):
        process.stdout.readline()
    process.stdout.close()
    return cpu_of(process)


def in_terminal(command: list[str], quiet: float = 0.4) -> float:
    """CPU seconds of an app started in an 80x24 terminal, quit with ctrl+q once its output settled."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
    process = subprocess.Popen(
        command, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT, start_new_session=True
    )
    os.close(slave)
    started, deadline = False, time.monotonic() + 60
    while time.monotonic() < deadline:
        if not select.select([master], [], [], quiet)[0]:
            if started:
                break
            continue
        try:
            os.read(master, 1 << 16)
        except OSError:
            break
        started = True
    os.write(master, b"\x11")
    deadline = time.monotonic() + 10
    while process.poll() is None and time.monotonic() < deadline:
        if select.select([master], [], [], 0.2)[0]:
            try:
                os.read(master, 1 << 16)
            except OSError:
                break
    seconds = cpu_of(process)
    os.close(master)
    return seconds


def main() -> int:
    """Measure and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--file", type=Path, default=ROOT / "seeds" / "polygraph-al-tanf-rukban.html")
    options = parser.parse_args()
    compileall.compile_dir(ROOT / "digest", quiet=1)
    python, library = sys.executable, str(options.library.resolve())
    digest = [python, "-m", "digest"]
    cases = {
        "python -c pass": lambda: piped([python, "-c", "pass"]),
        "digest list | head": lambda: piped([*digest, "--library", library, "list"]),
        "digest search": lambda: piped([*digest, "--library", library, "search", "president"]),
        "bare Textual app": lambda: in_terminal([python, "-c", BARE, library]),
        "digest (library app)": lambda: in_terminal([*digest, "--library", library]),
        "digest read FILE": lambda: in_terminal([*digest, "--library", library, "read", str(options.file)]),
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    print(f"load average {os.getloadavg()[0]:.1f}")
    for _ in range(options.runs):
        for name, run in cases.items():  # interleaved: each case sees the same load
            times[name].append(run())
    for name, values in times.items():
        print(f"{name:22} {statistics.median(values) * 1000:6.0f} ms CPU (min {min(values) * 1000:.0f})")
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
