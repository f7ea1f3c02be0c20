"""Killing ``digest add`` mid-way leaves a consistent library: every stored article is complete."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from digest.core.store.articles import decode_sections
from tests.conftest import ROOT

FILES = 800


def _make_articles(folder: Path) -> None:
    folder.mkdir()
    for n in range(FILES):
        paragraphs = [
            f"Report {n}: the council met on day {n % 31} and the mayor said the budget would pass.",
            f'"We have done our work," said councillor Smith{n % 17}. Residents disagreed about item {n}.',
            f"Later, officials confirmed the vote count was {n * 7 % 101}.",
        ]
        (folder / f"story-{n:04}.txt").write_text(f"Council story {n}\n\n" + "\n\n".join(paragraphs), encoding="utf-8")


def _count(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


def test_sigkill_during_add_leaves_every_stored_article_complete(tmp_path: Path) -> None:
    folder, library = tmp_path / "articles", tmp_path / "lib.db"
    _make_articles(folder)
    command = [sys.executable, "-m", "digest", "add", str(folder), "--library", str(library), "--workers", "2"]
    process = subprocess.Popen(command, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while _count(library) == 0 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the whole job: the writer and its worker processes
        process.wait(timeout=30)
    stored = _count(library)
    assert 0 < stored < FILES, "the kill should land mid-way"

    connection = sqlite3.connect(library)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.execute("INSERT INTO article_search (article_search) VALUES ('integrity-check')")
    query = "SELECT id, title, sections, content_hash FROM articles JOIN bodies ON article_id = id"
    rows = connection.execute(query).fetchall()
    assert len(rows) == stored
    for article_id, title, sections, digest in rows:
        assert title and decode_sections(sections) and any(text for _, text in decode_sections(sections))
        kinds = {k for (k,) in connection.execute("SELECT kind FROM analysis WHERE content_hash = ?", (digest,))}
        assert kinds == {"summary", "quotes"}
        match = "SELECT rowid FROM article_search WHERE article_search MATCH ? AND rowid = ?"
        assert connection.execute(match, (f'"{title.split()[-1]}"', article_id)).fetchone(), title
    connection.close()

    resumed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert _count(library) == FILES
