"""Reported speech shapes on small texts of our own (the clause after a time or an inserted phrase, trailing
and parenthetical attributions, relative clauses)."""

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


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg said Wednesday night that the bridge would reopen in May.",
        "Anna Berg said on Friday the bridge would reopen in May.",
        "Anna Berg said in a statement Thursday night the bridge would reopen in May.",
        "Anna Berg said earlier this month that the bridge would reopen in May.",
        "Anna Berg said Sunday on a radio show that the bridge would reopen in May.",
        "Anna Berg said on ''Morning Hour'' on Sunday that the bridge would reopen in May.",
    ],
)
def test_clause_after_a_time_or_an_inserted_phrase_or_a_quoted_title(sentence: str) -> None:
    assert reported(sentence) == [("Anna Berg", "the bridge would reopen in May")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Anna Berg, 63, a teacher raised in Ohio, said the bridge would reopen in May.", "Anna Berg"),
        (
            "Anna Berg, the council's director of transport and planning, said the bridge would reopen in May.",
            "Anna Berg",
        ),
        ("Another ally of the mayor, Transport Secretary Anna Berg, said the bridge would reopen in May.", "Anna Berg"),
    ],
)
def test_name_with_a_long_appositive_before_the_verb(sentence: str, speaker: str) -> None:
    assert reported(sentence) == [(speaker, "the bridge would reopen in May")]


@pytest.mark.parametrize(
    "subject",
    [
        "Twenty-four percent",
        "About four in 10 voters",
        "Almost half of respondents",
        "Some 20% of drivers",
        "Two in three",
        "About one in five voters",
        "Nearly nine out of 10",
    ],
)
def test_a_share_of_the_people_polled_is_a_speaker(subject: str) -> None:
    assert reported(f"{subject} said the bridge should reopen in May.") == [
        (subject, "the bridge should reopen in May")
    ]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Anna Berg acknowledged the old bridge had never been inspected.", "the old bridge had never been inspected"),
        ("Anna Berg suggested they would close the bridge in May.", "they would close the bridge in May"),
        (
            "Anna Berg said seeing so many inspectors on the bridge was a relief.",
            "seeing so many inspectors on the bridge was a relief",
        ),
    ],
)
def test_a_clause_without_that_needs_a_subject_and_a_finite_verb(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Anna Berg", clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        "As Anna Berg noted, the old bridge had never been inspected.",
        "As reported by Anna Berg, the old bridge had never been inspected.",
        "The old bridge had never been inspected, as Anna Berg reported on Tuesday.",
    ],
)
def test_as_x_reported(sentence: str) -> None:
    assert [(who, text.lower()) for who, text in reported(sentence)] == [
        ("Anna Berg", "the old bridge had never been inspected")
    ]


