"""A phrase naming the medium of the words between the speaker and the verb ('NAME in an interview with the Gazette
said', 'the council in a statement said') is no part of the speaker: the outlet does not speak and the phrase is
not the speaker's name. All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Tova Brin in an interview with the Harbour Gazette said the ferry would run.", "Tova Brin"),
        ("The council in a statement said the ferry would run.", "council"),
        ("Ansel Kemp in his opening speech said the ferry would run.", "Ansel Kemp"),
    ],
)
def test_a_medium_phrase_before_the_verb_is_not_the_speaker(sentence: str, speaker: str) -> None:
    assert reported(sentence) == [(speaker, "the ferry would run")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        # a clause of its own before the verb: its subject speaks
        (
            "Tova Brin admitted she had misspoken in two interviews when she claimed the ferry was safe.",
            "Tova Brin",
            "the ferry was safe",
        ),
    ],
)
def test_a_clause_before_the_verb_keeps_its_subject(sentence: str, speaker: str, clause: str) -> None:
    assert (speaker, clause) in reported(sentence)
