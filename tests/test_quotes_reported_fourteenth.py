"""Reported speech, fourteenth session: the object of 'told' ending where a clause's subject meets its auxiliary
('told reporters crews would stay'), a place after the object ('told reporters outside the hall that'), and a
speech verb's bare form naming where something was said ('said in a note to clients that'). Every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Nia Corbet told reporters crews would stay at the dam overnight.", "crews would stay at the dam overnight"),
        ("The harbour master told us ferries were running late.", "ferries were running late"),
        ("Nia Corbet told the committee members had not seen the plans.", "members had not seen the plans"),
        ("Nia Corbet told the head of the agency the dam was safe.", "the dam was safe"),
    ],
)
def test_a_plain_subject_after_the_object_of_told_opens_the_clause(sentence: str, clause: str) -> None:
    assert [c for _, c in reported(sentence)] == [clause]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nia Corbet told reporters gathered outside the depot.",
        "Nia Corbet told the story of the flood to the children.",
        "Nia Corbet told them stories of the old harbour.",
    ],
)
def test_an_object_of_told_without_a_clause_reports_nothing(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Nia Corbet told reporters outside the depot that the line would reopen.",
        "Nia Corbet told reporters outside the depot the line would reopen.",
        "Nia Corbet told the crowd around her the line would reopen.",
    ],
)
def test_a_place_after_the_object_of_told_is_not_the_clause(sentence: str) -> None:
    assert reported(sentence) == [("Nia Corbet", "the line would reopen")]


@pytest.mark.parametrize(
    "phrase",
    ["in a note to clients", "in a research note", "in the report on Friday", "in a brief comment"],
)
def test_a_speech_noun_in_an_inserted_phrase_does_not_stop_the_clause(phrase: str) -> None:
    sentence = f"Analysts at Corvane Partners said {phrase} that the shares were cheap."
    assert reported(sentence) == [("Analysts at Corvane Partners", "the shares were cheap")]
