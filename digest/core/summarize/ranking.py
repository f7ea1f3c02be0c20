"""The ``default`` method: vectorised LexRank centrality with a news position prior and MMR.

For sentences s_1..s_n of one text:

1. **Centrality** (LexRank, continuous): TF-IDF vectors of stemmed content words (a sparse matrix),
   cosine similarities ``S = X Xᵀ`` (applied as two sparse products, never built), PageRank by power iteration.
   Everything is numpy/scipy, so 2,000 sentences take a fraction of a second.
2. **Position prior**: news puts the point first, so a sentence in paragraph p gets
   ``1 / (1 + p / POSITION_SCALE)``.
3. **Penalties** for sentences that are not statements: captions, credits and boilerplate (very short,
   no verb-like word, all capitals, ``Photo:``/``Image:``/``Read more`` ...).
4. **Redundancy removal** (MMR): pick greedily by ``score - REDUNDANCY * max similarity to those picked``.

The picks are returned in article order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from digest.core.summarize.words import content_terms

POSITION_SCALE = 1.0
"""Paragraph distance at which the position prior has halved."""

CENTRALITY_WEIGHT = 0.5
"""Weight of centrality (scaled to [0, 1]) against the position prior (in (0, 1])."""

REDUNDANCY = 0.5
"""MMR weight of the similarity to sentences already picked."""

DAMPING = 0.85
"""PageRank damping factor for the centrality walk."""

_BOILERPLATE = re.compile(
    r"^\s*(?:photo|image|picture|video|watch|listen|read more|related|see also|advertisement|click|follow|"
    r"subscribe|sign up|copyright|©|credit|source|getty|ap photo|reuters/)\b",
    re.IGNORECASE,
)
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|do|does|did|"
    r"\w+ed|\w+es|\w+s)\b",
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
    letters = [c for c in sentence if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
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


def centrality(vectors: sparse.csr_matrix, iterations: int = 100, tolerance: float = 1e-8) -> np.ndarray:
    """Continuous LexRank: the stationary distribution of a damped walk on the cosine-similarity graph.

    The graph ``S = X Xᵀ`` (self-loops removed) is never built: each step multiplies by ``X`` and ``Xᵀ``,
    so time and memory grow with the number of words, not with the square of the number of sentences.
    """
    n = vectors.shape[0]
    transposed = vectors.T.tocsr()
    self_similarity = np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel()

    def similarity_times(v: np.ndarray) -> np.ndarray:
        result: np.ndarray = np.asarray(vectors @ (transposed @ v)) - self_similarity * v
        return result

    degree = similarity_times(np.ones(n))
    degree[degree <= 1e-12] = 1.0
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        updated = (1.0 - DAMPING) / n + DAMPING * similarity_times(scores / degree)
        updated /= updated.sum()
        if np.abs(updated - scores).sum() < tolerance:
            return np.asarray(updated)
        scores = updated
    return scores


def rank(sentences: Sequence[str], paragraphs: Sequence[int], count: int) -> list[int]:
    """Pick ``count`` sentences (indices, in article order) by centrality, position, quality and MMR."""
    n = len(sentences)
    if count >= n:
        return list(range(n))
    if count <= 0:
        return []
    vectors = tfidf_matrix(sentences)
    central = centrality(vectors)
    central = (central - central.min()) / (np.ptp(central) or 1.0)
    first = min(paragraphs)
    prior = 1.0 / (1.0 + (np.asarray(paragraphs, dtype=float) - first) / POSITION_SCALE)
    scores = (CENTRALITY_WEIGHT * central + prior) * np.array([quality(s) for s in sentences])
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