def test_a_clause_holding_a_quotation_is_reported_whole_and_the_quotation_direct_speech() -> None:
    text = 'Anna Berg said the bridge was "a disgrace" and must close.'
    report = extract_quotes(Article("t", "x", (Section(None, text),)))
    assert [(q.speaker, q.kind, q.text) for q in report.quotes] == [
        ("Anna Berg", "indirect", 'the bridge was "a disgrace" and must close'),
        ("Anna Berg", "direct", "a disgrace"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The bridge's critics said the repairs had come far too late.", "critics"),
        (
            "And despite the cost, the town engineers insisted that the repairs had come far too late.",
            "the town engineers",
        ),
        ("The last engineer to inspect the old span says the repairs had come far too late.", None),
        ("By a wide margin, those surveyed say the repairs had come far too late.", "those surveyed"),
    ],
)
def test_a_plain_noun_phrase_opening_the_sentence_is_the_speaker(sentence: str, speaker: str | None) -> None:
    found = reported(sentence)
    assert [text for _, text in found] == ["the repairs had come far too late"]
    if speaker is not None:
        assert found[0][0] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "The bridge will reopen in May, according to the town's engineering report.",
            "town's engineering report",
            "The bridge will reopen in May",
        ),
        (
            "The bridge will reopen in May, according to a council analysis of repair records.",
            "council analysis of repair records",
            "The bridge will reopen in May",
        ),
        (
            "According to Facebook, the bridge page drew the most visits of any town page.",
            "Facebook",
            "the bridge page drew the most visits of any town page",
        ),
        (
            "The bridge drew 40,000 cars a day — before the repairs — according to the latest count by the agency.",
            None,
            "The bridge drew 40,000 cars a day — before the repairs",
        ),
    ],
)
def test_according_to_a_source_phrase_or_after_a_dash(sentence: str, speaker: str | None, clause: str) -> None:
    found = reported(sentence)
    assert [text for _, text in found] == [clause]
    if speaker is not None:
        assert found[0][0] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg inspected the bridge on Monday but said the repairs would take two years.",
        "Anna Berg issued a statement saying the repairs would take two years.",
        "Anna Berg toured the old bridge, falsely suggesting the repairs would take two years.",
    ],
)
def test_a_coordinated_verb_or_a_participle_keeps_the_subject(sentence: str) -> None:
    assert reported(sentence) == [("Anna Berg", "the repairs would take two years")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg has long said that the bridge would reopen in May.",
        "Anna Berg has since said the bridge would reopen in May.",
        "Anna Berg last week said the bridge would reopen in May.",
        "Anna Berg has always said the bridge would reopen in May.",
    ],
)
def test_an_adverb_or_a_time_between_the_speaker_and_the_verb(sentence: str) -> None:
    assert reported(sentence) == [("Anna Berg", "the bridge would reopen in May")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        ("Anna Berg is saying that the bridge would reopen in May.", "Anna Berg", "the bridge would reopen in May"),
        ("Anna Berg has been warning that the dam would close.", "Anna Berg", "the dam would close"),
        ("Anna Berg was telling allies that the dam would reopen.", "Anna Berg", "the dam would reopen"),
        ("The mayor is saying that the bridge would reopen in May.", "mayor", "the bridge would reopen in May"),
    ],
)
def test_a_progressive_verb_of_speech(sentence: str, speaker: str, clause: str) -> None:
    assert reported(sentence) == [(speaker, clause)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Anna Berg said last year's budget had been too small.",
            [("Anna Berg", "last year's budget had been too small")],
            id="a_possessive_time_word_opens_the_clause",
        ),
        pytest.param(
            "Anna Berg told reporters this was their last hope of saving the bridge.",
            [("Anna Berg", "this was their last hope of saving the bridge")],
            id="told_object_then_a_clause_opening_with_this",
        ),
        pytest.param(
            "The bridge will not reopen before the summer, said Anna Berg, an engineer who worked on its design.",
            [("Anna Berg", "The bridge will not reopen before the summer")],
            id="trailing_said_with_a_long_appositive",
        ),
        pytest.param(
            "The repairs covered many old spans, the agency said, including two rail bridges.",
            [("agency", "The repairs covered many old spans, the agency said, including two rail bridges")],
            id="parenthetical_attribution_keeps_the_sentence",
        ),
        pytest.param(
            "Anna Berg spoke on Monday. In particular, she said, the old spans had never been inspected.",
            [("Anna Berg", "the old spans had never been inspected")],
            id="parenthetical_after_a_short_lead_in_keeps_what_follows",
        ),
        pytest.param(
            "The mayor met Anna Berg, who said the bridge would reopen in May.",
            [("Anna Berg", "the bridge would reopen in May")],
            id="relative_clause_speaker_is_the_antecedent",
        ),
        pytest.param(
            "Anna Berg said if the council agreed, the bridge would reopen in May.",
            [("Anna Berg", "if the council agreed, the bridge would reopen in May")],
            id="clause_opening_with_if",
        ),
        pytest.param(
            # no share of the people polled: the speaker is the group before the relative clause (eleventh session)
            "Voters who want change said the bridge should reopen in May.",
            [("Voters", "the bridge should reopen in May")],
            id="a_relative_clause_is_no_share_its_head_is_the_speaker",
        ),
        pytest.param(
            "Heavy rain closed at least four roads in the valley, according to a report in the local paper.",
            [("report in the local paper", "Heavy rain closed at least four roads in the valley")],
            id="according_to_a_long_source_phrase",
        ),
        pytest.param(
            "The mayor thanked Anna Berg, who told the paper she’ll keep the bridge open.",
            [("Anna Berg", "she’ll keep the bridge open")],
            id="told_then_a_contracted_pronoun",
        ),
        pytest.param(
            "The Transport Agency objected in June, arguing that the bridge was a matter of public safety.",
            [("Transport Agency", "the bridge was a matter of public safety")],
            id="participle_after_a_sentence_without_a_speech_verb",
        ),
        pytest.param(
            "Anna Berg, who said the bridge was old, voted against the repairs.",
            [("Anna Berg", "the bridge was old")],
            id="a_clause_in_a_relative_clause_ends_before_the_main_verb",
        ),
        pytest.param(
            "Anna Berg said 47 percent of drivers used the bridge, compared with 30 percent last year.",
            [("Anna Berg", "47 percent of drivers used the bridge")],
            id="a_clause_ends_before_a_comparison",
        ),
        pytest.param(
            "The editorial, the agency said, nailed the case against the old bridge.",
            [("agency", "The editorial, the agency said, nailed the case against the old bridge")],
            id="a_parenthetical_after_a_subject_keeps_the_whole_sentence",
        ),
        pytest.param(
            'Anna Berg said the bridge must close at once, which she described as "overdue."',
            [("Anna Berg", "the bridge must close at once")],
            id="a_clause_before_a_quoted_aside_stays_reported_speech",
        ),
        pytest.param(
            "The spans are old, and as Anna Berg noted, the repairs will take at least two years.",
            [("Anna Berg", "the repairs will take at least two years")],
            id="as_x_noted_after_a_conjunction_reports_what_follows",
        ),
        pytest.param(
            "Anna Berg said the money came from Tom Reed, who has funded bridges across the state.",
            [("Anna Berg", "the money came from Tom Reed")],
            id="a_relative_clause_after_the_reported_clause_is_the_writers_aside",
        ),
        pytest.param(
            "At the heart of the delay, according to two engineers, was a decision to close the old bridge.",
            [
                (
                    "two engineers",
                    "At the heart of the delay, according to two engineers, was a decision to close the old bridge",
                )
            ],
            id="according_to_inside_the_sentence_before_its_verb_gives_the_whole_sentence",
        ),
        pytest.param(
            "The repairs went on through the winter: the bridge carried 40,000 cars a day, according to the agency.",
            [("agency", "the bridge carried 40,000 cars a day")],
            id="according_to_after_a_colon_reports_what_follows_the_colon",
        ),
        pytest.param(
            "The bridge will reopen in May, according to Anna Berg, the engineer in charge of the repairs.",
            [("Anna Berg", "The bridge will reopen in May")],
            id="according_to_a_source_with_an_appositive_keeps_the_clause_before_it",
        ),
        pytest.param(
            "Anna Berg was noting the bridge's age.", [], id="a_progressive_verb_with_a_noun_object_is_no_speech"
        ),
    ],
)
def test_reported_speech_and_its_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert reported(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Anna Berg noted the importance of the bridge for the town.", id="a_noun_phrase_object_is_not_a_clause-1"
        ),
        pytest.param(
            "Anna Berg announced her candidacy on Monday in the old town hall.",
            id="a_noun_phrase_object_is_not_a_clause-2",
        ),
        pytest.param(
            "The state Republican committee would meet in the old hall to choose a treasurer.",
            id="a_noun_like_verb_or_wrote_with_an_object_is_not_reported_speech-1",
        ),
        pytest.param(
            "Early this week, the bakery wrote a long letter to the town's mayor.",
            id="a_noun_like_verb_or_wrote_with_an_object_is_not_reported_speech-2",
        ),
        pytest.param(
            "Only time will tell whether the bridge said anything.", id="words_that_are_no_subject_give_no_speaker-1"
        ),
        pytest.param(
            "Hours before the vote said the repairs had come far too late.",
            id="words_that_are_no_subject_give_no_speaker-2",
        ),
        pytest.param(
            "In the town hall said the repairs had come far too late.", id="words_that_are_no_subject_give_no_speaker-3"
        ),
        pytest.param(
            "Anna Berg claimed the top prize in the town race last month.",
            id="a_noun_phrase_object_after_a_verb_other_than_say_is_no_clause-1",
        ),
        pytest.param(
            "Anna Berg warned the council against delays.",
            id="a_noun_phrase_object_after_a_verb_other_than_say_is_no_clause-2",
        ),
        pytest.param("The mistake was saying that the bridge was safe.", id="a_thing_is_saying_nothing-1"),
        pytest.param("The problem is saying that the bridge would reopen in May.", id="a_thing_is_saying_nothing-2"),
    ],
)
def test_no_reported_speech(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Anna Berg went on to say that the bridge would reopen in May.",
            [("Anna Berg", "the bridge would reopen in May")],
        ),
        (
            "Anna Berg took to the radio to say the bridge would reopen in May.",
            [("Anna Berg", "the bridge would reopen in May")],
        ),
        ("Anna Berg declined to say whether the bridge would reopen in May.", []),
        ("The council wants the engineers to say that the bridge is safe.", []),
        # speech still to come, or none
        ("The mayor has yet to say that the bridge is safe.", []),
        ("Anna Berg is set to say that the bridge is safe.", []),
        ("Anna Berg was about to say that the bridge is safe.", []),
        ("Anna Berg is unlikely to say that the bridge is safe.", []),
        ("Anna Berg is scheduled to say that the bridge is safe.", []),
    ],
)
def test_to_say_after_the_subject_s_verb(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert reported(sentence) == expected
