"""Review of the twenty-second session (issue 15): plain bugs mended in its rules.

Invented sentences, worded apart from any development article; each test fails without its mend or guards a near
case."""

from __future__ import annotations

from digest.core.quotes.things import places_named
from tests.quote_support import speaker_of


def test_a_longer_name_before_a_possessive_leaves_no_part_of_it_a_place() -> None:
    """'twenty minutes into Sorrel Anwen Quaile's debut': the name before the possessive is a person's, and no
    shorter run of it ('Sorrel Anwen') is a place either (the pattern gave back words until the possessive no
    longer followed)."""
    assert places_named("Twenty minutes into Sorrel Anwen Quaile\u2019s debut, the lights fail.") == []


def test_a_name_of_several_words_after_a_preposition_of_place_is_still_one_place() -> None:
    """'a barn outside Upper Kessock Green': the whole run is the place, not a part of it."""
    assert places_named("They met at a barn outside Upper Kessock Green last May.") == ["Upper Kessock Green"]


def test_the_department_is_no_body_whose_initials_hold_no_d() -> None:
    """'A GOP strategist said A. In a release, the department said: "B"': the one acronym a role spoke for
    before is a party, no department (the initials were taken for any body the noun names)."""
    text = "A GOP strategist said the levy was doomed. In a release, the department said: \u201cThe levy stands.\u201d"
    assert speaker_of(text, "The levy stands") == "department"
