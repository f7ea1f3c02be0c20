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


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # 'state' before a title or role is a modifier, not the verb 'state'
        ('"The bill is dead," said state Sen. Orla Brisk, a Democrat.', "bill is dead", "Orla Brisk"),
        ('"The bill is dead," said state senator Orla Brisk.', "bill is dead", "Orla Brisk"),
        # an adjective of roles goes on to its plain noun
        ('"Gusts are still possible," said the national forecaster.', "Gusts", "national forecaster"),
        (
            "The regional forecaster has extended its warning, saying gusts are still possible along the coast.",
            "gusts are",
            "regional forecaster",
        ),
        # an opening participle is no part of the speaker
        ('Responding, the minister, Tam Rooke, said the claim was "baseless".', "baseless", "Tam Rooke"),
    ],
)
def test_modifiers_and_openers_around_the_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('"The bill is dead," said Orla Brisk, who declined to state her age.', "bill is dead", "Orla Brisk"),
        ('"It was chaos," said a former executive who asked not to be named.', "chaos", "former executive"),
        ('A campaign official later said the rally was "a triumph".', "triumph", "campaign official"),
        ('Manning, the lawyer, said the claim was "baseless".', "baseless", "Manning"),
        ('Ann Rooke, a longtime liberal, called the remark "reckless".', "reckless", "Ann Rooke"),
    ],
)
def test_modifier_rules_leave_neighbouring_shapes(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker
