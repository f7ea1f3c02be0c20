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
        ("Quillfeather puts it more simply. ‘When I go, the knowledge goes.’", "Barry Quillfeather"),
        ("Quillfeather, sitting opposite with a mug, raises an eyebrow. “Early is wrong.”", "Barry Quillfeather"),
        ("She does not look up. “We are nearly there.”", "Nina Roshe"),
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
    text = _BEFORE + "The juniors lose 4-1. Quillfeather gathers them in a circle in the mud.\n\n“Who passed today?”"
    assert speaker_of(text, "Who passed today") == "Barry Quillfeather"
