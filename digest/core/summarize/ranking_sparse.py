"""The default method's similarities for a long text: sparse TF-IDF rows, sums computed block by block.

Used by :func:`digest.core.summarize.ranking.rank` above its dense limit; ``S = X Xᵀ`` is never built, so
time and memory grow with the text, not with its square (2,000 sentences take a few milliseconds).

The matrix is held as its nonzero cells in row order (:class:`SparseRows`: row, column, value) in plain numpy
arrays: the only products needed (a block of rows with itself, rows with one vector) are a few numpy calls,
and importing scipy.sparse for them cost about 0.18 s of CPU, once in every process that met a long text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from digest.core.summarize.ranking import idf_weights, term_ids

_BLOCK = 256
"""Rows per block when summing similarities (bounds memory to a block² matrix)."""


@dataclass(frozen=True)
class SparseRows:
    """Row-normalised TF-IDF vectors of ``shape[0]`` sentences over ``shape[1]`` terms: the nonzero cells,
    sorted by row then column (``starts[r]:starts[r + 1]`` are row ``r``'s)."""

    shape: tuple[int, int]
    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    starts: np.ndarray

    def row_products(self, vector: np.ndarray) -> np.ndarray:
        """Each row's dot product with a dense ``vector`` over the terms."""
        products: np.ndarray = np.bincount(self.rows, weights=self.values * vector[self.cols], minlength=self.shape[0])
        return products

    def block(self, start: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
        """Rows ``start:stop`` as a dense array over the terms they use, and those terms' column numbers."""
        lo, hi = self.starts[start], self.starts[stop]
        cols, local = np.unique(self.cols[lo:hi], return_inverse=True)
        dense = np.zeros((stop - start, len(cols)))
        dense[self.rows[lo:hi] - start, local] = self.values[lo:hi]
        return dense, cols


def tfidf_matrix(sentences: Sequence[str]) -> SparseRows:
    """Row-normalised TF-IDF vectors (rows: sentences) of stemmed content words."""
    rows, cols, width = term_ids(sentences)
    n = len(sentences)
    cells, counts = np.unique(np.array(rows, dtype=np.intp) * width + np.array(cols, dtype=np.intp), return_counts=True)
    row_of, col_of = cells // width, cells % width
    weighted = counts * idf_weights(np.bincount(col_of, minlength=width), n)[col_of]
    norms = np.sqrt(np.bincount(row_of, weights=weighted * weighted, minlength=n))
    norms[norms == 0] = 1.0
    starts = np.searchsorted(row_of, np.arange(n + 1))
    return SparseRows((n, width), row_of, col_of, weighted * (1.0 / norms)[row_of], starts)


def directed_centrality(vectors: SparseRows, backward_weight: float) -> np.ndarray:
    """For each sentence: its similarity to all later sentences minus ``backward_weight`` × that to earlier ones."""
    n, width = vectors.shape
    self_similarity = np.bincount(vectors.rows, weights=vectors.values * vectors.values, minlength=n)
    total = vectors.row_products(np.bincount(vectors.cols, weights=vectors.values, minlength=width)) - self_similarity
    forward = np.zeros(n)
    later = np.zeros(width)
    for start in range(((n - 1) // _BLOCK) * _BLOCK, -1, -_BLOCK):
        stop = min(start + _BLOCK, n)
        block, cols = vectors.block(start, stop)
        inner = block @ block.T
        forward[start:stop] = block @ later[cols] + np.triu(inner, 1).sum(axis=1)
        later[cols] += block.sum(axis=0)
    backward = total - forward
    result: np.ndarray = forward - backward_weight * backward
    return result


def similarities(vectors: SparseRows) -> Callable[[int], np.ndarray]:
    """A function giving one sentence's similarity to every sentence."""

    def similar_to(index: int) -> np.ndarray:
        lo, hi = vectors.starts[index], vectors.starts[index + 1]
        own = np.zeros(vectors.shape[1])
        own[vectors.cols[lo:hi]] = vectors.values[lo:hi]
        return vectors.row_products(own)

    return similar_to
