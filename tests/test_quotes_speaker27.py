"""Who spoke in feature writing (twenty-seventh session, speaker27): invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

GALLEY = (
    "Ysmay Brackwater runs the kitchen at the Sellick Arms with her aunt.\n\n"
    '"She was stubborn from the cradle," her aunt said, laughing. "She still is."\n\n'
    'The chef lets this pass. "My aunt exaggerates for a living," she said.'
)


def test_a_plain_role_opening_a_sentence_is_the_she_of_the_quotation_after_it() -> None:
    """'The chef lets this pass. "A," she said.': the role the sentence opens with is the 'she' of the cue after
    the next sentence's quotation, not the aunt quoted just before."""
    assert direct_speaker_of(GALLEY, "My aunt exaggerates") in ("chef", "Ysmay Brackwater")


def test_a_comparative_description_opening_a_sentence_is_left_as_before() -> None:
    """A near case: 'The older woman lets this pass.' varies the name of someone named before (a comparison); the
    'she said' after it is read as before, not given to the description."""
    text = GALLEY.replace("The chef lets", "The older woman lets")
    assert direct_speaker_of(text, "My aunt exaggerates") != "older woman"
