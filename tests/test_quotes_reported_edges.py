"""Where a reported clause ends (seventh session), each a class of English on invented sentences: after ``A, X
said,`` the writer's own words (a participle, a noun phrase about A, a preposition or ``while``) are not X's, and
a speech verb inside a fronted subordinate clause (``While X claimed A, B``) reports A only."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    "tail",
    [
        "wiping rain from her coat",
        "a promise she has made twice before",
        "while the council stayed silent",
        "in a rare interview at the depot",
    ],
)
def test_the_writer_s_words_after_a_whole_clause_and_its_speaker_are_not_reported(tail: str) -> None:
    sentence = f"The bridge was closed for repairs, Dana Pike said, {tail}."
    assert reported(sentence) == [("Dana Pike", "The bridge was closed for repairs")]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The new budget, Dana Pike said, would fund three more schools in the county.",
            "The new budget, Dana Pike said, would fund three more schools in the county",
        ),
        (
            "In the end, Dana Pike said, keeping the bridge open would cost the town more.",
            "keeping the bridge open would cost the town more",
        ),
        (
            "If the bridge fails, Dana Pike said, the town will be cut off for a month.",
            "If the bridge fails, Dana Pike said, the town will be cut off for a month",
        ),
    ],
)
def test_words_that_complete_the_clause_after_the_speaker_stay_reported(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Dana Pike", clause)]


@pytest.mark.parametrize("lead", ["While", "Although", "Days after"])
def test_a_speech_verb_in_a_fronted_subordinate_clause_reports_up_to_the_main_clause(lead: str) -> None:
    sentence = f"{lead} Dana Pike claimed that the bridge was safe, engineers have found cracks in two of its piers."
    assert reported(sentence) == [("Dana Pike", "the bridge was safe")]


def test_a_comma_inside_a_date_is_no_main_clause() -> None:
    sentence = "When asked, Dana Pike said the bridge opened in April, 2019 and it had been busy ever since."
    assert reported(sentence) == [("Dana Pike", "the bridge opened in April, 2019 and it had been busy ever since")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Pike said the plan is dead in the city. (Lee Moss has since dropped out.)",
        "Dana Pike said the plan is dead in the city, and she voted against it on Monday.",
        "Dana Pike said the plan is dead in the city, and they left the hall together.",
    ],
)
def test_the_writer_s_next_sentence_or_clause_about_the_speaker_is_not_reported(sentence: str) -> None:
    assert reported(sentence) == [("Dana Pike", "the plan is dead in the city")]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Dana Pike said the plan is dead, and the engineers agree with her.",
            "the plan is dead, and the engineers agree with her",
        ),
        (
            "Dana Pike said the plan is dead, and that the council knew it.",
            "the plan is dead, and that the council knew it",
        ),
    ],
)
def test_a_second_clause_of_what_was_said_stays_reported(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Dana Pike", clause)]


@pytest.mark.parametrize("dash", ["–", "—", "--"])
def test_a_participle_of_speech_after_a_dash_reports_the_subject_s_words(dash: str) -> None:
    sentence = f"Dana Pike changed her vote on the spot {dash} saying she was worried about the bridge."
    assert reported(sentence) == [("Dana Pike", "she was worried about the bridge")]


@pytest.mark.parametrize("lead", ["After saying", "Before arguing that"])
def test_a_participle_of_speech_after_an_opening_preposition_is_the_main_subject_s(lead: str) -> None:
    sentence = f"{lead} the bridge was unsafe, Dana Pike voted against the plan."
    assert reported(sentence) == [("Dana Pike", "the bridge was unsafe")]


def test_a_contrasting_clause_after_while_goes_on_with_what_was_said() -> None:
    sentence = "Dana Pike said the bridge is safe, while the tunnel will need repairs next year."
    assert reported(sentence) == [("Dana Pike", "the bridge is safe, while the tunnel will need repairs next year")]


@pytest.mark.parametrize("tail", ["while standing on its deck", "while other engineers said it was not"])
def test_a_participle_or_another_speaker_after_while_is_not_reported(tail: str) -> None:
    assert reported(f"Dana Pike said the bridge is safe, {tail}.") == [("Dana Pike", "the bridge is safe")]


@pytest.mark.parametrize(
    "sentence",
    [
        '"The plan does not work," Dana Pike told reporters after a forum in Fort Mill, S.C.',
        '"I cannot believe how calm it has been," Pike said 30 minutes into the debate.',
        '"It is a sad day," Pike told reporters outside a restaurant in Milwaukee.',
    ],
)
def test_where_and_when_a_quotation_was_said_is_no_reported_clause(sentence: str) -> None:
    assert reported(sentence) == []


def test_a_clause_after_a_quoted_title_inside_the_sentence_stays_reported() -> None:
    sentence = 'On "Morning Hour," Dana Pike said the recent spate of closures demands that all of us listen more.'
    assert reported(sentence) == [("Dana Pike", "the recent spate of closures demands that all of us listen more")]
