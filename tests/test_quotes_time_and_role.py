"""A subject after a short phrase of time with no comma ('Last season he ...') and after a role set off between
commas before a coordinated verb ('NAME, the wine merchant, was ... and told her A'), and a person acting after an
opening subordinate clause before a quotation ('When the bell rang, NAME was defiant. "A"'), invented sentences."""

from __future__ import annotations

import pytest

from tests.quote_support import direct_quotes as _direct


@pytest.mark.parametrize(
    "opening",
    ["Last season he", "On Saturday he", "In 2021 he", "That winter he"],
)
def test_a_pronoun_after_an_unpunctuated_time_phrase_is_the_subject(opening: str) -> None:
    """'Last season he was fined for describing a pitch as "A"': 'he' is the subject the fragment belongs to."""
    text = (
        "Tomas Velkerby lost in the quarter-final on Friday. It is not the first time Velkerby has argued with"
        f' referees. {opening} was fined £900 for describing a pitch in Dorset as "a soggy paddock" on the radio.'
    )
    assert _direct(text) == [("Tomas Velkerby", "a soggy paddock")]


def test_a_time_phrase_without_a_pronoun_gives_no_subject() -> None:
    """'Last season the board fined NAME for describing A': no pronoun after the phrase, no subject is found."""
    text = 'Last season the board fined Tomas Velkerby £900 for describing a pitch as "a soggy paddock".'
    assert _direct(text) == []


def test_a_role_in_apposition_before_coordinated_verbs() -> None:
    """'NAME, the wine merchant, was less keen and told her that A': the name is the subject of 'told'."""
    text = (
        "The tasting panel was split all year. Ysolde Brannick, the wine merchant, was less keen early on and"
        ' told her that the menu had been "a bit timid".'
    )
    assert _direct(text) == [("Ysolde Brannick", "a bit timid")]


def test_a_person_acting_after_a_fronted_clause_speaks_next() -> None:
    """'When the bell rang, NAME was defiant. "A"': the subject past an opening subordinate clause is the one
    shown acting before a quotation that names no one, as without the clause."""
    text = (
        "Halvard Strude had been told to hand back the souvenir mug. When the bell rang, Strude was defiant."
        ' "It is a mug. Nobody will miss a mug."'
    )
    assert _direct(text) == [("Halvard Strude", "It is a mug. Nobody will miss a mug.")]


def test_a_group_acting_after_a_fronted_clause_names_no_one() -> None:
    """'When the bell rang, the crowd was defiant. "A"': a group is no person shown acting."""
    text = (
        "Halvard Strude had been told to hand back the souvenir mug. When the bell rang, the crowd was defiant."
        ' "It is a mug. Nobody will miss a mug."'
    )
    assert ("Halvard Strude", "It is a mug. Nobody will miss a mug.") not in _direct(text)
