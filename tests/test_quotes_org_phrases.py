"""A speaker phrase keeps the plain words between its determiner and an organisation or role noun ('The county
roads department said', 'On Tuesday the parish council said', 'A museum official said'): the speaker is the
whole phrase, not its last word; a determiner that opens an earlier phrase ('after the storm passed police said')
is no part of it (issue 15). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from tests.quote_support import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('The county roads department said, "Gritters will be out from six."', "Gritters", "county roads department"),
        ("On Tuesday the parish council said the hall would reopen in spring.", "hall would reopen", "parish council"),
        ('A museum official said, "The vase was never on loan."', "never on loan", "museum official"),
        ("But the regional transport authority said fares would stay frozen.", "fares would", "transport authority"),
        ("The harbour's safety board said the hull had cracked.", "hull had", "safety board"),
    ],
)
def test_phrase_keeps_its_modifiers(text: str, words: str, speaker: str) -> None:
    found = speaker_of(text, words) or ""
    assert found.endswith(speaker) and "'s" not in found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Before the final whistle police said the gates would stay shut.", "gates would"),
        ("By the time the ambulance arrived police said the driver had gone.", "driver had gone"),
        ("The day after the fire police said the cause was a heater.", "cause was"),
    ],
)
def test_determiner_of_an_earlier_phrase_stays_out(text: str, words: str) -> None:
    assert speaker_of(text, words) == "police"
