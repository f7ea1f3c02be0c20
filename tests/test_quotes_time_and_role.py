"""A subject after a short phrase of time with no comma ('Last season he ...') and after a role set off between
commas before a coordinated verb ('NAME, the retired conductor, was ... and told her A'), and a person acting after
an opening subordinate clause before a quotation ('When the lights dimmed, NAME was unmoved. "A"'), invented
sentences."""

from __future__ import annotations

import pytest

from tests.quote_support import direct_quotes as _direct


@pytest.mark.parametrize(
    "opening",
    ["Last season he", "On Saturday he", "In 2021 he", "That winter he"],
)
def test_a_pronoun_after_an_unpunctuated_time_phrase_is_the_subject(opening: str) -> None:
    """'Last season he was docked a point for calling an umpire "A"': 'he' is the subject the fragment belongs to."""
    text = (
        "Tomas Velkerby reached the semi-final on Friday with his racket intact.\n\n"
        f'{opening} was docked a point for calling an umpire "a lighthouse with no bulb" after a close call.'
    )
    assert _direct(text) == [("Tomas Velkerby", "a lighthouse with no bulb")]


def test_a_time_phrase_without_a_pronoun_gives_no_subject() -> None:
    """'Last season the league fined NAME for describing A': no pronoun after the phrase, no subject is found."""
    text = 'Last season the league fined Tomas Velkerby £400 for describing an umpire as "a lighthouse with no bulb".'
    assert _direct(text) == []


def test_a_role_in_apposition_before_coordinated_verbs() -> None:
    """'NAME, the retired conductor, was slower to warm and told her that A': the name is the subject of 'told'."""
    text = (
        "Forty choirs sang at the festival. Ysolde Brannick, the retired conductor, was slower to warm and told"
        ' her that the alto line had been "a bit timid".'
    )
    assert _direct(text) == [("Ysolde Brannick", "a bit timid")]


def test_a_person_acting_after_a_fronted_clause_speaks_next() -> None:
    """'When the lights dimmed, NAME was unmoved. "A"': the subject past an opening subordinate clause is the one
    shown acting before a quotation that names no one, as without the clause."""
    text = (
        "Halmar Strude was asked to leave the reading room at closing. When the lights dimmed, Strude was"
        ' unmoved. "I have four chapters to go and nowhere better to be."'
    )
    assert _direct(text) == [("Halmar Strude", "I have four chapters to go and nowhere better to be.")]


def test_a_group_acting_after_a_fronted_clause_names_no_one() -> None:
    """'When the lights dimmed, the crowd was unmoved. "A"': a group is no person shown acting."""
    text = (
        "Halmar Strude was asked to leave the reading room at closing. When the lights dimmed, the crowd was"
        ' unmoved. "I have four chapters to go and nowhere better to be."'
    )
    assert ("Halmar Strude", "I have four chapters to go and nowhere better to be.") not in _direct(text)
