"""Ingest rate of distinct articles (the ingest part of ``benchmarks/library.py``; run through it:
``python benchmarks/library.py --ingest-only [--mix N]``).

The articles are copies of the corpus files, each with a numbered sentence added inside the article's body
(checked: every file parses to a different article, so none shares a cached analysis). There are only as many
source articles as corpus files (21), so from the second copy of an article on, the per-process memories
(stems, sentence shapes, a story's members and pairs) hit far more often than on new text: the figures flatter
a warm process. Figures:

- **one process, start-up included**: ``digest add FOLDER --workers 1`` in a new process, timed from the
  outside (wall) and by the child's CPU time: the interpreter, every import and every first-use cost
  (regular expressions compiled, numpy and scipy loaded, the library created) are counted;
- **one process, steady state**: a new process imports digest, adds one extra invented article (not
  counted: it loads the analysers and the story code), then adds the same files to a new library; only
  that second call is timed, so the figure is the rate per article once start-up is paid;
- **start-up**: the CPU time of ``digest add`` of that invented article alone in a new process (the least
  of 3), beside the start-up-included run's CPU time: what one process pays once (the difference of the
  two rates above is too noisy on a busy machine to show it);
- **steady state on a library already holding some articles** (with ``--prefill N``, ``library.py``'s default
  300): a library holding the invented article and N other distinct copies of the corpus articles (numbered
  after the timed ones) is built once, in a process of its own (not timed); another new process, warmed on the
  invented article only (as the steady-state one), opens a copy of it afresh (no story decoded yet, as a new
  ``digest add`` finds it) and the same files are added to it and timed (the files of ``--pages`` too, each set to
  its own copy; until the eighteenth session this ran in the steady-state process after its other adds, whose
  memories of the same files made it about a fifth too fast on the pages). A library
  weighs its recent members again each time its size doubles from 16 (16, 32, 64, 128 ...), and a new library
  pays four of those within its first 200 arrivals; a library of a few hundred articles pays the next only at
  512, so this figure is the rate once that cost has thinned out (the label says which reweighings, if any,
  fall among the timed arrivals);
- **cached, one process**: in that same process, the same files again under new names (parsed, the
  analysis from the cache);
- **per stage** (same process, after the steady run): CPU milliseconds per article of parsing, summarising
  and quoting, each called alone on every file (the per-sentence memories are emptied before each
  summary, so that every summary is computed from nothing);
- **every core, forked from this process** (which parsed every file first, so the workers start warm) and
  ``digest add`` as a user runs it (all cores, a new process).

``python benchmarks/library.py --ingest-only --pages DIR`` also gives the one-process figures (start-up included,
steady state, cached, per stage) for the article files of DIR as they are, e.g. the 92 development pages of
``../shared/extraction/html``: pages that really differ, which the corpus copies are not (:func:`page_figures`).

``python benchmarks/ingest_rate.py --stages FOLDER`` prints the per-stage figures for the files of any folder
(e.g. ``../shared/extraction/html``).
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WARM_UP_PAGE = """<!DOCTYPE html><html><head><title>Harbour plan approved | Example News</title></head>
<body><article><h1>Harbour plan approved</h1>
<p>The town council of Exampleton approved a new harbour plan on Tuesday, after two years of debate.</p>
<p>"This is a good day for the town," said Mayor Jane Placeholder. "We listened to everyone."</p>
<p>Opponents said the plan would cost too much. Tom Sample, who leads a residents' group, told reporters that
the group would ask for a review.</p>
<h2>What happens next</h2>
<p>Work is expected to start in the spring and to last about eighteen months, the council said.</p>
</article></body></html>
"""
"""An invented article (no corpus text) that the steady-state process adds first, uncounted: it takes every
path an article takes (HTML parsing, a heading, quotes, reported speech, a summary, story placement)."""


def distinct_files(files: list[Path], folder: Path, count: int, first: int = 0) -> list[Path]:
    """``count`` files in ``folder``: copies of the corpus files, each with a numbered sentence added inside
    the article's body (at a place checked to land in the extracted text), so that every file parses to a
    different article and none can share a cached analysis (numbered from ``first``: copies numbered apart
    differ from each other too)."""
    folder.mkdir()
    places = {source: _body_place(source, folder) for source in files}
    made = []
    for number in range(first, first + count):
        source = files[number % len(files)]
        text = source.read_text(encoding="utf-8", errors="replace")
        at = places[source]
        target = folder / f"v{number:05d}-{source.name}"
        target.write_text(f"{text[:at]}Copy {number} of this article was made for the benchmark. {text[at:]}")
        made.append(target)
    return made


def _body_place(source: Path, folder: Path) -> int:
    """Where in ``source`` an added sentence lands inside the article's body: before the first occurrence
    of one of its paragraphs' first words that, tried, puts the sentence in the extracted text."""
    from digest.core.errors import DigestError
    from digest.core.ingest import load_article

    text = source.read_text(encoding="utf-8", errors="replace")
    trial = folder / f"trial-{source.name}"
    with contextlib.suppress(DigestError):
        for paragraph in load_article(source).text.split("\n\n")[1:]:
            start = text.find(paragraph[:40]) if len(paragraph) >= 40 else -1
            while start >= 0:
                trial.write_text(f"{text[:start]}Copy trial of this article. {text[start:]}")
                if "Copy trial of this article." in load_article(trial).text:
                    trial.unlink()
                    return start
                start = text.find(paragraph[:40], start + 1)
    trial.unlink(missing_ok=True)
    return len(text.rstrip())


