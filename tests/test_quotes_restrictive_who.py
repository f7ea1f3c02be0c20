"""A quoted fragment that is the short object of a verb in a restrictive relative clause ('a pilot who described
the crossing as "reckless"') is the words of the person 'who' stands for, not of the sentence's subject; a
quotation that ends a longer clause after the relative one stays with the verb that governs it. All sentences and
names are invented."""

from __future__ import annotations

import pytest

from tests.quote_support import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Ansel Kemp met a harbour pilot who described the crossing as "reckless."', "reckless", "harbour pilot"),
        ('The board heard from an officer who called the plan "a disgrace."', "disgrace", "officer"),
        ('Reporters spoke to a nurse who called the ward "a disaster zone."', "disaster", "nurse"),
    ],
)
def test_a_fragment_in_a_restrictive_relative_clause_is_the_antecedent_s(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the quotation ends the 'told ... that' clause, not the relative one
        (
            "Ansel Kemp told a pilot who suggested that crews may quit over pay that"
            ' "no crew has ever been paid more."',
            "no crew",
            "Ansel Kemp",
        ),
        # no person before 'who'
        ('Ansel Kemp met those who called the plan "a disgrace."', "disgrace", "Ansel Kemp"),
    ],
)
def test_other_fragments_keep_their_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker
