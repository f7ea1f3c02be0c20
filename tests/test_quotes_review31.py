"""Reviewer's tests, thirty-first session (invented scenes)."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_a_name_ending_in_park_is_a_person_s_full_name() -> None:
    """'Park' ends a person's name as often as a place's: 'Its director, Min-seo Park, ...' is the person a later
    'Park said' names (before, the name was no name, and the quotation went to a bare 'Park')."""
    text = (
        "The ferry line hired a new director last spring. Its director, Min-seo Park, came from a shipyard in "
        "Ulsan.\n\n“Half the sailings on that timetable were wishes,” Park said."
    )
    assert direct_speaker_of(text, "sailings on that timetable") == "Min-seo Park"
