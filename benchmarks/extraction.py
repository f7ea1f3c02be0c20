"""Article-body extraction benchmark on the development pages of ``../shared/extraction/``.

Usage (from the repository root)::

    python benchmarks/extraction.py              # digest, trafilatura and readability-lxml in one run
    python benchmarks/extraction.py --only digest --pages   # digest alone, with each page's F1

For each extractor it prints body precision, recall and F1 as the article-extraction benchmark scores
them (``benchmarks/extraction_score.py``), the pages lost (F1 < 0.05) and the CPU time per page. The
digest body is each section's title (when it has one) and text joined by blank lines, without the
article's title. ``--halves`` also reports the two halves of the pages (split by the first hex digit of
the page key, even or odd) separately, and the pages less the nine that ``../shared/corpus`` also holds
(the pages digest's first rules were written from).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction_score import PageScore, score_page, summarise  # noqa: E402

from digest.core.ingest import parse_article  # noqa: E402
from digest.core.ingest.decode import decode  # noqa: E402

DATA = ROOT.parent / "shared" / "extraction"
LOST = 0.05


def digest_body(html: str) -> str:
    """digest's body of a page: section titles and texts joined by blank lines (no article title)."""
    article = parse_article(html, "page.html", "html")
    parts: list[str] = []
    for section in article.sections:
        if section.title:
            parts.append(section.title)
        if section.text:
            parts.append(section.text)
    return "\n\n".join(parts)


def trafilatura_body(html: str) -> str:
    """trafilatura's body of a page, defaults."""
    import trafilatura

    return trafilatura.extract(html) or ""


def readability_body(html: str) -> str:
    """readability-lxml's body of a page, as text (one line per block)."""
    import lxml.html
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    tree = lxml.html.fragment_fromstring(summary, create_parent="div")
    return "\n".join(" ".join(t.split()) for t in tree.itertext() if t.strip())


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "digest": digest_body,
    "trafilatura": trafilatura_body,
    "readability-lxml": readability_body,
}


def load_pages(data: Path = DATA) -> dict[str, tuple[str, str]]:
    """``{key: (page html, true body)}`` of the development pages."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages: dict[str, tuple[str, str]] = {}
    for key, entry in sorted(truth.items()):
        raw = (data / "html" / f"{key}.html").read_bytes()
        pages[key] = (decode(raw, key), entry["articleBody"])
    return pages


def _corpus_keys(sources: Path) -> set[str]:
    """The keys of the pages that ../shared/corpus also holds (its SOURCES.md names them)."""
    if not sources.is_file():
        return set()
    return set(re.findall(r"html/([0-9a-f]{64})\.html", sources.read_text(encoding="utf-8")))


def run(extract: Callable[[str], str], pages: dict[str, tuple[str, str]]) -> tuple[dict[str, PageScore], float]:
    """Each page's score and the CPU seconds per page of one extractor."""
    extract(next(iter(pages.values()))[0])  # imports and caches warm
    scores: dict[str, PageScore] = {}
    cpu = 0.0
    for key, (html, truth) in pages.items():
        start = time.process_time()
        try:
            predicted = extract(html)
        except Exception as error:  # a crash is an empty prediction, and is reported
            print(f"  {key[:12]}: {type(error).__name__}: {error}", file=sys.stderr)
            predicted = ""
        cpu += time.process_time() - start
        scores[key] = score_page(predicted, truth)
    return scores, cpu / max(1, len(pages))


def _row(name: str, scores: dict[str, PageScore], cpu: float | None) -> str:
    summary = summarise(scores.values())
    lost = sum(1 for s in scores.values() if s.f1 < LOST)
    cpu_text = f"{cpu * 1000:7.1f}" if cpu is not None else "      -"
    return (
        f"| {name:<22} | {summary.precision:.3f} | {summary.recall:.3f} | {summary.f1:.3f} | "
        f"{lost:>2} of {summary.pages:<3} | {cpu_text} |"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the extraction data folder")
    parser.add_argument("--only", choices=sorted(EXTRACTORS), action="append", help="run only these extractors")
    parser.add_argument("--pages", action="store_true", help="print each page's F1 per extractor")
    parser.add_argument("--halves", action="store_true", help="also score the even and odd halves of the pages")
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").is_file():
        print(f"extraction benchmark: no data in {args.data}", file=sys.stderr)
        return 2
    pages = load_pages(args.data)
    names = args.only or list(EXTRACTORS)
    results = {name: run(EXTRACTORS[name], pages) for name in names}
    print(f"{len(pages)} development pages ({args.data})\n")
    print("| extractor | precision | recall | F1 | lost (F1 < 0.05) | CPU ms/page |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, (scores, cpu) in results.items():
        print(_row(name, scores, cpu))
    if "digest" in results and "trafilatura" in results:
        digest_cpu, trafilatura_cpu = results["digest"][1], results["trafilatura"][1]
        print(f"\ndigest CPU / trafilatura CPU: {digest_cpu / trafilatura_cpu:.2f}")
        digest_scores, other = results["digest"][0], results["trafilatura"][0]
        worse = [k for k in pages if digest_scores[k].f1 < LOST and other[k].f1 >= 0.5]
        print(f"pages digest loses where trafilatura gets the body (F1 >= 0.5): {len(worse)}")
    if args.halves:
        for parity, label in ((0, "even"), (1, "odd")):
            keys = [k for k in pages if int(k[0], 16) % 2 == parity]
            print(f"\n{label} half ({len(keys)} pages)")
            for name, (scores, _) in results.items():
                print(_row(name, {k: scores[k] for k in keys}, None))
    corpus_keys = _corpus_keys(args.data.parent / "corpus" / "SOURCES.md")
    if args.halves and corpus_keys:
        keys = [k for k in pages if k not in corpus_keys]
        print(f"\nwithout the {len(pages) - len(keys)} pages that are also in ../shared/corpus ({len(keys)} pages)")
        for name, (scores, _) in results.items():
            print(_row(name, {k: scores[k] for k in keys}, None))
    if args.pages:
        print("\npage         " + " ".join(f"{name[:11]:>11}" for name in names))
        for key in pages:
            print(f"{key[:12]} " + " ".join(f"{results[name][0][key].f1:11.3f}" for name in names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
