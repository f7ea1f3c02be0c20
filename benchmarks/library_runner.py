"""Child process of benchmarks/library.py: start an app on a library, report first screen, keys and memory.

Usage: ``python benchmarks/library_runner.py (digest|bare) LIBRARY FD`` — figures are written to file
descriptor FD as lines ``READY``, ``KEYS <seconds per key...>``, ``RSS <kB>``.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    """Run one app and report."""
    mode, library, fd = sys.argv[1], sys.argv[2], int(sys.argv[3])
    out = os.fdopen(fd, "w", buffering=1)
    if mode == "bare":
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

        app: object = Bare()
    else:
        import digest.cli  # noqa: F401 (what `digest` imports before it opens the library)
        from digest.commands.library_read import library_is_empty
        from digest.ui.library_app import LibraryApp

        assert not library_is_empty(library)

        app = LibraryApp(library)

    async def autopilot(pilot: object) -> None:
        await pilot.pause()  # type: ignore[attr-defined]
        out.write("READY\n")
        times = []
        for _ in range(40):
            start = time.perf_counter()
            await pilot.press("down")  # type: ignore[attr-defined]
            await pilot.pause()  # type: ignore[attr-defined]
            times.append(time.perf_counter() - start)
        out.write("KEYS " + " ".join(f"{t:.5f}" for t in times) + "\n")
        out.write(f"RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\n")
        pilot.app.exit()  # type: ignore[attr-defined]

    app.run(auto_pilot=autopilot, size=(120, 40))  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
