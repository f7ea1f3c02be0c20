"""Library benchmark: ingest rate, a 10,000-article library, app start, keys, memory and search time.

Run from the repository root: ``python benchmarks/library.py [--articles N] [--keep DIR] [--ingest-only]``.
Everything is built in a temporary folder (the corpus in ../shared/corpus is required). Figures printed:

- ingest rate (articles/s of wall time; for one process also per second of CPU time, which a busy machine
  changes less) of ``--mix`` (200) distinct articles (see ``ingest_rate.py``): in one process with its
  start-up included and in its steady state (warmed on one extra article), cached, per stage, cold on
  every core, and ``digest add`` as a user runs it; in the steady state also on a library already holding
  ``--prefill`` (300) other distinct copies (past the reweighings a new library pays at 16, 32, 64 and 128
  articles); with ``--pages DIR``, the one-process figures also for the
  article files of DIR as they are (really distinct pages, which copies of the corpus articles are not);
- a library of N varied copies of the corpus articles (shuffled paragraphs, numbered titles, dates over a
  year, 20 feeds), built directly through the articles repository (one analysis per corpus article; the
  stories are not placed: ``digest stories`` places unplaced articles when it runs);
- start-to-first-screen of ``digest`` on that library vs a bare Textual app listing the same titles in an
  OptionList, both run in a pseudo-terminal in the same run (median of 3), and the ratio;
- key-to-screen moving down the list: this process types the down arrow's bytes into the app's terminal and
  times until the app's first screen-update bytes come back (median and 95th percentile of 40 keys, both apps);
- peak memory (max RSS) of both apps;
- ``digest search`` wall time (a new process, as a user runs it) and the in-process query time.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import pty
import random
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ingest_rate import ingest_figures, page_figures, prefilled_library  # noqa: E402

from digest.core.errors import DigestError  # noqa: E402
from digest.core.ingest import load_article  # noqa: E402
from digest.core.model import Article, Section  # noqa: E402
from digest.core.store import Library  # noqa: E402
from digest.core.store.articles import save_article  # noqa: E402
from digest.core.store.cache import content_hash  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
KEYS = 40
"""Keys typed per app run."""
QUIET = 0.03
"""Seconds of terminal silence that end a screen update."""
SETTLE = 0.3
"""Seconds of terminal silence that end the start-up painting."""
DOWN = b"\x1b[B"
QUIT = b"\x11"
QUERIES = ("Pompeo", "prison guards", '"Security Council"', "Netanyahu OR Sudan", "zzznothing")


CORPUS_INDEX = "SOURCES.md"
"""The corpus's list of its articles and where each came from: a Markdown file, but not an article (until the
thirty-fourth session the benchmarks took it for one, a twenty-first 'article' of tables)."""


def corpus_files() -> list[Path]:
    """The corpus's article files (not its index)."""
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html", ".md") and p.name != CORPUS_INDEX)


def variant(article: Article, number: int, rng: random.Random) -> Article:
    """A varied copy: numbered title, paragraphs shuffled inside each section."""
    sections = []
    for section in article.sections:
        paragraphs = section.paragraphs
        rng.shuffle(paragraphs)
        sections.append(Section(section.title, "\n\n".join(paragraphs)))
    return replace(article, title=f"{article.title} (#{number})", sections=tuple(sections), source=f"copy-{number}")


def build_library(path: Path, bases: list[Article], count: int) -> float:
    """Fill a library with ``count`` varied copies; return the seconds it took."""
    rng = random.Random(7)
    start = time.perf_counter()
    now = datetime(2025, 6, 1, tzinfo=UTC)
    with Library(path) as library:
        analyses = [library.analyse(base) for base in bases]
        feeds = [library.add_feed(f"https://feeds.example/{n}.xml", f"Feed {n}")[0] for n in range(20)]
        batch = 500
        for first in range(0, count, batch):
            with library.transaction():
                for number in range(first, min(first + batch, count)):
                    base = number % len(bases)
                    copy = variant(bases[base], number, rng)
                    analysis = replace(analyses[base], content_hash=content_hash(copy))
                    feed = feeds[number % 25].id if number % 25 < 20 else None
                    published = (now - timedelta(minutes=53 * number)).strftime("%Y-%m-%dT%H:%M:%SZ")
                    key = f"bench:{number}"  # the repository's save: stories are placed later, by 'digest stories'
                    save_article(library.connection, key, copy, analysis, feed_id=feed, published=published)
        library.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return time.perf_counter() - start


