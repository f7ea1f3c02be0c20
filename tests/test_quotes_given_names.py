"""Given names of one sex common outside the US census lists (Irish, Welsh, South Asian, Arabic, West African,
European) tell a pronoun whom it may stand for (issue 15). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from digest.core.quotes.gender import first_name_gender
from tests.quote_support import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Peter Ashdown sat beside Niamh Cleary at the planning hearing.\n\n"I never signed that form," she said.',
            "never signed",
            "Niamh Cleary",
        ),
        (
            'Priya Raman welcomed Kwame Osei to the studio on Friday.\n\n"We lost the first vote by two," he said.',
            "first vote",
            "Kwame Osei",
        ),
        (
            "Oisin Burke shared the stage with Chiamaka Eze at the book fair.\n\n"
            '"The second draft was the hard one," she said.',
            "second draft",
            "Chiamaka Eze",
        ),
    ],
)
def test_pronoun_finds_the_person_of_its_sex(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_census_tags_stay_and_shared_names_stay_unknown() -> None:
    assert first_name_gender("Siobhan") == "f"
    assert first_name_gender("Dafydd") == "m"
    assert first_name_gender("Oluwaseun") == "?"  # given to both sexes
    assert first_name_gender("Mary") == "f"
