"""Why gold direct quotes are missed: each missed quote of a converted PolNeAR split, sorted by cause.

A development tool (it reads a converted split, see ../shared/tools/polnear/README.md; never the test split).
For each gold direct quote that ``digest`` does not output, it looks at the quotation spans the marks pass
found in the article and names a cause:

- ``dropped``: a quotation span matches the gold text, but no speaker was found, so it was left out;
- ``span-longer``: the gold text lies inside a longer span (marks paired wrongly, or a span edge);
- ``span-shorter``: a span lies inside the gold text (a quote cut short, or one across paragraphs);
- ``no-span``: no quotation span overlaps the gold text (marks not recognised).

Run: ``python benchmarks/quote_misses.py /tmp/polnear/train [--show CAUSE] [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes import polnear_scorer  # noqa: E402

from digest.core.ingest import load_article  # noqa: E402
from digest.core.quotes import extract_quotes  # noqa: E402
from digest.core.quotes.attribution import attribute_quote  # noqa: E402
from digest.core.quotes.marks import find_marks  # noqa: E402
from digest.core.quotes.quote_speakers import QuoteSpeakers, quoted_title  # noqa: E402
from digest.core.quotes.reported import report_mention  # noqa: E402
from digest.core.quotes.segment import paragraphs  # noqa: E402
from digest.core.quotes.subject_cue import subject_cue  # noqa: E402
from digest.core.quotes.tokens import QUOTE, WORD  # noqa: E402


def _spans(sections: list[str]) -> list[tuple[str, str, int]]:
    """(inner text, paragraph) of every quotation span the marks pass finds."""
    out = []
    for text in sections:
        for start, end in paragraphs(text):
            para = text[start:end]
            for span in find_marks(para):
                s, e = span.inner(len(para))
                out.append((para[s:e], para, span.open))
    return out


WHY: dict[tuple[str, int], str] = {}
"""Why the engine gave a quotation no speaker, by (paragraph, opening mark)."""


def _why(speakers: QuoteSpeakers, qi: int) -> str:
    """The step at which a quotation token lost its speaker."""
    tokens, para = speakers.tokens, speakers.para
    if quoted_title(tokens, qi):
        return "title"
    who = attribute_quote(tokens, qi, 0, len(tokens))
    if who is None:
        who = subject_cue(tokens, qi)
        if who is None:
            words = sum(1 for t in tokens if t.kind is WORD)
            return "no-cue:alone" if words == 0 else ("no-cue:opens" if qi == 0 else "no-cue:inside")
        prefix = "subject:"
    else:
        prefix = f"{who.how}:"
    m = report_mention(tokens, who, para)
    if m is None:
        return prefix + "no-mention"
    return prefix + f"unresolved-{m.kind}"


def _instrument() -> None:
    original = QuoteSpeakers.find

    def find(self, owners, previous, nearest):  # type: ignore[no-untyped-def]
        speakers = original(self, owners, previous, nearest)
        for qi, t in enumerate(self.tokens):
            if t.kind is QUOTE and qi not in speakers:
                WHY[(self.para, t.start)] = _why(self, qi)
        return speakers

    QuoteSpeakers.find = find  # type: ignore[method-assign]
    direct = QuoteSpeakers._direct

    def direct_rule(self, qi, owners, previous):  # type: ignore[no-untyped-def]
        actor = direct(self, qi, owners, previous)
        tokens = self.tokens
        if actor is not None:
            who = attribute_quote(tokens, qi, 0, len(tokens))
            if who is None:
                qstart = tokens[qi].start
                owned = any(r.start <= qstart < r.end for r, _ in owners)
                how = "owner" if owned else "subject-fragment"
            else:
                how = who.how
            HOW[tokens[qi].text.strip(_MARKS)] = how
        return actor

    QuoteSpeakers._direct = direct_rule  # type: ignore[method-assign]


HOW: dict[str, str] = {}
"""The cue rule that attributed a quotation, by its text (quotations carried from a neighbour are absent)."""
_MARKS = "\"“”'‘’«»„ \t\n,"


def _cause(score: ModuleType, gold: str, spans: list[tuple[str, str, int]]) -> tuple[str, str]:
    """The cause of a miss and the paragraph that shows it."""
    best, where = 0.0, ""
    for inner, para, at in spans:
        if score.same_text(gold, inner):
            return "dropped:" + WHY.get((para, at), "speaker-set-later"), para
        a, b = score.overlap(gold, inner)
        if max(a, b) > best:
            best, where = max(a, b), para
            kind = "span-longer" if a >= b else "span-shorter"
    return (kind, where) if best >= 0.5 else ("no-span", "")


def main() -> int:
    """Print the causes of missed gold direct quotes, and examples of one cause."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", type=Path)
    parser.add_argument("--show", default="")
    parser.add_argument("--limit", type=int, default=40)
    args = parser.parse_args()
    score = polnear_scorer()
    if score is None:
        print("no PolNeAR scorer beside this clone (../shared/tools/polnear)", file=sys.stderr)
        return 2
    _instrument()
    causes: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    shown = 0
    for gold_file in sorted((args.split / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text())
        article = load_article(args.split / "corpus" / gold["file"])
        report = extract_quotes(article).quotes
        preds = [q.text for q in report]
        spans = _spans([s.text for s in article.sections])
        used: set[int] = set()
        for q in gold["quotes"]:
            if q["kind"] != "direct" or q.get("nested"):
                continue
            hits = [(score.same_text(q["text"], p), i) for i, p in enumerate(preds) if i not in used]
            best = max(hits, default=(0.0, -1))
            if best[0] > 0:
                used.add(best[1])
                pred = report[best[1]]
                if pred.kind == "direct":
                    ok = score.same_speaker(q, pred.speaker) or score.lenient_speaker(q, pred.speaker)
                    rule = HOW.get(pred.text.strip(_MARKS), "carried")
                    rules[rule] += 1
                    if not ok:
                        wrong[rule] += 1
                        if args.show == "wrong" and shown < args.limit:
                            shown += 1
                            print(f"--- wrong {rule}: {pred.speaker!r} for gold {q['speaker']!r}: {pred.text[:120]!r}")
                continue
            cause, para = _cause(score, q["text"], spans)
            causes[cause] += 1
            if cause.startswith(args.show or "-") and shown < args.limit:
                shown += 1
                at = max(0, para.find(q["text"][:30]))
                near = para[max(0, at - 250) : at + len(q["text"]) + 80]
                print(f"--- {cause} [{q['speaker']}] mark {q.get('mark')}\n  GOLD {q['text']!r}\n  NEAR {near!r}")
    for cause, count in causes.most_common():
        print(f"{count:5d} {cause}")
    print(f"missed {sum(causes.values())}")
    for rule, count in rules.most_common():
        print(f"rule {rule:20s} found {count:5d} wrong speaker {wrong[rule]:4d} ({1 - wrong[rule] / count:.3f} right)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