def _drain(master: int, quiet: float, limit: float) -> float | None:
    """Read the terminal's output until it has been silent for ``quiet`` seconds (at most ``limit``).

    Returns when the last output arrived (None when nothing did).
    """
    deadline = time.perf_counter() + limit
    last = None
    while time.perf_counter() < deadline:
        readable, _, _ = select.select([master], [], [], quiet)
        if not readable:
            break
        try:
            os.read(master, 1 << 16)
        except OSError:
            break
        last = time.perf_counter()
    return last


def start_runner(mode: str, library: Path, extra: list[str]) -> tuple[subprocess.Popen[bytes], int, int]:
    """Start ``library_runner.py`` in a 120x40 pseudo-terminal: (the process, the terminal, the report pipe)."""
    read_fd, write_fd = os.pipe()
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = {**os.environ, "COLUMNS": "120", "LINES": "40", "TERM": "xterm-256color"}
    command = [sys.executable, str(ROOT / "benchmarks" / "library_runner.py"), mode, str(library), str(write_fd)]
    process = subprocess.Popen(
        command + extra,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        pass_fds=(write_fd,),
        env=env,
        cwd=ROOT,
        start_new_session=True,
    )
    os.close(slave)
    os.close(write_fd)
    return process, master, read_fd


def run_app(mode: str, library: Path, key_delay: float = 0.0) -> tuple[float, float, list[float], int]:
    """Start one app in a pseudo-terminal: (seconds to first screen, to a settled screen, per key, peak kB).

    The first screen is when the app reports it painted the filled list (READY); the settled screen is when
    the last byte of the start-up painting reached the terminal (then :data:`SETTLE` seconds of silence:
    every later change, such as the Footer's keys and the scrollbar, included).

    Keys are typed into the terminal by this process (the down arrow's bytes), as a user types them; a key's
    time runs from writing its bytes to the first screen-update bytes the app writes back; the output is
    then drained until :data:`QUIET` seconds of silence before the next key.
    """
    start = time.perf_counter()
    process, master, read_fd = start_runner(mode, library, [str(key_delay)] if key_delay else [])
    report = b""
    ready = None
    settled = float("nan")
    keys: list[float] = []
    last_output = start
    while process.poll() is None or not report.endswith(b"\n"):
        readable, _, _ = select.select([master, read_fd], [], [], 0.5)
        if master in readable:
            with contextlib.suppress(OSError):
                os.read(master, 1 << 16)
                last_output = time.perf_counter()
        if read_fd in readable:
            chunk = os.read(read_fd, 1 << 16)
            if not chunk:
                break
            report += chunk
            if ready is None and b"READY" in report:
                ready = time.perf_counter() - start
                settled = (_drain(master, SETTLE, 10) or last_output) - start
                for _ in range(KEYS):
                    sent = time.perf_counter()
                    os.write(master, DOWN)
                    select.select([master], [], [], 5)
                    keys.append(time.perf_counter() - sent)
                    _drain(master, QUIET, 5)
                os.write(master, QUIT)
        if time.perf_counter() - start > 120:
            process.kill()
            break
    process.wait()
    os.close(master)
    os.close(read_fd)
    lines = dict(line.split(" ", 1) for line in report.decode().splitlines() if " " in line)
    return ready or float("nan"), settled, keys, int(lines.get("RSS", "0"))


def search_times(library: Path) -> tuple[float, float]:
    """(median wall time of ``digest search`` in a new process, median in-process query time)."""
    wall = []
    for query in QUERIES:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "digest", "search", query, "--library", str(library)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=True,
        )
        wall.append(time.perf_counter() - start)
    inside = []
    with Library(library) as opened:
        for query in QUERIES * 3:
            start = time.perf_counter()
            opened.search(query)
            inside.append(time.perf_counter() - start)
    return statistics.median(wall), statistics.median(inside)


