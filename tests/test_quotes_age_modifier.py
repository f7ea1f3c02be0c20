"""An age written before a name after a verb of speech ('said 16-year-old NAME, wiping ...'): twenty-eighth
session, the lead. Invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

CLUB = """The boxing club in Ossington reopened its gym on Monday after a fire in the spring.

"We trained in a car park all summer. Nothing stopped us," said {speaker}, wiping his gloves after a session."""


def test_an_age_before_a_name_and_an_aside_after_it() -> None:
    """'said 16-year-old Jethro Pettigrove, wiping ...': the age is a modifier of the name, as 'longtime' is; the
    aside after the comma does not hide the speaker (the quotation was dropped)."""
    text = CLUB.format(speaker="16-year-old Jethro Pettigrove")
    assert direct_speaker_of(text, "We trained in a car park") == "Jethro Pettigrove"


def test_an_age_and_a_job_before_a_name() -> None:
    """'said 16-year-old trainee Jethro Pettigrove, ...': the age and the job are his role."""
    text = CLUB.format(speaker="16-year-old trainee Jethro Pettigrove")
    assert direct_speaker_of(text, "We trained in a car park") == "Jethro Pettigrove"


def test_an_age_after_the_is_a_description_not_a_name() -> None:
    """'said the 16-year-old Scot': a description of someone named before, never a person called 'Scot' (a guard:
    the age read as a modifier must not make the nationality a name)."""
    text = """Jethro Pettigrove won the junior title in Ossington on Saturday.

"We trained in a car park all summer," said the 16-year-old Scot, wiping his gloves."""
    assert direct_speaker_of(text, "We trained in a car park") != "Scot"
