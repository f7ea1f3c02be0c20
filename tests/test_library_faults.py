"""Library faults: every SQLite failure is one line naming the file and what to do (exit status 2), a
broken or newer library is never replaced by the sample digest, and a relative path works."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from digest.cli import main
from digest.core.store import schema
from digest.core.store.errors import describe_library_error
from tests.conftest import SAMPLE, SEEDS
from tests.pty_run import run_in_pty


def one_line(err: str, *words: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert all(word in lines[0] for word in words), err


def library_with_articles(path: Path) -> Path:
    assert main(["--library", str(path), "add", str(SEEDS)]) == 0
    return path


def test_a_relative_library_path_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    library_with_articles(Path("rel.db"))
    assert main(["--library", "rel.db", "add", str(SAMPLE)]) == 0  # the workers open it read-only by URI
    assert main(["--library", "rel.db", "list"]) == 0
    assert (tmp_path / "rel.db").is_file()


@pytest.mark.parametrize("command", [["list"], ["add", str(SAMPLE)], ["search", "x"], []])
def test_broken_library_files_are_one_line_each(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_text("just some text, not a database\n" * 100)
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE photos (name TEXT)")
    foreign_bytes = foreign.read_bytes()
    newer = library_with_articles(tmp_path / "newer.db")
    with sqlite3.connect(newer) as connection:
        connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    (tmp_path / "a-file").write_text("x")
    capsys.readouterr()
    cases = [
        (not_sqlite, "not a digest library"),
        (foreign, "another program"),
        (newer, "newer digest"),
        (tmp_path / "a-file" / "library.db", "parent folder is a file"),
        (tmp_path, "a folder"),
    ]
    for path, words in cases:
        assert main(["--library", str(path), *command]) == 2, path
        one_line(capsys.readouterr().err, str(path), words)
    assert foreign.read_bytes() == foreign_bytes  # never migrated into
    assert not_sqlite.read_text().startswith("just some text")


def test_a_corrupted_page_is_one_line_in_commands_and_app(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = library_with_articles(tmp_path / "lib.db")
    with sqlite3.connect(library) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(library.read_bytes())
    for offset in range(4096, len(data), 4096):  # every page but the first: the header still opens
        data[offset + 8 : offset + 200] = b"\xff" * 192
    library.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["--library", str(library), "list"]) == 2
    one_line(capsys.readouterr().err, str(library), "damaged")
    app = run_in_pty(["--library", str(library)], timeout=60, keys=((8, b"q"),))
    assert app.status == 2, app.text[-2000:]
    assert "damaged" in app.text and "Traceback" not in app.text
    assert "Idlib" not in app.text  # not the sample digest instead


def test_the_app_reports_a_newer_library_instead_of_the_sample(tmp_path: Path) -> None:
    library = library_with_articles(tmp_path / "lib.db")
    with sqlite3.connect(library) as connection:
        connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    app = run_in_pty(["--library", str(library)], timeout=30)
    assert app.status == 2 and "newer digest" in app.text and "\x1b[?1049h" not in app.text


def test_an_immutable_library_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = tmp_path / "lib.db"  # made by another process, which leaves no write-ahead log behind
    subprocess.run([sys.executable, "-m", "digest", "--library", str(library), "add", str(SAMPLE)], check=True)
    if subprocess.run(["chattr", "+i", str(library)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        capsys.readouterr()
        assert main(["--library", str(library), "remove", "1"]) == 2
        one_line(capsys.readouterr().err, str(library), "cannot be written")
        assert main(["--library", str(library), "list"]) == 0  # reading still works
    finally:
        subprocess.run(["chattr", "-i", str(library)], check=True)


def test_a_read_only_error_names_the_file_and_the_fix(tmp_path: Path) -> None:
    path = library_with_articles(tmp_path / "lib.db")
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as failed:
        connection.execute("DELETE FROM articles")
    connection.close()
    message = describe_library_error(path, failed.value)
    assert message.startswith(str(path)) and "read-only" in message and "permissions" in message


def test_disk_full_while_adding_is_reported_as_disk_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    original = schema.connect

    def small_disk(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
        connection = original(path, readonly=readonly)
        if not readonly:
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {pages + 3}")
        return connection

    monkeypatch.setattr("digest.core.store.library.connect", small_disk)
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(30):  # random words: the library compresses bodies, and repeated text would fit
        pick = random.Random(number).choice
        words = ["".join(pick("abcdefghijklmnopqrstuvwxyz") for _ in range(6)) for _ in range(1500)]
        (folder / f"a{number}.txt").write_text(f"Title {number}\n\nThe " + " ".join(words) + ".")
    assert main(["add", "--workers", "1", str(folder)]) == 2
    err = capsys.readouterr().err
    one_line(err, "disk is full")
    assert "rollback" not in err
