"""The core never imports textual or rich: each core module is imported in a fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import digest.core
from tests.conftest import ROOT


def core_modules() -> list[str]:
    """Every module under digest.core."""
    prefix = "digest.core."
    return ["digest.core"] + [m.name for m in pkgutil.walk_packages(digest.core.__path__, prefix)]


def test_core_does_not_import_textual_or_rich() -> None:
    modules = core_modules()
    assert len(modules) > 5
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "", f"core pulled in: {result.stdout}"


def test_commands_for_scripts_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        "from digest.cli import main\n"
        "main(['sections', 'seeds/idlib-seed.txt', '--json'])\n"
        "sys.stderr.write(','.join(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stderr.strip() == ""


def test_adding_a_file_imports_no_feed_parser(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from digest.cli import main\n"
        f"status = main(['add', 'seeds/idlib-seed.txt', '--workers', '1', '--library', {str(tmp_path / 'l.db')!r}])\n"
        "assert status == 0, status\n"
        "sys.stderr.write(','.join(m for m in sys.modules if m.split('.')[0] in {'feedparser', 'chardet'}"
        " or m.startswith('digest.core.feeds.refresh')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stderr.strip() == ""