def ingest_figures(files: list[Path], work: Path, count: int, prefill: int = 0) -> list[tuple[str, str]]:
    """(label, figure) lines for adding ``count`` distinct files (see the module's description); with ``prefill``,
    also in the steady state on a library already holding that many other distinct copies (built once, kept as
    :func:`prefilled_library` ``(work)`` for :func:`page_figures`)."""
    from digest.core.ingest import load_article
    from digest.core.store import Library
    from digest.core.store.bulk import add_files
    from digest.core.store.cache import content_hash

    folder = work / "distinct"
    paths = distinct_files(files, folder, count)
    distinct = len({content_hash(load_article(p)) for p in paths})
    assert distinct == count, f"only {distinct} of {count} files parse to distinct articles"
    filled = None
    if prefill:
        others = distinct_files(files, work / "prefill", prefill, first=count)
        assert len({content_hash(load_article(p)) for p in paths + others}) == count + prefill, "copies must differ"
        filled = prefilled_library(work)
        command = [sys.executable, __file__, "--fill", str(work / "prefill"), str(filled)]
        subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
    figures, cpu = one_process_figures(folder, work / "mix", count, filled)
    alone = _start_up(work)
    figures.insert(
        2,
        (
            "start-up: CPU of `digest add` of one invented article in a new process (least of 3)",
            f"{alone:.2f} s = {100 * alone / cpu:.0f}% of the start-up-included run's CPU",
        ),
    )
    with Library(work / "ingest-all.db") as library:
        start = time.perf_counter()
        report = add_files(library, paths)
        figures.append(
            (
                f"{os.cpu_count()} cores, forked from this process (which parsed every file first)",
                f"{report.new / (time.perf_counter() - start):6.1f}/s",
            )
        )
    wall, _ = _digest_add(folder, work / "add-cli.db", workers=None)
    figures.append(("cold, digest add (new process, all cores)", f"{count / wall:6.1f}/s"))
    return figures


def prefilled_library(work: Path) -> Path:
    """Where :func:`ingest_figures` keeps the library of corpus copies that the figures on a held library copy."""
    return work / "prefilled-once.db"


def fill_library(prefill: Path, library_path: Path) -> None:
    """Run in a new process: a library holding the invented article and then ``prefill``'s files, each analysed
    and placed (the library the figures on a held library start from)."""
    sys.path.insert(0, str(ROOT))
    from digest.core.store import Library
    from digest.core.store.bulk import add_files

    warm_up = library_path.with_suffix(".warm-up.html")
    warm_up.write_text(WARM_UP_PAGE, encoding="utf-8")
    paths = [warm_up, *sorted(prefill.iterdir())]
    with Library(library_path) as library:
        assert add_files(library, paths, workers=1).analysed == len(paths), "the prefill must be analysed"


