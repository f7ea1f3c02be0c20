"""Refresh benchmark: feeds of teasers whose pages are fetched, extracted, analysed and stored.

Run from the repository root: ``python benchmarks/refresh.py [--feeds 20] [--entries 25] [--quick]``.
A server in its own process (on 127.0.0.1, several loopback hosts so the per-host limit of 2 applies as it
would on the web) serves ``--feeds`` RSS feeds of ``--entries`` one-sentence teasers each; every entry
links to its own page. Pages are the corpus and development pages in ``../shared`` (each copy made
distinct: a number starts every paragraph, canonical links removed, so nothing comes from the analysis
cache or is stored once for two entries); without ``../shared``, generated news pages.

``digest refresh`` (full text ``auto``: every teaser wants its page) then runs as a new process, as a
user runs it. Figures printed:

- articles/s: entries stored in full (fetched, extracted, summarised, quotes extracted, stored) divided
  by the wall time from the start of ``digest refresh`` until it exits;
- peak memory: the refresh process's own peak RSS, and the peak of the PSS (proportional set size: memory
  shared after fork is divided between the processes sharing it) summed over it and its worker processes,
  sampled every 50 ms;
- CPU time (user + system) of the refresh and its workers per article, and the rate that CPU time would
  allow on all cores (an estimate for an otherwise idle machine, not a measurement);
- the machine's load average before and after (other processes share the cores).

With ``--app`` the same feeds are refreshed by the app instead (``R`` in a headless ``digest`` on the
library, as the refresh in its thread does it) and the figure is how responsive its screen stays: the lag
of its event loop (a 20 ms sleep measured over and over) while the pages arrive, with the pages extracted
in worker processes (as the app does) and, for comparison, in the app's own refresh thread.
"""

from __future__ import annotations

import argparse
import html
import multiprocessing
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.core.store import Library  # noqa: E402

SHARED = ROOT.parent / "shared"
HOSTS = 4
"""Loopback addresses the pages are spread over (127.0.0.1 to 127.0.0.N)."""
_PARAGRAPH = re.compile(rb"<p(\s[^>]*)?>", re.I)
_CANONICAL = re.compile(rb"<link[^>]+rel=[\"']?canonical[^>]*>|<meta[^>]+property=[\"']og:url[^>]*>", re.I)


def source_pages() -> list[bytes]:
    """The pages to serve: the corpus and development pages when present, else generated ones."""
    files = sorted((SHARED / "corpus").glob("*.html")) + sorted((SHARED / "extraction" / "html").glob("*.html"))
    if files:
        return [_CANONICAL.sub(b"", f.read_bytes()) for f in files]
    return [_generated(n) for n in range(40)]


def _generated(n: int) -> bytes:
    paragraphs = "".join(
        f'<p>Story {n}, paragraph {k}: the minister met the delegation on Tuesday. "We made progress on '
        f'point {k}," said Jane Doe, the spokeswoman, adding that officials would meet again next week.</p>'
        + (f"<h2>Part {k}</h2>" if k % 4 == 3 else "")
        for k in range(12)
    )
    head = f"<html><head><title>Story {n}</title></head>"
    return f"{head}<body><article><h1>Story {n}</h1>{paragraphs}</article></body></html>".encode()


def page_for(pages: list[bytes], number: int) -> bytes:
    """Page ``number``: a source page with the number starting every paragraph (so its text is new)."""
    mark = f"{number} ".encode()
    return _PARAGRAPH.sub(lambda m: m.group(0) + mark, pages[number % len(pages)])


def feed_xml(feed: int, entries: int, base: str) -> bytes:
    """RSS with ``entries`` teasers, each linking to its own page on one of the loopback hosts."""
    items = []
    for e in range(entries):
        number = feed * entries + e
        host = base.replace("127.0.0.1", f"127.0.0.{1 + number % HOSTS}")
        items.append(
            f"<item><title>Entry {number}</title><link>{host}/page/{number}</link><guid>e{number}</guid>"
            f"<description>{html.escape('A one-sentence teaser; the story is on the page.')}</description></item>"
        )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {feed}</title><link>{base}/</link>'
        f"<description>d</description>{''.join(items)}</channel></rss>"
    ).encode()


def serve(port_pipe: object, feeds: int, entries: int) -> None:
    """The server process: answers /feed/N and /page/N on 127.0.0.1..127.0.0.HOSTS (one port)."""
    pages = source_pages()
    servers = []
    port = 0
    for host in range(1, HOSTS + 1):
        server = ThreadingHTTPServer((f"127.0.0.{host}", port), _handler(pages, feeds, entries))
        server.daemon_threads = True
        port = server.server_address[1]
        servers.append(server)
    import threading

    for server in servers[1:]:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    port_pipe.send(port)  # type: ignore[attr-defined]
    servers[0].serve_forever()


def _handler(pages: list[bytes], feeds: int, entries: int) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            kind, _, number = self.path.strip("/").partition("/")
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if kind == "feed" and number.isdigit():
                body, ctype = feed_xml(int(number), entries, base), "application/rss+xml"
            elif kind == "page" and number.isdigit():
                body, ctype = page_for(pages, int(number)), "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    return Handler


