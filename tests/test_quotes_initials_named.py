"""A name opening with an organisation's initials is no person a pronoun stands for (invented text)."""

from __future__ import annotations

from tests.quote_support import speaker_of

_SCENE = (
    "Ilsa Tregowan, 15, joined the squad last spring. In May she became, according to FGRA Canoeing, the "
    "youngest paddler to win the national title.\n\n"
)


def test_she_is_not_a_body_named_with_its_initials() -> None:
    text = _SCENE + '"It was one race," she says, still dripping.'
    assert speaker_of(text, "one race") == "Ilsa Tregowan"


def test_a_rank_or_job_written_in_capitals_before_a_surname_is_a_person() -> None:
    text = _SCENE + 'DCI Hobbins, who leads the inquiry, spoke later. "We are keeping an open mind," he said.'
    assert speaker_of(text, "open mind") == "DCI Hobbins"
