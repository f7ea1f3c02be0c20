"""Stories: grouping quality (B-cubed), story-summary quality (ROUGE) and grouping time.

Run from the project root::

    python benchmarks/stories.py                                  # grouping + timing (+ summaries, see below)
    python benchmarks/stories.py --quick                          # grouping quality only
    python benchmarks/stories.py --quick --orders 4               # and the library on each half in 4 orders
    python benchmarks/stories.py --multi-news sample_validation.csv   # with the story summaries
    python benchmarks/stories.py --no-grouping --placement 200    # story placement cost of 200 distinct files

Grouping: B-cubed precision, recall and F1 on the development stories ``../shared/stories/ecbplus-dev``
(473 articles, 41 stories, files in name order as arrival order), ours (``digest stories``: average
linkage, then regrouping) beside a TF-IDF centroid baseline (one pass in arrival order, words only, join
the best centroid at cosine 0.2, then two regrouping passes), on all
development topics and on each half (topics 1, 5, 9, ... and 3, 7, 11, ...) as a split check; and the
grouping a library makes (each article placed once as it arrives, no regrouping, its state in SQLite).
Features include the quoted speakers, as ``digest stories`` reads them.

Summaries: the Multi-News validation sample (``multi_news/sample_validation.csv`` of
TheAthleticCoder/Multi-Document-Summarization at commit 442595002f2e; not copied here), site notices
dropped by :func:`digest.core.stories.summary.is_site_notice`; ROUGE-1/2 F1 x100 (rouge-score, stemming)
of 8-sentence story summaries beside two lead baselines in the same run: the first article's lead, and
lead sentences taken round-robin across the articles. Reported on all stories and on each half (even and
odd rows).

Timing: 10,000 synthetic arrivals made from the development articles (copy k of an article keeps the
500 most common words and gets copy-specific other words, names, numbers and years, so each copy is a
new event),
placed one by one in one index; milliseconds per arrival (mean; the last 1,000: mean and median), features
read beforehand; the time to read an article's features from its text; and the same arrivals placed in a
library file (the grouping's state in SQLite, each arrival its own transaction, as ``digest add`` does).

Placement: the distinct corpus files of ``benchmarks/library.py`` (copies of the development corpus, each with
a numbered sentence inside its body), parsed and analysed first; then, per article, the time to read its story
features and to place it in the library (``place``), apart from storing it (what the placement imports is
imported first).
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from digest.core.ingest import load_article  # noqa: E402
from digest.core.model import Article, Section  # noqa: E402
from digest.core.quotes import extract_quotes  # noqa: E402
from digest.core.store.schema import connect  # noqa: E402
from digest.core.store.stories import StoryCache, place  # noqa: E402
from digest.core.stories import Settings, StoryIndex  # noqa: E402
from digest.core.stories.features import ArticleFeatures, article_features  # noqa: E402
from digest.core.stories.grouping import group  # noqa: E402
from digest.core.stories.summary import is_site_notice, summarize_story  # noqa: E402
from digest.core.summarize.sentences import split_text  # noqa: E402

ECB = ROOT.parent / "shared" / "stories" / "ecbplus-dev"
BASELINE = Settings(weights=(("w", 1.0),), year_penalty=0.0, time_penalty=0.0, names_penalty=0.0, threshold=0.2)
SENTENCES = 8
COMMON_WORDS = 500
"""Synthetic copies share the development set's most common words; every other feature is copy-specific."""


def development_stories() -> tuple[list[Article], list[ArticleFeatures], list[str], list[int]]:
    """The development stories in file-name order: articles, their features (with the quoted speakers, as
    ``digest stories`` reads them), gold story ids and topic numbers."""
    gold_of = json.loads((ECB / "stories.json").read_text(encoding="utf-8"))
    names = sorted(gold_of)
    articles = [load_article(ECB / name) for name in names]
    features = [article_features(a.title, a.text, [actor.name for actor in extract_quotes(a).actors]) for a in articles]
    return articles, features, [gold_of[n] for n in names], [int(n.split("_")[0]) for n in names]


