"""Every written file: special files are refused (or written as a stream when they are our own stdout),
symbolic links are never followed into another folder, OPML export is atomic, and reading OPML never
hangs on a FIFO or reads a device without end. Special files are made in a temporary folder only."""

from __future__ import annotations

import errno
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from digest.cli import main
from digest.core.export import default_export_path
from tests.conftest import ROOT

ARTICLE = "A short title\n\nThe mayor said on Monday that the bridge would open next week, officials confirmed.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "article.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE)
    return path


def export_to(article: Path, target: Path | str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["export", str(article), "--date", "2024-05-01", "-o", str(target)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def assert_refused(status: int, err: str, name: str) -> None:
    lines = err.strip().splitlines()
    assert status == 2 and len(lines) == 1 and name in lines[0] and "Traceback" not in err, err


def test_fifo_folder_and_socket_are_refused_and_kept(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock"))
    try:
        for target, kind in [(fifo, "FIFO"), (tmp_path / "sock", "socket"), (tmp_path, "folder")]:
            status, out, err = export_to(article, target, capsys)
            assert_refused(status, err, kind)
        assert stat.S_ISFIFO(fifo.lstat().st_mode) and stat.S_ISSOCK((tmp_path / "sock").lstat().st_mode)
    finally:
        server.close()


def test_a_device_is_refused_and_kept(tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, OSError) as error:
        pytest.skip(f"cannot make a device node here ({error})")
    status, _, err = export_to(article, device, capsys)
    assert_refused(status, err, "character device")
    assert stat.S_ISCHR(device.lstat().st_mode)


def test_links_are_never_followed_into_another_folder(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    victim = elsewhere / "victim.md"
    victim.write_text("keep me")
    out = tmp_path / "out"
    out.mkdir()
    (out / "to-victim.md").symlink_to(victim)
    (out / "dangling.md").symlink_to(elsewhere / "new.md")
    for name in ("to-victim.md", "dangling.md"):
        status, _, err = export_to(article, out / name, capsys)
        assert_refused(status, err, "symbolic link")
        assert (out / name).is_symlink()
    assert victim.read_text() == "keep me" and not (elsewhere / "new.md").exists()


def test_a_link_to_a_file_beside_it_is_written_through(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "real.md").write_text("old")
    (tmp_path / "link.md").symlink_to("real.md")
    status, _, err = export_to(article, tmp_path / "link.md", capsys)
    assert status == 0, err
    assert (tmp_path / "link.md").is_symlink() and "A short title" in (tmp_path / "real.md").read_text()


def test_the_apps_default_name_skips_a_dangling_link(tmp_path: Path) -> None:
    (tmp_path / "digest-2024-05-01.md").symlink_to(tmp_path / "nowhere" / "x.md")
    import datetime as dt

    assert default_export_path(tmp_path, dt.date(2024, 5, 1)).name == "digest-2024-05-01-2.md"


def test_a_name_over_255_bytes_is_one_line(tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = export_to(article, tmp_path / ("é" * 128 + ".md"), capsys)
    assert_refused(status, err, "file name too long")
    target = tmp_path / ("x" * 252 + ".md")  # 255 bytes: fits, although the temporary file's name is longer
    status, _, err = export_to(article, target, capsys)
    assert status == 0 and target.is_file(), err


def test_dash_and_dev_stdout_write_to_the_pipe(tmp_path: Path, article: Path) -> None:
    for target in ("-", "/dev/stdout"):
        result = subprocess.run(
            [sys.executable, "-m", "digest", "export", str(article), "-o", target],
            capture_output=True,
            cwd=ROOT,
        )
        assert result.returncode == 0 and result.stderr == b"", result.stderr
        assert b"# News digest" in result.stdout and b"A short title" in result.stdout


def test_export_opml_is_atomic_and_refuses_special_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["add", "--timeout", "0.1", "http://127.0.0.1:9/feed.xml"]) == 2  # subscribed, fetch refused
    target = tmp_path / "feeds.opml"
    target.write_text("old subscriptions")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    capsys.readouterr()
    assert main(["export-opml", str(fifo)]) == 2
    assert "FIFO" in capsys.readouterr().err and stat.S_ISFIFO(fifo.lstat().st_mode)

    def no_space(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", no_space)
        assert main(["export-opml", str(target)]) == 1
    err = capsys.readouterr().err
    assert "no space left" in err and len(err.strip().splitlines()) == 1
    assert target.read_text() == "old subscriptions"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "library") == ["feeds.opml", "fifo"]
    assert main(["export-opml", str(target)]) == 0
    assert "127.0.0.1:9/feed.xml" in target.read_text()


def test_import_opml_refuses_fifos_devices_and_huge_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)  # no writer: opening it for reading would block for ever
    huge = tmp_path / "huge.opml"
    with huge.open("wb") as handle:
        handle.truncate(6 * 1024 * 1024)
    targets = [(fifo, "not a regular file"), (huge, "too large")]
    zero = tmp_path / "zero"
    try:
        os.mknod(zero, 0o666 | stat.S_IFCHR, os.makedev(1, 5))
        targets.append((zero, "not a regular file"))
    except OSError:
        pass
    for target, words in targets:
        assert main(["import-opml", str(target)]) == 2
        err = capsys.readouterr().err
        assert words in err and len(err.strip().splitlines()) == 1


def test_screenshots_refuse_a_fifo_in_their_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo(tmp_path / "main-dark.svg")
    assert main(["screenshots", str(tmp_path)]) == 2
    assert_refused(2, capsys.readouterr().err, "FIFO")
    assert stat.S_ISFIFO((tmp_path / "main-dark.svg").lstat().st_mode)
