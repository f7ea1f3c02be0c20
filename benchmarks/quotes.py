"""Quote extraction: quality (P/R/F1 of direct and reported speech) and speed.

Quality is scored with the PolNeAR scorer (../shared/tools/polnear/score.py) on a converted split: PolNeAR
dev by default (``--polnear DIR`` for another converted folder holding gold/ and corpus/; see
../shared/tools/polnear/README.md). The twenty corpus articles are scored against a hand annotation kept as
offsets only (benchmarks/corpus_quotes.py). Speed: time per corpus article, a long synthetic text (linearity) and
1 MB hostile paragraphs.

Run: ``python benchmarks/quotes.py [--polnear DIR...] [--speed-only]`` from the repository root (for example
``--polnear /tmp/polnear/dev /tmp/polnear/train``).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.core.errors import DigestError  # noqa: E402
from digest.core.ingest import load_article  # noqa: E402
from digest.core.model import Article, Section  # noqa: E402
from digest.core.quotes import extract, extract_quotes  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
import corpus_quotes  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SCORER = ROOT.parent / "shared" / "tools" / "polnear" / "score.py"
POLNEAR_DEV = Path("/tmp/polnear/dev")


def polnear_scorer() -> ModuleType | None:
    """The PolNeAR scorer (None without ``../shared``), calling digest in-process instead of as a command;
    the miss-counting scripts (``quote_misses.py``, ``reported_misses.py``) use it too."""
    spec = importlib.util.spec_from_file_location("polnear_score", SCORER) if SCORER.is_file() else None
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def run(args: list[str]) -> dict[str, object]:
        article = load_article(Path(args[1]))
        return extract_quotes(article).to_dict(article.title)

    module.run_json_uncached = run
    return module


def quality(folder: Path) -> None:
    """Print direct and reported-speech P/R/F1 on a converted PolNeAR split."""
    scorer = polnear_scorer()
    if scorer is None or not (folder / "gold").is_dir():
        print(f"quality: no converted PolNeAR split at {folder} (see ../shared/tools/polnear/README.md)")
        return
    for kind, label in (("direct", "direct quotes"), ("indirect", "reported speech")):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            scorer.score_quotes(str(folder / "gold"), str(folder / "corpus"), 0.0, kind)
        last = out.getvalue().strip().splitlines()[-1]
        print(f"PolNeAR {folder.name}, {label}: {last.split(': ', 1)[1]}")


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


HOSTILE = {
    "'a.' repeated": "a.",
    "quotes in one paragraph": '"We will," he said. ',
    "prose in one paragraph": "The minister said the plan would work, and critics disagreed. ",
    "unclosed quotes": '"a ',
}
"""Units repeated into a 1 MB paragraph (goal: each analysed in under 2 s)."""


def hostile_paragraphs() -> None:
    """Time quote extraction on 1 MB hostile paragraphs."""
    for name, unit in HOSTILE.items():
        text = unit * (1_000_000 // len(unit))
        seconds = best_of(Article("hostile", "synthetic", (Section(None, text),)), runs=2)
        print(f"1 MB paragraph, {name:26s} {seconds:6.2f} s (goal < 2 s)")


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--polnear", type=Path, nargs="+", default=[POLNEAR_DEV], help="converted PolNeAR splits (dev and/or train)"
    )
    parser.add_argument("--speed-only", action="store_true")
    args = parser.parse_args()
    if not args.speed_only:
        for folder in args.polnear:
            quality(folder)
        scorer = polnear_scorer()
        if scorer is not None:
            print("\n".join(corpus_quotes.score(scorer)))
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
    # the engine's own growth: lift the bounds on what one article or paragraph has read
    bounds = extract.LONGEST_ARTICLE, extract.LONGEST_PARAGRAPH
    extract.LONGEST_ARTICLE = extract.LONGEST_PARAGRAPH = 10**9
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
    extract.LONGEST_ARTICLE, extract.LONGEST_PARAGRAPH = bounds
    hostile_paragraphs()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
