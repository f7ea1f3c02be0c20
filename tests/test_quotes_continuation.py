"""Quotations that go on from the speaker before them, transcript turns, and capitalised words that open a
sentence but never a name (issue 15), on texts of our own."""

from __future__ import annotations

import pytest

from tests.test_quotes_patterns import run


def test_quotation_running_on_into_the_writers_words_is_the_last_speakers() -> None:
    report = run('"We won the vote," said Dana Pike, the mayor. "We will keep it" through the winter.')
    assert [(q.speaker, q.text) for q in report.quotes] == [
        ("Dana Pike", "We won the vote"),
        ("Dana Pike", "We will keep it"),
    ]


def test_quoted_term_that_is_a_subject_is_not_carried() -> None:
    report = run('"We won," Dana Pike said. "Top secret" is the highest level of all.')
    assert [q.text for q in report.quotes] == ["We won"]


def test_transcript_turns_in_straight_marks_are_their_labels_speakers() -> None:
    report = run(
        "A transcript follows:",
        '"HOST: Will the senator be there tomorrow?',
        '"OLSEN: She will not. It is serious business.',
        '"(CROSSTALK.)',
        '"And I think the voters know it.',
        '"VIDEO: The ad ran on Monday night.',
    )
    assert [(q.speaker, q.text) for q in report.quotes] == [
        ("Host", "HOST: Will the senator be there tomorrow?"),
        ("Olsen", "OLSEN: She will not. It is serious business."),
        ("Olsen", "And I think the voters know it."),
    ]


@pytest.mark.parametrize(
    "narrative",
    [
        "Dana Pike toured the state. In California, she met farmers.",
        "Dana Pike toured the state. What Salem wants, she said, is water.",
    ],
)
def test_opening_preposition_or_question_word_is_no_part_of_a_name(narrative: str) -> None:
    report = run(narrative, '"Let me give you my prediction," she said.')
    assert [q.speaker for q in report.quotes if q.kind == "direct"] == ["Dana Pike"]


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," said Roberta "Bobbie" Stone, the congresswoman.',
        '"We will win," Roberta "Bobbie" Stone said.',
    ],
)
def test_quoted_nickname_inside_a_name_is_part_of_the_name(text: str) -> None:
    assert [(q.speaker, q.text) for q in run(text).quotes] == [("Roberta Stone", "We will win")]


def test_attribution_after_an_exclamation_may_hold_an_appositive() -> None:
    report = run('"We will win this time!" Dana Pike, the new party leader, shouted as the count began.')
    assert [q.speaker for q in report.quotes] == ["Dana Pike"]


def test_subject_after_a_participle_adverbial_opened_by_a_lead_word() -> None:
    report = run('While celebrating the win on Tuesday night, Dana Pike mocked her rival, saying she lacks "strength."')
    assert [(q.speaker, q.text) for q in report.quotes if q.kind == "direct"] == [("Dana Pike", "strength.")]
