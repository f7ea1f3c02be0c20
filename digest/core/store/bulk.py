"""Adding many files: parse and analyse on every core, write from one process in batched transactions.

Workers (a process pool) read and parse each file, then summarise it and extract its quotes unless the
library's cache already has them (each worker opens the library read-only; WAL lets it read while the
main process writes). The main process is the only writer: it commits every :data:`BATCH_SIZE` articles
(or :data:`BATCH_SECONDS`), so a killed ``digest add`` leaves every committed article complete and
nothing half-written.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from digest.core.errors import DigestError
from digest.core.ingest import load_article
from digest.core.model import Article
from digest.core.sanitize import shown
from digest.core.store.articles import SearchRow, flush_search
from digest.core.store.cache import Analysis, analyse
from digest.core.store.library import Library
from digest.core.store.schema import connect

BATCH_SIZE = 100
"""Articles per write transaction."""
BATCH_SECONDS = 1.0
"""Longest time between two commits while adding."""
POOL_THRESHOLD = 6
"""Below this many files, parse in the main process (a pool costs more than it saves)."""
YOUNG_OBJECTS = 10_000
"""New objects the cyclic collector lets gather before a pass while files are added (Python's default: 700)."""


@dataclass
class AddReport:
    """What adding files did."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    analysed: int = 0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of ``digest add --json``."""
        return {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "analysed": self.analysed,
            "errors": list(self.errors),
        }


Prepared = tuple[str, Article, Analysis] | str
"""A worker's result: (key, article, analysis), or the one-line error message."""

_worker_connections: dict[str, sqlite3.Connection] = {}


def file_key(path: Path) -> str:
    """The library key of an article file: its absolute path."""
    return f"file:{path}"


def _reader(library_path: str) -> sqlite3.Connection | None:
    if library_path not in _worker_connections:
        try:
            _worker_connections[library_path] = connect(Path(library_path), readonly=True)
        except DigestError:
            return None
    return _worker_connections[library_path]


def prepare(task: tuple[str, str, int | None]) -> Prepared:
    """Parse and analyse one file (runs in a worker process)."""
    path, library_path, max_bytes = task
    try:
        article = load_article(Path(path), max_bytes=max_bytes)
    except DigestError as error:
        return str(error)
    except (OSError, ValueError, RecursionError) as error:
        return f"{shown(path)}: cannot read ({error})"
    try:
        try:
            analysis = analyse(article, _reader(library_path))
        except sqlite3.Error:  # the cache cannot be read: analyse afresh (saving reports the library's fault)
            analysis = analyse(article, None)
    except (ValueError, RecursionError) as error:
        return f"{shown(path)}: analysis failed ({error})"
    return file_key(Path(path)), article, analysis


def _prepared(tasks: list[tuple[str, str, int | None]], workers: int) -> Iterator[Prepared]:
    if workers <= 1 or len(tasks) < POOL_THRESHOLD:
        yield from map(prepare, tasks)
        return
    import digest.core.quotes
    import digest.core.summarize  # noqa: F401 (imported once here, inherited by forked workers)

    method = "fork" if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods() else None
    context = multiprocessing.get_context(method or "forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(prepare, tasks, chunksize=max(1, min(8, len(tasks) // (workers * 8))))


def add_files(
    library: Library,
    paths: Iterable[Path],
    *,
    max_bytes: int | None = None,
    workers: int | None = None,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> AddReport:
    """Add article files to the library (parsed and analysed on all cores); return what happened."""
    with _made_before_frozen():
        return _add(library, paths, max_bytes, workers, on_error, on_progress)


@contextmanager
def _made_before_frozen() -> Iterator[None]:
    """While an add runs, freeze the objects made before it (modules, compiled patterns, the analysers' and the
    stories' memories) and let the cyclic collector's youngest generation grow to :data:`YOUNG_OBJECTS`, unless the
    collector is held off or some objects are frozen already (the app does both at start-up, and a freeze there
    would keep its screens' garbage): the collector's passes then walk only what the add makes, and a tenth as
    often (they took 3-7% of a one-process add, walking the rest), and forked workers do not copy the pages those
    passes would write. Reference counting frees objects all along; afterwards everything is unfrozen and the
    thresholds are restored."""
    if gc.get_freeze_count() or not gc.isenabled():
        yield
        return
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(thresholds[0], YOUNG_OBJECTS), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _add(
    library: Library,
    paths: Iterable[Path],
    max_bytes: int | None,
    workers: int | None,
    on_error: Callable[[str], None] | None,
    on_progress: Callable[[int, int], None] | None,
) -> AddReport:
    """What :func:`add_files` does (with what was made before it frozen)."""
    tasks = [(str(Path(p).resolve()), str(library.path), max_bytes) for p in paths]
    report = AddReport()
    workers = max(1, min(workers or os.cpu_count() or 1, 4 * (os.cpu_count() or 1), len(tasks) or 1))
    pending = 0
    last_commit = time.monotonic()
    connection = library.connection
    search_queue: list[SearchRow] = []  # written together before each commit
    try:
        for done, result in enumerate(_prepared(tasks, workers), start=1):
            if isinstance(result, str):
                report.errors.append(result)
                if on_error:
                    on_error(result)
            else:
                if not pending:
                    connection.execute("BEGIN IMMEDIATE")
                key, article, analysis = result
                _, status = library.save(key, article, analysis, search_queue=search_queue)
                setattr(report, status, getattr(report, status) + 1)
                report.analysed += analysis.fresh and status != "unchanged"
                pending += 1
                if pending >= BATCH_SIZE or time.monotonic() - last_commit > BATCH_SECONDS:
                    flush_search(connection, search_queue)
                    connection.execute("COMMIT")
                    pending, last_commit = 0, time.monotonic()
            if on_progress:
                on_progress(done, len(tasks))
    except BaseException:
        library.forget_story_cache()
        if pending and connection.in_transaction:  # SQLite already rolled back on a full disk
            connection.execute("ROLLBACK")
        raise
    if pending:
        flush_search(connection, search_queue)
        connection.execute("COMMIT")
    return report
