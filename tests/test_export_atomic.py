"""Atomic writing: the old file survives any failure, no temporary file is left, errors are one line."""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
from pathlib import Path

import pytest

from digest.core.export import ExportError, default_export_path, write_atomically


def test_writes_utf8_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "d.md"
    target.write_text("old")
    assert write_atomically(target, "# Café\n") == target
    assert target.read_bytes() == "# Café\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.md"]


@pytest.mark.parametrize("fail_in", ["fsync", "replace"])
def test_failure_mid_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_in: str) -> None:
    target = tmp_path / "d.md"
    target.write_text("old digest")

    def no_space(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, fail_in, no_space)
    with pytest.raises(ExportError) as failed:
        write_atomically(target, "new digest " * 10_000)
    message = str(failed.value)
    assert "\n" not in message and str(target) in message and "no space" in message
    assert target.read_text() == "old digest"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.md"]


def test_interrupt_mid_write_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "d.md"
    target.write_text("old digest")

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "new")
    assert target.read_text() == "old digest"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.md"]


def test_unwritable_paths_give_one_line_errors(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("x")
    for bad, words in [
        (tmp_path / "missing" / "d.md", "no such folder"),
        (tmp_path / "file.txt" / "d.md", "not a folder"),
        (tmp_path, "is a folder"),
    ]:
        with pytest.raises(ExportError, match=words) as failed:
            write_atomically(bad, "text")
        assert "\n" not in str(failed.value)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ExportError, match="permission denied"):
            write_atomically(folder / "d.md", "text")
    finally:
        folder.chmod(stat.S_IRWXU)


def test_permission_error_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(ExportError, match="permission denied"):
        write_atomically(tmp_path / "d.md", "text")
    assert list(tmp_path.iterdir()) == []


def test_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "d.md"
    target.write_text("old")
    target.chmod(0o640)
    write_atomically(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_default_path_never_overwrites(tmp_path: Path) -> None:
    day = dt.date(2024, 5, 1)
    first = default_export_path(tmp_path, day)
    assert first == tmp_path / "digest-2024-05-01.md"
    first.write_text("x")
    assert default_export_path(tmp_path, day) == tmp_path / "digest-2024-05-01-2.md"
