"""Child process of benchmarks/library.py: start an app on a library in the parent's pseudo-terminal.

Usage: ``python benchmarks/library_runner.py (digest|bare) LIBRARY FD [KEY_DELAY]``. The runner presses no
key itself: it writes ``READY`` to file descriptor FD once the first screen (the list, filled) has been
painted, then the app runs as a user runs it: the parent types keys into the terminal and times the screen
updates, and quits with ctrl+q. When the app has exited, ``RSS <kB>`` (peak resident memory) is written.
``digest`` also writes ``STORIES`` each time the list has painted the library's stories (``s``), and ``LISTED``
each time it has painted articles read again (a new view, feed or search, or back from the stories).

KEY_DELAY (seconds, default 0) makes every highlight change sleep that long in the UI thread: the sanity
check that the parent's key-to-screen figure responds to a slow key handler.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_rss() -> int:
    """This process's peak resident memory in kB.

    Not ``getrusage``'s ``ru_maxrss``: Linux carries that over from the parent through fork and exec, so the
    benchmark's own memory would be counted; ``VmHWM`` is this program's alone.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def bare_app(library: str, ready: Callable[[], None], slow: Callable[[Any, object], None]) -> Any:
    """A bare Textual app: one OptionList of every title, read before it starts."""
    import sqlite3

    from textual.app import App, ComposeResult
    from textual.widgets import OptionList

    connection = sqlite3.connect(library)
    query = "SELECT title FROM articles ORDER BY coalesce(published, added) DESC, id DESC"
    titles = [row[0] for row in connection.execute(query)]
    connection.close()

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield OptionList(*titles)

        def on_mount(self) -> None:
            self.call_after_refresh(ready)

        on_option_list_option_highlighted = slow

    return Bare()


def digest_app(library: str, ready: Callable[[], None], slow: Callable[[Any, object], None], out: TextIO) -> Any:
    """digest's library app, started in digest's order: its command line, the collector held, then the app."""
    import digest.cli  # noqa: F401 (what `digest` imports before it opens the library)
    from digest.ui.collector import hold_collector

    hold_collector()  # as digest does before it imports the app (commands/library_read.py: run_library_app)
    from textual import events, on

    import digest.ui.library_app as library_app
    from digest.commands.library_read import library_is_empty

    assert not library_is_empty(library)

    def report(word: str) -> None:
        out.write(f"{word}\n")

    class TimedScreen(library_app.LibraryScreen):
        @on(events.ScreenResume)
        def signal_ready(self) -> None:
            # filled at mount; now the current screen: its next repaint is the first screen
            self.call_after_refresh(ready)

        def show_rows(self, *args: Any, **kwargs: Any) -> None:
            super().show_rows(*args, **kwargs)
            self.call_after_refresh(report, "STORIES" if self.showing_stories else "LISTED")

    class TimedApp(library_app.LibraryApp):
        on_virtual_list_highlighted = slow

    library_app.LibraryScreen = TimedScreen  # type: ignore[misc]
    return TimedApp(library)


def main() -> None:
    """Run one app and report."""
    mode, library, fd = sys.argv[1], sys.argv[2], int(sys.argv[3])
    delay = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    out = os.fdopen(fd, "w", buffering=1)

    def ready() -> None:
        out.write("READY\n")

    def slow(self: Any, event: object) -> None:
        if delay:
            time.sleep(delay)

    app = bare_app(library, ready, slow) if mode == "bare" else digest_app(library, ready, slow, out)
    app.run()
    out.write(f"RSS {peak_rss()}\n")
    out.close()


if __name__ == "__main__":
    main()