def _memory(pid: int) -> tuple[int, int]:
    """(own RSS, PSS of the process and all its descendants summed) in kB."""

    def field_of(p: int, path: str, name: str) -> int:
        try:
            for line in Path(f"/proc/{p}/{path}").read_text().splitlines():
                if line.startswith(name):
                    return int(line.split()[1])
        except OSError:
            return 0
        return 0

    own = field_of(pid, "status", "VmRSS:")
    return own, sum(field_of(p, "smaps_rollup", "Pss:") for p in _descendants(pid))


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far, its waited-for children left out."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _descendants(pid: int) -> list[int]:
    """The process and every process under it (workers started from a fork server are grandchildren)."""
    found, waiting = [], [pid]
    while waiting:
        current = waiting.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                waiting += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=20)
    parser.add_argument("--entries", type=int, default=25)
    parser.add_argument("--quick", action="store_true", help="5 feeds x 10 entries")
    parser.add_argument("--app", action="store_true", help="the app's responsiveness while it refreshes")
    args = parser.parse_args()
    feeds, entries = (5, 10) if args.quick else (args.feeds, args.entries)
    if args.app:
        for processes in (os.cpu_count() or 1, 1):
            app_refresh(feeds, entries, processes)
        return
    receiver, sender = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.get_context("fork").Process(target=serve, args=(sender, feeds, entries), daemon=True)
    server.start()
    port = receiver.recv()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as folder:
        library_path = Path(folder) / "bench.db"
        with Library(library_path) as library:
            for n in range(feeds):
                library.add_feed(f"http://127.0.0.1:{port}/feed/{n}")
        command = [sys.executable, "-m", "digest", "refresh", "--library", str(library_path), "--json"]
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        out_file, err_file = Path(folder) / "out.json", Path(folder) / "err.txt"
        with out_file.open("wb") as out_handle, err_file.open("wb") as err_handle:  # no pipe to fill up
            process = subprocess.Popen(command, stdout=out_handle, stderr=err_handle, cwd=ROOT)
        own_peak = total_peak = 0
        own_cpu = 0.0
        while process.poll() is None:
            own, total = _memory(process.pid)
            own_peak, total_peak = max(own_peak, own), max(total_peak, total)
            own_cpu = max(own_cpu, _cpu_seconds(process.pid))
            time.sleep(0.05)
        elapsed = time.perf_counter() - start
        process.wait()
        out, err = out_file.read_bytes(), err_file.read_bytes()
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
        import json

        report = json.loads(out)
        with Library(library_path) as library:
            stored = library.count()
            teasers = sum(1 for r in library.rows() if r.teaser_reason)
    server_cpu = _cpu_seconds(server.pid or 0)
    server.terminate()
    pages = report["pages"]
    print(f"feeds x entries: {feeds} x {entries} = {feeds * entries} entries; {len(source_pages())} source pages")
    print(f"stored: {stored} articles, {pages['full']} from their page, {teasers} kept as teasers")
    if err.strip():
        print("stderr:", err.decode(errors="replace").strip().splitlines()[:3])
    print(f"wall time of 'digest refresh': {elapsed:.2f} s")
    print(f"articles/s (stored in full / wall time): {pages['full'] / elapsed:.1f}")
    full = max(pages["full"], 1)
    print(
        f"CPU time of the refresh and its workers: {cpu:.1f} s, {1000 * cpu / full:.0f} ms per article stored in full"
    )
    print(
        f"  of which the refresh process itself (fetching, parsing feeds, storing, placing in stories) about"
        f" {own_cpu:.1f} s, {1000 * own_cpu / full:.0f} ms per article; the rest in its workers"
    )
    print(f"  (the local server, on the same cores, used {server_cpu:.1f} s more)")
    cores = os.cpu_count() or 1
    print(f"  so at most {cores * full / cpu:.1f} articles/s if the refresh had all {cores} cores to itself (estimate)")
    print(
        f"peak memory: refresh process RSS {own_peak / 1024:.0f} MB;"
        f" with its workers, PSS summed {total_peak / 1024:.0f} MB"
    )
    print(f"load average (1 min) before {load_before[0]:.2f}, after {os.getloadavg()[0]:.2f}; cores {os.cpu_count()}")


def app_refresh(feeds: int, entries: int, processes: int) -> None:
    """Refresh the feeds with ``R`` in a headless app; print its event loop's lag while the pages arrive."""
    import asyncio

    import digest.ui.library_screen as screen
    from digest.ui.library_app import LibraryApp

    screen.os.cpu_count = lambda: processes  # type: ignore[attr-defined]  # 1: pages extracted in the thread
    receiver, sender = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.get_context("fork").Process(target=serve, args=(sender, feeds, entries), daemon=True)
    server.start()
    port = receiver.recv()
    load_before = os.getloadavg()[0]
    lags: list[float] = []

    async def run(path: Path) -> tuple[int, float]:
        app = LibraryApp(str(path))
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            start = time.perf_counter()
            await pilot.press("R")
            done = 0
            while done < feeds * entries and time.perf_counter() - start < 600:
                for _ in range(25):
                    before = time.perf_counter()
                    await asyncio.sleep(0.02)
                    lags.append(time.perf_counter() - before - 0.02)
                with Library(path) as library:
                    query = "SELECT count(*) FROM articles WHERE canonical_url IS NOT NULL"
                    done = int(library.connection.execute(query).fetchone()[0])
            return done, time.perf_counter() - start

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "app.db"
        with Library(path) as library:
            for n in range(feeds):
                library.add_feed(f"http://127.0.0.1:{port}/feed/{n}")
        try:
            done, elapsed = asyncio.run(run(path))
        finally:
            server.terminate()
    lags.sort()
    where = f"{processes} worker processes" if processes > 1 else "the app's refresh thread"
    print(
        f"app, pages extracted in {where}: {done} pages in {elapsed:.1f} s ({done / elapsed:.1f}/s);"
        f" event-loop lag mean {1000 * sum(lags) / len(lags):.0f} ms, 95th percentile"
        f" {1000 * lags[int(0.95 * len(lags))]:.0f} ms, worst {1000 * lags[-1]:.0f} ms;"
        f" load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    )


if __name__ == "__main__":
    main()
