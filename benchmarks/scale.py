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
- ``digest list | head`` (a shell pipeline, as a user types it: the ``digest`` command installed beside this
  Python) beside ``python -m digest list | head`` and ``python -c pass | head`` (the interpreter's own start),
  and ``digest list`` to the end, median of 5 (digest's bytecode compiled first, as installing it does: with
  ``PYTHONDONTWRITEBYTECODE`` set, every new process would otherwise compile digest's modules again);
- ``digest search`` in a new process and the query alone, median over five queries;
- ``--stories-on LIBRARY``: only the stories view on that library (its articles grouped as below first if in no
  story: copy a library before), beside the article list made again, and the statements and story ids that
  opening the stories reads;
- the stories view on a library of ``--stories`` articles (10,000) grouped into stories of 1 to 8 articles
  (written directly: the view reads stories, not how they were made): from ``s`` to the list of stories painted,
  beside the same on 100 articles and the article list made again from ``v`` (the unread view: every
  article) to its rows painted, medians of R runs, and their ratio (``--stories-only``: only these).
"""

from __future__ import annotations

import argparse
import compileall
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

from library import (  # noqa: E402
    DOWN,
    KEYS,
    QUIET,
    QUIT,
    SETTLE,
    build_library,
    corpus_files,
    run_app,
    search_times,
    start_runner,
)

from digest.core.errors import DigestError  # noqa: E402
from digest.core.ingest import load_article  # noqa: E402
from digest.core.model import Article  # noqa: E402
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


def _stop(process: subprocess.Popen[bytes], master: int, quit_key: bytes) -> None:
    """Type the app's quit key, wait for it to end (kill it after 30 s), close its terminal."""
    os.write(master, quit_key)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    os.close(master)


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
    _stop(process, master, NEWSBOAT_QUIT)
    return settled, keys, peak


DIGEST_SCRIPT = Path(sys.executable).with_name("digest")
"""The ``digest`` command installed beside this Python (what a user types), if there is one."""


def list_head_times(library: Path, runs: int = 5) -> tuple[float, float, float, float]:
    """Median seconds of ``digest list | head`` (the installed ``digest`` command, else ``python -m digest``), of
    ``python -m digest list | head``, of ``digest list`` to the end, and of ``python -c pass | head`` (Python's own
    start), each a new process, the four in turn."""
    module = f"{sys.executable} -m digest list --library {library}"
    digest = f"{DIGEST_SCRIPT} list --library {library}" if DIGEST_SCRIPT.exists() else module
    head: list[float] = []
    by_module: list[float] = []
    whole: list[float] = []
    python: list[float] = []
    commands = (
        (f"{digest} | head", head),
        (f"{module} | head", by_module),
        (f"{digest} > /dev/null", whole),
        (f"{sys.executable} -c pass | head", python),
    )
    for _ in range(runs):
        for command, times in commands:
            start = time.perf_counter()
            subprocess.run(["sh", "-c", command], cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - start)
    median = statistics.median
    return median(head), median(by_module), median(whole), median(python)


STORY_SIZES = (1, 1, 2, 1, 3, 1, 5, 2, 8, 1, 4, 2)
"""Articles per story, in turn, when the stories benchmark library is grouped."""


def group_into_stories(library: Path) -> int:
    """Put the library's articles (oldest first) into stories of :data:`STORY_SIZES`; return how many stories."""
    connection = sqlite3.connect(library)
    ids = [i for (i,) in connection.execute("SELECT id FROM articles ORDER BY coalesce(published, added), id")]
    titles = dict(connection.execute("SELECT id, title FROM articles"))
    stories, start = 0, 0
    with connection:
        while start < len(ids):
            members = ids[start : start + STORY_SIZES[stories % len(STORY_SIZES)]]
            cursor = connection.execute(
                "INSERT INTO stories (title, centroid, years, times) VALUES (?, '{}', '{}', '[]')",
                (titles[members[0]],),
            )
            connection.executemany(
                "INSERT INTO story_members (article_id, story_id) VALUES (?, ?)",
                [(member, cursor.lastrowid) for member in members],
            )
            stories, start = stories + 1, start + len(members)
    connection.close()
    return stories


def _wait_for(master: int, report: int, word: bytes, limit: float = 120) -> float | None:
    """Read the terminal (and the runner's report) until the report says ``word``; when it did (or None)."""
    seen, deadline = b"", time.perf_counter() + limit
    while time.perf_counter() < deadline:
        readable = select.select([master, report], [], [], 0.5)[0]
        if master in readable:
            with contextlib.suppress(OSError):
                os.read(master, 1 << 16)
        if report in readable:
            chunk = os.read(report, 1 << 16)
            if not chunk:
                return None
            seen += chunk
            if word + b"\n" in seen:
                return time.perf_counter()
    return None


def view_times(library: Path) -> tuple[float, float]:
    """(seconds from ``s`` to the stories view's filled list painted, from ``v`` to the article list's new rows)."""
    process, master, read_fd = start_runner("digest", library, [])
    stories = listed = float("nan")
    if _wait_for(master, read_fd, b"READY"):
        _drain(master, SETTLE, 10)
        sent = time.perf_counter()
        os.write(master, b"s")
        stories = (_wait_for(master, read_fd, b"STORIES") or float("nan")) - sent
        _drain(master, SETTLE, 10)
        os.write(master, b"\x1b")
        _drain(master, SETTLE, 10)
        while select.select([read_fd], [], [], 0)[0] and os.read(read_fd, 1 << 16):  # the reports of going back
            pass
        sent = time.perf_counter()
        os.write(master, b"v")
        listed = (_wait_for(master, read_fd, b"LISTED") or float("nan")) - sent
        _drain(master, SETTLE, 10)
    _stop(process, master, QUIT)
    os.close(read_fd)
    return stories, listed


def print_stories_view(work: Path, bases: list[Article], count: int, runs: int) -> None:
    """Build (once) libraries of ``count`` and of 100 articles in stories; time the stories view of both and the
    article list of the large one made again."""
    figures = []
    for size in (count, 100):
        grouped = work / f"stories-{size}.sqlite3"
        if not grouped.exists():
            build_library(grouped, bases, size)
            group_into_stories(grouped)
        times = [view_times(grouped) for _ in range(runs)]
        figures.append((statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)))
    (opened, listed), (small, _) = figures
    print(
        f"stories view open (s to its filled list painted): {count:,} articles {opened * 1000:.0f} ms,"
        f" 100 articles {small * 1000:.0f} ms ({opened / small:.2f}x)"
        f"   {count:,} articles' list made again (v: every article unread) {listed * 1000:.0f} ms"
        f"   stories view / article list: {opened / listed:.2f}x"
    )


def print_stories_on(library: Path, runs: int) -> None:
    """Time the stories view on an existing library (its articles grouped as above first when in no story), beside
    the article list made again, and say what opening the stories reads."""
    from digest.core.store.paging import KeysetIds
    from digest.ui.library_rows import load_stories

    with contextlib.closing(sqlite3.connect(library)) as connection:
        grouped = connection.execute("SELECT 1 FROM story_members LIMIT 1").fetchone() is not None
    if not grouped:
        print(f"grouped {library} into {group_into_stories(library):,} stories")
    with Library(library) as opened:
        statements: list[str] = []
        opened.connection.set_trace_callback(statements.append)
        rows, status = load_stories(opened)
        rows.page(0)  # the first page of lines, as the first paint reads it
        assert isinstance(rows.ids, KeysetIds)
        known = len(rows.ids._ids)  # noqa: SLF001 (what the benchmark checks: how many ids were read)
        read = f"{len(statements)} statements, {known:,} of {len(rows):,} story ids read ({status})"
    times = [view_times(library) for _ in range(runs)]
    opened_ms = statistics.median(t[0] for t in times) * 1000
    listed_ms = statistics.median(t[1] for t in times) * 1000
    print(f"stories view open (s): {opened_ms:.0f} ms   article list made again (v): {listed_ms:.0f} ms")
    print(f"opening the stories: {read}")


def print_stories_only(args: argparse.Namespace, work: Path) -> None:
    """The stories view alone: on the library ``--stories-on`` names, else on the benchmark's own libraries."""
    if args.stories_on:
        print_stories_on(args.stories_on, args.runs)
    else:
        print_stories_view(work, corpus_articles(), args.stories, args.runs)


def _keys(runs: list[list[float]]) -> str:
    every = sorted(t for run in runs for t in run)
    if not every:
        return "n/a"
    return f"median {statistics.median(every) * 1000:.1f} ms, p95 {every[int(len(every) * 0.95)] * 1000:.1f} ms"


def corpus_articles() -> list[Article]:
    """The corpus articles the benchmark libraries copy (those that load)."""
    bases = []
    for path in corpus_files():
        with contextlib.suppress(DigestError):
            bases.append(load_article(path))
    return bases


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="app runs per app (medians)")
    parser.add_argument("--keep", type=Path, default=None, help="build in this folder and keep it (reused)")
    parser.add_argument("--stories", type=int, default=10_000, help="articles of the stories view's library (0: none)")
    parser.add_argument("--stories-only", action="store_true", help="only the stories view beside the article list")
    parser.add_argument("--stories-on", type=Path, help="only the stories view on this library (grouped if need be)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"the corpus is not at {CORPUS}; nothing to measure")
        return 1
    # digest's bytecode compiled first, as installing it does (PYTHONDONTWRITEBYTECODE, if set, would otherwise
    # make every new process compile digest's modules again: tens of milliseconds on each command)
    compileall.compile_dir(ROOT / "digest", quiet=1)
    work = args.keep or Path(tempfile.mkdtemp(prefix="digest-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}   cores: {os.cpu_count()}")
    try:
        library = work / "library.sqlite3"
        if args.stories_on or args.stories_only:
            print_stories_only(args, work)
            return 0
        bases = corpus_articles()
        if not library.exists():
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
        head, by_module, whole, python = list_head_times(library)
        print(
            f"digest list | head: {head * 1000:.0f} ms (python -m digest list | head: {by_module * 1000:.0f} ms;"
            f" Python's own start: {python * 1000:.0f} ms)   digest list (all, to /dev/null): {whole * 1000:.0f} ms"
        )
        wall, inside = search_times(library)
        print(f"digest search (new process): median {wall * 1000:.0f} ms   query alone: {inside * 1000:.1f} ms")
        if args.stories:
            print_stories_view(work, bases, args.stories, args.runs)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
        print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
