"""Code standards that CI enforces: ruff clean, mypy clean on digest/, no oversized modules."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

MAX_MODULE_LINES = 500


@pytest.mark.skipif(shutil.which("ruff") is None and not (ROOT / ".venv").exists(), reason="ruff not installed")
def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "digest", "tests", "benchmarks"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout


def test_mypy_is_clean() -> None:
    pytest.importorskip("mypy")
    result = subprocess.run([sys.executable, "-m", "mypy", "digest"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout


def test_no_module_is_over_500_lines() -> None:
    long = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "digest").rglob("*.py")
        if len(p.read_text().splitlines()) > MAX_MODULE_LINES
    ]
    assert long == []


FORBIDDEN_CALLS = ("._bindings", "nltk" + ".download")
"""Private Textual bindings, and downloads of NLTK data at run time (spelt in two parts so that this file
does not itself match a search for them)."""


def test_no_private_textual_apis_and_no_data_downloads() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "digest").rglob("*.py")
        if any(call in p.read_text() for call in FORBIDDEN_CALLS)
    ]
    assert offenders == []
