"""The actors view at scale: every speaker of a large library merged into actors, beside a plain listing.

Run from the project root: ``python benchmarks/actors.py [--articles 100000] [--quotes 3] [--surnames 20000]
[--runs 3]``.

Builds a synthetic library in a temporary folder (nothing of the corpus is needed): ``--articles`` articles,
each with ``--quotes`` quotes whose speakers are drawn as a news library's are: two in three a full name (a
first name and one of ``--surnames`` surnames; fewer surnames, more people sharing each: the case a merge
comparing names pairwise is slow on), one in five a surname alone, the rest a description such as "the
police"; one article in three is in a story. The development library of ECB+ topics 1, 3, 5
and 7 holds 2.8 quotes and one new speaker name an article, so the default is a little heavier than that.

Printed, medians of ``--runs`` and the load average before and after (the machine is shared: compare the ratio):

- ``list_actors``: the actors view's query, names merged across the library (what the view waits for);
- the baseline in the same run: the same quotes grouped by speaker in SQLite, without merging;
- ``actor_quotes`` of the most quoted actor (what highlighting an actor waits for): since schema 10 it reads the
  words from each article's stored quote report, which the build writes too.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.core.store.actors import actor_quotes, list_actors  # noqa: E402
from digest.core.store.cache import QUOTES, pack, store  # noqa: E402
from digest.core.store.schema import connect  # noqa: E402

DESCRIPTIONS = ("the police", "a spokesperson", "the official", "the company", "the ministry", "witnesses")


def speaker(rng: random.Random, surnames: int) -> str:
    """One speaker name as articles give them."""
    draw = rng.random()
    surname = f"Surname{rng.randrange(surnames)}"
    if draw < 0.67:
        return f"First{rng.randrange(600)} {surname}"
    if draw < 0.87:
        return surname
    return rng.choice(DESCRIPTIONS)


def build(path: Path, articles: int, quotes: int, surnames: int) -> tuple[int, int]:
    """Write the synthetic library; return its quote rows and distinct speakers."""
    rng = random.Random(7)
    connection = connect(path)
    connection.execute("BEGIN")
    story = 0
    for article in range(1, articles + 1):
        connection.execute(
            "INSERT INTO articles (id, key, source, title, format, content_hash, quotes_version, added)"
            " VALUES (?, ?, ?, ?, ?, ?, 'v', ?)",
            (article, f"k{article}", f"a{article}.txt", f"Article {article}", "text", f"h{article}", _date(article)),
        )
        if article % 3 == 0:
            if rng.random() < 0.3 or story == 0:
                story = (
                    connection.execute(
                        "INSERT INTO stories (title, centroid, years, times) VALUES ('s', '{}', '{}', '[]')"
                    ).lastrowid
                    or 0
                )
            connection.execute("INSERT INTO story_members (article_id, story_id) VALUES (?, ?)", (article, story))
        said = [{"speaker": speaker(rng, surnames), "text": f"words {n} of article {article}"} for n in range(quotes)]
        report = {"actors": [], "quotes": [{**quote, "kind": "direct"} for quote in said]}
        store(connection, f"h{article}", QUOTES, "v", pack(report))  # the words live in the report (schema 10)
        connection.executemany(
            "INSERT INTO quotes (article_id, position, speaker, kind) VALUES (?, ?, ?, 'direct')",
            [(article, position, quote["speaker"]) for position, quote in enumerate(said)],
        )
    connection.execute("COMMIT")
    rows, names = connection.execute("SELECT count(*), count(DISTINCT speaker) FROM quotes").fetchone()
    connection.close()
    return int(rows), int(names)


def _date(article: int) -> str:
    return f"2026-{1 + article % 12:02d}-{1 + article % 28:02d}T{article % 24:02d}:00:00+00:00"


def timed(runs: int, work: Callable[[], object]) -> float:
    """Median seconds of ``runs`` calls of ``work``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    """Build, time, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--quotes", type=int, default=3, help="quotes per article")
    parser.add_argument("--surnames", type=int, default=20_000, help="distinct surnames of the speakers")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "actors.sqlite3"
        rows, names = build(path, args.articles, args.quotes, args.surnames)
        connection = connect(path)
        actors = list_actors(connection)
        merged = timed(args.runs, lambda: list_actors(connection))
        plain = timed(
            args.runs, lambda: connection.execute("SELECT speaker, count(*) FROM quotes GROUP BY speaker").fetchall()
        )
        top = max(actors, key=lambda actor: actor.quotes)
        one = timed(args.runs, lambda: actor_quotes(connection, top.name, top.aliases))
        shown = actor_quotes(connection, top.name, top.aliases)
        assert len(shown) == top.quotes and all(q.text.startswith("words ") for q in shown), "words from the reports"
    print(
        f"{args.articles} articles, {rows} quotes, {names} speaker names ({args.surnames} surnames),"
        f" {len(actors)} actors"
    )
    print(f"list_actors (merged): {merged * 1000:.0f} ms; plain GROUP BY speaker: {plain * 1000:.0f} ms;")
    print(f"  ratio {merged / plain:.1f}x; actor_quotes of the most quoted ({top.quotes} quotes): {one * 1000:.0f} ms")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
