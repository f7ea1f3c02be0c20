"""The default method's similarities for a long text: a sparse TF-IDF matrix, sums computed block by block.

Used by :func:`digest.core.summarize.ranking.rank` above its dense limit; ``S = X Xᵀ`` is never built, so
time and memory grow with the text, not with its square (2,000 sentences take a few milliseconds).
Importing this imports scipy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from scipy import sparse

from digest.core.summarize.ranking import idf_weights, term_ids

_BLOCK = 256
"""Rows per block when summing similarities (bounds memory to a block² matrix)."""


def tfidf_matrix(sentences: Sequence[str]) -> sparse.csr_matrix:
    """Row-normalised TF-IDF vectors (rows: sentences) of stemmed content words."""
    rows, cols, width = term_ids(sentences)
    n = len(sentences)
    counts = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, width))
    counts.sum_duplicates()
    weighted = counts.multiply(idf_weights(np.bincount(counts.indices, minlength=width), n)[np.newaxis, :]).tocsr()
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ weighted)


def directed_centrality(vectors: sparse.csr_matrix, backward_weight: float) -> np.ndarray:
    """For each sentence: its similarity to all later sentences minus ``backward_weight`` × that to earlier ones."""
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
    result: np.ndarray = forward - backward_weight * backward
    return result


def similarities(vectors: sparse.csr_matrix) -> Callable[[int], np.ndarray]:
    """A function giving one sentence's similarity to every sentence."""

    def similar_to(index: int) -> np.ndarray:
        row: np.ndarray = np.asarray((vectors @ vectors[index].T).todense()).ravel()
        return row

    return similar_to
