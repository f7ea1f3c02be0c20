"""The default method's quality multiplier: a sentence with no verb-like word counts for less. The word
test reads words one at a time; it must agree with searching the sentence for a verb-like whole word
under Python's case rules (which match more than ``str.lower``). Sentences are invented."""

from __future__ import annotations

import re

import pytest

from digest.core.summarize.ranking import _VERBISH_WORD, _verbish, quality

SEARCHED = re.compile(rf"\b{_VERBISH_WORD.pattern}\b", re.IGNORECASE)
"""The verb-like test as one search along the sentence."""

SENTENCES = [
    "The harbour master said the ferry would sail at noon.",
    "Bright lanterns along the quay",
    "Photo: the old mill at dusk",
    "WINDS ROSE OVER THE BAY",
    "Gulls circled; a dog barked twice.",
    "Forty boxes of apples",
    "The class of 1990s cars",
    "A grass pass",
    "Caf\u00e9 owners cheered",
    "\u201cWe\u2019re ready,\u201d the baker told them.",
    "The \u017ftatue wa\u017f",
    "Ed and Ned",
    "T\u0131s \u0131s",
    "Wir gehen nach Hause",
    "snake_cased_ words_ed",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_word_by_word_test_agrees_with_the_search(sentence: str) -> None:
    assert _verbish(sentence) == bool(SEARCHED.search(sentence))


def test_a_sentence_without_a_verb_like_word_counts_for_less() -> None:
    statement = "The harbour master said the ferry would sail at noon."
    caption = "Bright lanterns along the quay and the old stone pier tonight."
    assert quality(statement) == 1.0
    assert quality(caption.replace("lanterns", "lantern")) < quality(caption)
