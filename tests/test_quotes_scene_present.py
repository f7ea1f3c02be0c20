"""A person's laugh, sigh or demur told in the present tense of features sets them up to speak (invented text)."""

from __future__ import annotations

import pytest

from tests.quote_support import speaker_of

_BEFORE = (
    "Rhona Gilfeather has written nine novels. Her editor, Walter Quantock, called her the most patient writer he "
    "knew.\n\n"
)


@pytest.mark.parametrize("beat", ["Gilfeather sighs.", "Gilfeather chuckles.", "Gilfeather demurs.", "She laughs."])
def test_a_beat_in_the_present_tense_names_who_speaks_next(beat: str) -> None:
    text = _BEFORE + beat + ' "Walter is being generous. I just hide it well."'
    assert speaker_of(text, "being generous") == "Rhona Gilfeather"


def test_a_thing_that_stops_names_no_one() -> None:
    """'The music stops.': a thing set up so is no one a later 'she' may stand for."""
    text = _BEFORE + 'The music stops. "Walter is being generous. I just hide it well," she says.'
    assert speaker_of(text, "being generous") == "Rhona Gilfeather"


def test_a_fronted_clause_of_telling_is_no_speaker_and_the_gesture_after_it_names_one() -> None:
    text = _BEFORE + 'Told this, Gilfeather laughs. "Walter is being generous. I just hide it well."'
    assert speaker_of(text, "being generous") == "Rhona Gilfeather"
