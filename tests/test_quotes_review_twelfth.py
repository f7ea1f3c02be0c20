"""Mends after a review of the twelfth session's rules: a subject asked a question who answers before the
quotation is its speaker ('X was asked about it and shrugged: "..."'), but not past a relative clause about the
asker. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes


def direct(text: str) -> list[tuple[str, str]]:
    report = extract_quotes(Article("t", "x", (Section(None, text),)))
    return [(q.speaker, q.text) for q in report.quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ('Cora Penn was asked about her future and shrugged: "Who knows?"', "Cora Penn", "Who knows?"),
        (
            'Ms Dorn was pressed on the delays at the depot, but stayed calm: "We did nothing wrong."',
            "Ms Dorn",
            "We did nothing wrong.",
        ),
    ],
)
def test_a_subject_asked_who_answers_before_the_quotation_says_it(text: str, speaker: str, words: str) -> None:
    assert direct(text) == [(speaker, words)]


@pytest.mark.parametrize(
    "text",
    [
        'Cora Penn was pressed on whether the plan would "ruin the harbour".',
        'Cora Penn was asked by reporters whether the fares "were fair".',
        'Cora Penn was asked by the host, who has backed her, but has doubts: "Will you quit?"',
    ],
)
def test_the_words_a_subject_is_asked_are_not_its_own(text: str) -> None:
    assert not any(speaker == "Cora Penn" for speaker, _ in direct(text))


def reported(text: str) -> list[tuple[str, str]]:
    report = extract_quotes(Article("t", "x", (Section(None, text),)))
    return [(q.speaker, q.text) for q in report.quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbin Mills will shut two plants and cut 900 jobs, the company said on Monday, as it battles weak demand.",
        "Harbin Mills will shut two plants and cut 900 jobs, the company said, as it battles falling demand.",
        "Harbin Mills will shut two plants and cut 900 jobs, the company said, amid a slump in orders.",
    ],
)
def test_a_wire_lead_s_context_after_its_attribution_is_the_writer_s(sentence: str) -> None:
    assert reported(sentence) == [("company", "Harbin Mills will shut two plants and cut 900 jobs")]


def test_a_condition_after_the_attribution_stays_what_was_said() -> None:
    found = reported("The new ferry will pay for itself, Dana Pike said, as long as the council keeps the fares.")
    assert not any(text == "The new ferry will pay for itself" for _, text in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We are over the moon," beamed Kirra Vance after the final.', "Kirra Vance"),
        ('"It was our day," grinned the captain.', "captain"),
        ('"Not now," snapped Ada Moss.', "Ada Moss"),
    ],
)
def test_a_verb_of_the_manner_of_saying_before_its_speaker(text: str, speaker: str) -> None:
    assert [who for who, _ in direct(text)] == [speaker]


def test_a_manner_verb_before_no_speaker_names_none() -> None:
    assert direct('The old song "Blue Water," sighed over the radio all night.') == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The spokesman did not say whether the plant would reopen.",
        "Ivo Marsh never said the plant would close.",
        "The mayor hasn't said whether she will run again.",
        "The agency has not said how many boats it sold in the spring.",
    ],
)
def test_a_denied_verb_of_speech_reports_nothing(sentence: str) -> None:
    assert reported(sentence) == []


def test_a_negation_inside_the_clause_is_what_was_said() -> None:
    assert reported("Ivo Marsh said the plant would not close.") == [("Ivo Marsh", "the plant would not close")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Marsh said, in a speech to party members, that the ferry tax would be scrapped.",
        "Ivo Marsh said, in a long speech to members in Kelby on Friday, that the ferry tax would be scrapped.",
    ],
)
def test_a_phrase_set_off_by_commas_between_the_verb_and_that(sentence: str) -> None:
    assert reported(sentence) == [("Ivo Marsh", "the ferry tax would be scrapped")]


def test_a_relative_that_inside_the_phrase_opens_no_clause() -> None:
    found = reported("The ferry tax is dead, Ivo Marsh said, in a speech that angered many members.")
    assert found == [("Ivo Marsh", "The ferry tax is dead")]
