"""Dialogue turns in feature writing (twenty-fifth session, the lead): invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

QUARREL = """Oonagh Brannock and Ruairi Quilty have run the bookshop together for nine years and agree about nothing.

"The window wants more poetry," says Brannock, pinning up a poster.

"The window wants whatever sells," says Quilty.

"Ruairi."

"Well, it does."
"""


def test_a_first_name_said_alone_is_said_to_that_person() -> None:
    """'"Ruairi."' after Ruairi Quilty spoke is his partner's protest, not his own word; he answers it."""
    assert direct_speaker_of(QUARREL, "Ruairi.") == "Oonagh Brannock"
    assert direct_speaker_of(QUARREL, "Well, it does.") == "Ruairi Quilty"


def test_a_short_quotation_calling_no_one_stays_with_the_speaker() -> None:
    """A near case: a one-word bare quotation that names no one is not turned over."""
    assert direct_speaker_of(QUARREL.replace('"Ruairi."', '"Poetry."'), "Poetry.") == "Ruairi Quilty"
