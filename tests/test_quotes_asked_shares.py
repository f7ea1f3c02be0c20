"""A share of people as the speaker ('Thirty-eight percent say "..."', 'Most respondents say "..."': the share, not
its first word), and a question put to the subject ('X was asked: "..."': not X's words; the asker is not named)
(issue 15). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from tests.quote_support import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Thirty-eight percent say "the rates are too high."', "rates are", "Thirty-eight percent"),
        ('Most respondents say "the buses run late."', "buses run", "Most respondents"),
        ('Thirty-eight percent of tenants say "the rates are too high."', "rates are", "tenants"),
    ],
)
def test_share_of_people_is_the_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize("mark", [":", ","])
def test_question_put_to_the_subject_is_not_hers(mark: str) -> None:
    assert speaker_of(f'Lena Brandt was asked{mark} "Would you go back?"', "go back") != "Lena Brandt"


@pytest.mark.parametrize(
    "text",
    [
        'Lena Brandt was asked about the fire and said: "I would go back."',
        'Lena Brandt told the inquiry: "I would go back."',
        'Most days Lena Brandt says "I would go back."',
    ],
)
def test_subject_who_answers_keeps_her_words(text: str) -> None:
    assert speaker_of(text, "go back") == "Lena Brandt"


@pytest.mark.parametrize(
    "text",
    [
        'At the forum, Lena Brandt was asked, "Would you go back?"',
        'Lena Brandt was told: "You can go back."',
        'Lena Brandt was told, "You can go back."',
        'Ivo Marsh said the ferry was safe. Lena Brandt was pressed on whether it would "go back and forth."',
        'Ivo Marsh said the ferry was safe. Lena Brandt was asked if it would "go back and forth."',
    ],
)
def test_words_put_to_the_subject_in_other_shapes_are_not_hers(text: str) -> None:
    """One reading of 'X was asked' for every place that asks: past an opening adverbial, with 'told', and with
    words between the participle and a quoted fragment (all but the first fragment missed by one of two readings
    before)."""
    assert speaker_of(text, "go back") != "Lena Brandt"


@pytest.mark.parametrize(
    "text",
    [
        'When Lena Brandt was asked about the ferry, her reply was that she would "go back."',
        'When Lena Brandt was asked about the ferry, she said she would "go back."',
        'Lena Brandt was asked about the ferry; she said she would "go back."',
    ],
)
def test_asked_in_another_clause_keeps_her_words(text: str) -> None:
    assert speaker_of(text, "go back") == "Lena Brandt"
