"""The default method ranks short texts with dense arrays and long ones sparsely: both pick the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from digest.core.errors import DigestError
from digest.core.ingest import load_article
from digest.core.model import Article
from digest.core.summarize import ranking, summarize
from tests.conftest import CORPUS, ROOT, SEEDS

STORIES = CORPUS.parent / "stories" / "ecbplus-dev"


def _articles() -> list[Article]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(SEEDS.glob("*.html"))
    if CORPUS.is_dir():
        paths += sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html", ".md"))
    if STORIES.is_dir():
        paths += sorted(STORIES.glob("*.txt"))[::3]
    found = []
    for path in paths:
        try:
            found.append(load_article(path))
        except DigestError:
            continue
    return found


def test_dense_and_sparse_ranking_pick_the_same_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _articles()
    dense = [summarize(a, count, cache=False) for a in articles for count in (1, 3, 5)]
    monkeypatch.setattr(ranking, "DENSE_LIMIT", 0)
    sparse = [summarize(a, count, cache=False) for a in articles for count in (1, 3, 5)]
    assert len(dense) >= 6
    for expected, got in zip(sparse, dense, strict=True):
        assert got == expected


def test_long_text_uses_the_sparse_path_and_no_text_imports_scipy() -> None:
    sentences = [f"The council member number {n} said the budget for item {n % 17} was approved." for n in range(500)]
    picks = ranking.rank(sentences, list(range(500)), 3)
    assert len(picks) == 3 and "digest.core.summarize.ranking_sparse" in sys.modules
    probe = (
        "import sys, pathlib; from digest.core.summarize import summarize, ranking; from digest.core.ingest import"
        f" load_article; summarize(load_article(pathlib.Path({str(SEEDS / 'idlib-seed.txt')!r})));"
        " ranking.rank([f'Member {n} said item {n % 17} of the budget was approved.' for n in range(900)], [], 3);"
        " print('digest.core.summarize.ranking_sparse' in sys.modules, 'scipy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True False"


def test_sparse_rows_give_the_products_of_the_dense_matrix() -> None:
    import numpy as np

    from digest.core.summarize import ranking_sparse

    sentences = [
        f"Member {n} of the {['council', 'board', 'panel'][n % 3]} voted on item {n % 7} today." for n in range(600)
    ]
    dense = ranking.dense_tfidf(sentences)
    rows = ranking_sparse.tfidf_matrix(sentences)
    similarity = dense @ dense.T
    assert np.allclose(ranking_sparse.directed_centrality(rows, 2.0), ranking.dense_centrality(similarity))
    for index in (0, 299, 599):
        assert np.allclose(ranking_sparse.similarities(rows)(index), similarity[index])


def test_importing_the_summariser_imports_neither_numpy_nor_scipy() -> None:
    probe = "import sys, digest.core.summarize; print('numpy' in sys.modules, 'scipy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], cwd=Path(ROOT), capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False False"


def test_the_fast_stemmer_gives_the_pure_python_snowball_stems() -> None:
    import re

    from snowballstemmer.english_stemmer import EnglishStemmer

    from digest.core.summarize.words import stem

    words = {w for a in _articles() for w in re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", a.text.lower())}
    pure = EnglishStemmer()
    assert len(words) > 500
    assert [stem(w) for w in sorted(words)] == [pure.stemWord(w) for w in sorted(words)]