def print_ingest(files: list[Path], work: Path, mix: int, pages: Path | None, prefill: int = 0) -> None:
    """Print the ingest figures of ``mix`` distinct corpus copies (and of the files of ``pages``, when given; with
    ``prefill``, also on a library already holding that many other distinct copies)."""
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for label, figure in ingest_figures(files, work, mix, prefill):
        print(f"ingest of {mix} distinct articles (sections, summary, quotes, stories), {label}: {figure}")
    if pages is not None:
        count, figures = page_figures(pages, work, prefilled_library(work) if prefill else None)
        for label, figure in figures:
            print(f"ingest of the {count} distinct pages of {pages}, {label}: {figure}")
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, default=None, help="build in this folder and keep it")
    parser.add_argument("--mix", type=int, default=200, help="distinct files in the ingest figures")
    parser.add_argument(
        "--prefill",
        type=int,
        default=300,
        help="the one-process steady state also on a library already holding this many other distinct copies"
        " (0: not measured)",
    )
    parser.add_argument("--skip-ingest", action="store_true", help="measure the library and the apps only")
    parser.add_argument("--ingest-only", action="store_true", help="measure the ingest rates only")
    parser.add_argument(
        "--pages",
        type=Path,
        default=None,
        help="also the one-process ingest figures of this folder's article files as they are (pages that really"
        " differ, e.g. ../shared/extraction/html: no copies for the per-process memories to recognise)",
    )
    parser.add_argument(
        "--key-delay",
        type=float,
        default=0.0,
        help="sanity check: also run the bare app with this many seconds of sleep per highlight change",
    )
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"the corpus is not at {CORPUS}; nothing to measure")
        return 1
    work = args.keep or Path(tempfile.mkdtemp(prefix="digest-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        files = corpus_files()
        bases = []
        for path in files:
            with contextlib.suppress(DigestError):
                bases.append(load_article(path))
        print(f"cores: {os.cpu_count()}   corpus: {len(files)} files, {len(bases)} articles")
        if not args.skip_ingest:
            print_ingest(files, work, args.mix, args.pages, args.prefill)
        if args.ingest_only:
            return 0
        library = work / "library.sqlite3"
        if not library.exists():
            seconds = build_library(library, bases, args.articles)
            print(f"built {args.articles:,} varied copies in {seconds:.1f} s ({library.stat().st_size / 1e6:.0f} MB)")
        digest_runs, bare_runs = [], []
        for _ in range(3):
            bare_runs.append(run_app("bare", library))
            digest_runs.append(run_app("digest", library))
        first_digest = statistics.median(r[0] for r in digest_runs)
        first_bare = statistics.median(r[0] for r in bare_runs)
        settled_digest = statistics.median(r[1] for r in digest_runs)
        settled_bare = statistics.median(r[1] for r in bare_runs)
        keys = sorted(t for r in digest_runs for t in r[2])
        bare_keys = sorted(t for r in bare_runs for t in r[2])
        print(
            f"first screen, digest on {args.articles:,}: {first_digest:.3f} s   bare OptionList: {first_bare:.3f} s"
            f"   ratio {first_digest / first_bare:.2f}x"
        )
        print(
            f"settled screen (last start-up byte), digest: {settled_digest:.3f} s   bare: {settled_bare:.3f} s"
            f"   ratio {settled_digest / settled_bare:.2f}x"
        )
        if keys:
            print(
                f"key to screen (down), digest: median {statistics.median(keys) * 1000:.1f} ms,"
                f" p95 {keys[int(len(keys) * 0.95)] * 1000:.1f} ms   bare: median"
                f" {statistics.median(bare_keys) * 1000:.1f} ms"
            )
        if args.key_delay:
            slow = sorted(run_app("bare", library, args.key_delay)[2])
            print(
                f"sanity: bare app sleeping {args.key_delay * 1000:.0f} ms per highlight: key to screen median"
                f" {statistics.median(slow) * 1000:.1f} ms"
            )
        print(
            f"peak memory, digest: {max(r[3] for r in digest_runs) / 1024:.0f} MB"
            f"   bare: {max(r[3] for r in bare_runs) / 1024:.0f} MB"
        )
        wall, inside = search_times(library)
        print(f"digest search (new process): median {wall * 1000:.0f} ms   query alone: {inside * 1000:.1f} ms")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
