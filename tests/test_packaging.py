"""Packaging: the wheel carries the seeds and themes and works outside the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT

README_TEST_COMMAND = 'python3 -m venv .venv && . .venv/bin/activate && pip install -e ".[test]" && python -m pytest'


def test_readme_test_command_is_what_ci_runs() -> None:
    assert README_TEST_COMMAND in (ROOT / "README.md").read_text()
    assert README_TEST_COMMAND in (ROOT / ".ci" / "run").read_text()


def test_wheel_ships_seeds_and_themes_and_runs_from_elsewhere(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    assert "digest/_data/seeds/idlib-seed.txt" in names
    assert "digest/_data/seeds/polygraph-al-tanf-rukban.html" in names
    assert any(n.startswith("digest/_data/themes/") for n in names)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import json, sys\n"
        "from digest.resources import seeds_dir\n"
        "from digest.cli import main\n"
        "assert 'site' in str(seeds_dir()), seeds_dir()\n"
        "sys.exit(main(['sections', str(seeds_dir() / 'idlib-seed.txt'), '--json']))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=elsewhere, env=env)
    assert result.returncode == 0, result.stderr
    assert "Dirty war" in [s["title"] for s in json.loads(result.stdout)["sections"]]
