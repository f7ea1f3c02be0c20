"""Normalise a fresh probe's gold (invented articles annotated by a helper who never ran ``digest``) to the
conventions of the PolNeAR scorer that ``benchmarks/quotes.py --polnear DIR`` applies, without reading it:

1. ``not_quotes`` given as objects (``{"text": ...}``) become the strings the scorer expects;
2. coordinated reported clauses of one speaker in one sentence, listed as two entries ('said A and that B', 'said
   A, and B', 'A, she argued, and B'), are merged into one entry, as PolNeAR annotates one content span
   (``digest`` reports one clause; a reader reads either way);
3. with ``--mixed``, the sentence around each direct quote is ignored for the reported-speech score: PolNeAR's
   conversion ignores a paraphrase that holds a quoted fragment, and a probe whose author was told to list only the
   fragment must be scored the same way.

Every step is mechanical and prints only counts, so a kept-back probe stays unread. Run:
``python benchmarks/normalise_probe.py SRC DST [--mixed]`` (SRC holds ``corpus/`` and ``gold/``), then
``python benchmarks/quotes.py --polnear DST``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path
from typing import Any

_CONNECTIVE = re.compile(
    r"^,?(\s*,?\s*[^,.;:!?]{1,40}?\b(said|says|added|argued|explained|noted|insisted|stressed|claimed|warned"
    r"|told [^,]{1,30}),)?\s*(and|but|or)\s+(that\s+)?$"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s)|\n\s*\n")


def _place(quotes: list[dict[str, Any]], text: str) -> None:
    """Give each quote the offsets of its text in the article (the next occurrence for a repeated text)."""
    after: dict[str, int] = {}
    for q in quotes:
        words = str(q["text"])
        at = text.find(words, after.get(words, 0))
        q["start"] = at if at >= 0 else text.find(words)
        q["end"] = int(q["start"]) + len(words)
        after[words] = int(q["start"]) + 1


def _merge_coordinated(gold: dict[str, list[dict[str, Any]]], text: str) -> int:
    """Merge a speaker's reported clauses joined by 'and'/'but'/'or' (and 'that') in one sentence; the count."""
    reported = sorted(
        (q for q in gold["quotes"] if q["kind"] == "indirect" and int(q["start"]) >= 0),
        key=lambda q: int(q["start"]),
    )
    dropped: set[int] = set()
    merged = k = 0
    while k < len(reported) - 1:
        first, second = reported[k], reported[k + 1]
        gap = text[int(first["end"]) : int(second["start"])]
        if first["speaker"] == second["speaker"] and "\n" not in gap and _CONNECTIVE.match(gap):
            first["text"] = text[int(first["start"]) : int(second["end"])]
            first["end"] = second["end"]
            dropped.add(id(second))
            reported.pop(k + 1)
            merged += 1
            continue
        k += 1
    gold["quotes"] = [q for q in gold["quotes"] if id(q) not in dropped]
    return merged


def _ignore_mixed(gold: dict[str, list[dict[str, Any]]], text: str) -> int:
    """Ignore, for the reported-speech score, the sentence around each direct quote; the count."""
    added = 0
    for q in [q for q in gold["quotes"] if q["kind"] == "direct" and int(q["start"]) >= 0]:
        start = 0
        for m in _SENTENCE_END.finditer(text, 0, max(int(q["start"]) - 1, 0)):
            start = m.end()
        end_match = _SENTENCE_END.search(text, int(q["end"]) + 1)
        end = end_match.end() if end_match else len(text)
        gold.setdefault("ignore", []).append({"text": text[start:end].strip(), "kind": "indirect", "why": "mixed"})
        added += 1
    return added


def normalise(src: Path, dst: Path, mixed: bool) -> tuple[int, int]:
    """Write the normalised copy of ``src`` to ``dst`` (replacing it); (pairs merged, stretches ignored)."""
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src / "corpus", dst / "corpus")
    (dst / "gold").mkdir(parents=True)
    merged = ignored = 0
    for path in sorted((src / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (src / "corpus" / gold["file"]).read_text(encoding="utf-8")
        gold["not_quotes"] = [x["text"] if isinstance(x, dict) else x for x in gold.get("not_quotes", [])]
        _place(gold["quotes"], text)
        merged += _merge_coordinated(gold, text)
        ignored += _ignore_mixed(gold, text) if mixed else 0
        (dst / "gold" / path.name).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return merged, ignored


def main() -> int:
    """Normalise one probe folder into another and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("src", type=Path)
    parser.add_argument("dst", type=Path)
    parser.add_argument("--mixed", action="store_true")
    args = parser.parse_args()
    merged, ignored = normalise(args.src, args.dst, args.mixed)
    print(f"merged {merged} coordinated pairs; {ignored} mixed stretches ignored")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
