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


NETWORK = ("http.client", "ssl", "email", "urllib.request", "feedparser", "chardet")
"""The network stack and feed parsing: imported only when a URL or feed is fetched or parsed."""


def _imported_network(code: str) -> list[str]:
    """The modules of :data:`NETWORK` (or below them) that ``code``, run in a fresh interpreter, imported."""
    probe = f"{code}\nimport sys\nprint('imported:', *sorted(m for m in sys.modules if m.startswith({NETWORK!r})))\n"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    return result.stdout.splitlines()[-1].split()[1:]


def test_adding_a_file_imports_no_feed_parser_nor_network(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from digest.cli import main\n"
        f"status = main(['add', 'seeds/idlib-seed.txt', '--workers', '1', '--library', {str(tmp_path / 'l.db')!r}])\n"
        "assert status == 0, status\n"
        "sys.stderr.write(','.join(m for m in sys.modules if m.startswith('digest.core.feeds.refresh')))\n"
    )
    assert _imported_network(code) == []
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stderr.strip() == ""


def test_refusing_a_bad_url_and_listing_import_no_network(tmp_path: Path) -> None:
    library = str(tmp_path / "l.db")
    code = (
        "from digest.cli import main\n"
        f"assert main(['add', 'http://exa mple.com/', 'ftp://example.com/', '--library', {library!r}]) == 2\n"
        f"assert main(['list', '--library', {library!r}]) == 0\n"
        "main(['summary', 'seeds/idlib-seed.txt'])\n"
    )
    assert _imported_network(code) == []


def test_the_apps_modules_import_no_http_client() -> None:
    code = "import digest.cli, digest.commands.read, digest.commands.library_read, digest.ui.app, digest.ui.library_app"
    # asyncio, under Textual, imports ssl itself; nothing of ours may add HTTP, email or feed parsing
    assert [m for m in _imported_network(code) if m.split(".")[0] != "ssl"] == []


def test_fetching_names_still_reach_the_network_stack() -> None:
    assert "http.client" in _imported_network("from digest.core.feeds import FeedError")
