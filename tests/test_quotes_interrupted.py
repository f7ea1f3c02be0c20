"""An attribution that interrupts a clause ('NAME, he said, was "A"') is not spoken by the clause's subject."""

from __future__ import annotations

import pytest

from tests.quote_support import direct_speaker_of, speaker_of

_BEFORE = (
    "Mayor Ansel Krogh opened the harbour meeting on Monday.\n\n"
    "His challenger, Pieter Valdane, a ferry pilot, laughed at the plan.\n\n"
    "Krogh later told the meeting that the jetty money had already been set aside. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        'Valdane, he said, was "steering by last year\'s charts".',
        'Valdane, he told the meeting, was "steering by last year\'s charts".',
        'Mr Valdane, he said, was "steering by last year\'s charts".',
        'Mr. Valdane, he insisted, was "steering by last year\'s charts".',
    ],
)
def test_the_name_before_an_interrupting_he_said_is_not_its_speaker(sentence: str) -> None:
    assert direct_speaker_of(_BEFORE + sentence, "last year") == "Mayor Ansel Krogh"


def test_reported_clause_interrupted_by_its_attribution() -> None:
    text = _BEFORE + "Valdane, he said, had never once sailed the route in winter."
    assert speaker_of(text, "never once sailed") == "Mayor Ansel Krogh"


def test_she_said_inside_a_clause_about_another_woman() -> None:
    text = (
        "Councillor Mira Hollund spoke after the vote.\n\n"
        "She praised her deputy, Ines Ballard, and criticised the auditors. "
        'Ms Ballard, she said, had "carried the whole budget on her back".'
    )
    assert direct_speaker_of(text, "whole budget") == "Councillor Mira Hollund"


def test_a_noun_before_the_attribution_leaves_the_pronoun_as_it_was() -> None:
    assert direct_speaker_of(_BEFORE + 'The jetty, he said, was "older than the town".', "older") == (
        "Mayor Ansel Krogh"
    )
