"""Reported speech, twelfth session: the speaker of a verb of speech in a relative clause on a noun phrase that is
not the sentence's subject ('..., a young deckhand, who said A', 'NAME, the head of the board, who said A',
'harbour workers who say A'). Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "The last word was from a young deckhand, who said the ferry was late.",
            "young deckhand",
            "the ferry was late",
        ),
        (
            "The plan was backed by Dana Pike, the head of the harbour board, who said the boats were ready.",
            "Dana Pike",
            "the boats were ready",
        ),
        (
            "It was written by Dana Pike, a novelist from Kelby, who said the book took ten years.",
            "Dana Pike",
            "the book took ten years",
        ),
        (
            "The council faced anger from anglers and harbour workers who say the quota is too low.",
            "harbour workers",
            "the quota is too low",
        ),
    ],
)
def test_a_relative_clause_on_an_object_names_its_antecedent(sentence: str, speaker: str, clause: str) -> None:
    assert reported(sentence) == [(speaker, clause)]


def test_the_one_told_is_not_the_speaker_of_a_relative_clause() -> None:
    sentence = "Dana Pike told a young man who suggested that the ferry was late that the boat would wait."
    assert all(speaker != "young man" for speaker, _ in reported(sentence))


def test_a_noun_after_a_preposition_in_a_description_is_not_who_spoke() -> None:
    sentence = '"No," said one captain familiar with the talks, who added that the board seemed tired.'
    assert all(speaker != "talks" for speaker, _ in reported(sentence))


def test_a_relative_clause_inside_a_reported_clause_leaves_it_whole() -> None:
    sentence = "Dana Pike said she had a source who told her the ferry was late."
    assert reported(sentence)[0] == ("Dana Pike", "she had a source who told her the ferry was late")


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour, which the mayor visited in May, was closed for a week.",
        "The captain who won the race thanked the crew of the ferry.",
        "The ferry carried a young deckhand, who waved at the crowd on the pier.",
        "Anglers and harbour workers who fish at night asked for brighter lamps.",
    ],
)
def test_relative_clauses_without_speech_report_nothing(sentence: str) -> None:
    assert reported(sentence) == []
