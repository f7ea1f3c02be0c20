"""Child process of benchmarks/library.py: start an app on a library in the parent's pseudo-terminal.

Usage: ``python benchmarks/library_runner.py (digest|bare) LIBRARY FD [KEY_DELAY]``. The runner presses no
key itself: it writes ``READY`` to file descriptor FD once the first screen (the list, filled) has been
painted, then the app runs as a user runs it: the parent types keys into the terminal and times the screen
updates, and quits with ctrl+q. When the app has exited, ``RSS <kB>`` (peak resident memory) is written.
``digest`` also writes ``STORIES`` each time the stories view has painted its filled list, and ``LISTED``
each time the article list has painted rows read again (a new view, feed or search).

KEY_DELAY (seconds, default 0) makes every highlight change sleep that long in the UI thread: the sanity
check that the parent's key-to-screen figure responds to a slow key handler.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

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


def main() -> None:
    """Run one app and report."""
    mode, library, fd = sys.argv[1], sys.argv[2], int(sys.argv[3])
    delay = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    out = os.fdopen(fd, "w", buffering=1)

    from textual import events, on
    from textual.widgets import OptionList

    def ready() -> None:
        out.write("READY\n")

    def slow(self: Any, event: object) -> None:
        if delay:
            time.sleep(delay)

    if mode == "bare":
        import sqlite3

        from textual.app import App, ComposeResult

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

        app: Any = Bare()
    else:
        import digest.cli  # noqa: F401 (what `digest` imports before it opens the library)
        from digest.ui.collector import hold_collector

        hold_collector()  # as digest does before it imports the app (commands/library_read.py: run_library_app)
        import digest.ui.library_app as library_app
        import digest.ui.stories_screen as stories_screen
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
                self.call_after_refresh(report, "LISTED")

        class TimedStories(stories_screen.StoriesScreen):
            def show_stories(self, *args: Any, **kwargs: Any) -> None:
                super().show_stories(*args, **kwargs)
                self.call_after_refresh(report, "STORIES")

        class TimedApp(library_app.LibraryApp):
            on_virtual_list_highlighted = slow

        library_app.LibraryScreen = TimedScreen  # type: ignore[misc]
        stories_screen.StoriesScreen = TimedStories  # type: ignore[misc]
        app = TimedApp(library)

    app.run()
    out.write(f"RSS {peak_rss()}\n")
    out.close()


if __name__ == "__main__":
    main()
