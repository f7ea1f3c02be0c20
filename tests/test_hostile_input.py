"""Hostile and broken input on the command line: one line per bad file, exit 2, no traceback, no ESC."""

from __future__ import annotations

import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile import write_hostile_folder, write_many

COMMANDS = ["sections", "summary", "quotes", "export"]
_BIDI_OR_ESC = re.compile("[\x1b\x9b\u202a-\u202e\u2066-\u2069]")
HANG_GUARD_SECONDS = 120  # not a speed goal: only stops a hung command from hanging the suite


def run_digest(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m digest`` in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "digest", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=HANG_GUARD_SECONDS,
    )


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bool]]:
    folder = tmp_path_factory.mktemp("hostile")
    return folder, write_hostile_folder(folder)


@pytest.mark.parametrize("command", COMMANDS)
def test_each_hostile_file_alone(command: str, hostile_folder: tuple[Path, dict[str, bool]]) -> None:
    folder, expected = hostile_folder
    for name, refused in expected.items():
        result = run_digest(command, str(folder / name))
        assert "Traceback" not in result.stderr, (name, result.stderr)
        assert not _BIDI_OR_ESC.search(result.stdout), name
        if refused:
            assert result.returncode == 2, (name, result.stdout[:200])
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and name in lines[0], (name, result.stderr)
        else:
            assert result.returncode == 0, (name, result.stderr)
            assert result.stdout.strip()


@pytest.mark.parametrize("command", COMMANDS)
def test_hostile_folder_processes_the_good_files(command: str, hostile_folder: tuple[Path, dict[str, bool]]) -> None:
    folder, expected = hostile_folder
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = run_digest(command, str(folder), *(["--json"] if command != "export" else []))
    peak_kb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    error_lines = result.stderr.strip().splitlines()
    assert sorted(n for n, refused in expected.items() if refused) == sorted(
        next(n for n in expected if n in line) for line in error_lines
    )
    assert not _BIDI_OR_ESC.search(result.stdout)
    assert "escapes" in result.stdout or "Evil red title" in result.stdout
    assert peak_kb < 1024 * 1024, f"peak memory {peak_kb} KB"


def test_thousands_of_files_with_some_broken(tmp_path: Path) -> None:
    broken = write_many(tmp_path / "many", 2000, broken_every=100)
    result = run_digest("sections", str(tmp_path / "many"), "--json")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == broken
    assert result.stdout.count('"title": "Headline number') == 2000 - broken


def test_markup_and_escapes_are_plain_text_in_json(hostile_folder: tuple[Path, dict[str, bool]]) -> None:
    folder, _ = hostile_folder
    result = run_digest("sections", str(folder / "escapes.md"), "--json")
    assert "\\u001b" not in result.stdout and "\x1b" not in result.stdout
    assert "[bold red]X[/]" in result.stdout and "[@click=app.quit]q[/]" in result.stdout
