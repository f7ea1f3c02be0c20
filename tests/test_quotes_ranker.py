"""The learned last resort (``quotes/ranker.py``): quotations the rules leave without a speaker, on texts of our
own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes
from digest.core.quotes.extract import read_article, read_rules
from digest.core.quotes.ranker import FEATURES, MOST_DROPPED, Model, load_model

ROOT = Path(__file__).resolve().parent.parent

# a fragment after a relative clause on its subject: no cue rule reads it, the model does
RELATIVE = (
    "Mayor Tom Reed spoke at the library on Monday.\n\n"
    'Reed, who has led the city since 2019, wants the new bridge finished "before the snow comes, whatever it costs."'
)


def _quotes(text: str, model: Model | None) -> list[tuple[str, str]]:
    found, _ = read_article([text], model)
    return [(f.actor.root().name, f.text) for f in found if f.kind == "direct"]


def test_the_shipped_model_loads_and_is_small() -> None:
    model = load_model()
    assert model is not None, "ranker.json is missing or was fitted on other features"
    assert len(model.weights) == len(FEATURES)
    assert 0.5 <= model.threshold < 1.0
    assert (ROOT / "digest" / "core" / "quotes" / "ranker.json").stat().st_size < 50_000


def test_the_model_attributes_a_fragment_the_rules_leave() -> None:
    assert _quotes(RELATIVE, None) == []
    assert _quotes(RELATIVE, load_model()) == [("Tom Reed", "before the snow comes, whatever it costs.")]
    # and through the public interface
    report = extract_quotes(Article("t", "test", (Section(None, RELATIVE),)))
    assert [(q.speaker, q.kind) for q in report.quotes] == [("Mayor Tom Reed", "direct")]
    assert [a.name for a in report.actors] == ["Mayor Tom Reed"]


def test_below_its_threshold_the_model_abstains() -> None:
    model = load_model()
    assert model is not None
    unsure = Model(model.weights, model.bias, threshold=1.01)
    assert _quotes(RELATIVE, unsure) == []


def test_a_term_in_quotation_marks_gets_no_speaker() -> None:
    for text in (
        'The so-called "smart" meters arrived in March.',
        'The council met on Monday. The "green corridor" plan was approved.',
    ):
        assert _quotes(text, load_model()) == []


def test_the_model_is_deterministic() -> None:
    model = load_model()
    assert _quotes(RELATIVE * 3, model) == _quotes(RELATIVE * 3, model)


def test_unattributed_quotations_kept_for_the_model_are_bounded() -> None:
    text = " ".join('The "widget" shipped.' for _ in range(MOST_DROPPED + 200))
    reader = read_rules([text])
    assert len(reader.dropped) == MOST_DROPPED


def test_the_training_script_refuses_the_kept_back_split(tmp_path: Path) -> None:
    script = ROOT / "benchmarks" / "train_quote_ranker.py"
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "train"), str(tmp_path / "test")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "kept back" in done.stderr
