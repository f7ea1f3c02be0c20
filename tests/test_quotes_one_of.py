"""'One of the X' (X a plural noun of people) is one person of the group: a role, so a name set off after it names
that person and 'he' or 'she' may go on from it; and a group of people named by a plural noun is never the
organisation 'the company' stands for. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from tests.quote_support import speaker_of


@pytest.mark.parametrize("group", ["the firm's lawyers", "its top executives", "the protesters"])
def test_name_after_one_of_a_group_is_the_speaker(group: str) -> None:
    text = f'One of {group}, Ivo Marsh, said the staff were "chosen by hand."'
    assert speaker_of(text, "chosen by hand") == "Ivo Marsh"


def test_name_after_one_of_a_group_inside_a_sentence_is_the_speaker() -> None:
    text = 'In a statement, one of the harbour board\'s lawyers, Ivo Marsh, said the staff were "chosen by hand."'
    assert speaker_of(text, "chosen by hand") == "Ivo Marsh"


@pytest.mark.parametrize(
    "text",
    [
        'Ivo Marsh met one of the lawyers, and the harbour board said the ferry "will not sail."',
        'In one of the town halls, the harbour board said the ferry "will not sail."',
    ],
)
def test_one_of_outside_the_speaker_phrase_stays_out(text: str) -> None:
    assert speaker_of(text, "will not sail") == "harbour board"


def test_one_of_a_group_is_one_person() -> None:
    text = 'One of the protesters said the square was "ours." "We will stay," she added.'
    assert speaker_of(text, "We will stay") == "One of the protesters"


def test_people_of_a_firm_are_not_the_company() -> None:
    text = 'Executives at Northwind Foods say the plant will close. The company said it "had no choice."'
    assert speaker_of(text, "no choice") != "Executives at Northwind Foods"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Qantar say the route will close. The airline said it "had no choice."', "no choice", "Qantar"),
        (
            'Some of the firm\'s lawyers, Ivo Marsh and Ada Kell, said it was "fair."',
            "fair",
            "Some of the firm's lawyers",
        ),
        ('Executives at Northwind Foods said the plant "will close."', "will close", "Executives at Northwind Foods"),
    ],
)
def test_groups_and_firms_named_as_plurals_stay(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker
