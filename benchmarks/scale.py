"""Scale benchmark: a library of 100,000 articles beside newsboat's cache of the same text and a bare Textual list.

Run from the repository root: ``python benchmarks/scale.py [--articles N] [--keep DIR] [--runs R]``. The
corpus in ../shared/corpus is required; newsboat is used when it is installed (``apt-get install
newsboat``), else its columns say so. Everything is built in a temporary folder. Printed, with the load
average before and after (the machine is shared: compare the ratios, measured in the same run):

- the library: build time, file size, and its ratio to the plain text of its articles (titles and bodies,
  UTF-8) and to newsboat's cache of the same articles (title, body as one paragraph per line);
- first screen: ``digest`` (the library app, until it reports its filled list painted), a bare Textual app
  listing the same titles in one OptionList, and newsboat (no such report: its last start-up byte); for all
  three also the settled screen (the last start-up byte, then 0.3 s of silence; for newsboat, after its feed
  list's title has appeared: it is silent while it loads its cache), medians of R runs;
- key to screen: the down arrow typed into each app's terminal, median and 95th percentile over R x 40 keys;
- peak memory (VmHWM) of each app;
- ``digest list | head`` (a shell pipeline, as a user types it) and ``digest list`` to the end, median of 5;
- ``digest search`` in a new process and the query alone, median over five queries.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import pty
import select
import shutil
import sqlite3
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

from library import DOWN, KEYS, QUIET, SETTLE, build_library, run_app, search_times  # noqa: E402

from digest.core.errors import DigestError  # noqa: E402
from digest.core.ingest import load_article  # noqa: E402
from digest.core.store import Library  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
NEWSBOAT_QUIT = b"Q"
NEWSBOAT_READY = b"Your feeds"
"""The title of newsboat's feed list: its first screen (it prints nothing while it loads the cache)."""


def plain_text_bytes(library: Path) -> int:
    """Bytes of the articles' plain text: each title and body (sections joined by blank lines), UTF-8."""
    total = 0
    with Library(library) as opened:
        for (article_id,) in opened.connection.execute("SELECT id FROM articles"):
            article = opened.article(article_id)
            if article is not None:
                total += len(article.title.encode()) + 2 + len(article.text.encode())
    return total


def newsboat_cache(library: Path, folder: Path) -> Path | None:
    """newsboat's cache (and urls file) holding the library's articles, or None without newsboat."""
    if shutil.which("newsboat") is None:
        return None
    folder.mkdir(exist_ok=True)
    cache, urls = folder / "cache.db", folder / "urls"
    with Library(library) as opened:
        feeds = [f.url for f in opened.feeds()]
        urls.write_text("".join(f"{url}\n" for url in feeds) + "https://feeds.example/none.xml\n")
        subprocess.run(
            ["newsboat", "-u", str(urls), "-c", str(cache), "-C", os.devnull, "-x", "print-unread"],
            capture_output=True,
            check=True,
            timeout=60,
        )
        target = sqlite3.connect(cache)
        feed_urls = {f.id: f.url for f in opened.feeds()}
        target.executemany(
            "INSERT OR REPLACE INTO rss_feed (rssurl, url, title) VALUES (?, ?, ?)",
            [(f.url, f.url, f.name) for f in opened.feeds()] + [("https://feeds.example/none.xml", "", "None")],
        )
        rows = opened.connection.execute("SELECT id, feed_id, strftime('%s', coalesce(published, added)) FROM articles")
        batch = []
        for article_id, feed_id, stamp in rows:
            article = opened.article(article_id)
            if article is None:
                continue
            feed = feed_urls.get(feed_id, "https://feeds.example/none.xml")
            content = "\n".join(f"<p>{p}</p>" for p in article.text.split("\n\n"))
            batch.append((f"guid-{article_id}", article.title, "", "", feed, int(stamp), content, 1))
        target.executemany(
            "INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            batch,
        )
        target.commit()
        target.execute("VACUUM")
        target.close()
    return cache


def _drain(master: int, quiet: float, limit: float) -> float | None:
    deadline, last = time.perf_counter() + limit, None
    while time.perf_counter() < deadline:
        if not select.select([master], [], [], quiet)[0]:
            break
        try:
            os.read(master, 1 << 16)
        except OSError:
            break
        last = time.perf_counter()
    return last