def page_figures(pages: Path, work: Path, prefill: Path | None = None) -> tuple[int, list[tuple[str, str]]]:
    """How many articles, and (label, figure) lines for adding the article files of ``pages`` as they are: pages
    that really differ, so no per-process memory is flattered by copies of one text. Files that do not load,
    and files whose article another file already gave, are left out (a folder of links to the rest is added).
    ``prefill``: a library of corpus copies (:func:`prefilled_library`), copied for the figure on a library
    already holding articles."""
    from digest.core.errors import DigestError
    from digest.core.ingest import article_paths, load_article
    from digest.core.store.cache import content_hash

    folder = work / "pages"
    folder.mkdir()
    seen: set[str] = set()
    for number, path in enumerate(article_paths([pages])):
        with contextlib.suppress(DigestError):
            digest = content_hash(load_article(path))
            if digest not in seen:
                seen.add(digest)
                (folder / f"p{number:05d}{path.suffix}").symlink_to(path.resolve())
    figures, _ = one_process_figures(folder, work / "pages-runs", len(seen), prefill)
    return len(seen), figures


def one_process_figures(
    folder: Path, work: Path, count: int, prefill: Path | None = None
) -> tuple[list[tuple[str, str]], float]:
    """The one-process figures of adding the ``count`` files of ``folder`` (start-up included, steady state,
    on a copy of the library ``prefill`` when given, cached, per stage), and the CPU seconds of
    the start-up-included run."""
    work.mkdir()
    figures = []
    wall, cpu = _digest_add(folder, work / "add-one.db", workers=1)
    figures.append(("one process, start-up included (new process, `digest add --workers 1`)", _rates(count, wall, cpu)))
    steady = _steady_process(folder, work / "steady")
    figures.append(("one process, steady state (warmed on one extra article)", _rates(count, *steady["steady"])))
    if prefill is not None:
        from digest.core.store.story_reweigh import reweigh_due

        steady.update(_steady_process(folder, work / "held", prefill))  # a process of its own (see steady_state)
        held = steady["held"]
        due = [n for n in range(held + 1, held + count + 1) if reweigh_due(n)]
        when = f"reweighing at {', '.join(map(str, due))} included" if due else "no reweighing falls among them"
        figures.append(
            (
                f"one process, steady state on a library already holding {held} articles (one invented,"
                f" {held - 1} copies of the corpus articles; built once, opened afresh; {when})",
                _rates(count, *steady["prefilled"]),
            )
        )
    figures.append(("cached, one process (same files, new names)", _rates(count, *steady["cached"])))
    stages = steady["stages"]
    figures.append(
        (
            "per article, CPU ms, median (mean) over the files, each stage alone in the warm steady-state process",
            "   ".join(f"{name} {values[0]:.2f} ({values[1]:.2f})" for name, values in stages.items()),
        )
    )
    return figures, cpu


