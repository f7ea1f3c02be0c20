"""Opening an article from the library as a user sees it: keys typed into ``digest``'s terminal, timed to the
screen bytes coming back, beside a bare Textual app that swaps one Markdown widget.

Builds a library of the corpus articles (../shared/corpus; the seed articles when it is absent) in a
temporary folder with ``digest add``, starts ``python -m digest`` on it in a pseudo-terminal (160x45 by
default), and for each of ``--articles`` articles: highlights it (untimed), presses ``enter`` (first open: the
article was never opened), ``escape`` back to the list (untimed), ``enter`` again (cached open: opened before,
summary and quotes from the library's cache), ``escape``. Each ``enter`` is timed from writing the byte to
the pty until the first output bytes arrive and until the output has been quiet for QUIET seconds (the last
bytes: the screen is final). ``frames`` counts the bursts of output separated by at least FRAME_GAP of
silence (Textual paints at most 60 times a second: each burst is about one paint). A cached open whose output
holds "Summarising" or "Finding quotes" drew a placeholder first. The wait for quiet starts once the reader's
first paint (its "Summary" title) has come.

The baseline, run in the same pty, same size, in the same run: a bare Textual app with an OptionList of the
same titles on the left and one Markdown widget on the right; ``enter`` swaps the Markdown widget's document
to the highlighted article's (the same Markdown text digest's reader shows, prepared in advance).

Run from the repository root: ``python benchmarks/library_reader_pty.py [--articles 8] [--size 160x45]``.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus"
QUIET = 0.5
"""Seconds of terminal silence that end a screen update (once the reader's first paint has come)."""
READER_MARKER = b"Summary"
"""Bytes of the reader screen's first paint (the summary panel's title): the time before them is the app
composing the screen, however long, never a pause after which more may come."""
FRAME_GAP = 0.008
"""Seconds of silence that separate two bursts of output (two paints)."""
PLACEHOLDERS = (b"Summarising", b"Finding quotes")


@dataclass
class Timing:
    """One key: ms to the first bytes, ms to the last bytes, bytes, bursts, whether a placeholder showed."""

    first: float
    last: float
    size: int
    frames: int
    placeholder: bool


def drain(master: int, quiet: float, limit: float = 20.0, marker: bytes = b"") -> tuple[list[float], bytes]:
    """Wait for output (up to ``limit`` s) holding ``marker``, then read until nothing arrives for ``quiet`` s;
    return the arrival time of each read and the bytes."""
    times: list[float] = []
    data = b""
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        waiting = not times or marker not in data
        if not select.select([master], [], [], deadline - time.perf_counter() if waiting else quiet)[0]:
            break
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:
            break
        times.append(time.perf_counter())
        data += chunk
    return times, data


def timed(master: int, key: bytes, marker: bytes = b"") -> Timing:
    """Type ``key`` and time the screen bytes that come back (until ``marker`` has come, then quiet)."""
    start = time.perf_counter()
    os.write(master, key)
    times, data = drain(master, QUIET, marker=marker)
    if not times:
        return Timing(0.0, 0.0, 0, 0, False)
    frames = 1 + sum(1 for a, b in zip(times, times[1:], strict=False) if b - a >= FRAME_GAP)
    placeholder = any(p in data for p in PLACEHOLDERS)
    return Timing((times[0] - start) * 1000, (times[-1] - start) * 1000, len(data), frames, placeholder)


def start(command: list[str], env: dict[str, str], columns: int, lines: int) -> tuple[subprocess.Popen[bytes], int]:
    """Start ``command`` in a new pseudo-terminal of ``columns`` x ``lines``."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    full_env = {**os.environ, **env, "TERM": "xterm-256color", "COLUMNS": str(columns), "LINES": str(lines)}
    full_env.pop("NO_COLOR", None)
    process = subprocess.Popen(
        command, cwd=ROOT, stdin=slave, stdout=slave, stderr=slave, env=full_env, start_new_session=True
    )
    os.close(slave)
    return process, master


def stop(process: subprocess.Popen[bytes], master: int) -> None:
    """Quit the app (ctrl+q), or end it."""
    with contextlib.suppress(OSError):
        os.write(master, b"\x11")
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait()
    os.close(master)


def run_rounds(  # noqa: PLR0913
    command: list[str], env: dict[str, str], size: tuple[int, int], count: int, keys: bytes, marker: bytes = b""
) -> list[Timing]:
    """Start ``command``; for each of ``count`` list entries (moving down with ``j``, untimed), type each of
    ``keys`` in turn: ``enter`` is timed (until ``marker`` has come, then quiet), any other key is typed and
    waited out."""
    process, master = start(command, env, *size)
    timings = []
    try:
        drain(master, 1.5, limit=60)
        for number in range(count):
            if number:
                os.write(master, b"j")
                drain(master, QUIET)
            for key in keys:
                if key == ord("\r"):
                    timings.append(timed(master, b"\r", marker))
                else:
                    os.write(master, bytes([key]))
                    drain(master, QUIET)
    finally:
        stop(process, master)
    return timings


def run_digest(env: dict[str, str], size: tuple[int, int], count: int) -> tuple[list[Timing], list[Timing]]:
    """Open ``count`` articles twice each in ``digest`` (escape back after each); (first opens, cached opens)."""
    reader = READER_MARKER
    timings = run_rounds([sys.executable, "-m", "digest"], env, size, count, b"\r\x1b\r\x1b", reader)
    return timings[0::2], timings[1::2]


def run_bare(documents: Path, size: tuple[int, int], count: int) -> list[Timing]:
    """Swap the bare app's Markdown widget to each of ``count`` documents; the timings."""
    return run_rounds([sys.executable, __file__, "--bare", str(documents)], {}, size, count, b"\r")


def bare_app(documents: Path) -> None:
    """The baseline app: titles in an OptionList, one Markdown widget that ``enter`` swaps."""
    from textual.app import App, ComposeResult
    from textual.binding import Binding
    from textual.containers import Horizontal, VerticalScroll
    from textual.widgets import Footer, Markdown, OptionList

    shown = json.loads(documents.read_text(encoding="utf-8"))

    class Bare(App[None]):
        BINDINGS = [Binding("j", "down", "Down"), Binding("ctrl+q", "quit", "Quit")]
        CSS = "OptionList { width: 40; } VerticalScroll { width: 1fr; }"

        def compose(self) -> ComposeResult:
            with Horizontal():
                yield OptionList(*(item["title"] for item in shown))
                with VerticalScroll():
                    yield Markdown("")
            yield Footer()

        def action_down(self) -> None:
            self.query_one(OptionList).action_cursor_down()

        def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
            self.query_one(Markdown).update(shown[event.option_index]["markdown"])

    Bare().run()


def build_library(folder: Path) -> tuple[dict[str, str], Path]:
    """A library of the corpus (or seed) articles in ``folder``; the environment that opens it, and a JSON
    file of the articles' titles and Markdown in the library list's order, for the bare app."""
    from digest.core.store import Library
    from digest.core.store.selection import Selection, select_rows
    from digest.ui.markdown_source import build_markdown

    sources = CORPUS if CORPUS.is_dir() else ROOT / "seeds"
    files = sorted(str(p) for p in sources.iterdir() if p.suffix in (".txt", ".html", ".md") and p.stem != "README")
    env = {"DIGEST_LIBRARY": str(folder / "library.db"), "DIGEST_CONFIG_DIR": str(folder / "config")}
    subprocess.run(
        [sys.executable, "-m", "digest", "add", *files],
        cwd=ROOT,
        env={**os.environ, **env},
        check=True,
        capture_output=True,
    )
    shown = []
    with Library(env["DIGEST_LIBRARY"]) as library:
        for row in select_rows(library, Selection("all", None, None, "")):
            article = library.article(row.id)
            if article is not None:
                shown.append({"title": row.title, "markdown": build_markdown(article).text})
    documents = folder / "documents.json"
    documents.write_text(json.dumps(shown), encoding="utf-8")
    return env, documents


def summary(name: str, runs: list[Timing]) -> str:
    """One line of medians for ``runs``."""
    lasts = sorted(run.last for run in runs)
    first = statistics.median(r.first for r in runs)
    frames = statistics.median(r.frames for r in runs)
    size = statistics.median(r.size for r in runs) / 1024
    placeholders = sum(r.placeholder for r in runs)
    return (
        f"{name:<36} first bytes {first:6.1f} ms   settled {statistics.median(lasts):6.1f} ms (max {lasts[-1]:6.1f})"
        f"   frames {frames:.0f}   {size:.0f} KB   placeholder shown {placeholders}/{len(runs)}"
    )


def main() -> int:
    """Print the figures."""
    if len(sys.argv) > 2 and sys.argv[1] == "--bare":
        bare_app(Path(sys.argv[2]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=8, help="articles opened (each twice)")
    parser.add_argument("--size", default="160x45", help="terminal size, COLUMNSxLINES")
    args = parser.parse_args()
    columns, lines = (int(x) for x in args.size.split("x"))
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}   cores: {os.cpu_count()}")
    work = Path(tempfile.mkdtemp(prefix="digest-library-reader-"))
    try:
        env, documents = build_library(work)
        count = min(args.articles, len(json.loads(documents.read_text(encoding="utf-8"))))
        firsts, cached = run_digest(env, (columns, lines), count)
        bare = run_bare(documents, (columns, lines), count)
        print(summary("digest: first open (enter)", firsts))
        print(summary("digest: cached open (enter)", cached))
        print(summary("bare Textual: swap Markdown (enter)", bare))
        bare_settled = statistics.median(r.last for r in bare)
        first_ratio = statistics.median(r.last for r in firsts) / bare_settled
        cached_ratio = statistics.median(r.last for r in cached) / bare_settled
        print(f"ratios to the bare swap, settled: first open {first_ratio:.2f}x   cached open {cached_ratio:.2f}x")
        print(f"pty {columns}x{lines}, {count} articles; 'settled' = last output before {QUIET * 1000:.0f} ms of quiet")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
