"""Body finding on the extraction benchmark's development pages (skipped without ../shared/extraction).

The full comparison with trafilatura and readability-lxml is ``python benchmarks/extraction.py``; this test
holds digest to a floor on the same pages: every page's body found, and the benchmark's F1 high.
"""

from __future__ import annotations

import pytest

from benchmarks.extraction import DATA, LOST, digest_body, load_pages
from benchmarks.extraction_score import score_page, summarise

needs_pages = pytest.mark.skipif(
    not (DATA / "ground-truth.json").is_file(), reason="../shared/extraction is not beside this clone"
)
F1_FLOOR = 0.97
"""The issue's bar; the development figure was 0.980 when this test was written (trafilatura: 0.958)."""


@needs_pages
def test_every_development_page_gets_its_body_and_f1_stays_above_the_floor() -> None:
    scores = {key: score_page(digest_body(html), truth) for key, (html, truth) in load_pages().items()}
    lost = sorted(key[:12] for key, score in scores.items() if score.f1 < LOST)
    assert lost == []
    summary = summarise(scores.values())
    assert summary.pages == len(scores) >= 90
    assert summary.f1 >= F1_FLOOR, summary
