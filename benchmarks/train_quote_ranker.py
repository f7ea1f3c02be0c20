"""Fit the speaker ranker shipped in ``digest/core/quotes/ranker.json`` (a development-time tool).

The rules run over every article of a converted PolNeAR split (../shared/tools/polnear/README.md); each
quotation they leave without a speaker becomes a group of (candidate, features) pairs, labelled with the
PolNeAR scorer's own speaker match against the gold source. Quotations the gold does not hold are kept as
all-negative groups (taking a speaker for them would cost precision); quotations the gold ignores or credits to a
pronoun (any speaker counts there) are left out of the fit. A logistic regression (numpy, L2, Newton steps) is
fitted on TRAIN only; the threshold is the lowest at which the model's additions stay at least ``--precision``
right on DEV together with TRAIN scored out of fold (five folds of articles; a threshold chosen on DEV's few
dozen quotations alone would be luck). PolNeAR's test split is never read.

Run: ``python benchmarks/train_quote_ranker.py /tmp/polnear/train /tmp/polnear/dev [--write]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes import polnear_scorer  # noqa: E402

from digest.core.ingest import load_article  # noqa: E402
from digest.core.quotes import ranker  # noqa: E402
from digest.core.quotes.extract import read_rules  # noqa: E402

MODEL = ROOT / "digest" / "core" / "quotes" / "ranker.json"


@dataclass
class Group:
    """The candidates of one dropped quotation: features, labels, and how the gold counts a choice."""

    x: np.ndarray
    y: np.ndarray
    status: str
    """'named' (a gold quote with a named source), 'any' (gold source a pronoun: any speaker counts), 'none'
    (no gold quote: any speaker is a false positive)."""
    article: int


def _status(score: ModuleType, gold: dict, inner: str) -> tuple[str, dict | None]:
    quotes = [q for q in gold["quotes"] if q["kind"] == "direct"]
    best = max(((score.same_text(q["text"], inner), q) for q in quotes), key=lambda p: p[0], default=(0.0, None))
    if best[0] > 0 and best[1] is not None:
        return ("any" if best[1].get("pronoun") else "named"), best[1]
    others = [q for q in gold["quotes"] if q["kind"] != "direct"]
    ignored = [x for x in gold.get("ignore", []) if x.get("kind") in (None, "any", "direct")]
    if any(score.same_text(q["text"], inner) for q in others) or any(score.inside(x["text"], inner) for x in ignored):
        return "skip", None
    return "none", None


def groups(split: Path, score: ModuleType) -> list[Group]:
    """A group of labelled candidates for each quotation the rules drop in a split."""
    out: list[Group] = []
    for article_number, gold_file in enumerate(sorted((split / "gold").glob("*.json"))):
        gold = json.loads(gold_file.read_text())
        article = load_article(split / "corpus" / gold["file"])
        reader = read_rules([s.text for s in article.sections])
        ranker.with_counts(reader.dropped, reader.found)
        emitted = {(f.section_index, f.start) for f in reader.found if f.kind == "direct"}
        for d in reader.dropped:
            s, e = d.span.inner(len(d.para))
            inner = d.para[s:e].strip(" \t\n,")
            lead = len(d.para[s:e]) - len(d.para[s:e].lstrip(" \t\n,"))
            if not d.candidates or (d.section, d.base + s + lead) in emitted:
                continue
            status, q = _status(score, gold, inner)
            if status == "skip":
                continue
            after = ranker.following(d, reader.found)
            rows, labels = [], []
            for rank, c in enumerate(d.candidates):
                values = ranker.features(d, c, rank, after)
                rows.append([values[name] for name in ranker.FEATURES])
                name = c.actor.root().name if c.actor is not None else c.name
                right = q is not None and (score.same_speaker(q, name) or score.lenient_speaker(q, name))
                labels.append(1.0 if right and status == "named" else 0.0)
            out.append(Group(np.array(rows), np.array(labels), status, article_number))
    return out


def fit(train: list[Group], l2: float) -> tuple[np.ndarray, float]:
    """Logistic regression weights and bias on the groups' pairs (pronoun-sourced groups left out)."""
    used = [g for g in train if g.status != "any"]
    x = np.vstack([g.x for g in used])
    y = np.concatenate([g.y for g in used])
    x1 = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x1.shape[1])
    penalty = np.full(x1.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-np.clip(x1 @ w, -30, 30)))
        grad = x1.T @ (p - y) + penalty * w
        hess = (x1 * (p * (1 - p))[:, None]).T @ x1 + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def additions(groups_: list[Group], w: np.ndarray, b: float) -> list[tuple[float, bool]]:
    """(probability of the best candidate, whether taking it is right) for each group."""
    out = []
    for g in groups_:
        p = 1.0 / (1.0 + np.exp(-np.clip(g.x @ w + b, -30, 30)))
        best = int(np.argmax(p))
        right = g.status == "any" or (g.status == "named" and g.y[best] > 0)
        out.append((float(p[best]), right))
    return out


