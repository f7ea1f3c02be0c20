"""The sixteenth session's review: ordinary sentences the session's new rules misread, each next to the shape the
rule was written for (which still holds). All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of, speaker_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Privately, Reid and Patel said the deal was "dead".', "Reid and Patel"),
        ('Crucially, Rowe and Dunn said they would "walk away".', "Rowe and Dunn"),
        ('Italy, France and Spain said the deal was "dead".', "Italy, France and Spain"),
        ('Kelly, Tran and Obi told the inquiry the ship was "unsafe".', "Kelly, Tran and Obi"),
    ],
)
def test_a_sentence_adverb_is_no_member_of_a_list(text: str, speaker: str) -> None:
    assert quotes_of(text)[-1][1] == speaker


def test_but_that_before_its_verb_is_no_clause_said_instead() -> None:
    assert quotes_of("Nell Sharma did not say when the plant would close, but that is expected next year.") == []
    found = quotes_of('Brook would not say whether she would run, but that she was "thinking hard" about it.')
    assert ("indirect", "Brook", 'she was "thinking hard" about it') in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Since January prices have risen four per cent, the ministry said.", "ministry"),
        ("While the figures are worrying they are not a crisis, Rhys Hollin said.", "Rhys Hollin"),
    ],
)
def test_a_statement_opening_with_a_subordinator_ends_at_its_speaker(text: str, speaker: str) -> None:
    assert [(kind, who) for kind, who, _ in quotes_of(text)] == [("indirect", speaker)]


def test_known_as_a_term_is_still_quoted() -> None:
    found = quotes_of('He was known as a "fixer", according to Rana Bose.')
    assert ("direct", "Rana Bose", "fixer") in found


def test_a_possessive_after_said_may_own_someone_named_before() -> None:
    text = (
        "Tom Ash, 19, died in the crash on Friday.\n\n"
        'Jordan Reese said his death had left the club shattered. "He was the heart of this team," she said.'
    )
    assert speaker_of(text, "heart of this team") == "Jordan Reese"
