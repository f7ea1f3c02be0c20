"""Reported-speech cues added as classes of English (fifth session): verbs of remarking, joking or boasting,
verbs that tell someone (``assured voters that``), and a noun-like verb with a pronoun clause."""

from __future__ import annotations

import pytest

from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes


def reported(*paragraphs: str) -> list[tuple[str, str]]:
    text = "\n\n".join(paragraphs)
    report = extract_quotes(Article("t", "x", (Section(None, text),)))
    for q in report.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.speaker, q.text) for q in report.quotes if q.kind == "indirect"]


@pytest.mark.parametrize("verb", ["joked", "remarked", "boasted", "lamented", "quipped", "speculated", "countered"])
def test_verbs_of_remarking_take_a_that_clause(verb: str) -> None:
    sentence = f"Dana Pike {verb} that the bridge would never open on time."
    assert reported(sentence) == [("Dana Pike", "the bridge would never open on time")]


@pytest.mark.parametrize("verb", ["assured", "reminded", "informed"])
def test_verbs_of_telling_someone_skip_their_object(verb: str) -> None:
    sentence = f"Dana Pike {verb} the voters that the bridge would open in May."
    assert reported(sentence) == [("Dana Pike", "the bridge would open in May")]


def test_a_noun_like_verb_takes_a_pronoun_clause_after_a_subject() -> None:
    assert reported("Dana Pike claims he's owed three million dollars by the city.") == [
        ("Dana Pike", "he's owed three million dollars by the city")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "His claims he was owed money went nowhere in the courts last year.",
        "Her remarks were brief and the crowd left before the end.",
        "The minister's estimates it would cost less were wrong.",
    ],
)
def test_a_noun_like_word_after_a_possessive_is_no_cue(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Dana Pike closed the debate by saying she would fund the bridge.", "she would fund the bridge"),
        ("Dana Pike faced questions after saying that the bridge was unsafe.", "the bridge was unsafe"),
    ],
)
def test_a_participle_after_a_preposition_is_the_subject_s_speech(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Dana Pike", clause)]


def test_a_participle_after_a_preposition_needs_a_clause() -> None:
    assert reported("Dana Pike closed the debate by saying how tough the city would be.") == []


def test_a_trailing_attribution_before_a_semicolon() -> None:
    text = "The bridge had been closed for repairs, Dana Pike said; the city found cracks in two beams."
    assert reported(text) == [("Dana Pike", "The bridge had been closed for repairs")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "In a speech to the council in Salem on Tuesday night, Dana Pike defended the plan, saying it would pay "
            "off.",
            "Dana Pike",
        ),
        (
            "Sen. Dana Pike (D-Ore.) defended the plan to widen the old bridge, saying it would pay off.",
            "Sen. Dana Pike",
        ),
        ("Dana Pike, who faces a hard race this year, withdrew her support, saying it would not pay off.", "Dana Pike"),
    ],
)
def test_a_participle_s_speaker_past_a_long_opening_a_tag_or_an_appositive(sentence: str, speaker: str) -> None:
    assert [who for who, _ in reported(sentence)] == [speaker]


def test_a_participle_s_subject_that_is_a_thing_is_no_speaker() -> None:
    assert reported("In the cold of the early morning, the old bridge reopened to traffic, saying it was safe.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("People briefed on the talks said the bridge would open in May.", "People briefed on the talks"),
        ("Even Dana Pike said the bridge would open in May.", "Dana Pike"),
    ],
)
def test_a_subject_with_a_participle_phrase_or_after_even(sentence: str, speaker: str) -> None:
    assert reported(sentence) == [(speaker, "the bridge would open in May")]


def test_a_clause_holding_an_amount_without_that() -> None:
    assert reported("Dana Pike said her $4 million house was never for sale.") == [
        ("Dana Pike", "her $4 million house was never for sale")
    ]


@pytest.mark.parametrize("opener", ["Still", "Moreover", "Similarly", "Shortly"])
def test_a_sentence_adverb_before_a_name_and_its_appositive_is_no_speaker(opener: str) -> None:
    sentence = f"{opener}, Dana Pike, a senior adviser to the mayor, said the bridge would open in May."
    assert reported(sentence) == [("Dana Pike", "the bridge would open in May")]


@pytest.mark.parametrize(
    "tail",
    [
        "Dana Pike, a retired engineer who worked on the old bridge for twenty years before it closed in the spring",
        "Dana Pike, an engineer currently working for the county",
        "a senior official who was briefed on the plan and spoke on condition of anonymity",
    ],
)
def test_an_inverted_trailing_speaker_with_a_long_description(tail: str) -> None:
    sentence = f"The bridge will not open before the summer, said {tail}."
    assert [clause for _, clause in reported(sentence)] == ["The bridge will not open before the summer"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the voters polled, about two thirds said Dana Pike would win the race easily.",
        "The bridge will not open before the summer, said Saturday's report on the county's roads.",
    ],
)
def test_an_inverted_speaker_followed_by_a_clause_or_a_day_is_no_trailing_attribution(sentence: str) -> None:
    assert all(speaker not in ("Dana Pike", "Saturday") for speaker, _ in reported(sentence))


