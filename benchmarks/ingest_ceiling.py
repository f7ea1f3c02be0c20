"""How fast one process could add distinct articles if their analysis cost nothing (issue 16's last goal).

Issue 16 asks for 100 distinct articles a second in one process, with every article analysed (sections,
summary, quotes, story) by the time ``digest add`` returns. This benchmark splits an add's CPU into the analysis
(the quote engine and the summariser) and everything else (parsing, story placement and its features, rows,
cache entries), by timing three adds of the same distinct files, each in a new process warmed on one invented
article (as ``benchmarks/ingest_rate.py``'s steady state):

- **real**: an ordinary add;
- **quotes free**: the same add with each file's quote report taken ready-made instead of computed;
- **analysis free**: the same, with the summary ready-made too.

The ready-made results are computed beforehand in a process of their own (so the timed process's memories of
stems, sentence scores and term lists are not warmed by them), pickled, and looked up by the article's content
hash; each timed add checks that every file was looked up. They are the very results an add computes, so every
other step (placement reads the speakers) does the same work as in the real add. The three modes alternate,
``--runs`` times each; medians and ranges are printed, with ratios to the real add of the same run.

Run: ``python benchmarks/ingest_ceiling.py [--mix 200] [--pages ../shared/extraction/html] [--runs 3]``.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

MODES = ("real", "quotes free", "analysis free")


def prepare(folder: Path, target: Path) -> None:
    """Pickle each file's quote report and summary (as an add computes them), keyed by content hash."""
    from digest.core.ingest import load_article
    from digest.core.quotes import extract_quotes
    from digest.core.store.cache import content_hash
    from digest.core.summarize import DEFAULT_SENTENCES, summarize

    ready: dict[str, tuple[Any, Any]] = {}
    for path in sorted(folder.iterdir()):
        article = load_article(path)
        ready[content_hash(article)] = (extract_quotes(article), summarize(article, DEFAULT_SENTENCES))
    target.write_bytes(pickle.dumps(ready))


def _ready_made(ready: dict[str, tuple[Any, Any]], mode: str, used: list[int]) -> None:
    """Replace the analysers an add calls by look-ups in ``ready`` (the quote engine, and for "analysis free"
    the summariser too); a call with other arguments, or for an article not found (the warm-up one), is computed
    as usual."""
    import digest.core.quotes as quotes
    import digest.core.summarize as summarize
    from digest.core.store.cache import content_hash

    def lookup(computed: Callable[..., Any], part: int, prepared_args: tuple[Any, ...]) -> Callable[..., Any]:
        def answer(article: Any, *args: Any, **kwargs: Any) -> Any:
            found = ready.get(content_hash(article)) if args == prepared_args and not kwargs else None
            if found is None:
                return computed(article, *args, **kwargs)
            used[part] += 1
            return found[part]

        return answer

    quotes.extract_quotes = lookup(quotes.extract_quotes, 0, ())  # type: ignore[assignment]
    if mode == "analysis free":
        summarize.summarize = lookup(summarize.summarize, 1, (summarize.DEFAULT_SENTENCES,))  # type: ignore[assignment]


def timed_add(folder: Path, work: Path, mode: str, ready_file: Path) -> dict[str, float]:
    """In a new process: warm up on the invented article, then add ``folder``'s files to the same new library in
    ``mode``; the CPU and wall seconds of that add."""
    from ingest_rate import WARM_UP_PAGE

    from digest.core.store import Library
    from digest.core.store.bulk import add_files

    used = [0, 0]
    if mode != "real":
        _ready_made(pickle.loads(ready_file.read_bytes()), mode, used)
    paths = sorted(folder.iterdir())
    warm_up = work / "warm-up.html"
    warm_up.write_text(WARM_UP_PAGE, encoding="utf-8")
    with Library(work / "timed.db") as library:
        add_files(library, [warm_up], workers=1)
        start, cpu = time.perf_counter(), time.process_time()
        report = add_files(library, paths, workers=1)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert report.new == len(paths), "every file must be added"
    assert mode == "real" or used[0] == len(paths), "every file's quotes must be looked up"
    assert mode != "analysis free" or used[1] == len(paths), "every file's summary must be looked up"
    return {"cpu": cpu, "wall": elapsed, "count": len(paths)}


def _run_mode(folder: Path, work: Path, mode: str, ready_file: Path) -> dict[str, float]:
    """:func:`timed_add` in a new process."""
    work.mkdir()
    command = [sys.executable, __file__, "--timed", str(folder), str(work), mode, str(ready_file)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def measure(label: str, folder: Path, work: Path, runs: int) -> None:
    """Prepare ``folder``'s ready-made results, time the three modes alternately ``runs`` times, print them."""
    ready_file = work / "ready.pickle"
    subprocess.run([sys.executable, __file__, "--prepare", str(folder), str(ready_file)], cwd=ROOT, check=True)
    rates: dict[str, list[float]] = {mode: [] for mode in MODES}
    for run in range(runs):
        for mode in MODES:
            result = _run_mode(folder, work / f"{run}-{mode.replace(' ', '-')}", mode, ready_file)
            rates[mode].append(result["count"] / result["cpu"])
    real = statistics.median(rates["real"])
    for mode in MODES:
        median = statistics.median(rates[mode])
        low, high = min(rates[mode]), max(rates[mode])
        print(
            f"{label}, {mode}: {median:.1f} articles per CPU second (runs {low:.1f}-{high:.1f}),"
            f" {1000 / median:.2f} ms an article, {median / real:.2f}x the real add"
        )


def main() -> int:
    """Build the distinct corpus copies and measure them (and ``--pages``'s files as they are)."""
    from ingest_rate import distinct_files
    from library import corpus_files

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mix", type=int, default=200, help="distinct corpus copies to add")
    parser.add_argument("--pages", type=Path, help="also add this folder's article files as they are")
    parser.add_argument("--runs", type=int, default=3, help="runs of each mode, alternated")
    args = parser.parse_args()
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        distinct_files(corpus_files(), work / "distinct", args.mix)
        (work / "copies").mkdir()
        measure(f"{args.mix} distinct corpus copies", work / "distinct", work / "copies", args.runs)
        if args.pages is not None:
            (work / "pages").mkdir()
            measure(f"the pages of {args.pages}", args.pages.resolve(), work / "pages", args.runs)
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__" and sys.argv[1:2] == ["--prepare"]:
    prepare(Path(sys.argv[2]), Path(sys.argv[3]))
elif __name__ == "__main__" and sys.argv[1:2] == ["--timed"]:
    print(json.dumps(timed_add(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4], Path(sys.argv[5]))))
elif __name__ == "__main__":
    sys.exit(main())
