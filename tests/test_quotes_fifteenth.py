"""Quote shapes mended in the fifteenth session, each with a neighbouring shape where the rule must not fire.
All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of, speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('The family of the pilot said he was "a gentle soul".', "gentle soul", "family of the pilot"),
        ('The families of the nurses said the ruling was "a betrayal".', "betrayal", "families of the nurses"),
        ('The family of Orla Brisk said she had been "failed by everyone".', "failed by", "family of Orla Brisk"),
    ],
)
def test_a_relation_before_of_heads_the_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the relation is the object of another verb: the subject speaks
        ('Wardens told the family of the pilot that he had been "swept away".', "swept away", "Wardens"),
        ('After meeting the family of the pilot, the mayor said the town would "never forget" him.', "never", "mayor"),
        ('Speaking for the family of the pilot, Tam Rooke said they were "devastated".', "devastated", "Tam Rooke"),
    ],
)
def test_a_relation_elsewhere_names_no_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker
    assert all("family" not in who for _, who, _ in quotes_of(text))