def _peak_kb(pid: int) -> int:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def run_newsboat(cache: Path) -> tuple[float, list[float], int]:
    """newsboat on the cache in a pseudo-terminal: (seconds to its last start-up byte, per key, peak kB)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = {**os.environ, "COLUMNS": "120", "LINES": "40", "TERM": "xterm-256color"}
    command = ["newsboat", "-u", str(cache.parent / "urls"), "-c", str(cache), "-C", os.devnull]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    seen = b""
    while NEWSBOAT_READY not in seen and time.perf_counter() - start < 300:  # silent while loading the cache
        if select.select([master], [], [], 1.0)[0]:
            seen = (seen + os.read(master, 1 << 16))[-4096:]
    settled = (_drain(master, SETTLE, 120) or time.perf_counter()) - start
    keys = []
    for _ in range(KEYS):
        sent = time.perf_counter()
        os.write(master, DOWN)
        select.select([master], [], [], 5)
        keys.append(time.perf_counter() - sent)
        _drain(master, QUIET, 5)
    peak = _peak_kb(process.pid)
    os.write(master, NEWSBOAT_QUIT)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    os.close(master)
    return settled, keys, peak


def list_head_times(library: Path, runs: int = 5) -> tuple[float, float]:
    """(median seconds of ``digest list | head``, of ``digest list`` to the end), each a new process."""
    digest = f"{sys.executable} -m digest list --library {library}"
    head, whole = [], []
    for _ in range(runs):
        for command, times in ((f"{digest} | head", head), (f"{digest} > /dev/null", whole)):
            start = time.perf_counter()
            subprocess.run(["sh", "-c", command], cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - start)
    return statistics.median(head), statistics.median(whole)


def _keys(runs: list[list[float]]) -> str:
    every = sorted(t for run in runs for t in run)
    if not every:
        return "n/a"
    return f"median {statistics.median(every) * 1000:.1f} ms, p95 {every[int(len(every) * 0.95)] * 1000:.1f} ms"


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="app runs per app (medians)")
    parser.add_argument("--keep", type=Path, default=None, help="build in this folder and keep it (reused)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"the corpus is not at {CORPUS}; nothing to measure")
        return 1
    work = args.keep or Path(tempfile.mkdtemp(prefix="digest-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}   cores: {os.cpu_count()}")
    try:
        library = work / "library.sqlite3"
        if not library.exists():
            bases = []
            for path in sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html", ".md")):
                with contextlib.suppress(DigestError):
                    bases.append(load_article(path))
            seconds = build_library(library, bases, args.articles)
            print(f"built {args.articles:,} articles in {seconds:.0f} s")
        size, plain = library.stat().st_size, plain_text_bytes(library)
        cache = newsboat_cache(library, work / "newsboat") if not (work / "newsboat").exists() else None
        cache = cache or ((work / "newsboat" / "cache.db") if (work / "newsboat" / "cache.db").exists() else None)
        boat = f"   newsboat's cache: {cache.stat().st_size / 1e6:.0f} MB" if cache else "   newsboat: not installed"
        print(
            f"library file: {size / 1e6:.0f} MB = {size / plain:.2f}x the articles' plain text ({plain / 1e6:.0f} MB)"
        )
        if cache:
            boat += f" (library = {size / cache.stat().st_size:.2f}x)"
        print(boat.strip())
        digest_runs, bare_runs, boat_runs = [], [], []
        for _ in range(args.runs):
            bare_runs.append(run_app("bare", library))
            digest_runs.append(run_app("digest", library))
            if cache:
                boat_runs.append(run_newsboat(cache))
        first = statistics.median(r[0] for r in digest_runs)
        bare_first = statistics.median(r[0] for r in bare_runs)
        settled = statistics.median(r[1] for r in digest_runs)
        bare_settled = statistics.median(r[1] for r in bare_runs)
        print(f"first screen: digest {first:.3f} s   bare Textual list {bare_first:.3f} s ({first / bare_first:.2f}x)")
        line = f"settled screen: digest {settled:.3f} s   bare {bare_settled:.3f} s"
        if boat_runs:
            boat_settled = statistics.median(r[0] for r in boat_runs)
            line += f"   newsboat {boat_settled:.3f} s   digest/newsboat: first {first / boat_settled:.2f}x,"
            line += f" settled {settled / boat_settled:.2f}x"
        print(line)
        print(f"keys, digest: {_keys([r[2] for r in digest_runs])}   bare: {_keys([r[2] for r in bare_runs])}")
        if boat_runs:
            print(f"keys, newsboat: {_keys([r[1] for r in boat_runs])}")
        peaks = f"peak memory: digest {max(r[3] for r in digest_runs) / 1024:.0f} MB"
        peaks += f"   bare {max(r[3] for r in bare_runs) / 1024:.0f} MB"
        if boat_runs:
            peaks += f"   newsboat {max(r[2] for r in boat_runs) / 1024:.0f} MB"
        print(peaks)
        head, whole = list_head_times(library)
        print(f"digest list | head: {head * 1000:.0f} ms   digest list (all, to /dev/null): {whole * 1000:.0f} ms")
        wall, inside = search_times(library)
        print(f"digest search (new process): median {wall * 1000:.0f} ms   query alone: {inside * 1000:.1f} ms")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
        print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