def placement(count: int) -> None:
    """Print the time to read the story features of ``count`` distinct corpus files and place each in a library
    (as ``digest add`` stores them, one transaction each), apart from parsing and analysis; CPU and wall time."""
    from ingest_rate import distinct_files
    from library import corpus_files

    from digest.core.store import Library
    from digest.core.store.articles import save_article, speakers_of
    from digest.core.store.bulk import prepare
    from digest.core.store.stories import features_of
    from digest.core.stories import regroup  # noqa: F401 (imported before the clock starts, with what it imports)

    with tempfile.TemporaryDirectory() as folder:
        paths = distinct_files(corpus_files(), Path(folder) / "distinct", count)
        prepared = [prepare((str(p), str(Path(folder) / "none.db"), None)) for p in paths]
        ready = [item for item in prepared if not isinstance(item, str)]
        spent = {"features": [0.0, 0.0], "placing": [0.0, 0.0]}
        with Library(Path(folder) / "library.db") as library:
            for key, article, analysis in ready:
                library.connection.execute("BEGIN IMMEDIATE")
                article_id, _ = save_article(library.connection, key, article, analysis)
                clocks = (time.perf_counter(), time.process_time())
                features = features_of(article, speakers_of(analysis.quote_fields), None)
                middle = (time.perf_counter(), time.process_time())
                place(library.connection, article_id, features, article.title, library.story_cache)
                end = (time.perf_counter(), time.process_time())
                library.connection.execute("COMMIT")
                for label, (first, last) in (("features", (clocks, middle)), ("placing", (middle, end))):
                    spent[label][0] += last[0] - first[0]
                    spent[label][1] += last[1] - first[1]
            stories = library.connection.execute("SELECT count(*) FROM stories").fetchone()[0]
    print(f"\nStory placement of {len(ready)} distinct corpus files ({stories} stories), per article:")
    for label, (wall, cpu) in spent.items():
        print(f"  {label}: {1000 * wall / len(ready):.2f} ms ({1000 * cpu / len(ready):.2f} ms CPU)")