def _steady_process(folder: Path, work: Path, prefill: Path | None = None) -> dict[str, Any]:
    """What :func:`steady_state` returns, run in a new process."""
    command = [sys.executable, __file__, "--steady", str(folder), str(work)]
    command += [] if prefill is None else [str(prefill)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def _start_up(work: Path) -> float:
    """The least CPU seconds of three new processes each adding the invented article to a new library."""
    folder = work / "one"
    folder.mkdir()
    (folder / "warm-up.html").write_text(WARM_UP_PAGE, encoding="utf-8")
    return min(_digest_add(folder, work / f"one-{run}.db", workers=1)[1] for run in range(3))


def _rates(count: int, wall: float, cpu: float) -> str:
    """``count`` articles over ``wall`` and ``cpu`` seconds, as two rates."""
    return f"{count / wall:6.1f}/s wall, {count / cpu:6.1f}/s per CPU second"


def _digest_add(folder: Path, library_path: Path, workers: int | None) -> tuple[float, float]:
    """Wall and CPU seconds (the child's and its workers') of ``digest add FOLDER`` in a new process."""
    from digest.core.store import Library

    command = [sys.executable, "-m", "digest", "add", str(folder), "--library", str(library_path)]
    command += [] if workers is None else ["--workers", str(workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    with Library(library_path) as library:
        assert library.count() == len(list(folder.iterdir())), "every file must be added"
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def steady_state(folder: Path, work: Path, prefill: Path | None = None) -> dict[str, object]:
    """Run in a new process: warm up on one invented article, then time adding ``folder``'s files, adding
    them again under new names (cached), and each stage alone; with ``prefill`` (a library, see
    :func:`fill_library`), instead only adding ``folder``'s files to a copy of it opened afresh (in a process of its
    own: a process that has analysed the same files once already finds their stems, sentence scores and term lists
    in its memories, which made this figure about a fifth too fast on the pages until the eighteenth session)."""
    sys.path.insert(0, str(ROOT))
    from digest.core.store import Library
    from digest.core.store.bulk import add_files

    work.mkdir()
    paths = sorted(folder.iterdir())
    warm_up = work / "warm-up.html"
    warm_up.write_text(WARM_UP_PAGE, encoding="utf-8")
    result: dict[str, object] = {}
    with Library(work / "steady.db") as library:
        assert add_files(library, [warm_up], workers=1).new == 1
        if prefill is not None:
            return _held_state(paths, work, prefill)
        start, cpu = time.perf_counter(), time.process_time()
        report = add_files(library, paths, workers=1)
        result["steady"] = (time.perf_counter() - start, time.process_time() - cpu)
        assert report.new == len(paths) and report.analysed == len(paths), "every file must be analysed"
        copies = work / "copies"
        copies.mkdir()
        for path in paths:
            shutil.copy(path, copies / f"copy-{path.name}")
        start, cpu = time.perf_counter(), time.process_time()
        again = add_files(library, sorted(copies.iterdir()), workers=1)
        result["cached"] = (time.perf_counter() - start, time.process_time() - cpu)
        assert again.analysed == 0 and again.new == len(paths), "copies must come from the cache"
    result["stages"] = stage_times(paths)
    return result


def _held_state(paths: list[Path], work: Path, prefill: Path) -> dict[str, object]:
    """In a process warmed on the invented article only: the number of articles ``prefill`` holds, and the wall and
    CPU seconds of adding ``paths`` to a copy of it opened afresh."""
    from digest.core.store import Library
    from digest.core.store.bulk import add_files

    with (
        contextlib.closing(sqlite3.connect(prefill)) as source,
        contextlib.closing(sqlite3.connect(work / "prefilled.db")) as copy,
    ):
        source.backup(copy)
    with Library(work / "prefilled.db") as library:
        held = library.count()
        start, cpu = time.perf_counter(), time.process_time()
        report = add_files(library, paths, workers=1)
        timed = (time.perf_counter() - start, time.process_time() - cpu)
        assert report.new == len(paths) and report.analysed == len(paths), "every file must be analysed"
    return {"held": held, "prefilled": timed}


def stage_times(paths: list[Path]) -> dict[str, tuple[float, float]]:
    """CPU milliseconds per article of each stage called alone: (median, mean) over ``paths``."""
    from digest.core.ingest import load_article
    from digest.core.quotes import extract_quotes
    from digest.core.summarize import summarize, words
    from digest.core.summarize.ranking import quality

    times: dict[str, list[float]] = {"parse": [], "summary": [], "quotes": []}
    clock = time.process_time
    for path in paths:
        start = clock()
        article = load_article(path)
        times["parse"].append(clock() - start)
        words.content_terms.cache_clear()
        quality.cache_clear()
        start = clock()
        summarize(article, cache=False)
        times["summary"].append(clock() - start)
        start = clock()
        extract_quotes(article)
        times["quotes"].append(clock() - start)
    return {name: (1000 * statistics.median(v), 1000 * statistics.fmean(v)) for name, v in times.items()}


if __name__ == "__main__" and sys.argv[1:2] == ["--steady"]:
    print(json.dumps(steady_state(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]) if sys.argv[4:] else None)))
elif __name__ == "__main__" and sys.argv[1:2] == ["--fill"]:
    fill_library(Path(sys.argv[2]), Path(sys.argv[3]))
elif __name__ == "__main__" and sys.argv[1:2] == ["--stages"]:  # CPU ms per stage of the files in a folder
    sys.path.insert(0, str(ROOT))
    files = sorted(p for p in Path(sys.argv[2]).iterdir() if p.is_file())
    stage_times(files[:1])  # warm up (imports), not counted
    measured = stage_times(files)
    print(
        f"{len(files)} files; CPU ms per article, median (mean):",
        "   ".join(f"{name} {values[0]:.2f} ({values[1]:.2f})" for name, values in measured.items()),
    )
