"""Quoted stretches that are not speech: what digest lists, and two ways to stop listing them (a study).

For every top-level quotation of every development article (the invented sets and converted PolNeAR splits
given), the script records its gold label (a gold direct quote, a gold ``not_quotes`` stretch, or neither) and
whether digest lists it as a direct quote (and with the right speaker), with the features of
``digest.core.quotes.notquote.features``. It prints, per set, the not_quotes digest lists (precision errors)
and the true direct quotes it lists. Then it measures two routes for dropping listed not_quotes, each held out
one set at a time (leave-one-set-out over the invented sets: each set has its own author):

(a) a logistic regression over the features (numpy, L2, Newton steps; deterministic), fitted on the other sets
    and PolNeAR train (whose gold lists quoted titles inside a source's words as that source's quotes), with its
    threshold chosen on their out-of-fold scores: the lowest probability at which the invented not_quotes dropped
    are at least ``--ratio`` per invented true quote lost and PolNeAR train loses at most :data:`NEWS_SHARE` of
    its listed direct quotes;
(b) the best rule written for the class (:func:`rule_b`, over the same features; not fitted, but written after
    reading the errors of every set, so its tally flatters it).

PolNeAR train is held out a fifth at a time, and dev is scored with the model fitted on everything else.
``--write FILE`` writes the weights fitted on all invented sets and PolNeAR train (the shipped
``digest/core/quotes/notquote_model.py``). Run from a worktree root:
``python benchmarks/notquote_study.py --dirs /tmp/tools/dirs33 [--write digest/core/quotes/notquote_model.py]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quotes import polnear_scorer  # noqa: E402

from digest.core.ingest import load_article  # noqa: E402
from digest.core.quotes import extract_quotes, notquote  # noqa: E402
from digest.core.quotes.marks import find_marks  # noqa: E402
from digest.core.quotes.notquote import _sentence_around, features  # noqa: E402
from digest.core.quotes.segment import paragraphs  # noqa: E402

SCORER = polnear_scorer()
POLNEAR = ("dev", "train")
"""The converted PolNeAR splits (by folder name)."""
NEWS_SHARE = 0.0025
"""The most of PolNeAR's listed direct quotes a threshold may drop (about 0.0015 of its attributed F1)."""


def _label(text: str, gold: dict[str, object]) -> str:
    assert SCORER is not None
    if any(q["kind"] == "direct" and SCORER.same_text(q["text"], text) for q in gold["quotes"]):  # type: ignore[index,union-attr]
        return "direct"
    if any(SCORER.same_text(n, text) for n in gold.get("not_quotes", [])):  # type: ignore[union-attr]
        return "not_quote"
    return "neither"


def _right_speaker(text: str, speaker: str, gold: dict[str, object]) -> bool:
    assert SCORER is not None
    for q in gold["quotes"]:  # type: ignore[union-attr]
        if q["kind"] == "direct" and SCORER.same_text(q["text"], text):
            return bool(SCORER.same_speaker(q, speaker) or SCORER.lenient_speaker(q, speaker))
    return False


def rows_of(folder: Path) -> list[dict[str, object]]:
    """One row per top-level quotation of each article of ``folder``: set, file, text, label, listed, features."""
    rows: list[dict[str, object]] = []
    for gf in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gf.read_text())
        article = load_article(folder / "corpus" / gold["file"])
        listed = {(q.section_index, q.start): q for q in extract_quotes(article).quotes if q.kind == "direct"}
        for si, section in enumerate(article.sections):
            text = section.text
            for ps, pe in paragraphs(text):
                para = text[ps:pe]
                for span in find_marks(para):
                    s, e = span.inner(len(para))
                    while s < e and para[s] in " \t\n,":
                        s += 1
                    while e > s and para[e - 1] in " \t\n,":
                        e -= 1
                    if e <= s:
                        continue
                    q = listed.get((si, ps + s))
                    inner = para[s:e]
                    rows.append(
                        {
                            "set": folder.name,
                            "file": gold["file"],
                            "text": inner,
                            "label": _label(inner, gold),
                            "listed": q is not None,
                            "right": q is not None and _right_speaker(inner, q.speaker, gold),
                            "f": features(text, ps + s, ps + e),
                            "ctx": _sentence_around(text, ps + s, ps + e),
                            "speaker": q.speaker if q is not None else None,
                        }
                    )
    return rows


