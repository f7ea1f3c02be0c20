"""Quote shapes mended in the sixteenth session, each with a neighbouring shape where the rule must not fire.
All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of, speaker_of

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


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Residents of Marlow Street, Tam Rooke among them, asked the council to "fix the lights".',
            "fix",
            "Residents of Marlow Street",
        ),
        (
            'Residents of Marlow Street, Tam Rooke among them, wrote: "Fix the lights."',
            "Fix",
            "Residents of Marlow Street",
        ),
        (
            '"Fix the lights," said residents of Marlow Street, Tam Rooke among them.',
            "Fix",
            "residents of Marlow Street",
        ),
        (
            'Parents at the school, Orla Brisk among them, urged the board to "think again".',
            "think",
            "Parents at the school",
        ),
        (
            'Parents at the school, several among them nurses, urged the board to "think again".',
            "think",
            "Parents at the school",
        ),
    ],
)
def test_a_member_set_off_by_among_leaves_the_group_speaking(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Residents of Marlow Street, Tam Rooke among them, said the lights were "a danger".',
            "danger",
            "Residents of Marlow Street",
        ),
        ('Tam Rooke, among others, asked the council to "fix the lights".', "fix", "Tam Rooke"),
        ('Dr Tam Rooke, a surgeon among the locums, said "the ward is short".', "short", "Dr Tam Rooke"),
        ('The mayor, Tam Rooke, asked the council to "fix the lights".', "fix", "Tam Rooke"),
        ('"Fix the lights," said the mayor, Tam Rooke.', "Fix", "Tam Rooke"),
    ],
)
def test_member_neighbours(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Norway, Chile and Kenya said the plan was "reckless".', "reckless", "Norway, Chile and Kenya"),
        ('Norway, Chile and Kenya said: "It is reckless."', "reckless", "Norway, Chile and Kenya"),
        ('"It is reckless," said Norway, Chile and Kenya.', "reckless", "Norway, Chile and Kenya"),
        ('But Norway, Chile, and Kenya said the plan was "reckless".', "reckless", "Norway, Chile, and Kenya"),
        (
            'Norway, Chile and Kenya have all been quick to say the quota is "not acceptable".',
            "not acceptable",
            "Norway, Chile and Kenya",
        ),
        (
            'Tam Rooke, Orla Brisk and Pell Varro wrote that the plan was "reckless".',
            "the plan",
            "Tam Rooke, Orla Brisk and Pell Varro",
        ),
        ("Norway, Chile and Kenya said the quota was unfair.", "quota", "Norway, Chile and Kenya"),
    ],
)
def test_a_list_of_names_speaks_as_written(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a pair, as before; an opening adverbial is no member
        ('Chile and Kenya said the plan was "reckless".', "reckless", "Chile and Kenya"),
        ('On Monday, Chile and Kenya said the plan was "reckless".', "reckless", "Chile and Kenya"),
        ('In Oslo, Chile and Kenya said the plan was "reckless".', "reckless", "Chile and Kenya"),
        # an appositive of one person is no list
        ('Tam Rooke, a farmer and father of three, said the plan was "reckless".', "reckless", "Tam Rooke"),
        ('Tam Rooke, the mayor, said the plan was "reckless".', "reckless", "Tam Rooke"),
    ],
)
def test_list_neighbours(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Tam Rooke said he would call a strike.\n\nAccording to her, the offer was "an insult".', "insult"),
        ('Tam Rooke said his union would strike.\n\n"It is an insult," she said.', "insult"),
        (
            'Tam Rooke, the union chief, told reporters his members would strike.\n\nShe said it was "an insult".',
            "insult",
        ),
    ],
)
def test_a_pronoun_of_the_other_gender_passes_a_person_the_article_called_he(text: str, words: str) -> None:
    assert speaker_of(text, words) is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Tam Rooke said she would call a strike.\n\nAccording to her, the offer was "an insult".',
            "insult",
            "Tam Rooke",
        ),
        (
            'Tam Rooke said he would call a strike.\n\nAccording to him, the offer was "an insult".',
            "insult",
            "Tam Rooke",
        ),
        ('Tam Rooke said the union would strike.\n\n"It is an insult," she said.', "insult", "Tam Rooke"),
        (
            'Tam Rooke said he would call a strike. Orla Brisk disagreed.\n\n"It is an insult," she said.',
            "insult",
            "Orla Brisk",
        ),
    ],
)
def test_pronoun_gender_neighbours(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'Tam Rooke did not say the bridge was "safe," only that it met "minimum standards" for a crossing.',
            "minimum",
        ),
        ('Tam Rooke would not say the deal was "final," but that it was "close".', "close"),
        (
            "Tam Rooke did not say the bridge was “safe,” only that it met “minimum standards” for a crossing.",
            "minimum",
        ),
        ('Tam Rooke did not say when the work would start, only that it would be "soon".', "soon"),
    ],
)
def test_what_was_said_after_a_denied_verb_is_the_speakers(text: str, words: str) -> None:
    found = [(kind, who) for kind, who, quoted in quotes_of(text) if words in quoted]
    assert set(found) == {("direct", "Tam Rooke"), ("indirect", "Tam Rooke")}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Tam Rooke did not say whether the plan would work; the engineers called it "sound".',
            "sound",
            "the engineers",
        ),
        ('Tam Rooke did not say the bridge was safe, but the engineers said it was "sound".', "sound", "the engineers"),
        ('Tam Rooke said the bridge was safe, but that it needed "more work".', "more work", "Tam Rooke"),
    ],
)
def test_denied_verb_neighbours(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('The court heard: "I panicked."', "panicked"),
        ('The court heard a recording in which the driver said: "I panicked."', "panicked"),
        ('Jurors heard the driver describe the crash as "a nightmare".', "nightmare"),
    ],
)
def test_what_a_court_heard_is_not_its_speech(text: str, words: str) -> None:
    found = speaker_of(text, words)
    assert found is None or all(word not in found for word in ("court", "Jurors", "inquest"))


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('The court heard the appeal and said the ruling was "flawed".', "flawed", "court"),
        ('Tam Rooke heard the blast and said: "It was deafening."', "deafening", "Tam Rooke"),
        ('Tam Rooke, who heard the blast, said: "It was deafening."', "deafening", "Tam Rooke"),
        ('Residents who heard the blast said it was "deafening".', "deafening", "Residents"),
        ('Prosecutor Orla Brisk told the court the driver had been "on the phone".', "phone", "Prosecutor Orla Brisk"),
    ],
)
def test_hearing_neighbours(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker
