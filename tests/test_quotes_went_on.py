"""'X went on to say, "A"': the subject of 'went on', not a word before 'to say', is the speaker."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_the_newsletter_went_on_to_say() -> None:
    text = (
        "Members of the Quarrendon beekeepers' circle received a newsletter from the committee on Friday. "
        'The newsletter went on to say, "Swarms caught in the orchard belong to whoever hives them first."'
    )
    assert direct_speaker_of(text, "Swarms caught") == "newsletter"


def test_the_bulletin_goes_on_to_say_with_a_colon() -> None:
    text = (
        "Tenants of Wrexley Mansions found a bulletin pinned inside the lift. "
        'The bulletin goes on to say: "Bicycles left on the landings will be removed on Thursdays."'
    )
    assert direct_speaker_of(text, "Bicycles left") == "bulletin"
