"""Quote quality on the twenty corpus articles, from a hand annotation kept as offsets only.

The annotation (``benchmarks/data/corpus_quotes.json``) was written in the sixteenth session by a helper who never
ran digest's quote finder nor saw its output: every quotation and reported clause of the twenty articles of
``../shared/corpus`` with its speaker, in the gold format of ``../shared/tools/polnear/README.md``. The articles are
not ours to copy, so the file holds no text of theirs: each quoted or reported stretch is kept as the index of its
section in ``load_article``'s output (or of its heading) and its character offsets there, beside the sha256 of
every section's text and heading.
Scoring rebuilds the gold texts from the articles (a section whose text no longer matches its hash, because
extraction changed, is reported and its items left out) and runs the PolNeAR scorer on them.

- ``python benchmarks/corpus_quotes.py``: direct and reported-speech P/R/F1 (also printed by benchmarks/quotes.py);
- ``python benchmarks/corpus_quotes.py --encode GOLD_DIR``: (re)write the offsets file from an annotation in the
  gold format whose texts are exact copies of the sections' text (``--encode`` is a development step).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.core.ingest import load_article  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
DATA = ROOT / "benchmarks" / "data" / "corpus_quotes.json"
_SPANNED = {"quotes": "text", "ignore": "text"}
"""The gold lists whose items carry a stretch of article text (under ``text``); ``not_quotes`` is a plain list."""


def _sections(name: str) -> list[str]:
    """The article's section texts, then their headings (an item in a heading has a section index past the
    texts)."""
    sections = load_article(CORPUS / name).sections
    return [section.text for section in sections] + [section.title or "" for section in sections]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _locate(texts: list[str], wanted: str, taken: set[tuple[int, int]]) -> tuple[int, int] | None:
    """The first occurrence of ``wanted`` in the sections not already used by an identical item."""
    for index, text in enumerate(texts):
        start = text.find(wanted)
        while start >= 0:
            if (index, start) not in taken:
                taken.add((index, start))
                return index, start
            start = text.find(wanted, start + 1)
    return None


def encode(gold_dir: Path) -> dict[str, Any]:
    """The offsets form of every gold file in ``gold_dir``: texts replaced by section, start and end."""
    out: dict[str, Any] = {}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text())
        texts = _sections(gold["file"])
        entry: dict[str, Any] = {"sections": [_digest(t) for t in texts]}
        for key in (*_SPANNED, "not_quotes"):
            taken: set[tuple[int, int]] = set()
            items = []
            for item in gold.get(key, []):
                wanted = item if key == "not_quotes" else item["text"]
                found = _locate(texts, wanted, taken)
                if found is None and key == "quotes":
                    raise SystemExit(f"{path.name}: a quote's text is not in the article's sections: {wanted[:60]!r}")
                if found is None:
                    print(f"{path.name}: {key} item left out (not in the sections, e.g. a heading): {wanted[:40]!r}")
                    continue
                span = {"section": found[0], "start": found[1], "end": found[1] + len(wanted)}
                rest = {} if key == "not_quotes" else {k: v for k, v in item.items() if k != "text"}
                items.append({**rest, **span})
            entry[key] = items
        out[gold["file"]] = entry
    return out


def decode(data: dict[str, Any], gold_dir: Path) -> list[str]:
    """Write the gold files with their texts rebuilt from the articles; the names of files left out (stale)."""
    stale = []
    for name, entry in data.items():
        texts = _sections(name)
        if [_digest(t) for t in texts] != entry["sections"]:
            stale.append(name)
            continue
        gold: dict[str, Any] = {"file": name, "title": "", "sections": []}
        for key in (*_SPANNED, "not_quotes"):
            rebuilt = []
            for item in entry.get(key, []):
                text = texts[item["section"]][item["start"] : item["end"]]
                if key == "not_quotes":
                    rebuilt.append(text)
                else:
                    rest = {k: v for k, v in item.items() if k not in ("section", "start", "end")}
                    rebuilt.append({**rest, "text": text})
            gold[key] = rebuilt
        (gold_dir / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(json.dumps(gold))
    return stale


def score(scorer: Any) -> list[str]:
    """The two figure lines (direct, reported speech) from the PolNeAR scorer on the rebuilt annotation."""
    if not DATA.is_file() or not CORPUS.is_dir():
        return ["corpus articles: no annotation or no ../shared/corpus beside this clone, quality not measured"]
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir = Path(tmp)
        stale = decode(json.loads(DATA.read_text()), gold_dir)
        if stale:
            lines.append(f"corpus annotation stale (extraction changed) for {len(stale)} files, left out: {stale}")
        for kind, label in (("direct", "direct quotes"), ("indirect", "reported speech")):
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                scorer.score_quotes(str(gold_dir), str(CORPUS), 0.0, kind)
            last = out.getvalue().strip().splitlines()[-1]
            lines.append(f"corpus (20 articles, hand annotation), {label}: {last.split(': ', 1)[1]}")
    return lines


def main() -> int:
    """Encode an annotation, or print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--encode", type=Path, metavar="GOLD_DIR", help="write the offsets file from this gold folder")
    args = parser.parse_args()
    if args.encode:
        DATA.parent.mkdir(exist_ok=True)
        DATA.write_text(json.dumps(encode(args.encode), indent=1, ensure_ascii=False) + "\n")
        print(f"wrote {DATA}")
        return 0
    from quotes import polnear_scorer  # benchmarks/quotes.py, beside this file

    scorer = polnear_scorer()
    if scorer is None:
        print("no ../shared/tools/polnear/score.py beside this clone")
        return 0
    print("\n".join(score(scorer)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
