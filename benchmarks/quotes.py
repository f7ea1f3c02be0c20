"""Speed of quote extraction: time per corpus article and on a long synthetic text (linearity check).

Run: ``python benchmarks/quotes.py`` from the repository root (the corpus in ../shared/corpus is optional).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.core.errors import DigestError  # noqa: E402
from digest.core.ingest import load_article  # noqa: E402
from digest.core.model import Article, Section  # noqa: E402
from digest.core.quotes import extract_quotes  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def best_of(article: Article, runs: int = 5) -> float:
    """The best wall time of ``runs`` extractions, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract_quotes(article)
        times.append(time.perf_counter() - start)
    return min(times)


def long_article(sample: Article, paragraphs: int) -> Article:
    """An article of ``paragraphs`` paragraphs made by repeating the sample's paragraphs."""
    source = [p for s in sample.sections for p in s.paragraphs]
    body = "\n\n".join(source[i % len(source)] for i in range(paragraphs))
    return Article("long", "synthetic", (Section(None, body),))


def main() -> int:
    """Print the figures."""
    sample = load_article(ROOT / "seeds" / "idlib-seed.txt")
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")) if CORPUS.is_dir() else []
    per_article: list[float] = []
    for path in files or [ROOT / "seeds" / "idlib-seed.txt"]:
        try:
            article = load_article(path)
        except DigestError as error:
            print(f"{path.name:45s} skipped: {error}")
            continue
        seconds = best_of(article)
        per_article.append(seconds)
        paragraphs = sum(len(s.paragraphs) for s in article.sections)
        print(f"{path.name:45s} {seconds * 1000:7.2f} ms  ({paragraphs} paragraphs)")
    if per_article:
        print(
            f"median per article: {statistics.median(per_article) * 1000:.2f} ms, "
            f"max {max(per_article) * 1000:.2f} ms (goal <= 20 ms)"
        )
    baseline_n = sum(len(s.paragraphs) for s in sample.sections)
    base = best_of(sample) / baseline_n
    per_paragraph: dict[int, float] = {}
    for n in (200, 2000):
        seconds = best_of(long_article(sample, n), runs=2)
        per_paragraph[n] = seconds / n
        print(
            f"{n}-paragraph text: {seconds * 1000:.1f} ms, {seconds / n * 1e6:.1f} us/paragraph, "
            f"per paragraph vs the sample article: {seconds / n / base:.2f}"
        )
    print(
        "linearity: time per paragraph at 2,000 / at 200 = "
        f"{per_paragraph[2000] / per_paragraph[200]:.2f} (1.0 = linear)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
