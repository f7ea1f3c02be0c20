"""The default method's quality multiplier: a sentence with no verb-like word counts for less. The word
test reads words one at a time; it must agree with searching the sentence for a verb-like whole word
under Python's case rules (which match more than ``str.lower``). Content terms read text whose only
letters are a-z with a plain range pattern; they must be the Unicode pattern's. An attribution tail is
looked for with the speech-verb expression only when a word could start it. Sentences are invented."""

from __future__ import annotations

import re

import pytest

from digest.core.summarize import sentences, words
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


WORDY = [
    "The mayor\u2019s well-known plan \u2014 \u201cbold\u201d, some said \u2026 passed.",
    "Rock\u2019n\u2019roll fans don't mind: it's 2024's best-selling record!",
    "Caf\u00e9 owners in Z\u00fcrich cheered",
    "\u041c\u043e\u0441\u043a\u0432\u0430 and Kyiv",
    "The \u212aelvin scale, 12kg and x2y",
    "snake_case words__and -dashes- 'quoted'",
]


@pytest.mark.parametrize("sentence", WORDY)
def test_content_terms_find_the_words_of_the_unicode_pattern(sentence: str) -> None:
    found = words._FAST_WORD.findall(sentence.lower())
    expected = tuple(term for term in map(words._TERMS.__getitem__, found) if term)
    assert words.content_terms(sentence) == expected


def test_the_punctuation_read_as_ascii_text_holds_no_letter() -> None:
    allowed = "\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026"
    assert all(words._MAYBE_OTHER_LETTER.match(char) is None for char in allowed)
    assert not any(words._FAST_WORD.search(char) for char in allowed)
    assert all(words._MAYBE_OTHER_LETTER.match(char) for char in "\u00e9\u0131\u017f\u212a\u0416")


TAILS = [
    "he added.",
    "Said the harbour master.",
    "the minister WENT ON.",
    "she went on",
    "O\u2019Brien told reporters.",
    "the ferry left at noon.",
    "\u017faid the mayor.",
    "Mr. Placeholder added later.",
    "added",
    "a, b, c, d, e, f, g, said",
    "he said \u201cyes\u201d",
]


@pytest.mark.parametrize("piece", TAILS)
def test_an_attribution_tail_is_what_the_expression_matches(piece: str) -> None:
    expected = len(piece.split()) <= 7 and "\u201c" not in piece and bool(sentences._ATTRIBUTION_TAIL.match(piece))
    assert sentences._is_attribution_tail(piece) == expected


def test_split_sentences_keep_their_attribution_tails() -> None:
    first = "The pier will be rebuilt by spring and every boat will have a berth. Announced the mayor on Monday."
    assert sentences.split_text(f"{first} The ferry runs twice a day.") == [first, "The ferry runs twice a day."]


def test_a_sentence_under_six_words_counts_for_less() -> None:
    assert quality("The ferry left at noon.") < quality("The ferry left the quay at noon.") == 1.0
    assert quality("The ferry left the old quay at noon today.") == 1.0
