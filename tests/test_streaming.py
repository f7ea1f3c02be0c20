"""Commands that stream: JSON arrays printed item by item, and 'digest list | head' stopping early."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from digest.commands.output import dump_json, stream_json_array
from digest.core.ingest import load_article
from digest.core.store import Library
from tests.conftest import ROOT, SEEDS


@pytest.mark.parametrize(
    "items",
    [[], [{}], [1, "two\nlines", None], [{"title": "Ça va", "tags": ["a", {"b": []}]}, {"id": 2, "x": [1, 2]}]],
)
def test_streamed_json_array_prints_what_dump_json_prints(items: list[object], monkeypatch: pytest.MonkeyPatch) -> None:
    printed = []
    for write in (dump_json, lambda value: stream_json_array(iter(value))):
        monkeypatch.setattr(sys, "stdout", io.StringIO())
        write(items)
        printed.append(sys.stdout.getvalue())
    assert printed[0] == printed[1]


def test_list_piped_into_head_stops_early_without_an_error(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    article = load_article(SEEDS / "idlib-seed.txt")
    with Library(path) as library:
        analysis = library.analyse(article)
        with library.transaction():
            for number in range(3000):
                library.save(f"k{number}", article, analysis)
    command = f"{sys.executable} -m digest list --library {path} | head -n 3"
    done = subprocess.run(["sh", "-c", command], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.stdout.count("\n") == 3 and article.title in done.stdout
    assert done.stderr == ""
