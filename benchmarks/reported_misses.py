"""Why reported speech is missed or wrongly found: gold reported clauses of a converted PolNeAR split that
``digest`` misses, and its reported clauses the gold does not hold, counted by cause.

A development tool (it reads a converted split, see ../shared/tools/polnear/README.md; never the test split).
Misses:

- ``edge``: a reported clause of ours overlaps the gold one, but their words differ too much for the scorer
  (the clause starts or ends elsewhere); counted by which end differs (gold offsets are moved onto the
  section text by finding the clause's words there: the converted file's title line is not in the sections);
- ``taken as direct``: a direct quote of ours overlaps it;
- ``cue found, speaker refused``: a cue's clause overlaps it, but its speaker phrase is no mention;
- ``cue found, speaker unresolved``: the speaker is a mention (mostly a pronoun) no actor was found for;
- ``cue found, dropped``: found and resolved, then left out (a quotation inside it, or a later cue cut it);
- ``no cue``: no cue found a clause there (by where the gold cue stands);
- ``wrong speaker``: the text matches, the speaker does not.

False positives: ``edge`` (it overlaps a gold reported clause), ``overlaps direct``, or ``no gold`` by the rule
that found the speaker (``reported``, ``trailing``, ``according``, ...).

Run: ``python benchmarks/reported_misses.py /tmp/polnear/train [--show CAUSE] [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes import polnear_scorer  # noqa: E402

from digest.core.ingest import load_article  # noqa: E402
from digest.core.quotes import actors, extract, extract_quotes, report_owners  # noqa: E402
from digest.core.quotes.cue import Report  # noqa: E402
from digest.core.quotes.reported import report_mention  # noqa: E402
from digest.core.quotes.tokens import Tok  # noqa: E402

_EDGE_SLACK = 2


class _Watch:
    """Every reported clause the cues find and every actor resolution, in article offsets."""

    def __init__(self) -> None:
        self.base = 0
        self.para = ""
        self.reports: list[tuple[int, str, list[Tok], Report]] = []
        self.resolved: dict[int, bool] = {}

    def install(self) -> None:
        paragraph, find, resolve = extract._Reader.paragraph, report_owners.find_reports, actors.Registry.resolve

        def on_paragraph(reader: Any, para: str, base: int, section: int, credit: str = "") -> None:
            self.base, self.para = base, para
            paragraph(reader, para, base, section, credit)

        def on_find(tokens: list[Tok], lo: int, hi: int, cues: list[int] | None = None) -> list[Report]:
            found = find(tokens, lo, hi, cues)
            self.reports.extend((self.base, self.para, tokens, r) for r in found)
            return found

        def on_resolve(registry: Any, mention: Any, sentence: int, *args: Any, **kwargs: Any) -> Any:
            actor = resolve(registry, mention, sentence, *args, **kwargs)
            pos = kwargs.get("pos", args[1] if len(args) > 1 else None)
            if pos is not None:
                self.resolved[self.base + pos] = actor is not None
            return actor

        extract._Reader.paragraph = on_paragraph  # type: ignore[method-assign]
        report_owners.find_reports = on_find
        actors.Registry.resolve = on_resolve  # type: ignore[method-assign]


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


def _edge(pred: dict[str, Any], gold: dict[str, Any]) -> str:
    start = (
        "early"
        if pred["start"] < gold["start"] - _EDGE_SLACK
        else "late"
        if pred["start"] > gold["start"] + _EDGE_SLACK
        else "ok"
    )
    end = (
        "late"
        if pred["end"] > gold["end"] + _EDGE_SLACK
        else "early"
        if pred["end"] < gold["end"] - _EDGE_SLACK
        else "ok"
    )
    return f"edge: start {start}, end {end}"


def _missed(gold: dict[str, Any], preds: list[dict[str, Any]], watch: _Watch) -> str:
    """The cause of one missed gold clause."""
    if any(p["kind"] == "indirect" and _overlap(p, gold) for p in preds):
        return _edge(next(p for p in preds if p["kind"] == "indirect" and _overlap(p, gold)), gold)
    if any(p["kind"] == "direct" and _overlap(p, gold) for p in preds):
        return "taken as direct"
    for base, para, tokens, report in watch.reports:
        if _overlap({"start": base + report.start, "end": base + report.end}, gold):
            if report_mention(tokens, report.who, para) is None:
                return "cue found, speaker refused"
            if not watch.resolved.get(base + tokens[report.who.start].start, True):
                return "cue found, speaker unresolved"
            return "cue found, dropped"
    return "no cue (cue after the clause)" if gold.get("cue_start", 0) > gold["end"] else "no cue (cue before)"


def _spurious(pred: dict[str, Any], golds: list[dict[str, Any]], others: list[dict[str, Any]], watch: _Watch) -> str:
    """The cause of one reported clause the gold does not hold."""
    if any(_overlap(pred, g) for g in golds):
        return "edge"
    if any(_overlap(pred, g) for g in others):
        return "overlaps direct"
    how = next((r.who.how for b, _, _, r in watch.reports if b + r.start <= pred["start"] < b + r.end + 3), "?")
    return f"no gold: {how}"


def _localised(quote: dict[str, Any], texts: list[str], shift: int) -> dict[str, Any]:
    """A gold clause in the offsets of the section text that holds it (gold offsets count from the start of the
    converted file, title line included): the occurrence of its words nearest to where the gold puts it."""
    probe, want, best = quote["text"][:40], quote["start"] - shift, None
    for text in texts:
        at = text.find(probe)
        while at >= 0:
            if best is None or abs(at - want) < abs(best - want):
                best = at
            at = text.find(probe, at + 1)
    delta = (best - quote["start"]) if best is not None else -shift
    out = dict(quote, start=quote["start"] + delta, end=quote["end"] + delta)
    if quote.get("cue_start") is not None:
        out["cue_start"] = quote["cue_start"] + delta
    return out


def buckets(folder: Path) -> tuple[Counter[str], Counter[str], dict[str, list[str]]]:
    """Count misses and false positives of one split by cause, with examples."""
    scorer, watch = polnear_scorer(), _Watch()
    assert scorer is not None, "no PolNeAR scorer beside this clone (../shared/tools/polnear)"
    watch.install()
    misses: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(path.read_text())
        watch.reports.clear()
        watch.resolved.clear()
        article = load_article(folder / "corpus" / gold["file"])
        preds = [q.to_dict() for q in extract_quotes(article).quotes]
        texts = [s.text for s in article.sections]
        raw = (folder / "corpus" / gold["file"]).read_text(encoding="utf-8").replace("\xa0", " ")
        shift = max(0, raw.find(texts[0][:200])) if texts else 0
        golds = [_localised(q, texts, shift) for q in gold["quotes"] if q["kind"] == "indirect"]
        others = [_localised(q, texts, shift) for q in gold["quotes"] if q["kind"] != "indirect"]
        ignore = [x for x in gold.get("ignore", []) if x.get("kind") in (None, "any", "indirect")]
        used: set[int] = set()
        for g in golds:
            match = max(
                ((scorer.same_text(g["text"], p["text"]), i) for i, p in enumerate(preds) if i not in used),
                default=(0.0, -1),
            )
            if match[0] > 0:
                used.add(match[1])
                speaker = preds[match[1]]["speaker"]
                if not (scorer.same_speaker(g, speaker) or scorer.lenient_speaker(g, speaker)):
                    misses["wrong speaker"] += 1
                    examples["wrong speaker"].append(f"{gold['file']}: {g['speaker']!r} not {speaker!r}")
            elif not g.get("nested"):
                cause = _missed(g, preds, watch)
                misses[cause] += 1
                line = f"{gold['file']}: [{g.get('cue')}] {g['speaker']!r}: {g['text'][:160]}"
                ours = next((p for p in preds if p["kind"] == "indirect" and _overlap(p, g)), None)
                if cause.startswith("edge") and ours is not None:
                    line += f"\n      ours: {ours['text'][:240]}"
                examples[cause].append(line)
        for i, p in enumerate(preds):
            if i in used or p["kind"] != "indirect" or any(scorer.same_text(q["text"], p["text"]) for q in others):
                continue
            if any(scorer.inside(x["text"], p["text"]) for x in ignore):
                continue
            cause = _spurious(p, golds, others, watch)
            wrong[cause] += 1
            examples[cause].append(f"{gold['file']}: {p['speaker']!r}: {p['text'][:160]}")
    return misses, wrong, examples


def main() -> int:
    """Print the counts, and examples of one cause with ``--show``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", type=Path, help="a converted PolNeAR split (train or dev)")
    parser.add_argument("--show", help="print examples of this cause")
    parser.add_argument("--limit", type=int, default=20)
    args = parser.parse_args()
    misses, wrong, examples = buckets(args.split)
    print(f"missed gold reported clauses ({sum(misses.values())}):")
    for cause, n in misses.most_common():
        print(f"  {n:5d}  {cause}")
    print(f"reported clauses not in the gold ({sum(wrong.values())}):")
    for cause, n in wrong.most_common():
        print(f"  {n:5d}  {cause}")
    for line in examples.get(args.show or "", [])[: args.limit]:
        print("  -", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