def bcubed(predicted: list[int], gold: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a grouping against gold story ids."""
    members: dict[int, list[int]] = {}
    stories: dict[str, list[int]] = {}
    for index, (p, g) in enumerate(zip(predicted, gold, strict=True)):
        members.setdefault(p, []).append(index)
        stories.setdefault(g, []).append(index)
    precision = sum(
        sum(gold[j] == gold[i] for j in members[predicted[i]]) / len(members[predicted[i]]) for i in range(len(gold))
    )
    recall = sum(
        sum(predicted[j] == predicted[i] for j in stories[gold[i]]) / len(stories[gold[i]]) for i in range(len(gold))
    )
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def grouping(features: list[ArticleFeatures], gold: list[str], topics: list[int]) -> None:
    """Print B-cubed of ours and of the baseline on all topics and on each half."""
    print(f"\nGrouping, B-cubed on {len(gold)} development articles ({len(set(gold))} stories)")
    print(f"{'set':<22} {'method':<10} {'P':>6} {'R':>6} {'F1':>6}")
    halves = {"all topics": {1, 3}, "topics 1, 5, 9, ...": {1}, "topics 3, 7, 11, ...": {3}}
    for label, remainders in halves.items():
        keep = [i for i, t in enumerate(topics) if t % 4 in remainders]
        for name, method in (("ours", group), ("baseline", centroid_baseline)):
            p, r, f = bcubed(method([features[i] for i in keep]), [gold[i] for i in keep])
            print(f"{label:<22} {name:<10} {p:6.3f} {r:6.3f} {f:6.3f}")
        p, r, f = bcubed(library_grouping([features[i] for i in keep]), [gold[i] for i in keep])
        print(f"{label:<22} {'library':<10} {p:6.3f} {r:6.3f} {f:6.3f}")


def shuffled_orders(features: list[ArticleFeatures], gold: list[str], topics: list[int], shuffles: int) -> None:
    """Print the library's B-cubed F1 on each half alone in ``shuffles`` seeded random arrival orders (the topics
    interleaved, where file-name order brings a topic's articles together): each order's, the mean and the lowest."""
    import random

    print(f"\nLibrary, each half in {shuffles} seeded shuffled arrival orders, B-cubed F1")
    for label, remainder in (("topics 1, 5, 9, ...", 1), ("topics 3, 7, 11, ...", 3)):
        keep = [i for i, t in enumerate(topics) if t % 4 == remainder]
        scores = []
        for seed in range(shuffles):
            order = list(keep)
            random.Random(seed).shuffle(order)
            scores.append(bcubed(library_grouping([features[i] for i in order]), [gold[i] for i in order])[2])
        each = " ".join(f"{score:.3f}" for score in scores)
        print(f"{label:<22} {each}  mean {sum(scores) / shuffles:.3f}  lowest {min(scores):.3f}")


def centroid_baseline(features: list[ArticleFeatures], settings: Settings = BASELINE) -> list[int]:
    """The TF-IDF centroid baseline: words only, one pass joining the best centroid at cosine 0.2, then two
    regrouping passes (as ``digest stories`` regroups)."""
    index = StoryIndex(settings)
    index.keep_articles = True
    for item in features:
        index.observe(item)
    for item in features:
        index.add(item)
    for _ in range(2):
        if not index.reassign():
            break
    numbers: dict[int, int] = {}
    return [numbers.setdefault(story, len(numbers)) for story in index.story_of]


def library_grouping(features: list[ArticleFeatures], settings: Settings | None = None) -> list[int]:
    """The grouping a library makes: each article placed as it arrives (its neighbourhood then regrouped),
    state in SQLite; each article's story read at the end."""
    with tempfile.TemporaryDirectory() as folder:
        connection = connect(Path(folder) / "library.sqlite3")
        cache = StoryCache()
        ids = []
        for number, item in enumerate(features):
            connection.execute("BEGIN IMMEDIATE")
            cursor = connection.execute(
                "INSERT INTO articles (key, source, title, format, content_hash, added)"
                " VALUES (?, ?, ?, 'text', ?, '2026-01-01T00:00:00Z')",
                (f"k{number}", f"s{number}", f"title {number}", f"h{number}"),
            )
            ids.append(int(cursor.lastrowid or 0))
            place(connection, ids[-1], item, f"title {number}", cache, settings)
            connection.execute("COMMIT")
        story_of = dict(connection.execute("SELECT article_id, story_id FROM story_members"))
        connection.close()
    return [story_of[i] for i in ids]


def timing(features: list[ArticleFeatures], articles: list[Article], total: int = 10_000) -> None:
    """Print the time to place ``total`` synthetic arrivals one by one, and to read features."""
    common = {f for f, _ in Counter(f for x in features for f in x.counts if f[0] == "w").most_common(COMMON_WORDS)}
    synthetic = []
    for k in range(total):
        base = features[k % len(features)]
        copy = k // len(features)
        counts: Counter[str] = Counter(
            {(f if f in common or copy == 0 else f"{f}#{copy}"): c for f, c in base.counts.items()}
        )
        years = frozenset(base.years if copy == 0 else {str(int(y) + copy) for y in base.years})
        synthetic.append(ArticleFeatures(counts=counts, years=years, shingles=base.shingles))
    index = StoryIndex()
    times = []
    for item in synthetic:
        start = time.perf_counter()
        index.add(item)
        times.append(time.perf_counter() - start)
    start = time.perf_counter()
    for article in articles:
        article_features(article.title, article.text)
    reading = (time.perf_counter() - start) / len(articles)
    print(f"\nGrouping time, {total} synthetic arrivals into one index ({len(index.stories)} stories)")
    print(f"  per arrival: mean {1000 * sum(times) / total:.2f} ms, mean of the last 1,000 {sum(times[-1000:]):.2f} ms")
    print(f"  max {1000 * max(times):.1f} ms; reading one article's features: {1000 * reading:.2f} ms")
    library_timing(synthetic)


def library_timing(synthetic: list[ArticleFeatures]) -> None:
    """Print the time to place the synthetic arrivals in a library file (the grouping state in SQLite)."""
    with tempfile.TemporaryDirectory() as folder:
        connection = connect(Path(folder) / "library.sqlite3")
        cache = StoryCache()
        times, whole = [], []
        for number, item in enumerate(synthetic):
            begun = time.perf_counter()
            connection.execute("BEGIN IMMEDIATE")
            cursor = connection.execute(
                "INSERT INTO articles (key, source, title, format, content_hash, added)"
                " VALUES (?, ?, ?, 'text', ?, '2026-01-01T00:00:00Z')",
                (f"k{number}", f"s{number}", f"title {number}", f"h{number}"),
            )
            start = time.perf_counter()
            place(connection, int(cursor.lastrowid or 0), item, f"title {number}", cache)
            times.append(time.perf_counter() - start)
            connection.execute("COMMIT")
            whole.append(time.perf_counter() - begun)
        stories = connection.execute("SELECT count(DISTINCT story_id) FROM story_members").fetchone()[0]
        connection.close()
    total = len(synthetic)
    print(f"Library (SQLite) placement of the same {total} arrivals ({stories} stories), per arrival:")
    for label, spent in (("placing", times), ("with the article row and the commit", whole)):
        last = sorted(spent[-1000:])
        print(
            f"  {label}: mean {1000 * sum(spent) / total:.2f} ms, last 1,000: mean {sum(last):.2f} ms,"
            f" median {1000 * last[len(last) // 2]:.2f} ms"
        )


def multi_news(path: Path) -> list[tuple[list[Article], str]]:
    """The Multi-News stories of a CSV sample: articles (site notices dropped) and the reference summary."""
    csv.field_size_limit(1 << 30)
    stories = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            texts = ast.literal_eval(row["documents"])
            articles = []
            for number, text in enumerate(texts):
                paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\s{4,}", text) if p.strip()]
                body = "\n\n".join(paragraphs)
                if body and not is_site_notice(body):
                    articles.append(
                        Article(title=f"document {number}", source=str(number), sections=(Section(None, body),))
                    )
            if articles:
                stories.append((articles, row["summary"].lstrip("– ").strip()))
    return stories


def lead(articles: list[Article]) -> list[str]:
    """The first article's first sentences."""
    return split_text(articles[0].text)[:SENTENCES]


def round_robin(articles: list[Article]) -> list[str]:
    """Lead sentences taken in turn from each article."""
    sentences = [split_text(a.text) for a in articles]
    picked: list[str] = []
    for position in range(max(len(s) for s in sentences)):
        picked += [s[position] for s in sentences if position < len(s)]
    return picked[:SENTENCES]


def summaries(path: Path) -> None:
    """Print ROUGE-1/2 of story summaries and both lead baselines."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    stories = multi_news(path)
    methods = {
        "ours": lambda a: [s.text for s in summarize_story(a, SENTENCES)],
        "lead (first article)": lead,
        "lead (round-robin)": round_robin,
    }
    print(f"\nStory summaries, {SENTENCES} sentences, ROUGE F1 x100 (stemmed), {len(stories)} Multi-News stories")
    print(f"{'method':<22} {'R-1':>6} {'R-2':>6} | {'even R-1':>8} {'R-2':>6} | {'odd R-1':>8} {'R-2':>6}")
    for name, method in methods.items():
        scores = [scorer.score(reference, "\n".join(method(articles))) for articles, reference in stories]
        cells = []
        for part in (scores, scores[0::2], scores[1::2]):
            r1 = 100 * sum(s["rouge1"].fmeasure for s in part) / len(part)
            r2 = 100 * sum(s["rouge2"].fmeasure for s in part) / len(part)
            cells.append(f"{r1:6.1f} {r2:6.1f}")
        print(f"{name:<22} {cells[0]} | {cells[1]:>15} | {cells[2]:>15}")


def main() -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="grouping quality only")
    parser.add_argument("--multi-news", type=Path, default=None, metavar="CSV", help="Multi-News sample CSV")
    parser.add_argument("--no-grouping", action="store_true", help="skip the grouping figures")
    parser.add_argument(
        "--placement", type=int, default=0, metavar="N", help="time placing N distinct corpus files in a library"
    )
    parser.add_argument(
        "--orders", type=int, default=0, metavar="N", help="the library on each half in N shuffled arrival orders"
    )
    args = parser.parse_args()
    if not args.no_grouping:
        if not ECB.is_dir():
            print(f"{ECB} is not there: no grouping figures")
        else:
            articles, features, gold, topics = development_stories()
            grouping(features, gold, topics)
            if args.orders:
                shuffled_orders(features, gold, topics, args.orders)
            if not args.quick:
                timing(features, articles)
    if args.placement:
        placement(args.placement)
    if args.multi_news is not None:
        summaries(args.multi_news)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
