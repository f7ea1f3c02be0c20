"""The library commands: add, list, search, remove, import-opml / export-opml, and ``digest`` alone."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from digest.cli import main
from tests.conftest import ROOT, SEEDS


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    return json.loads(capsys.readouterr().out)


def test_add_list_search_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["add", str(SEEDS), "--json"]) == 0
    added = _json(capsys)
    assert isinstance(added, dict) and added["new"] == len(list(SEEDS.glob("*.txt")) + list(SEEDS.glob("*.html")))
    assert main(["list", "--json"]) == 0
    rows = _json(capsys)
    assert isinstance(rows, list) and all(r["read"] is False for r in rows) and len(rows) == added["new"]
    assert main(["search", "Idlib", "--json"]) == 0
    hits = _json(capsys)
    assert isinstance(hits, list) and hits and "Idlib" in hits[0]["snippet"]
    assert main(["remove", str(hits[0]["id"])]) == 0
    assert f"removed article {hits[0]['id']}" in capsys.readouterr().out
    assert main(["list", "--json"]) == 0
    assert len(_json(capsys)) == len(rows) - 1  # type: ignore[arg-type]
    assert main(["remove", "999999", "/no/such/file"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "999999" in err and "Traceback" not in err


def test_add_reports_bad_files_and_keeps_the_good(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text("A title\n\nThe council said the budget would pass on Monday.\n")
    assert main(["add", str(tmp_path / "empty.txt"), str(tmp_path / "good.txt"), str(tmp_path / "missing")]) == 2
    captured = capsys.readouterr()
    assert "empty.txt" in captured.err and "missing" in captured.err and "Traceback" not in captured.err
    assert main(["list", "--json"]) == 0
    assert [r["title"] for r in _json(capsys)] == ["A title"]  # type: ignore[union-attr]


def test_library_option_global_or_per_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert main(["--library", str(one), "add", str(SEEDS / "idlib-seed.txt")]) == 0
    assert main(["add", str(SEEDS / "idlib-seed.txt"), "--library", str(two)]) == 0
    capsys.readouterr()
    for path in (one, two):
        assert main(["list", "--json", "--library", str(path)]) == 0
        assert len(_json(capsys)) == 1  # type: ignore[arg-type]
    assert main(["list", "--json"]) == 0
    assert _json(capsys) == []


def test_list_unread_and_starred_filters(capsys: pytest.CaptureFixture[str]) -> None:
    from digest.core.store import open_default_library

    main(["add", str(SEEDS)])
    with open_default_library() as library:
        rows = library.rows()
        library.mark_read([rows[0].id])
        library.set_starred([rows[-1].id])
    capsys.readouterr()
    main(["list", "--unread", "--json"])
    assert rows[0].id not in [r["id"] for r in _json(capsys)]  # type: ignore[union-attr]
    main(["list", "--starred", "--json"])
    assert [r["id"] for r in _json(capsys)] == [rows[-1].id]  # type: ignore[union-attr]


def test_opml_import_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="A" xmlUrl="https://a.example/rss"/>'
        '<outline text="B" xmlUrl="http://b.example/atom"/>'
        '<outline text="C" xmlUrl="javascript:alert(1)"/></body></opml>'
    )
    assert main(["import-opml", str(opml)]) == 2  # the javascript: outline is refused, the others kept
    assert "javascript" in capsys.readouterr().err
    assert main(["import-opml", str(opml)]) == 2
    out = tmp_path / "out.opml"
    assert main(["export-opml", str(out)]) == 0
    text = out.read_text()
    assert text.count("<outline") == 2 and "https://a.example/rss" in text and 'text="A"' in text
    (tmp_path / "bad.opml").write_text("<html>")
    assert main(["import-opml", str(tmp_path / "bad.opml")]) == 2
    assert "bad.opml" in capsys.readouterr().err


def test_digest_alone_opens_the_library_when_it_has_articles(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], _tmp_library: Path
) -> None:
    from digest.commands import library_read
    from digest.core.store import library_is_empty

    opened: list[str] = []
    monkeypatch.setattr(library_read, "run_library_app", lambda path, theme=None: opened.append(path) or 0)
    assert library_is_empty()
    assert library_read.open_library_if_any(argparse.Namespace()) is None
    assert opened == []
    main(["add", str(SEEDS / "polygraph-al-tanf-rukban.html")])
    assert not library_is_empty()
    assert main([]) == 0
    assert opened == [str(_tmp_library)]


def test_digest_alone_opens_the_library_without_parsing_arguments(_tmp_library: Path) -> None:
    main(["add", str(SEEDS / "idlib-seed.txt")])
    code = (
        "import sys\n"
        "from digest.commands import library_read\n"
        "library_read.run_library_app = lambda path, theme=None: print(path, 'argparse' in sys.modules) or 0\n"
        "from digest.cli import main\n"
        "sys.exit(main([]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.split() == [str(_tmp_library), "False"]


def test_library_commands_for_scripts_do_not_import_textual(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from digest.cli import main\n"
        f"main(['--library', {str(tmp_path / 'l.db')!r}, 'add', 'seeds/idlib-seed.txt'])\n"
        f"main(['--library', {str(tmp_path / 'l.db')!r}, 'search', 'Idlib', '--json'])\n"
        f"main(['--library', {str(tmp_path / 'l.db')!r}, 'list', '--json'])\n"
        "sys.stderr.write(','.join(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stderr.strip() == ""


HEAVY = ("textual", "rich", "numpy", "scipy", "lxml", "trafilatura", "platformdirs", "hashlib")
"""Packages ``digest list --library PATH`` must not import (nor the analysis parts of digest below)."""

ANALYSIS = ("digest.core.summarize", "digest.core.quotes", "digest.core.stories", "digest.core.ingest", "digest.ui")

ROW_OBJECTS = ("dataclasses", "inspect", "json", "typing")
"""What ``digest list`` (text, not ``--json``) has no use for: the data model's data classes, JSON and typing,
whose imports cost more than its query."""

STORE_BEYOND_THE_LIST = ("digest.core.model", "digest.core.store.articles", "digest.core.store.cache")


def test_opml_commands_import_neither_the_network_stack_nor_the_analysis(tmp_path: Path) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text('<opml version="2.0"><body><outline xmlUrl="https://a.example/rss"/></body></opml>')
    library = str(tmp_path / "l.db")
    code = (
        "import sys\n"
        "from digest.cli import main\n"
        f"main(['--library', {library!r}, 'import-opml', {str(opml)!r}])\n"
        f"main(['--library', {library!r}, 'export-opml', {str(tmp_path / 'out.opml')!r}])\n"
        "sys.stderr.write(','.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    imported = result.stderr.strip().split(",")
    assert "a.example/rss" in (tmp_path / "out.opml").read_text()
    assert [m for m in imported if m in {"http.client", "ssl", "socket"} or m.startswith(ANALYSIS)] == []


def test_list_imports_only_what_it_needs(tmp_path: Path) -> None:
    library = tmp_path / "l.db"
    main(["--library", str(library), "add", str(SEEDS / "idlib-seed.txt")])
    code = (
        "import runpy, sys\n"
        f"sys.argv = ['digest', 'list', '--library', {str(library)!r}]\n"
        "try:\n    runpy.run_module('digest', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(','.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "Turkey" in result.stdout
    imported = result.stderr.strip().split(",")
    assert "digest.core.store.library" in imported
    assert [m for m in imported if m.split(".")[0] in HEAVY or m.startswith(ANALYSIS)] == []
    assert [m for m in imported if m.split(".")[0] in ROW_OBJECTS or m.startswith(STORE_BEYOND_THE_LIST)] == []