def out_of_fold(train: list[Group], l2: float, folds: int = 5) -> list[tuple[float, bool]]:
    """Each train group scored by a model fitted on the other folds (articles split by their number)."""
    scored: list[tuple[float, bool]] = []
    for fold in range(folds):
        w, b = fit([g for g in train if g.article % folds != fold], l2)
        scored.extend(additions([g for g in train if g.article % folds == fold], w, b))
    return scored


def threshold_for(scored: list[tuple[float, bool]], precision: float) -> float:
    """The lowest probability at which the additions at or above it are at least ``precision`` right."""
    best = 1.0
    for t in sorted({round(p, 3) for p, _ in scored}, reverse=True):
        taken = [right for p, right in scored if p >= t]
        if taken and sum(taken) / len(taken) >= precision:
            best = t
    return best


def report(name: str, scored: list[tuple[float, bool]], t: float) -> None:
    """Print what the model adds at threshold ``t``."""
    taken = [right for p, right in scored if p >= t]
    right = sum(taken)
    print(f"{name}: {len(scored)} dropped quotations; at {t:.3f} the model takes {len(taken)}, {right} right")


def main() -> int:
    """Fit on train, choose the threshold on dev, print, and write the model with ``--write``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train", type=Path)
    parser.add_argument("dev", type=Path)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--precision", type=float, default=0.85)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if "test" in (args.train.name, args.dev.name):
        print("PolNeAR's test split is kept back: never fit or tune on it", file=sys.stderr)
        return 2
    score = polnear_scorer()
    if score is None:
        print("no PolNeAR scorer beside this clone (../shared/tools/polnear)", file=sys.stderr)
        return 2
    train, dev = groups(args.train, score), groups(args.dev, score)
    w, b = fit(train, args.l2)
    dev_scored = additions(dev, w, b)
    held = out_of_fold(train, args.l2)
    t = threshold_for(held + dev_scored, args.precision)
    report("train (fitted on)", additions(train, w, b), t)
    report("train, out of fold", held, t)
    report("dev", dev_scored, t)
    for probe in (0.5, 0.6, 0.7, 0.8, 0.9):
        report(f"dev at {probe}", dev_scored, probe)
    for name, weight in sorted(zip(ranker.FEATURES, w, strict=True), key=lambda p: -abs(p[1])):
        print(f"{weight:+.3f} {name}")
    if args.write:
        model = {
            "about": "speaker ranker for quotations the rules leave unattributed; benchmarks/train_quote_ranker.py",
            "fitted_on": "PolNeAR train; threshold chosen on PolNeAR dev with train scored out of fold",
            "features": list(ranker.FEATURES),
            "weights": [round(float(x), 6) for x in w],
            "bias": round(b, 6),
            "threshold": t,
        }
        MODEL.write_text(json.dumps(model, indent=1) + "\n")
        print(f"wrote {MODEL}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
