"""The worker processes of a refresh: they extract and analyse pages while the refresh's threads fetch.

Each worker runs :func:`digest.core.feeds.pages.extract_in_worker`, a top-level function: a page's bytes
go in, a small picklable result comes out, so the workers may be forked, started from a fork server or
spawned. They are forked when no other thread runs yet (``digest refresh`` on Linux: cheapest, the
analysers' memory shared); otherwise (the app, whose threads are running, or a system without a safe
fork) they start from a fork server (spawned where there is none), and only once enough pages wait for
them to be worth starting. Workers write nothing to the terminal (their standard output and error lead
nowhere): a worker's failure reaches the refresh as an exception, and the page is then extracted in the
refresh's own thread.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager, suppress

POOL_PAGES = 4
"""Fewest pages waiting that start workers which cannot be forked at once: for fewer, starting a fresh
interpreter costs more than extracting in the refresh's own thread."""

WORKER_NICENESS = 10
"""How far below the app's priority its refresh workers run (so that the screen answers keys first)."""

PRELOADED = (
    "digest.core.feeds.pages",
    "digest.core.summarize",
    "digest.core.quotes",
    "digest.core.store.stories",
    "numpy",
)
"""Modules the workers need, imported once before they start (their memory then shared between them)."""


def start_method() -> str:
    """How workers start here: fork while this is the only thread (on Linux), else a fork server or spawn."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


class Extractors:
    """The pool of worker processes of one refresh (none for fewer than 2 ``processes``)."""

    def __init__(self, processes: int, *, low_priority: bool = False) -> None:
        """Decide how workers start; fork them now when that is how (before the refresh starts a thread).

        With ``low_priority`` the workers yield the processor to this process (the app's screen).
        """
        self.processes = processes
        self.low_priority = low_priority
        self.pool: ProcessPoolExecutor | None = None
        self.method: str | None = start_method() if processes > 1 else None
        if self.method == "fork":
            self.pool = self._start("fork")

    def get(self, waiting: int) -> Executor | None:
        """The pool (started now when ``waiting`` pages make it worth it), or None: extract in this thread."""
        if self.pool is None and self.method is not None and waiting >= POOL_PAGES:
            self.pool = self._start(self.method)
        return self.pool

    def _start(self, method: str) -> ProcessPoolExecutor:
        context = multiprocessing.get_context(method)
        if method == "fork":
            for name in PRELOADED:
                importlib.import_module(name)
        else:
            if method == "forkserver":
                context.set_forkserver_preload(list(PRELOADED))
            from multiprocessing import resource_tracker

            with _usable_stderr():  # the tracker's helper process is handed sys.stderr's descriptor
                resource_tracker.ensure_running()
        pool = ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=context,
            initializer=quiet_worker,
            initargs=(WORKER_NICENESS if self.low_priority else 0,),
        )
        if method == "fork":
            pool.submit(int).result()  # forks every worker now, before any thread starts
        return pool

    def broken(self) -> None:
        """A worker died: extract the remaining pages in the refresh's thread."""
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool, self.method = None, None

    def close(self) -> None:
        """Stop the workers; pages not started are dropped (their entries stay teasers to fetch next time)."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def quiet_worker(niceness: int = 0) -> None:
    """Start a worker: its standard output and error lead nowhere (never into a command's output or the app's
    screen), and it runs ``niceness`` steps below its parent's priority."""
    sink = os.open(os.devnull, os.O_WRONLY)
    for descriptor in (1, 2):
        os.dup2(sink, descriptor)
    os.close(sink)
    if niceness and hasattr(os, "nice"):
        with suppress(OSError):
            os.nice(niceness)


@contextmanager
def _usable_stderr() -> Iterator[None]:
    """Make ``sys.stderr`` a real file for a moment (the app captures it in an object without a descriptor).

    The stand-in leads nowhere, as the workers' own error streams do: a line written meanwhile, from any thread,
    never reaches the terminal under the app's screen."""
    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        yield
        return
    with open(os.devnull, "w", encoding="utf-8") as nowhere:
        captured, sys.stderr = sys.stderr, nowhere
        try:
            yield
        finally:
            sys.stderr = captured
