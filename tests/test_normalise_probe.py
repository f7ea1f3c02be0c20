"""benchmarks/normalise_probe.py: a probe's gold brought to the scorer's conventions without reading it."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.normalise_probe import normalise

TEXT = (
    'Harbour vote\n\nTom Vale said the bridge would close and that the ferry would run. Ann Pike called it "a mess".\n'
)


def _probe(root: Path) -> None:
    (root / "corpus").mkdir(parents=True)
    (root / "gold").mkdir()
    (root / "corpus" / "a.txt").write_text(TEXT, encoding="utf-8")
    quotes = [
        {"speaker": "Tom Vale", "text": "the bridge would close", "kind": "indirect"},
        {"speaker": "Tom Vale", "text": "the ferry would run", "kind": "indirect"},
        {"speaker": "Ann Pike", "text": "a mess", "kind": "direct"},
    ]
    gold = {"file": "a.txt", "quotes": quotes, "not_quotes": [{"text": "Harbour"}], "ignore": []}
    (root / "gold" / "a.json").write_text(json.dumps(gold), encoding="utf-8")


def test_coordinated_clauses_merge_and_not_quotes_become_strings(tmp_path: Path) -> None:
    _probe(tmp_path / "src")
    assert normalise(tmp_path / "src", tmp_path / "dst", mixed=False) == (1, 0)
    gold = json.loads((tmp_path / "dst" / "gold" / "a.json").read_text(encoding="utf-8"))
    reported = [q["text"] for q in gold["quotes"] if q["kind"] == "indirect"]
    assert reported == ["the bridge would close and that the ferry would run"]
    assert gold["not_quotes"] == ["Harbour"]


def test_mixed_ignores_the_sentence_around_a_direct_quote(tmp_path: Path) -> None:
    _probe(tmp_path / "src")
    assert normalise(tmp_path / "src", tmp_path / "dst", mixed=True) == (1, 1)
    gold = json.loads((tmp_path / "dst" / "gold" / "a.json").read_text(encoding="utf-8"))
    assert gold["ignore"] == [{"text": 'Ann Pike called it "a mess".', "kind": "indirect", "why": "mixed"}]
