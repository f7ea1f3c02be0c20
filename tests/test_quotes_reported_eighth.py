"""Reported speech (eighth session), each a class of English on invented sentences: the writer's clause after
``, but he/she/they``, a short lead-in before a mid-sentence ``according to X,``, ``that`` opening a time after
a verb of speech, and a plain noun-phrase subject for a participle of speech."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize("pronoun", ["she", "they"])
def test_the_writer_s_clause_after_but_and_a_pronoun_is_not_reported(pronoun: str) -> None:
    sentence = f"Dana Pike said the plan is dead in the city, but {pronoun} voted for it again on Monday."
    assert reported(sentence) == [("Dana Pike", "the plan is dead in the city")]


def test_a_second_clause_after_but_with_a_new_subject_stays_reported() -> None:
    sentence = "Dana Pike said the plan is dead, but the engineers might still save the bridge."
    assert reported(sentence) == [("Dana Pike", "the plan is dead, but the engineers might still save the bridge")]


@pytest.mark.parametrize("lead", ["In addition", "Over time", "Even so"])
def test_a_short_lead_in_before_according_to_leaves_the_clause_after_the_source(lead: str) -> None:
    sentence = f"{lead}, according to the county office, nearly nine thousand more homes will lose power."
    clause = "nearly nine thousand more homes will lose power"
    assert [text for _, text in reported(sentence)] == [clause]


def test_a_whole_clause_before_according_to_stays_reported() -> None:
    sentence = "The bridge will close in May, according to the county office."
    assert [text for _, text in reported(sentence)] == ["The bridge will close in May"]


@pytest.mark.parametrize("time", ["that night", "that same day", "that morning"])
def test_that_opening_a_time_after_a_verb_of_speech_is_no_clause(time: str) -> None:
    assert reported(f"The Daily Ledger reported {time} a fire near the station.") == []


def test_a_time_after_that_may_still_be_followed_by_a_clause() -> None:
    sentence = "Dana Pike said that night that the bridge would stay closed."
    assert reported(sentence) == [("Dana Pike", "the bridge would stay closed")]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The agencies", "agencies"),
        ("The clerks at the county office", "clerks at the county office"),
    ],
)
def test_a_plain_noun_phrase_subject_speaks_through_a_participle_after_its_verb(subject: str, speaker: str) -> None:
    sentence = f"{subject} declined to give any details about the audit, saying they cannot discuss the case."
    assert reported(sentence) == [(speaker, "they cannot discuss the case")]


def test_a_thing_before_a_participle_with_no_clause_reports_nothing() -> None:
    assert reported("The old plan failed, saying nothing of the cost.") == []
