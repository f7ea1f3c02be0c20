"""The ``default`` method: position-aware (directed) centrality, caption penalties and MMR.

For the sentences s_1..s_n of one text (the whole article, or one section):

1. **Similarity**: TF-IDF vectors of stemmed content words (a matrix ``X``), cosine similarity
   ``S = X Xᵀ``. A text of up to :data:`DENSE_LIMIT` sentences (nearly every article) uses dense numpy
   arrays, which are fastest at that size; a longer one uses a sparse matrix
   (:mod:`~digest.core.summarize.ranking_sparse`) and never builds ``S``: the sums are computed block by
   block, so time and memory grow with the text, not with its square. Both give the same picks.
   numpy is imported on the first ranking (never scipy: the sparse rows are plain numpy arrays), so
   importing this is cheap.
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
from functools import lru_cache
from typing import TYPE_CHECKING

from digest.core.summarize.words import content_terms

if TYPE_CHECKING:
    import numpy as np

BACKWARD_WEIGHT = 2.0
"""How much similarity to earlier sentences counts against a sentence (PacSum's published setting)."""

REDUNDANCY = 0.25
"""MMR weight of the similarity to sentences already picked."""

_DECIMALS = 9
"""Decimals kept of centralities and similarities: the dense and sparse sums differ only far below this."""

DENSE_LIMIT = 400
"""Most sentences ranked with dense arrays (n² similarities and n × vocabulary weights held at once)."""

_BOILERPLATE = re.compile(
    r"^\s*(?:photo|image|picture|video|watch|listen|read more|related|see also|advertisement|click|follow|"
    r"subscribe|sign up|copyright|©|credit|source|getty|ap photo|reuters/)\b",
    re.IGNORECASE,
)
_VERB_WORDS = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may"}
    | {"might", "must", "should", "do", "does", "did", "said", "told", "made", "took", "came", "went", "gave"}
    | {"got", "won", "lost", "left", "met", "saw", "knew", "held", "led", "paid", "sold", "fell", "rose"}
)
_VERBISH_WORD = re.compile(rf"(?:{'|'.join(sorted(_VERB_WORDS))}|\w{{3,}}ed|\w{{2,}}[^s\W]s)", re.IGNORECASE)
"""A verb-like word: a common verb form, a word ending in -ed or in -s (not -ss)."""
_WORD_RUN = re.compile(r"\w+")


def _verbish(sentence: str) -> bool:
    """Whether a whole word of ``sentence`` is verb-like (:data:`_VERBISH_WORD`). An ASCII word is told by
    its lower case and ending, the same test without the regular expression (which, searched along the
    sentence, tried every verb at every word); any other word by the expression, whose case rules go
    beyond ``lower``."""
    for match in _WORD_RUN.finditer(sentence):  # lazily: a verb comes early in most sentences
        word = match.group()
        if not word.isascii():
            if _VERBISH_WORD.fullmatch(word):
                return True
            continue
        lower = word.lower()
        if lower in _VERB_WORDS or (len(lower) > 4 and lower[-2:] == "ed"):
            return True
        if len(lower) > 3 and lower[-1] == "s" and lower[-2] != "s":
            return True
    return False


_MIN_WORDS = 6


@lru_cache(maxsize=4096)
def quality(sentence: str) -> float:
    """A multiplier in (0, 1]: 1 for an ordinary statement, small for captions, credits and boilerplate."""
    words = sentence.split(None, _MIN_WORDS)  # the count matters only below _MIN_WORDS
    factor = 1.0
    if len(words) < _MIN_WORDS:
        factor *= 0.3
    if _BOILERPLATE.match(sentence):
        factor *= 0.1
    if sentence.isupper():
        factor *= 0.2
    if not _verbish(sentence):
        factor *= 0.3
    if sentence.rstrip()[-1:] not in ".!?\"'”’)":
        factor *= 0.5
    return factor


def term_ids(sentences: Sequence[str]) -> tuple[list[int], list[int], int]:
    """The (sentence, term) pairs of every content word occurrence, and the vocabulary size."""
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for row, sentence in enumerate(sentences):
        for term in content_terms(sentence):
            rows.append(row)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
    return rows, cols, max(len(vocabulary), 1)


def idf_weights(document_frequency: np.ndarray, n: int) -> np.ndarray:
    """Smoothed inverse document frequency of each term, for ``n`` sentences."""
    import numpy as np

    weights: np.ndarray = np.log((1.0 + n) / (1.0 + document_frequency)) + 1.0
    return weights


def dense_tfidf(sentences: Sequence[str]) -> np.ndarray:
    """Row-normalised TF-IDF vectors (rows: sentences) of stemmed content words, as a dense array."""
    import numpy as np

    rows, cols, width = term_ids(sentences)
    n = len(sentences)
    cells = np.array(rows, dtype=np.intp) * width + np.array(cols, dtype=np.intp)
    counts = np.bincount(cells, minlength=n * width).reshape(n, width).astype(float)  # occurrences per cell
    weighted = counts * idf_weights(np.add.reduce(counts > 0, axis=0, dtype=np.intp), n)[np.newaxis, :]
    norms = np.sqrt(np.add.reduce(weighted * weighted, axis=1))
    norms[norms == 0] = 1.0
    vectors: np.ndarray = weighted * (1.0 / norms)[:, np.newaxis]
    return vectors


@lru_cache(maxsize=64)
def _triangles(n: int) -> tuple[np.ndarray, np.ndarray]:
    """The masks of an ``n`` × ``n`` matrix's cells on or below the diagonal and strictly below it (the
    ones ``np.triu(m, 1)`` and ``np.tril(m, -1)`` make for every call), made once per size."""
    import numpy as np

    return np.tri(n, n, 0, dtype=bool), np.tri(n, n, -1, dtype=bool)


def dense_centrality(similarity: np.ndarray) -> np.ndarray:
    """For each sentence: its similarity to all later sentences minus BACKWARD_WEIGHT × that to earlier ones."""
    import numpy as np

    on_or_below, below = _triangles(len(similarity))
    forward = np.add.reduce(np.where(on_or_below, 0.0, similarity), axis=1)  # np.triu(similarity, 1), row sums
    backward = np.add.reduce(np.where(below, similarity, 0.0), axis=1)  # np.tril(similarity, -1), row sums
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
    import numpy as np

    if n <= DENSE_LIMIT:
        vectors = dense_tfidf(sentences)
        similarity = vectors @ vectors.T
        central = dense_centrality(similarity)
        similar_to = similarity.__getitem__
    else:
        from digest.core.summarize.ranking_sparse import directed_centrality, similarities, tfidf_matrix

        matrix = tfidf_matrix(sentences)
        central = directed_centrality(matrix, BACKWARD_WEIGHT)
        similar_to = similarities(matrix)
    central = central.round(_DECIMALS)  # rounding noise (sums in another order) never breaks a tie
    low = np.minimum.reduce(central)
    central = (central - low) / ((np.maximum.reduce(central) - low) or 1.0)  # np.ptp without its wrapper
    scores = central * np.array([quality(s) for s in sentences])
    picked: list[int] = []
    redundancy = np.zeros(n)
    available = np.ones(n, dtype=bool)
    for _ in range(count):
        adjusted = np.where(available, scores - REDUNDANCY * redundancy, -np.inf)
        best = int(adjusted.argmax())
        picked.append(best)
        available[best] = False
        redundancy = np.maximum(redundancy, similar_to(best).round(_DECIMALS))
    return sorted(picked)
