"""The ``default`` method: position-aware (directed) centrality, caption penalties and MMR.

For the sentences s_1..s_n of one text (the whole article, or one section):

1. **Similarity**: TF-IDF vectors of stemmed content words (a sparse matrix ``X``), cosine similarity
   ``S = X Xᵀ``. ``S`` is never built: the sums below are computed block by block with sparse products,
   so time and memory grow with the text, not with its square (2,000 sentences take a few milliseconds).
2. **Directed centrality** (PacSum, Zheng & Lapata 2019): a sentence scores by its similarity to the
   sentences *after* it, minus ``BACKWARD_WEIGHT`` times its similarity to those *before* it. News states
   its point and then develops it, so the sentences that later ones elaborate are the summary; a sentence
   that only repeats earlier ones is pushed down. This builds the position prior into the graph, with no
   position parameter. (Measured on the CNN sample: undirected LexRank centrality, with or without an
   explicit position prior, does not beat lead-3; directed centrality does, for any backward weight from
   0.5 to 3.)
3. **Penalties** for sentences that are not statements: captions, credits and boilerplate (very short,
   no verb-like word, all capitals, no closing punctuation, ``Photo:``/``Image:``/``Read more`` ...).
4. **Redundancy removal** (MMR): pick greedily by ``score - REDUNDANCY * max similarity to those picked``.

The picks are returned in article order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from digest.core.summarize.words import content_terms

BACKWARD_WEIGHT = 2.0
"""How much similarity to earlier sentences counts against a sentence (PacSum's published setting)."""

REDUNDANCY = 0.25
"""MMR weight of the similarity to sentences already picked."""

_BLOCK = 256
"""Rows per block when summing similarities (bounds memory to a block² matrix)."""

_BOILERPLATE = re.compile(
    r"^\s*(?:photo|image|picture|video|watch|listen|read more|related|see also|advertisement|click|follow|"
    r"subscribe|sign up|copyright|©|credit|source|getty|ap photo|reuters/)\b",
    re.IGNORECASE,
)
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|do|does|did|"
    r"said|told|made|took|came|went|gave|got|won|lost|left|met|saw|knew|held|led|paid|sold|fell|rose|"
    r"\w{3,}ed|\w{2,}[^s\W]s)\b",
    re.IGNORECASE,
)
_MIN_WORDS = 6


def quality(sentence: str) -> float:
    """A multiplier in (0, 1]: 1 for an ordinary statement, small for captions, credits and boilerplate."""
    words = sentence.split()
    factor = 1.0
    if len(words) < _MIN_WORDS:
        factor *= 0.3
    if _BOILERPLATE.match(sentence):
        factor *= 0.1
    if sentence.isupper():
        factor *= 0.2
    if not _VERBISH.search(sentence):
        factor *= 0.3
    if sentence.rstrip()[-1:] not in ".!?\"'”’)":
        factor *= 0.5
    return factor


def tfidf_matrix(sentences: Sequence[str]) -> sparse.csr_matrix:
    """Row-normalised TF-IDF vectors (rows: sentences) of stemmed content words."""
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for row, sentence in enumerate(sentences):
        for term in content_terms(sentence):
            rows.append(row)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
    n = len(sentences)
    data = np.ones(len(rows))
    counts = sparse.csr_matrix((data, (rows, cols)), shape=(n, max(len(vocabulary), 1)))
    counts.sum_duplicates()
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1.0 + n) / (1.0 + document_frequency)) + 1.0
    weighted = counts.multiply(idf[np.newaxis, :]).tocsr()
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ weighted)


def directed_centrality(vectors: sparse.csr_matrix) -> np.ndarray:
    """For each sentence: its similarity to all later sentences minus BACKWARD_WEIGHT × that to earlier ones."""
    n, width = vectors.shape
    self_similarity = np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel()
    total = np.asarray(vectors @ np.asarray(vectors.sum(axis=0)).ravel()).ravel() - self_similarity
    forward = np.zeros(n)
    later = np.zeros(width)
    for start in range(((n - 1) // _BLOCK) * _BLOCK, -1, -_BLOCK):
        block = vectors[start : start + _BLOCK]
        inner = (block @ block.T).toarray()
        forward[start : start + _BLOCK] = np.asarray(block @ later).ravel() + np.triu(inner, 1).sum(axis=1)
        later += np.asarray(block.sum(axis=0)).ravel()
    backward = total - forward
    result: np.ndarray = forward - BACKWARD_WEIGHT * backward
    return result


def rank(sentences: Sequence[str], paragraphs: Sequence[int], count: int) -> list[int]:
    """Pick ``count`` sentences (indices, in article order) by directed centrality, quality and MMR.

    ``paragraphs`` (each sentence's paragraph number) is accepted for callers' convenience; the order of
    the sentences is what the method uses.
    """
    n = len(sentences)
    if count >= n:
        return list(range(n))
    if count <= 0:
        return []
    vectors = tfidf_matrix(sentences)
    central = directed_centrality(vectors)
    central = (central - central.min()) / (np.ptp(central) or 1.0)
    scores = central * np.array([quality(s) for s in sentences])
    picked: list[int] = []
    redundancy = np.zeros(n)
    available = np.ones(n, dtype=bool)
    for _ in range(count):
        adjusted = np.where(available, scores - REDUNDANCY * redundancy, -np.inf)
        best = int(np.argmax(adjusted))
        picked.append(best)
        available[best] = False
        similarity = np.asarray((vectors @ vectors[best].T).todense()).ravel()
        redundancy = np.maximum(redundancy, similarity)
    return sorted(picked)
