"""``digest export`` on the command line: the issue's bar, bad inputs, unwritable output, same bytes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from digest.cli import main
from digest.core.ingest import load_article
from digest.core.quotes import extract_quotes
from tests.conftest import POLYGRAPH, ROOT, SAMPLE
from tests.export_support import HTML_TOKENS, outline


def run_digest(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m digest`` in a subprocess (bytes out)."""
    return subprocess.run(
        [sys.executable, "-m", "digest", *args], capture_output=True, cwd=ROOT, env={**os.environ, **(env or {})}
    )


def test_bar_sample_and_polygraph(tmp_path: Path) -> None:
    target = tmp_path / "d.md"
    result = run_digest("export", str(SAMPLE), str(POLYGRAPH), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"" and result.stderr == b""
    document = target.read_text(encoding="utf-8")
    read = outline(document)
    titles = [load_article(SAMPLE).title, load_article(POLYGRAPH).title]
    second_level = [text for level, text in read.headings if level == 2]
    assert second_level[:2] == [" ".join(t.split()) for t in titles]
    assert second_level[2:] in ([], ["Actors across this digest"])  # one ## per article, then the table
    assert "Dirty war" in read.list_items and "European support" in read.list_items
    assert not read.types & HTML_TOKENS
    summary_items = [item for item in read.list_items if len(item) > 60]
    assert len(summary_items) >= 2


def test_bar_pompeo_under_his_name(tmp_path: Path) -> None:
    report = extract_quotes(load_article(SAMPLE))
    assert any(q.speaker == "Mike Pompeo" and "despicable and insolent" in q.text for q in report.quotes)
    target = tmp_path / "d.md"
    assert main(["export", str(SAMPLE), str(POLYGRAPH), "-o", str(target)]) == 0
    document = target.read_text(encoding="utf-8")
    pompeo = document.index("#### Mike Pompeo")
    after = document.find("\n#### ", pompeo + 1)
    assert "despicable and insolent." in document[pompeo : after if after > 0 else None]


def test_same_bytes_twice_whatever_the_hash_seed(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        target = tmp_path / f"d{seed}.md"
        args = ["export", str(SAMPLE), str(POLYGRAPH), "-o", str(target), "--front-matter", "--full-text"]
        result = run_digest(*args, env={"PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "1700000000"})
        assert result.returncode == 0, result.stderr
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]
    assert b"2023-11-14" in outputs[0]


def test_stdout_without_output_option(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    args = ["export", str(SAMPLE), "--date", "2024-05-01", "--title", "Morning <b>brief</b>", "--sentences", "1"]
    assert main(args) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out.startswith("# Morning \\<b>brief\\</b> — 2024-05-01\n")
    read = outline(out)
    assert [text for level, text in read.headings if level == 3][:1] == ["Summary"]


def test_bad_inputs_reported_and_good_ones_exported(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text("A good title\n\nSome body text, she said, is here.\n")
    target = tmp_path / "out" / "d.md"
    target.parent.mkdir()
    result = run_digest(
        "export", str(tmp_path / "empty.txt"), "/no/such.txt", str(tmp_path / "good.txt"), "-o", str(target)
    )
    assert result.returncode == 2
    errors = result.stderr.decode().strip().splitlines()
    assert len(errors) == 2 and "empty.txt" in errors[0] and "/no/such.txt" in errors[1]
    assert b"Traceback" not in result.stderr
    assert [text for level, text in outline(target.read_text()).headings if level == 2] == ["A good title"]


def test_unwritable_output_is_one_line_and_nonzero(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "d.md"
    result = run_digest("export", str(SAMPLE), "-o", str(target))
    assert result.returncode not in (0, 2)
    errors = result.stderr.decode().strip().splitlines()
    assert len(errors) == 1 and str(target) in errors[0] and "Traceback" not in errors[0]
    assert result.stdout == b""
    assert not target.parent.exists()


def test_bad_options_are_refused() -> None:
    for args in (["--sentences", "0"], ["--date", "May 1"], ["--method", "nonsense"]):
        with pytest.raises(SystemExit) as done:
            main(["export", str(SAMPLE), *args])
        assert done.value.code == 2


def test_help() -> None:
    with pytest.raises(SystemExit) as done:
        main(["export", "--help"])
    assert done.value.code == 0
