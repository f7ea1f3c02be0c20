"""Shared fixtures: the sample digest and the evaluation corpus (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SAMPLE = SEEDS / "idlib-seed.txt"
POLYGRAPH = SEEDS / "polygraph-al-tanf-rukban.html"
CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_files(*suffixes: str) -> list[Path]:
    """The corpus articles with the given suffixes (empty when the corpus is absent)."""
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.iterdir() if p.suffix in suffixes)


needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this clone")


@pytest.fixture
def sample_path() -> Path:
    """The project's seed article."""
    return SAMPLE


@pytest.fixture(autouse=True)
def _tmp_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test uses a library and a config folder (the remembered theme) in its own temporary folder, never
    the user's."""
    path = tmp_path / "library" / "library.sqlite3"
    monkeypatch.setenv("DIGEST_LIBRARY", str(path))
    monkeypatch.setenv("DIGEST_CONFIG_DIR", str(tmp_path / "config"))
    return path
