"""Quote shapes mended in the sixteenth session, each with a neighbouring shape where the rule must not fire.
All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.quote_support import speaker_of

_CHEF = "Tam Rooke, a chef in Lyon for twenty years, opened the bistro on Quay Road in 1990.\n\n"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('The chef, 58, says: "It is a second home."', "second home", "chef"),
        ('The chef, now 58, said: "It is a second home."', "second home", "chef"),
        ('But the veteran chef, 58, told me: "It is a second home."', "second home", "veteran chef"),
        ('Her husband, 61, said, "We were lucky."', "lucky", "Her husband"),
        # the role goes to the person the article named with it before
        (_CHEF + 'The chef, 58, says: "It is a second home."', "second home", "Tam Rooke"),
    ],
)
def test_a_role_with_an_age_before_the_verb_speaks(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Tam Rooke, 58, says: "It is a second home."', "second home", "Tam Rooke"),
        ('The chef, 58, says the kitchen is "a second home".', "second home", "chef"),
        ('"It is a second home," the chef, 58, said.', "second home", "chef"),
        # no age: a date, a distance, two people
        ('On Monday, 58, said: "It is over."', "over", None),
        ('The town, 58 miles away, says: "It is over."', "over", None),
        ('The chef, 58, and the baker, 61, said: "It is over."', "over", None),
    ],
)
def test_age_neighbours(text: str, words: str, speaker: str | None) -> None:
    assert speaker_of(text, words) == speaker
