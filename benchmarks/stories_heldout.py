"""Stories: does the grouping hold on stories it was not tuned on? Leave-half-out, threshold sweeps, order.

Run from the project root::

    python benchmarks/stories_heldout.py            # sweeps, leave-half-out and 5 arrival orders
    python benchmarks/stories_heldout.py --quick    # a coarser sweep and 2 arrival orders

The development stories ``../shared/stories/ecbplus-dev`` split into two halves by topic (topics 1, 5, 9,
... and 3, 7, 11, ...), as ``benchmarks/stories.py`` splits them. For each grouping, ours (``digest
stories``: average linkage, then regrouping), the library's (each article placed as it arrives, its state
in SQLite) and the TF-IDF centroid baseline, the thresholds are moved together by an offset and B-cubed F1
is printed on each half (a plateau, not a spike, means the thresholds are not fragile). Leave-half-out: the
offset that scores best on one half is used on the other half, so each figure is measured on stories the
threshold was not chosen on. Order: the articles of all topics arrive in several seeded random orders;
mean and lowest F1.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from stories import BASELINE, ECB, bcubed, centroid_baseline, development_stories, library_grouping  # noqa: E402

from digest.core.stories import Settings  # noqa: E402
from digest.core.stories.features import ArticleFeatures  # noqa: E402
from digest.core.stories.grouping import group  # noqa: E402

Grouping = Callable[[list[ArticleFeatures], Settings], list[int]]


def shifted(settings: Settings, offset: float) -> Settings:
    """The settings with both thresholds moved by ``offset``."""
    return dataclasses.replace(
        settings, threshold=settings.threshold + offset, strict_threshold=settings.strict_threshold + offset
    )


METHODS: dict[str, tuple[Grouping, Settings]] = {
    "ours": (lambda f, s: group(f, s), Settings()),
    "library": (lambda f, s: library_grouping(f, s), Settings()),
    "baseline": (lambda f, s: centroid_baseline(f, s), BASELINE),
}


def f1(method: str, features: list[ArticleFeatures], gold: list[str], offset: float) -> float:
    """B-cubed F1 of one method with its thresholds moved by ``offset``."""
    run, settings = METHODS[method]
    return bcubed(run(features, shifted(settings, offset)), gold)[2]


def held_out(features: list[ArticleFeatures], gold: list[str], topics: list[int], offsets: list[float]) -> None:
    """Print each method's sweep on both halves and its leave-half-out F1."""
    halves = {half: [i for i, t in enumerate(topics) if t % 4 == half] for half in (1, 3)}
    print(f"\nThreshold sweep, B-cubed F1 on each half ({len(gold)} development articles)")
    print(f"{'method':<10} {'offset':>7} {'half 1':>7} {'half 3':>7}")
    for method in METHODS:
        table = {
            half: [f1(method, [features[i] for i in keep], [gold[i] for i in keep], d) for d in offsets]
            for half, keep in halves.items()
        }
        for row, offset in enumerate(offsets):
            print(f"{method:<10} {offset:+7.2f} {table[1][row]:7.3f} {table[3][row]:7.3f}")
        cells = []
        for tuned, scored in ((1, 3), (3, 1)):
            best = max(range(len(offsets)), key=lambda r: (table[tuned][r], -abs(offsets[r])))
            cells.append(
                f"tuned on half {tuned} (offset {offsets[best]:+.2f}): half {scored} {table[scored][best]:.3f}"
            )
        print(f"{method:<10} leave-half-out: " + "; ".join(cells))


def orders(features: list[ArticleFeatures], gold: list[str], shuffles: int) -> None:
    """Print each method's F1 over seeded random arrival orders of all the articles."""
    print(f"\nArrival order, {shuffles} seeded shuffles of all {len(gold)} articles, B-cubed F1")
    for method in METHODS:
        scores = []
        for seed in range(shuffles):
            order = list(range(len(gold)))
            random.Random(seed).shuffle(order)
            scores.append(f1(method, [features[i] for i in order], [gold[i] for i in order], 0.0))
        print(f"{method:<10} mean {sum(scores) / len(scores):.3f}  lowest {min(scores):.3f}  highest {max(scores):.3f}")


def main() -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a coarser sweep and two arrival orders")
    args = parser.parse_args()
    if not ECB.is_dir():
        print(f"{ECB} is not there: no figures")
        return 0
    _, features, gold, topics = development_stories()
    steps = [-4, -2, 0, 2, 4] if args.quick else [-6, -4, -3, -2, -1, 0, 1, 2, 3, 4, 6]
    held_out(features, gold, topics, [step / 100 for step in steps])
    orders(features, gold, 2 if args.quick else 5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
