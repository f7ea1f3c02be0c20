"""A reported clause holding a quotation ends at the last comma before it only when that comma ends the clause:
a pair of commas around a name or an age in the clause's subject ('his deputy, Tova Brin, had called it "A"') is an
apposition, and the clause goes on to its end. All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            'Ansel Kemp said his deputy, Tova Brin, had called the plan "a failure".',
            'his deputy, Tova Brin, had called the plan "a failure"',
        ),
        (
            'Ansel Kemp said the chef, 58, had called the dish "a disaster".',
            'the chef, 58, had called the dish "a disaster"',
        ),
        (
            'Ansel Kemp said he would stay while his rival, Tova Brin, wants to "start again".',
            'he would stay while his rival, Tova Brin, wants to "start again"',
        ),
    ],
)
def test_an_apposition_before_the_quotation_does_not_end_the_clause(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Ansel Kemp", clause)]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # the comma opens the writer's relative clause
        ('Ansel Kemp said the ferry would stop, which he described as "insolent".', "the ferry would stop"),
        # after the pair comes a new clause, not the subject's predicate
        (
            'Ansel Kemp said the crews had waited for Tova Brin, 29, however the "night shift" never came.',
            "the crews had waited for Tova Brin, 29",
        ),
    ],
)
def test_a_comma_that_ends_the_clause_still_ends_it(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Ansel Kemp", clause)]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            'Ansel Kemp said the crews were tired, and a longer shift would "break them".',
            'the crews were tired, and a longer shift would "break them"',
        ),
    ],
)
def test_a_clause_coordinated_before_the_quotation_goes_on(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Ansel Kemp", clause)]


def test_a_second_report_holding_the_quotation_is_a_clause_of_its_own() -> None:
    """Both reports are kept, each its own clause (mixed_split)."""
    assert reported('Ansel Kemp said he had hoped to stay, but that the board was "not listening".') == [
        ("Ansel Kemp", "he had hoped to stay"),
        ("Ansel Kemp", 'the board was "not listening"'),
    ]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # someone else's act of speech after 'and': the writer's next clause
        (
            'Ansel Kemp said the ferry should stop, and Tova Brin later called the plan "reckless".',
            "the ferry should stop",
        ),
        # a finding after 'but also': the source's next act
        (
            'Ansel Kemp said the crews were tired, but also noted that the roster was "fair".',
            "the crews were tired",
        ),
    ],
)
def test_a_new_act_after_the_conjunction_still_ends_the_clause(sentence: str, clause: str) -> None:
    assert reported(sentence)[0] == ("Ansel Kemp", clause)


@pytest.mark.parametrize(
    "sentence",
    [
        'Tova Brin said the scheme had failed, and on Monday the board voted to scrap the "flagship" plan.',
        'Tova Brin said the scheme had failed, and then the board voted to scrap the "flagship" plan.',
    ],
)
def test_a_next_event_after_the_conjunction_is_the_writer_s(sentence: str) -> None:
    assert reported(sentence) == [("Tova Brin", "the scheme had failed")]
