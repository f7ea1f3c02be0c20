"""A participle of speech inside a relative clause that no comma has closed speaks for the relative's antecedent
('the party, which tried to rally support by saying that ...'), not for the sentence's subject; a relative clause
closed by a comma before the participle leaves the subject speaking. All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of, speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'The mayor criticised the Harbour Party, which tried to win votes by saying that the port was "sinking".',
            "sinking",
            "Harbour Party",
        ),
        (
            "The first comments from the council came with a warning about the Harbour Party, which rallied its"
            ' supporters by saying that voters were "flooding in".',
            "flooding in",
            "Harbour Party",
        ),
        (
            'The board met Tova Brin, who last week surprised them by declaring the depot "a lost cause".',
            "lost cause",
            "Tova Brin",
        ),
    ],
)
def test_a_participle_in_an_open_relative_clause_speaks_for_its_antecedent(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_a_reported_clause_after_the_participle_has_the_antecedent_as_speaker() -> None:
    text = "Ansel Kemp met Tova Brin, who last week surprised him by declaring she could not back the plan."
    assert ("indirect", "Tova Brin", "she could not back the plan") in quotes_of(text)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the relative clause is closed by a comma: the sentence's subject goes on speaking
        (
            'Tova Brin, who chairs the ferry board, issued a statement, saying the timetable was "unworkable".',
            "unworkable",
            "Tova Brin",
        ),
        (
            'Ansel Kemp criticised the board, which he said had ignored warnings, saying the service was "broken".',
            "broken",
            "Ansel Kemp",
        ),
    ],
)
def test_a_closed_relative_clause_leaves_the_subject_speaking(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker
