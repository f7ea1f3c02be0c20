"""Reader memory and start-up: peak memory after opening 60 and 200 articles, and the first screen of
``digest read DIR`` for 2 and 120 files.

Run from the repository root: ``python benchmarks/reader_memory.py [--articles 200]``. The corpus in
../shared/corpus is required. Everything runs in a temporary folder; the load average is printed before and
after (the machine is shared: compare the ratios, measured in the same run).

- Memory: ``digest read`` on N distinct articles (copies of the corpus articles, each with a numbered
  sentence in its body, see ``benchmarks/library.py``), run headless (Textual's ``run_test``, 160x45); the
  benchmark opens article 1, 2, ... N in turn, waiting for each to be rendered and its summary and quotes
  shown, and prints the process's peak memory (``VmHWM``) after 60 and after N. The baseline, in the same
  run: a bare Textual app with one ``Markdown`` widget that shows the same N articles' text in turn.
- First screen: ``digest read DIR`` in a pseudo-terminal (120x40) on a folder of 2 files and one of 120;
  the time from start until the first article's opening words have reached the terminal (median of
  ``--runs``, the two folders alternated).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import fcntl
import os
import pty
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

CORPUS = ROOT.parent / "shared" / "corpus"
CHECKPOINT = 60


def peak_kb() -> int:
    """This process's peak resident memory (VmHWM) in kB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


async def open_in_digest(folder: Path, count: int) -> list[int]:
    """Open each article of ``folder`` in digest's reader; peak kB after CHECKPOINT and after all."""
    from digest.ui.app import DigestApp
    from digest.ui.loading import load_for_app
    from digest.ui.main_screen import MainScreen

    articles = load_for_app([folder]).articles[:count]
    app = DigestApp(articles)
    peaks = []
    async with app.run_test(size=(160, 45)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        for index in range(len(articles)):
            screen.current = index
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            if index + 1 == CHECKPOINT:
                peaks.append(peak_kb())
        peaks.append(peak_kb())
    return peaks


async def open_in_bare(folder: Path, count: int) -> list[int]:
    """Show each article's text in turn in one Markdown widget; peak kB after CHECKPOINT and after all."""
    from textual.app import App, ComposeResult
    from textual.widgets import Markdown

    from digest.ui.loading import load_for_app

    texts = [f"# {a.title}\n\n{a.text}" for a in load_for_app([folder]).articles[:count]]

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Markdown(texts[0])

    app = Bare()
    peaks = []
    async with app.run_test(size=(160, 45)) as pilot:
        widget = app.query_one(Markdown)
        for index, text in enumerate(texts):
            await widget.update(text)
            await pilot.pause()
            if index + 1 == CHECKPOINT:
                peaks.append(peak_kb())
        peaks.append(peak_kb())
    return peaks


def child(mode: str, folder: Path, count: int) -> None:
    """Run one app (in a fresh process) and print its peaks."""
    runner = open_in_digest if mode == "digest" else open_in_bare
    print(" ".join(str(p) for p in asyncio.run(runner(folder, count))))


def measure_memory(mode: str, folder: Path, count: int) -> list[int]:
    """Peak kB of one app after CHECKPOINT and after ``count`` articles (a fresh process)."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(folder), str(count)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [int(x) for x in done.stdout.split()]


def first_screen(folder: Path, words: str, limit: float = 60) -> float:
    """Seconds from starting ``digest read folder`` until ``words`` have reached its terminal."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = {**os.environ, "COLUMNS": "120", "LINES": "40", "TERM": "xterm-256color"}
    command = [sys.executable, "-m", "digest", "read", str(folder)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=env)
    os.close(slave)
    seen, found = b"", float("nan")
    target = words.encode()
    while time.perf_counter() - start < limit:
        if not select.select([master], [], [], 0.5)[0]:
            continue
        try:
            seen += os.read(master, 1 << 16)
        except OSError:
            break
        if target in seen:
            found = time.perf_counter() - start
            break
    os.write(master, b"\x11")
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    os.close(master)
    return found


def opening_words(folder: Path) -> str:
    """Three words from the start of the first article's body (not in its title), as ``digest read`` on
    ``folder`` shows them first."""
    from digest.ui.loading import load_first

    first = load_first([folder]).articles[0]
    words = first.text.split()[:80]
    for start in range(len(words) - 2):  # three words of the body that the title (in the list too) lacks
        run = " ".join(words[start : start + 3])
        if run not in first.title and all(w.isalpha() and len(w) > 2 for w in words[start : start + 3]):
            return run
    return " ".join(words[:3])


def print_memory(folder: Path, count: int) -> None:
    """Measure and print the peak memory of both apps."""
    digest = measure_memory("digest", folder, count)
    bare = measure_memory("bare", folder, count)
    print(f"peak memory after opening {CHECKPOINT}: digest {digest[0] / 1024:.0f} MB   bare {bare[0] / 1024:.0f} MB")
    print(
        f"peak memory, opened {count}: digest {digest[-1] / 1024:.0f} MB   bare"
        f" {bare[-1] / 1024:.0f} MB   ratio {digest[-1] / bare[-1]:.2f}x"
    )


def main() -> int:
    """Print the figures."""
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--first-screen-only", action="store_true", help="skip the memory figures")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"the corpus is not at {CORPUS}; nothing to measure")
        return 1
    from ingest_rate import distinct_files
    from library import corpus_files

    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}   cores: {os.cpu_count()}")
    work = Path(tempfile.mkdtemp(prefix="digest-reader-memory-"))
    try:
        files = corpus_files()
        folder = work / "articles"
        distinct_files(files, folder, max(args.articles, 120))
        if not args.first_screen_only:
            print_memory(folder, args.articles)
        small, large = work / "two", work / "many"
        small.mkdir()
        large.mkdir()
        for path in sorted(folder.iterdir())[:120]:
            shutil.copy(path, large / path.name)
        for path in sorted(folder.iterdir())[:2]:
            shutil.copy(path, small / path.name)
        words = opening_words(small)
        twos, manys = [], []
        for _ in range(args.runs):  # alternated, so that a change of the machine's load weighs on both alike
            twos.append(first_screen(small, words))
            manys.append(first_screen(large, words))
        two, many = statistics.median(twos), statistics.median(manys)
        print(f"digest read DIR, first screen: 2 files {two:.2f} s   120 files {many:.2f} s   ratio {many / two:.2f}x")
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(work)
        print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
