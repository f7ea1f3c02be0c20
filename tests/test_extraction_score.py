"""The extraction benchmark's scorer (re-implemented from the benchmark's description)."""

from __future__ import annotations

import pytest

from benchmarks.extraction_score import score_page, shingles, summarise, words

TRUTH = "The council voted on Tuesday to close the old bridge for repairs until the spring."


def test_words_are_unicode_word_runs() -> None:
    assert words("São Paulo's café, 10,000 t!") == ["São", "Paulo", "s", "café", "10", "000", "t"]


def test_shingles_are_a_multiset_of_four_word_runs() -> None:
    counted = shingles("a b c d a b c d")
    assert counted[("a", "b", "c", "d")] == 2
    assert sum(counted.values()) == 5
    assert shingles("two words") == {("two", "words"): 1}


def test_exact_prediction_scores_one() -> None:
    page = score_page(TRUTH, TRUTH)
    assert page.precision == page.recall == page.f1 == 1.0
    assert page.exact


def test_extra_text_lowers_precision_only() -> None:
    page = score_page(TRUTH + " Sign up for our newsletter to get more stories like this.", TRUTH)
    assert page.recall == 1.0
    assert 0.4 < page.precision < 0.8
    assert abs(page.tp + page.fp + page.fn - 1.0) < 1e-9
    assert not page.exact


def test_missing_text_lowers_recall_only() -> None:
    page = score_page("The council voted on Tuesday to close the old bridge", TRUTH)
    assert page.precision == 1.0
    assert page.recall == pytest.approx(7 / 12)  # 10 of 15 words: 7 of 12 shingles


def test_empty_prediction_counts_zero_recall_and_no_precision() -> None:
    empty, good = score_page("", TRUTH), score_page(TRUTH, TRUTH)
    assert not empty.predicted and empty.f1 == 0.0
    summary = summarise([empty, good])
    assert summary.precision == 1.0  # pages without a prediction are skipped for precision
    assert summary.recall == 0.5
    assert summary.f1 == pytest.approx(2 * 0.5 / 1.5)
    assert summary.accuracy == 0.5


def test_f1_is_the_harmonic_mean_of_the_means() -> None:
    pages = [score_page(TRUTH + " " + TRUTH.upper(), TRUTH), score_page(TRUTH[:40], TRUTH)]
    summary = summarise(pages)
    precision = (pages[0].precision + pages[1].precision) / 2
    recall = (pages[0].recall + pages[1].recall) / 2
    assert summary.f1 == pytest.approx(2 * precision * recall / (precision + recall))
