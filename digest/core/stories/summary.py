"""A story's summary: the most central, non-redundant sentences across all of its articles.

1. Every article's sentences (:func:`digest.core.summarize.sentences.article_sentences`), each with its
   article and its position in that article.
2. TF-IDF vectors of the sentences (the summariser's terms and weights, as a scipy.sparse matrix). Each article's
   vector is the mean of its sentences'; the story's centroid is the mean of its articles' (so a long
   article weighs no more than a short one).
3. A sentence scores its cosine similarity to the story centroid, raised for sentences near the top of
   their article (news puts the event first), times the summariser's quality factor (captions,
   credits and boilerplate score low).
4. Redundancy across outlets is removed by MMR: sentences are picked greedily by score minus
   ``REDUNDANCY`` times their greatest similarity to a sentence already picked, and a sentence nearly the
   same as a picked one (similarity above ``DUPLICATE``) is never picked.

The picks are returned grouped by article (articles in the order of their best pick), in article order
within each, and each keeps the index of the article it comes from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from digest.core.model import Article
from digest.core.summarize.ranking import quality
from digest.core.summarize.ranking_sparse import tfidf_matrix as sparse_tfidf
from digest.core.summarize.sentences import article_sentences, split_text

REDUNDANCY = 1.0
"""MMR weight of the similarity to sentences already picked."""

DUPLICATE = 0.4
"""Similarity above which a sentence repeats one already picked (another outlet's wording of it)."""

LEAD_BONUS = 1.0
"""How much more the first sentence of an article weighs than a sentence deep in it."""

LEAD_DECAY = 3.0
"""Sentences over which the lead bonus halves."""

_SITE_NOTICE = re.compile(
    r"\b(?:crawl(?:s|ed|er)?|web archive|wayback|internet archive|archive-it|tweets?|twitter|cookies?|"
    r"javascript|browser|newsletter|sign up|subscribe|log ?in|location information|third-party|privacy policy)\b",
    re.IGNORECASE,
)
_NOTICE_SHARE = 0.4
"""A text whose sentences mention web-service words this often is a site notice, not an article."""

_MIN_WORDS = 40
"""A text shorter than this is a widget or a teaser, not an article."""

_MAX_SENTENCES_PER_ARTICLE = 400
"""Longer articles are cut here (the tail of a very long article rarely belongs in a story's summary)."""


@dataclass(frozen=True)
class StorySentence:
    """One sentence of a story summary.

    Attributes:
        text: The sentence, exactly as in its article's section text.
        article: The index of its article in the list given to :func:`summarize_story`.
        position: Its index among its article's sentences.
    """

    text: str
    article: int
    position: int


def is_site_notice(text: str) -> bool:
    """Tell whether a text is a web site's notice (archive crawls, tweet widgets, sign-up forms) or too short.

    The rule describes the kind of text: under ``_MIN_WORDS`` words, or ``_NOTICE_SHARE`` of its sentences
    or more naming web-service things (crawls, archives, tweets, cookies, browsers, newsletters, log-ins).
    """
    if len(text.split()) < _MIN_WORDS:
        return True
    sentences = split_text(text)
    noticed = sum(1 for s in sentences if _SITE_NOTICE.search(s))
    return bool(sentences) and noticed / len(sentences) >= _NOTICE_SHARE


def tfidf_matrix(sentences: Sequence[str]) -> sparse.csr_matrix:
    """The summariser's row-normalised TF-IDF vectors of the sentences, as a scipy.sparse matrix."""
    rows = sparse_tfidf(sentences)
    return sparse.csr_matrix((rows.values, (rows.rows, rows.cols)), shape=rows.shape)


def _centroid(vectors: sparse.csr_matrix, owners: np.ndarray, articles: int) -> np.ndarray:
    """The mean of the articles' mean sentence vectors."""
    width = vectors.shape[1]
    total = np.zeros(width)
    for article in range(articles):
        rows = vectors[owners == article]
        if rows.shape[0]:
            total += np.asarray(rows.mean(axis=0)).ravel()
    norm = np.linalg.norm(total)
    return total / norm if norm else total


def summarize_story(articles: Sequence[Article], count: int = 8) -> list[StorySentence]:
    """The ``count`` most central, non-redundant sentences across the articles of one story."""
    texts: list[str] = []
    owners: list[int] = []
    positions: list[int] = []
    notices = {i for i, a in enumerate(articles) if is_site_notice(a.text)}
    for index, article in enumerate(articles):
        if index in notices and len(notices) < len(articles):
            continue
        for position, sentence in enumerate(article_sentences(article)[:_MAX_SENTENCES_PER_ARTICLE]):
            texts.append(sentence.text)
            owners.append(index)
            positions.append(position)
    if not texts or count < 1:
        return []
    vectors = tfidf_matrix(texts)
    owner_array = np.array(owners)
    centroid = _centroid(vectors, owner_array, len(articles))
    central = np.asarray(vectors @ centroid).ravel()
    lead = 1.0 + LEAD_BONUS * np.power(0.5, np.array(positions) / LEAD_DECAY)
    scores = central * lead * np.array([quality(t) for t in texts])
    picked = _mmr(vectors, scores, count)
    first_pick = {owners[i]: rank for rank, i in reversed(list(enumerate(picked)))}
    picked.sort(key=lambda i: (first_pick[owners[i]], positions[i]))
    return [StorySentence(texts[i], owners[i], positions[i]) for i in picked]


def _mmr(vectors: sparse.csr_matrix, scores: np.ndarray, count: int) -> list[int]:
    """Pick up to ``count`` sentences by score minus redundancy with those already picked."""
    n = len(scores)
    picked: list[int] = []
    redundancy = np.zeros(n)
    available = np.ones(n, dtype=bool)
    while len(picked) < min(count, n):
        adjusted = np.where(available & (redundancy < DUPLICATE), scores - REDUNDANCY * redundancy, -np.inf)
        best = int(np.argmax(adjusted))
        if not np.isfinite(adjusted[best]):
            break
        picked.append(best)
        available[best] = False
        similarity = np.asarray((vectors @ vectors[best].T).todense()).ravel()
        redundancy = np.maximum(redundancy, similarity)
    return picked
