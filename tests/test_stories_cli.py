"""``digest stories`` on the command line: JSON contract, text output, errors; dev-corpus grouping quality."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digest.cli import main
from tests.conftest import ROOT
from tests.test_stories import QUAKE_2008, QUAKE_2013

ECB = ROOT.parent / "shared" / "stories" / "ecbplus-dev"


def write_articles(folder: Path) -> list[Path]:
    paths = []
    for number, item in enumerate([*QUAKE_2008, *QUAKE_2013]):
        path = folder / f"a{number}.txt"
        path.write_text(item.title + "\n\n" + item.text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = write_articles(tmp_path)
    assert main(["stories", *map(str, paths), "--json", "--sentences", "2"]) == 0
    document = json.loads(capsys.readouterr().out)
    stories = document["stories"]
    assert [len(s["articles"]) for s in stories] == [3, 2]
    first = stories[0]
    assert {"id", "title", "articles", "summary", "actors", "quotes"} <= first.keys()
    assert [a["source"] for a in first["articles"]] == [str(p) for p in paths[:3]]
    assert all({"source", "title", "url"} <= a.keys() for a in first["articles"])
    assert len(first["summary"]) == 2 and all(isinstance(s, str) for s in first["summary"])
    assert set(first["summary_sources"]) <= {str(p) for p in paths[:3]}
    for quote in first["quotes"]:
        assert {"speaker", "text", "kind", "source"} <= quote.keys()
    for actor in first["actors"]:
        assert {"name", "role", "quotes"} <= actor.keys()


def test_text_output_names_every_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = write_articles(tmp_path)
    assert main(["stories", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Summary:" in out
    assert all(str(p) in out for p in paths)


def test_bad_input_is_one_line_and_the_rest_is_grouped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = write_articles(tmp_path)
    missing = tmp_path / "missing.txt"
    assert main(["stories", str(missing), *map(str, paths), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip().count("\n") == 0 and str(missing) in captured.err
    assert len(json.loads(captured.out)["stories"]) == 2


@pytest.mark.parametrize(
    "arguments", [["--sentences", "0"], ["--since", "1d"], [], ["--library", "--since", "yesterday"]]
)
def test_bad_options_exit_2(tmp_path: Path, arguments: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    paths = [] if "--library" in arguments or not arguments else [str(p) for p in write_articles(tmp_path)]
    assert main(["stories", *paths, *arguments]) == 2
    assert capsys.readouterr().err.startswith("digest: ")


def test_library_stories(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = tmp_path / "lib.sqlite3"
    paths = write_articles(tmp_path)
    assert main(["--library", str(library), "add", *map(str, paths)]) == 0
    capsys.readouterr()
    assert main(["--library", str(library), "stories", "--library", "--since", "1d", "--json"]) == 0
    stories = json.loads(capsys.readouterr().out)["stories"]
    assert [len(s["articles"]) for s in stories] == [3, 2]
    assert all(s["newest"] for s in stories)


def bcubed(predicted: list[int], gold: list[str]) -> float:
    n = len(gold)
    precision = recall = 0.0
    for i in range(n):
        same_pred = [j for j in range(n) if predicted[j] == predicted[i]]
        same_gold = [j for j in range(n) if gold[j] == gold[i]]
        precision += sum(gold[j] == gold[i] for j in same_pred) / len(same_pred)
        recall += sum(predicted[j] == predicted[i] for j in same_gold) / len(same_gold)
    precision, recall = precision / n, recall / n
    return 2 * precision * recall / (precision + recall)


@pytest.mark.skipif(not ECB.is_dir(), reason="../shared/stories is not beside this clone")
def test_dev_grouping_beats_the_word_only_baseline() -> None:
    from digest.core.ingest import load_article
    from digest.core.stories import Settings
    from digest.core.stories.features import article_features
    from digest.core.stories.grouping import group

    gold_of = json.loads((ECB / "stories.json").read_text())
    names = sorted(gold_of)
    articles = [load_article(ECB / name) for name in names]
    features = [article_features(a.title, a.text) for a in articles]
    gold = [gold_of[name] for name in names]
    ours = bcubed(group(features), gold)
    words_only = bcubed(
        group(
            features,
            Settings(weights=(("w", 1.0),), year_penalty=0.0, names_penalty=0.0, threshold=0.2, strict_threshold=0.2),
        ),
        gold,
    )
    assert ours > words_only
    assert ours >= 0.88


def test_export_library_by_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = tmp_path / "lib.sqlite3"
    paths = write_articles(tmp_path)
    assert main(["--library", str(library), "add", *map(str, paths)]) == 0
    out = tmp_path / "digest.md"
    assert main(["export", "--library", str(library), "--by-story", "-o", str(out), "--date", "2025-01-01"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "2 stories from 5 articles" in text
    assert text.count("\n## ") == 2 and text.count("### Summary") == 2 and text.count("### Articles") == 2
    first, second = text.split("\n## ")[1:]
    assert all(a.title in first for a in QUAKE_2008) and all(a.title in second for a in QUAKE_2013)
    assert "Anna Petrak" in first
    capsys.readouterr()
    assert main(["export", str(paths[0]), "--by-story"]) == 2
    assert "--by-story" in capsys.readouterr().err
