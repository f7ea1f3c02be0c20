"""Summary quality and speed: ROUGE of every method on the CNN articles, and time per article.

Run from the project root::

    python benchmarks/summaries.py            # ROUGE table + timings (about a minute: one plain sumy LexRank run)
    python benchmarks/summaries.py --quick    # ROUGE table only
    python benchmarks/summaries.py --xsum     # also the XSum articles

Quality: ROUGE-1/2/L F1 (the ``rouge-score`` package, with and without its Porter stemmer) of each method
at 3 sentences against the human highlights of ``../shared/corpus/summaries/cnn_*.json``, beside lead-3.
Each CNN text is one body, parsed as plain text like any other article.

Speed: milliseconds per article for the CNN articles (whole article plus per-section summaries), and
seconds for a synthetic 2,000-sentence article made of the CNN texts one after another, beside plain sumy
LexRank (sumy's own summariser on sumy's own document, no size guard) in the same run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rouge_score import rouge_scorer  # noqa: E402

from digest.core.ingest import parse_article  # noqa: E402
from digest.core.model import Article  # noqa: E402
from digest.core.summarize import METHODS, summarize  # noqa: E402
from digest.core.summarize.sentences import article_sentences, split_text  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "summaries"
LONG_SENTENCES = 2000


def load(pattern: str) -> list[tuple[Article, list[str]]]:
    """The corpus articles matching ``pattern`` with their reference sentences."""
    items = []
    for path in sorted(CORPUS.glob(pattern)):
        data = json.loads(path.read_text(encoding="utf-8"))
        items.append((parse_article(data["text"], path.name, "text"), list(data["reference"])))
    return items


def rouge_table(items: list[tuple[Article, list[str]]], label: str, methods: list[str]) -> None:
    """Print mean ROUGE-1/2/L F1 (x100) of each method at 3 sentences, with and without stemming."""
    scorers = {
        stemmed: rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=stemmed)
        for stemmed in (True, False)
    }
    print(f"\nROUGE F1 x100 on {len(items)} {label} articles, 3 sentences (stemmed | not stemmed)")
    print(f"{'method':<10} {'R-1':>6} {'R-2':>6} {'R-L':>6} | {'R-1':>6} {'R-2':>6} {'R-L':>6}")
    for method in methods:
        totals: dict[bool, list[list[float]]] = {True: [[], [], []], False: [[], [], []]}
        for article, reference in items:
            summary = summarize(article, 3, method, cache=False)
            candidate = "\n".join(summary.sentences)
            for stemmed, scorer in scorers.items():
                scores = scorer.score("\n".join(reference), candidate)
                for slot, name in enumerate(("rouge1", "rouge2", "rougeL")):
                    totals[stemmed][slot].append(scores[name].fmeasure * 100)
        cells = [f"{statistics.mean(values):6.1f}" for stemmed in (True, False) for values in totals[stemmed]]
        print(f"{method:<10} {' '.join(cells[:3])} | {' '.join(cells[3:])}")


def long_article(items: list[tuple[Article, list[str]]], sentences: int) -> Article:
    """A synthetic article of at least ``sentences`` sentences: the corpus texts one after another."""
    paragraphs: list[str] = []
    count = 0
    round_number = 0
    while count < sentences:
        round_number += 1
        for article, _ in items:
            for paragraph in article.text.split("\n\n"):
                paragraph = paragraph if round_number == 1 else f"In round {round_number}, {paragraph}"
                paragraphs.append(paragraph)
                count += len(split_text(paragraph))
                if count >= sentences:
                    break
            if count >= sentences:
                break
    article = parse_article("Synthetic long article\n\n" + "\n\n".join(paragraphs), "synthetic", "text")
    missing = sentences - len(article_sentences(article))  # the parser may take short lines as headings
    return long_article(items, sentences + missing) if missing > 0 else article


def plain_sumy_lexrank(article: Article) -> float:
    """Seconds for sumy's own LexRank (its own document, stemmer and stop words) on the article."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    from digest.core.summarize.words import SumyTokenizer

    started = time.perf_counter()
    document = PlaintextParser.from_string(article.text, SumyTokenizer()).document
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    summarizer(document, 3)
    return time.perf_counter() - started


def timings(items: list[tuple[Article, list[str]]]) -> None:
    """Print time per article for each method on the CNN texts and on a 2,000-sentence text."""
    print(f"\nTime per article, {len(items)} CNN articles (whole + per-section summaries, 3 sentences)")
    for method in METHODS:
        started = time.perf_counter()
        for article, _ in items:
            summarize(article, 3, method, cache=False)
        print(f"  {method:<10} {1000 * (time.perf_counter() - started) / len(items):8.1f} ms")
    article = long_article(items, LONG_SENTENCES)
    n = len(article_sentences(article))
    print(f"\nSynthetic article of {n} sentences")
    default_times = []
    for _ in range(3):
        started = time.perf_counter()
        summarize(article, 3, "default", cache=False)
        default_times.append(time.perf_counter() - started)
    default = min(default_times)
    print(f"  default (digest, whole + sections)   {default:7.3f} s (best of 3)")
    for method in METHODS[1:]:
        started = time.perf_counter()
        summary = summarize(article, 3, method, cache=False)
        print(f"  {method:<10} (digest, guarded)       {time.perf_counter() - started:7.3f} s  {summary.note or ''}")
    plain = plain_sumy_lexrank(article)
    print(f"  plain sumy LexRank (no guard)        {plain:7.3f} s")
    print(f"  ratio plain sumy LexRank / default:  {plain / default:7.1f}x")


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="ROUGE only, no timings")
    parser.add_argument("--xsum", action="store_true", help="also score the XSum articles")
    parser.add_argument("--methods", default=",".join(METHODS), help="comma-separated methods to score")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    methods = args.methods.split(",")
    cnn = load("cnn_*.json")
    rouge_table(cnn, "CNN", methods)
    if args.xsum:
        rouge_table(load("xsum_*.json"), "XSum", methods)
    if not args.quick:
        timings(cnn)


if __name__ == "__main__":
    main()
