"""A quotation closed by a speaker and a verb of speaking in the present tense, then a phrase (invented text)."""

from __future__ import annotations

import pytest

from tests.quote_support import speaker_of

_BEFORE = "Barry Quillfeather has coached the junior lifeguards at Kelpie Point for a decade.\n\n"


@pytest.mark.parametrize(
    "tail", ["he bellows at the juniors.", "he mutters to nobody in particular.", "Quillfeather calls from the tower."]
)
def test_a_present_tense_verb_of_speaking_and_a_phrase_close_the_attribution(tail: str) -> None:
    assert speaker_of(_BEFORE + "“Everyone out of the water,” " + tail, "out of the water") == "Barry Quillfeather"


def test_a_verb_of_seeing_is_no_attribution() -> None:
    assert speaker_of(_BEFORE + "“Everyone out of the water,” he watches from the tower.", "out of the water") != (
        "Barry Quillfeather"
    )
