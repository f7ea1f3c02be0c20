"""Two processes on one library at once (two app instances, or the app and `digest add`) never corrupt it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from digest.core.store import Library
from tests.conftest import ROOT

PER_WRITER = 60


def _write_articles(folder: Path, prefix: str) -> None:
    folder.mkdir()
    for n in range(PER_WRITER):
        text = f"{prefix} story {n}\n\nThe mayor said item {n} of {prefix} would pass. Residents disagreed.\n"
        (folder / f"{prefix}-{n:03}.txt").write_text(text, encoding="utf-8")


def test_two_writers_and_a_flag_toggler_leave_a_consistent_library(tmp_path: Path) -> None:
    library_path = tmp_path / "shared.db"
    for prefix in ("alpha", "beta"):
        _write_articles(tmp_path / prefix, prefix)
    with Library(library_path) as library:  # create the schema before the writers race
        assert library.is_empty()
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "digest", "add", str(tmp_path / prefix), "--library", str(library_path)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for prefix in ("alpha", "beta")
    ]
    toggles = 0
    with Library(library_path) as library:  # a third connection, like an app marking articles read meanwhile
        while any(writer.poll() is None for writer in writers):
            ids = [row.id for row in library.rows()][:20]
            if ids:
                library.mark_read(ids, read=toggles % 2 == 0)
                library.set_starred(ids[:5], starred=toggles % 2 == 1)
                toggles += 1
    assert toggles > 0  # the third connection really wrote while the writers ran
    errors = [writer.communicate(timeout=120)[1] for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0], errors
    connection = sqlite3.connect(library_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        titles = {row[0] for row in connection.execute("SELECT title FROM articles")}
    finally:
        connection.close()
    assert len(titles) == 2 * PER_WRITER
    with Library(library_path) as library:
        assert len(library.search("mayor", limit=500)) == 2 * PER_WRITER