def test_a_coordinated_speech_verb_after_a_quotation_keeps_the_earlier_speaker() -> None:
    sentence = (
        'Speaking on "Morning Hour," Dana Pike admitted that the figure in her book was wrong, but said her '
        "office had found the old report and would publish it."
    )
    assert reported(sentence) == [
        ("Dana Pike", "the figure in her book was wrong"),
        ("Dana Pike", "her office had found the old report and would publish it"),
    ]


def test_a_speech_verb_coordinated_inside_a_relative_clause_is_the_antecedent_s() -> None:
    sentence = "Dana Pike, who backed the plan in May and said she would campaign for it, ultimately stayed home."
    assert reported(sentence) == [("Dana Pike", "she would campaign for it")]


def test_a_speech_verb_after_a_conjunction_and_an_auxiliary_keeps_the_subject() -> None:
    sentence = "Dana Pike describes herself as a builder and has said that the bridge would open in May."
    assert reported(sentence) == [("Dana Pike", "the bridge would open in May")]


@pytest.mark.parametrize(
    "sentence",
    [
        '"That is the real question," Dana Pike said, noting she would back any other plan for the bridge.',
        '"It was a hard year," said Dana Pike, suggesting that she would back any other plan for the bridge.',
    ],
)
def test_a_participle_after_a_quotation_s_attribution_is_that_speaker_s(sentence: str) -> None:
    assert reported(sentence)[0][0] == "Dana Pike"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Noting that both leaders lost, Dana Pike said the race was close.", "both leaders lost"),
        ("Noting he studied law in Ohio, Dana Pike said the race was close.", "he studied law in Ohio"),
    ],
)
def test_a_participle_of_speech_opening_the_sentence_is_the_main_subject_s(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Dana Pike", clause), ("Dana Pike", "the race was close")]


def test_an_opening_participle_without_a_clause_is_no_speech() -> None:
    assert reported("Saying goodbye to all of her staff, Dana Pike left the office.") == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Dana Pike explained why she backs the plan to rebuild the bridge.",
            "why she backs the plan to rebuild the bridge",
        ),
        ("Dana Pike recalled how the old bridge had closed in a storm.", "how the old bridge had closed in a storm"),
    ],
)
def test_an_indirect_question_after_a_verb_of_explaining(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Dana Pike", clause)]


def test_a_question_word_before_an_infinitive_is_no_clause() -> None:
    assert reported("Dana Pike explained how to rebuild the old bridge after the storm.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "The rule drew fire from teachers who say the tests take too long.",
            "teachers",
            "the tests take too long",
        ),
        (
            "Support rose to 41 percent, against 23 percent who said the plan was too costly.",
            "23 percent",
            "the plan was too costly",
        ),
        (
            "The mayor echoed the economists who have warned that the old bridge could fail.",
            "the economists",
            "the old bridge could fail",
        ),
    ],
)
def test_a_speech_verb_in_a_restrictive_relative_clause_is_the_people_s(
    sentence: str, speaker: str, clause: str
) -> None:
    assert reported(sentence) == [(speaker, clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Those who said the bridge was safe voted for the plan.",
        "Most of those who said the bridge was safe voted for the plan.",
        "Turnout was high, and those who said the bridge mattered backed the plan.",
        "The memo that said the bridge was safe was never sent.",
    ],
)
def test_a_restrictive_relative_in_the_subject_or_about_a_thing_is_no_cue(sentence: str) -> None:
    assert reported(sentence) == []


def test_a_reported_clause_ends_before_a_dash_and_a_participle() -> None:
    text = "Some economists argue that the tax should be low -- assuming that buyers pay more later."
    assert reported(text) == [("Some economists", "the tax should be low")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Prime Minister Jane May said the bridge would open in June.", "Prime Minister Jane May"),
        ("Jane May has said the bridge would open in June.", "Jane May"),
    ],
)
def test_a_month_s_name_after_a_name_is_a_surname_not_an_auxiliary(sentence: str, speaker: str) -> None:
    assert reported(sentence) == [(speaker, "the bridge would open in June")]


def test_a_day_or_a_month_after_a_preposition_is_no_speaker() -> None:
    assert reported("The vote on Super Tuesday said the bridge would open in June.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The mayor gained ground, with 30 percent of voters saying the bridge should reopen.", "30 percent of voters"),
        ("Most shrugged, with about three in 10 saying the bridge should reopen.", "about three in 10"),
    ],
)
def test_a_share_after_with_is_the_subject_of_a_participle_of_speech(sentence: str, speaker: str) -> None:
    assert reported(sentence) == [(speaker, "the bridge should reopen")]


def test_a_person_after_with_is_the_subject_of_a_participle_of_speech_too() -> None:
    # a noun phrase alone after 'with' speaks as a share does (was left without a speaker before the eleventh session)
    assert reported("The plan passed, with the mayor saying the bridge should reopen.") == [
        ("mayor", "the bridge should reopen")
    ]
