"""Who spoke in feature writing (twenty-sixth session, speaker26): invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

SHOP = (
    "Wenneth Quarrinder has mended nets on the slipway at Ballykeeran for forty years. She starts at seven.\n\n"
    'A spokeswoman for the Rural Grocers Guild said harbour trades were "having a hard winter" this year.\n\n'
    'Tolver Osgarby, 80, a retired ferryman, sits on an upturned crate beside her. "I bring the flask," he '
    'explains. "She brings the gossip." He winks at Wenneth.\n\n'
    '"That is a lie," she says without looking up from the twine.'
)


def test_a_lone_first_name_outside_quotations_is_a_mention_of_that_person() -> None:
    """'He winks at Wenneth.': the lone first name of the woman named in full is the person a later 'she' stands for,
    not the spokeswoman named further back."""
    assert direct_speaker_of(SHOP, "That is a lie") == "Wenneth Quarrinder"


def test_a_first_name_of_unknown_sex_beside_another_capital_is_no_lone_mention() -> None:
    """A near case: 'Wenneth Quarrinder' written in full again is read as the full name (no second mention), and
    the answer stays hers."""
    text = SHOP.replace("He winks at Wenneth.", "He winks at Wenneth Quarrinder.")
    assert direct_speaker_of(text, "That is a lie") == "Wenneth Quarrinder"
