"""'the company', 'the retailer', 'the airline' as the speaker: the one organisation met in the last sentences,
and 'it' may then stand for it; nobody when two were met or none (issue 15). Every sentence and name is
invented."""

from __future__ import annotations

import pytest

from tests.quote_support import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Corrib Mills said on Monday it would close its oldest plant.\n\n"
            "The company said about 300 jobs would go by the spring.",
            "300 jobs",
            "Corrib Mills",
        ),
        (
            'Brindle Air said flights to the islands would resume in June.\n\n"We are sorry," the airline said.',
            "sorry",
            "Brindle Air",
        ),
    ],
)
def test_organisation_description_is_the_one_met(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "wrong"),
    [
        (  # two organisations met
            "Corrib Mills said it had agreed a merger, and Harlow Textiles said the talks were over.\n\n"
            "The company said the plant would stay open.",
            "plant would",
            ("Corrib Mills", "Harlow Textiles"),
        ),
        (  # a person, not an organisation
            "Ada Kell said she would close the shop.\n\nThe company said the staff would be paid.",
            "staff would",
            ("Ada Kell",),
        ),
        (  # met long before
            "Corrib Mills said it would close a plant.\n\nThe river rose on Monday. Roads were shut. Schools closed."
            " Buses stopped.\n\nThe company said the staff would be paid.",
            "staff would",
            ("Corrib Mills",),
        ),
    ],
)
def test_organisation_description_not_guessed(text: str, words: str, wrong: tuple[str, ...]) -> None:
    assert speaker_of(text, words) not in wrong
