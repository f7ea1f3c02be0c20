"""``digest sections`` on the command line: JSON shape, outlines, errors and exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from digest.cli import main
from tests.conftest import ROOT, SAMPLE, SEEDS


def test_sections_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sections", str(SAMPLE), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert isinstance(document["title"], str) and document["title"]
    assert document["source"] == str(SAMPLE)
    assert document["sections"][0]["title"] is None
    assert [s["title"] for s in document["sections"][1:]] == ["Dirty war", "European support", "Bomb and kill me"]
    assert all(isinstance(s["text"], str) and s["text"] for s in document["sections"])


def test_folder_gives_an_array_and_skips_readme(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sections", str(SEEDS), "--json"]) == 0
    documents = json.loads(capsys.readouterr().out)
    assert isinstance(documents, list)
    assert sorted(Path(d["source"]).name for d in documents) == ["idlib-seed.txt", "polygraph-al-tanf-rukban.html"]


def test_outline_lists_sections(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sections", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Dirty war" in out and "European support" in out


def test_bad_files_give_one_line_each_and_status_2(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.html").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "good.txt").write_text("A good title\n\nSome body text that is here.\n")
    result = subprocess.run(
        [sys.executable, "-m", "digest", "sections", str(tmp_path), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert "Traceback" not in result.stderr
    assert any("empty.txt" in line for line in errors) and any("binary.html" in line for line in errors)
    assert [d["title"] for d in json.loads(result.stdout)] == ["A good title"]


def test_every_command_has_help() -> None:
    for command in ["sections", "read"]:
        with pytest.raises(SystemExit) as done:
            main([command, "--help"])
        assert done.value.code == 0


def test_missing_path_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sections", "/no/such/file.txt"]) == 2
    assert "/no/such/file.txt" in capsys.readouterr().err
