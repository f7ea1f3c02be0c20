"""A person shown acting, then quoted in the same paragraph without a cue, speaks the quotation (invented text)."""

from __future__ import annotations

import pytest

from tests.quote_support import speaker_of

_BEFORE = (
    "Barry Quillfeather has restored cars in the same lock-up since 1979. His apprentice, Nina Roshe, joined him "
    "last year.\n\n"
)


@pytest.mark.parametrize(
    ("scene", "expected"),
    [
        ("Quillfeather peels off his gloves. ‘Nobody under forty can tune a carburettor.’", "Barry Quillfeather"),
        (
            "Quillfeather, perched on an upturned crate, taps the bonnet. “This one rusts inside out.”",
            "Barry Quillfeather",
        ),
        ("She keeps her eyes on the gearbox. “We are close now.”", "Nina Roshe"),
    ],
)
def test_the_person_acting_speaks_the_quotation_after(scene: str, expected: str) -> None:
    quoted = scene.split("“")[-1].split("‘")[-1].rstrip("”’.")
    assert speaker_of(_BEFORE + scene, quoted) == expected


def test_no_one_when_the_sentence_names_someone_else_after_its_verb() -> None:
    assert speaker_of(_BEFORE + "Quillfeather hands the spanner to Roshe. “Try that one.”", "Try that one") is None


def test_a_pet_or_a_thing_acting_names_no_one() -> None:
    assert speaker_of(_BEFORE + "Sprocket, the lock-up's terrier, wags. “Good boy.”", "Good boy") is None


def test_a_paragraph_ending_on_a_person_acting_introduces_the_quotation_paragraph_after() -> None:
    text = _BEFORE + "The rain gets heavier. Quillfeather drags the shutter halfway down.\n\n“Who left the lamp on?”"
    assert speaker_of(text, "Who left the lamp on") == "Barry Quillfeather"
