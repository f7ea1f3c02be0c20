"""Reported speech, twenty-eighth session: invented sentences for each class (two coordinated reports, one of them
mostly the speaker's quotation)."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of

_INTRO = "Tamsin Garswood, who runs the island ferry, met the harbour board on Tuesday."


def test_a_report_mostly_quoted_is_left_to_its_direct_quote() -> None:
    """'said it was "A" and that B': the first report is mostly the speaker's quotation, so it is the direct quote
    alone and the second report its own clause."""
    text = f'{_INTRO}\n\nGarswood said it was "wholly beyond our reach" and that the ferry would run twice a week.'
    assert quotes_of(text) == [
        ("direct", "Tamsin Garswood", "wholly beyond our reach"),
        ("indirect", "Tamsin Garswood", "the ferry would run twice a week"),
    ]


def test_a_quoted_second_report_is_left_to_its_direct_quote() -> None:
    """'said A and that "B"': the quoted second report is the direct quote alone; the first stays a clause."""
    text = f'{_INTRO}\n\nGarswood said the ferry would run twice a week and that "nobody here will be stranded."'
    assert quotes_of(text) == [
        ("indirect", "Tamsin Garswood", "the ferry would run twice a week"),
        ("direct", "Tamsin Garswood", "nobody here will be stranded."),
    ]


def test_two_quoted_reports_stay_one_clause() -> None:
    """A near case: both reports mostly quoted ('said it was "A" and that "B"') leave the clause whole, as before."""
    text = f'{_INTRO}\n\nGarswood said it was "wholly beyond our reach" and that "nobody here will be stranded."'
    kinds = [kind for kind, _speaker, _text in quotes_of(text)]
    assert kinds.count("indirect") == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Nearby, retired fisherman Ada Vrell, 79, said it was the third time the pier had flooded.",
        "Upstairs, Ada Vrell, 79, said it was the third time the pier had flooded.",
        "Afterwards Vrell said it was the third time the pier had flooded.",
    ],
)
def test_an_adverb_of_place_opening_the_sentence_is_no_speaker(sentence: str) -> None:
    """'Nearby, NAME, 79, said A', 'Afterwards NAME said A': an adverb of place or sequence opening the sentence is
    no part of the speaker's name."""
    text = f"Ada Vrell has fished from the harbour since 1968.\n\n{sentence}"
    assert [(speaker, kind) for kind, speaker, _text in quotes_of(text)] == [("Ada Vrell", "indirect")]


def test_an_adverb_of_place_before_a_quotation_is_no_speaker() -> None:
    """The same for a quotation: 'Nearby, NAME, 79, said: "A"'."""
    text = 'Ada Vrell fishes from the harbour.\n\nNearby, Ada Vrell, 79, said: "The pier floods every spring."'
    assert [(speaker, kind) for kind, speaker, _text in quotes_of(text)] == [("Ada Vrell", "direct")]


@pytest.mark.parametrize("joint", [", and that", ", but that"])
def test_a_second_report_after_a_quoted_fragment_is_kept(joint: str) -> None:
    """'said A "fragment", and that B': the report after the quotation's comma is a second clause of the same verb,
    not dropped with the writer's words after the quotation."""
    text = f'{_INTRO}\n\nGarswood said the pier was in "a sorry state"{joint} a new one would cost more.'
    assert [(kind, quote) for kind, _speaker, quote in quotes_of(text)] == [
        ("indirect", 'the pier was in "a sorry state"'),
        ("direct", "a sorry state"),
        ("indirect", "a new one would cost more"),
    ]


def test_the_writers_words_after_a_quoted_fragment_still_end_the_clause() -> None:
    """A near case: ', as the council delayed its vote' after the quotation is the writer's, as before."""
    text = f'{_INTRO}\n\nGarswood said the pier was in "a sorry state", as the council delayed its vote.'
    assert [(kind, quote) for kind, _speaker, quote in quotes_of(text)] == [
        ("indirect", 'the pier was in "a sorry state"'),
        ("direct", "a sorry state"),
    ]
