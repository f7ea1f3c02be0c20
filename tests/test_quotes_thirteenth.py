"""Quotes, thirteenth session (lead): shapes found by a second invented-English probe. Every sentence is invented."""

from __future__ import annotations

import pytest

from digest.core.quotes.tokens import WORD, tokenize
from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize("word", ["km/h", "150km/h", "and/or", "24/7", "gusts/winds"])
def test_a_slash_between_word_characters_keeps_one_word(word: str) -> None:
    text = f"The {word} here"
    tokens = tokenize(text, 0, len(text), [])
    assert [t.text for t in tokens] == ["The", word, "here"] and tokens[1].kind is WORD


@pytest.mark.parametrize("text", ["gusts / winds", "gusts/ winds", "gusts /winds", "the end/"])
def test_a_slash_beside_a_space_or_at_the_end_is_punctuation(text: str) -> None:
    assert "/" in [t.text for t in tokenize(text, 0, len(text), [])]


@pytest.mark.parametrize(
    "sentence",
    [
        "The forecaster said gusts of 150km/h were possible on the coast.",
        "The forecaster said gusts of 150 km/h were possible on the coast.",
        "The warden said walkers and/or cyclists would need a permit.",
    ],
)
def test_a_clause_holding_a_slashed_word_is_reported(sentence: str) -> None:
    assert len(reported(sentence)) == 1 and reported(sentence)[0][1].startswith(("gusts", "walkers"))
