"""Who spoke (invented text): a fragment inside a clause whose own subject is an article and a role noun with a
verb of telling ('X said an engineer of the board warned her the pipes were laid "A"') is that role's words, as it is a
named subject's."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

_TERRACE = (
    "Marisol Quenby has rented the end house of a damp terrace on Gullet Lane since the winter her son was born.\n\n"
)


def test_a_role_telling_inside_another_s_report_says_the_fragment() -> None:
    text = (
        f"{_TERRACE}Writing to her landlord, Quenby said an engineer of the water board warned her one wet March "
        "that the pipes under her kitchen were laid “before the street had a name.”"
    )
    assert direct_speaker_of(text, "before the street had a name") == "engineer of the water board"


def test_a_role_the_reporter_told_leaves_the_fragment_with_the_reporter() -> None:
    text = (
        f"{_TERRACE}Writing to her landlord, Quenby said she warned an engineer of the water board one wet March "
        "that the pipes under her kitchen were laid “before the street had a name.”"
    )
    assert direct_speaker_of(text, "before the street had a name") == "Marisol Quenby"
