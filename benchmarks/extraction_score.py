"""The article-extraction benchmark's scoring, re-implemented from its description.

A page's predicted body and true body are tokenised into words (``\\w+``) and compared as multisets of
4-word shingles. Per page, true positives, false positives and false negatives are normalised to sum to 1.
Precision is the mean of TP/(TP+FP) over the pages with a prediction; recall is the mean of TP/(TP+FN)
over all pages (an empty prediction counts 0); F1 is the harmonic mean of the two means. Accuracy is the
share of pages whose predicted word sequence equals the true one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

SHINGLE = 4
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The words of a text (``\\w+``, Unicode)."""
    return _WORD.findall(text)


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-word shingles of a text (a text shorter than ``size`` words is one shingle)."""
    tokens = words(text)
    if 0 < len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True)
class PageScore:
    """One page's normalised counts (summing to 1 unless both texts are empty) and exact-match flag."""

    tp: float
    fp: float
    fn: float
    predicted: bool
    exact: bool

    @property
    def precision(self) -> float:
        """TP/(TP+FP), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """TP/(TP+FN), 0 when there is nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """The page's own F1 (used to tell lost pages)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_page(predicted: str, truth: str) -> PageScore:
    """Score one page's predicted body against its true body."""
    guess, gold = shingles(predicted), shingles(truth)
    tp = sum((guess & gold).values())
    fp = sum(guess.values()) - tp
    fn = sum(gold.values()) - tp
    total = tp + fp + fn
    exact = words(predicted) == words(truth)
    if not total:
        return PageScore(0.0, 0.0, 0.0, bool(guess), exact)
    return PageScore(tp / total, fp / total, fn / total, bool(guess), exact)


@dataclass(frozen=True)
class Summary:
    """Precision, recall, F1 and accuracy over pages, and the pages' count."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int


def summarise(scores: Iterable[PageScore]) -> Summary:
    """Combine page scores as the benchmark does (see the module's description)."""
    pages = list(scores)
    if not pages:
        return Summary(0.0, 0.0, 0.0, 0.0, 0)
    predicted = [page for page in pages if page.predicted]
    precision = sum(page.precision for page in predicted) / len(predicted) if predicted else 0.0
    recall = sum(page.recall for page in pages) / len(pages)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(page.exact for page in pages) / len(pages)
    return Summary(precision, recall, f1, accuracy, len(pages))