def tally(rows: list[dict[str, object]]) -> None:
    """Per set: listed not_quotes (errors), listed true quotes, all not_quotes, and listed 'neither'."""
    by_set: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        c = by_set[str(r["set"])]
        c[f"{r['label']}"] += 1
        if r["listed"]:
            c[f"listed_{r['label']}"] += 1
    total: Counter[str] = Counter()
    print(f"{'set':<10} {'notq':>5} {'listedNQ':>8} {'direct':>6} {'listedD':>7} {'listedNeither':>13}")
    for name, c in sorted(by_set.items()):
        total.update(c)
        print(
            f"{name:<10} {c['not_quote']:>5} {c['listed_not_quote']:>8} {c['direct']:>6} {c['listed_direct']:>7}"
            f" {c['listed_neither']:>13}"
        )
    c = total
    print(
        f"{'total':<10} {c['not_quote']:>5} {c['listed_not_quote']:>8} {c['direct']:>6} {c['listed_direct']:>7}"
        f" {c['listed_neither']:>13}"
    )


def _matrix(rows: list[dict[str, object]], names: list[str]) -> np.ndarray:
    return np.array([[1.0] + [float(r["f"][k]) for k in names] for r in rows])  # type: ignore[index]


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 25) -> np.ndarray:
    """Logistic regression by Newton steps with an L2 penalty (not on the bias): deterministic."""
    w = np.zeros(x.shape[1])
    reg = np.eye(x.shape[1]) * l2
    reg[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + reg @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + reg + np.eye(x.shape[1]) * 1e-6
        w -= np.linalg.solve(hess, grad)
    return w


def choose_threshold(p: np.ndarray, y: np.ndarray, lost_weight: np.ndarray, news: np.ndarray, ratio: float) -> float:
    """The lowest probability (of not speech) whose drops hold at least ``ratio`` invented not_quotes per invented
    gold direct quote lost, while the PolNeAR direct quotes lost (``news``) stay under :data:`NEWS_SHARE` of those
    listed; 1.01 (drop nothing) when no threshold does."""
    order = np.argsort(-p, kind="stable")
    gained = np.cumsum((y[order] == 1) & ~news[order])
    lost = np.cumsum(lost_weight[order] & ~news[order])
    news_lost = np.cumsum(lost_weight[order] & news[order])
    ok = (gained >= 3) & (gained >= ratio * np.maximum(lost, 0.5))
    ok &= news_lost <= NEWS_SHARE * max(1, int((lost_weight & news).sum()))
    # a cut falls only between distinct probabilities
    last_of_value = np.append(p[order][1:] != p[order][:-1], True)
    good = np.nonzero(ok & last_of_value)[0]
    return float(p[order][good[-1]]) if len(good) else 1.01


def _train_rows(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return [r for r in rows if r["listed"] and r["label"] in ("direct", "not_quote")]


def _group(r: dict[str, object]) -> str:
    """The held-out unit of a row: its invented set, or one of five groups of a PolNeAR split's articles."""
    name = str(r["set"])
    if name in POLNEAR:
        return f"{name}{sum(map(ord, str(r['file']))) % 5}"
    return name


def _prob(w: np.ndarray, rows: list[dict[str, object]], names: list[str]) -> np.ndarray:
    return np.asarray(1 / (1 + np.exp(-(_matrix(rows, names) @ w))))


def _fit_rows(rows: list[dict[str, object]], names: list[str], l2: float) -> np.ndarray:
    return fit(_matrix(rows, names), np.array([r["label"] == "not_quote" for r in rows], dtype=float), l2)


def fit_all(rows: list[dict[str, object]], names: list[str], l2: float, ratio: float) -> tuple[np.ndarray, float]:
    """Weights fitted on the listed direct / not_quote ``rows``, and a threshold chosen on their out-of-fold
    probabilities (five folds of held-out units)."""
    listed = _train_rows(rows)
    units = sorted({_group(r) for r in listed})
    fold = {u: i % 5 for i, u in enumerate(units)}
    oof = np.zeros(len(listed))
    for k in range(5):
        idx = [i for i, r in enumerate(listed) if fold[_group(r)] == k]
        w = _fit_rows([r for r in listed if fold[_group(r)] != k], names, l2)
        oof[idx] = _prob(w, [listed[i] for i in idx], names)
    y = np.array([r["label"] == "not_quote" for r in listed], dtype=float)
    news = np.array([str(r["set"]) in POLNEAR for r in listed])
    t = choose_threshold(oof, y, np.array([r["label"] == "direct" for r in listed]), news, ratio)
    return _fit_rows(listed, names, l2), t


def _drops(w: np.ndarray, t: float, rows: list[dict[str, object]], names: list[str]) -> Counter[str]:
    test = [r for r in rows if r["listed"]]
    c: Counter[str] = Counter()
    for r, p in zip(test, _prob(w, test, names) if test else [], strict=True):
        if p >= t:
            c[f"drop_{r['label']}"] += 1
            c["drop_right"] += int(bool(r["right"]))
    return c


def loso(rows: list[dict[str, object]], names: list[str], ratio: float, l2: float) -> None:
    """Route (a) with each held-out unit (an invented set; a fifth of PolNeAR train) left out of both the fit and
    the threshold's choice; prints the drops per held-out unit and summed."""
    got: dict[str, Counter[str]] = defaultdict(Counter)
    for held in sorted({_group(r) for r in rows}):
        w, t = fit_all([r for r in rows if _group(r) != held], names, l2, ratio)
        c = _drops(w, t, [r for r in rows if _group(r) == held], names)
        got["PolNeAR train" if held.startswith("train") else "invented"].update(c)
        print(f"  {held:<10} t={t:.3f} {dict(c)}", flush=True)
    for name, c in got.items():
        print(f"LOSO (a) logistic, {name} held out: {dict(c)}")


def _module_text(w: np.ndarray, t: float, names: list[str]) -> str:
    weights = "".join(f'    "{k}": {float(x):.4f},\n' for k, x in zip(names, w[1:], strict=True))
    return (
        '"""The weights of ``notquote.not_speech``: written by ``benchmarks/notquote_study.py --write`` (a logistic '
        'regression\nfitted on the invented sets\' gold and PolNeAR train\'s; do not edit by hand)."""\n\n'
        f"BIAS = {float(w[0]):.4f}\nTHRESHOLD = {t:.4f}\n"
        '"""The probability of not speech at which a quoted stretch is not listed (1.01: never)."""\n'
        f"WEIGHTS: dict[str, float] = {{\n{weights}}}\n"
    )


def rule_b(f: dict[str, float]) -> bool:
    """Route (b), the best rule found for the class: a stretch of at most six words in a title's capitals, not
    opening its sentence, after a determiner, a naming word or a preposition ('its "Feels Like" temperature',
    'refer to the shed as "the Graveyard"'), with no sentence's end or 'I'/'you' inside and no verb of speech or
    'he'/'she' right after it."""
    title = f["title_cased"] and f["cap_mid"] and not f["seven_plus"] and not f["end_stop"] and not f["first_second"]
    after = f["prev_determiner"] or f["prev_labelling"] or f["prev_preposition"]
    return bool(title and after and not f["next_speech"] and not f["pronoun_after"])


def rule_tally(rows: list[dict[str, object]]) -> None:
    """Route (b) on every set (unfitted: each set is as held out as any other, though the rule was written after
    reading the errors of all of them)."""
    c: Counter[str] = Counter()
    for r in rows:
        if r["listed"] and rule_b(r["f"]):  # type: ignore[arg-type]
            where = f"PolNeAR {r['set']}" if str(r["set"]) in POLNEAR else "invented"
            c[f"{where} drop_{r['label']}"] += 1
            c[f"{where} drop_right"] += int(bool(r["right"]))
    print(f"(b) rule: {dict(sorted(c.items()))}")


def main() -> None:
    """Collect, tally, and measure the routes."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("--dirs", dest="dirs_file")
    ap.add_argument("--cache", default="/tmp/notquote_rows.jsonl")
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--ratio", type=float, default=4.0)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--write")
    ap.add_argument("--no-loso", action="store_true")
    args = ap.parse_args()
    dirs = list(args.dirs)
    if args.dirs_file:
        dirs += [line.strip().rstrip("/") for line in Path(args.dirs_file).read_text().splitlines() if line.strip()]
    cache = Path(args.cache)
    if args.reuse and cache.is_file():
        rows = [json.loads(line) for line in cache.open()]
    else:
        notquote.THRESHOLD = 1.01  # digest's listing without the shipped model
        rows = [r for d in dirs for r in rows_of(Path(d))]
        with cache.open("w") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    tally(rows)
    names = sorted(rows[0]["f"])  # type: ignore[arg-type]
    fitted = [r for r in rows if str(r["set"]) != "dev"]
    if not args.no_loso:
        loso(fitted, names, args.ratio, args.l2)
    w, t = fit_all(fitted, names, args.l2, args.ratio)
    dev = _drops(w, t, [r for r in rows if r["set"] == "dev"], names)
    print(f"(a) fitted on all invented sets and PolNeAR train (t={t:.3f}), on PolNeAR dev: {dict(dev)}")
    rule_tally(rows)
    if args.write:
        Path(args.write).write_text(_module_text(w, t, names))


if __name__ == "__main__":
    main()
