"""A name opening with an organisation's initials is no person a pronoun stands for (invented text)."""

from __future__ import annotations

from tests.quote_support import speaker_of

_SCENE = (
    "Wenna Tregowan, 15, paddles for the county. On Friday she was picked, as FGRA Canoeing announced, for the junior "
    "squad.\n\n"
)


def test_she_is_not_a_body_named_with_its_initials() -> None:
    text = _SCENE + '"I still capsize most weeks," she says, wringing out her cap.'
    assert speaker_of(text, "capsize most weeks") == "Wenna Tregowan"


def test_a_rank_or_job_written_in_capitals_before_a_surname_is_a_person() -> None:
    text = _SCENE + 'DCI Hobbins, who leads the inquiry, spoke later. "We are keeping an open mind," he said.'
    assert speaker_of(text, "open mind") == "DCI Hobbins"


def test_a_full_name_in_capitals_is_a_person() -> None:
    text = 'EDWINA QUILLAN has kept bees above the quarry for forty years.\n\n"They know my voice," she says.'
    assert speaker_of(text, "know my voice") == "EDWINA QUILLAN"
