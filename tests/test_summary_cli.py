"""``digest summary`` on the command line: JSON shape, text output, options, errors and exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from digest.cli import main
from tests.conftest import ROOT, SAMPLE, SEEDS


def test_summary_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", str(SAMPLE), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert isinstance(document["title"], str) and document["title"]
    assert document["method"] == "default"
    assert isinstance(document["summary"], list) and len(document["summary"]) == 3
    assert all(isinstance(s, str) and s for s in document["summary"])
    assert [s["title"] for s in document["sections"]] == [None, "Dirty war", "European support", "Bomb and kill me"]
    for section in document["sections"]:
        assert isinstance(section["summary"], list) and 1 <= len(section["summary"]) <= 3


def test_sentences_and_method_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", str(SAMPLE), "--json", "--sentences", "2", "--method", "lead"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["method"] == "lead" and len(document["summary"]) == 2
    assert document["summary"][0].startswith("The United States affirmed")


def test_folder_gives_an_array(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", str(SEEDS), "--json"]) == 0
    documents = json.loads(capsys.readouterr().out)
    assert isinstance(documents, list) and len(documents) == 2
    assert all(len(d["summary"]) == 3 for d in documents)


def test_text_output_lists_summary_and_sections(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Summary:" in out and "Dirty war:" in out and "method: default" in out


@pytest.mark.parametrize(
    "options", [["--sentences", "0"], ["--sentences", "many"], ["--method", "nope"]], ids=["zero", "word", "method"]
)
def test_bad_options_are_one_line_errors(options: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "digest", "summary", str(SAMPLE), *options],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_bad_files_give_one_line_each_and_status_2(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text("A good title\n\nSome body text that is here. And a second sentence.\n")
    result = subprocess.run(
        [sys.executable, "-m", "digest", "summary", str(tmp_path), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "empty.txt" in result.stderr
    assert [d["title"] for d in json.loads(result.stdout)] == ["A good title"]


def test_missing_path_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", "/no/such/file.txt"]) == 2
    assert "/no/such/file.txt" in capsys.readouterr().err


def test_help() -> None:
    with pytest.raises(SystemExit) as done:
        main(["summary", "--help"])
    assert done.value.code == 0


@pytest.mark.parametrize("command", ["summary", "stories"])
@pytest.mark.parametrize("value", ["0", "-2", "x", "1.5"])
def test_a_bad_sentence_count_is_one_line_and_exit_2(
    command: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, str(SAMPLE), "--sentences", value]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"--sentences: expected a whole number of at least 1, got {value!r}" in err
