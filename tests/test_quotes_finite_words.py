"""The auxiliaries and forms of 'be' are one table (quotes/tense.py) read both by the tests of a clause
(clause_shape.FINITE_WORDS) and by the tense of a reported clause: 'cannot' and 'shall' make a clause as 'would'
does ('am' after a number is the time of day), and a negated auxiliary has its auxiliary's tense. Every
sentence is invented."""

from __future__ import annotations

import pytest

from digest.core.quotes.clause_shape import FINITE_WORDS
from digest.core.quotes.tense import FINITE_AUXILIARIES, FUTURE, MODAL, PAST, PERFECT, PRESENT, clause_tense
from digest.core.quotes.tokens import tokenize
from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Nia Corbet told reporters crews cannot stay at the dam overnight.", "crews cannot stay at the dam overnight"),
        ("Nia Corbet told reporters crews shall stay at the dam overnight.", "crews shall stay at the dam overnight"),
        ("Nia Corbet told reporters crews would stay at the dam overnight.", "crews would stay at the dam overnight"),
    ],
)
def test_cannot_and_shall_open_a_clause_like_would(sentence: str, clause: str) -> None:
    assert [c for _, c in reported(sentence)] == [clause]


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("the board hasn't acted", PRESENT),
        ("the board cannot act", PRESENT),
        ("the board hadn't acted", PERFECT),
        ("the board shouldn't act", MODAL),
        ("the board won't act", FUTURE),
        ("the board didn’t act", PAST),
    ],
)
def test_a_negated_auxiliary_has_its_tense(text: str, tense: str) -> None:
    tokens = tokenize(text, 0, len(text), [])
    assert clause_tense(tokens, 0, len(tokens)) == tense


def test_a_time_of_day_is_no_clause() -> None:
    sentence = "Nia Corbet told reporters before 10 am the ferry would sail."
    assert [c for _, c in reported(sentence)] == ["the ferry would sail"]


def test_every_finite_word_has_a_tense() -> None:
    assert {w.replace("’", "'") for w in FINITE_WORDS} == FINITE_AUXILIARIES
    tokens = tokenize("I am", 0, 4, [])
    assert clause_tense(tokens, 0, 2) == PRESENT
