"""An opening phrase of time or place before the subject of a sentence whose participle carries a quotation
(issue 15): 'Hours later,', 'Here in Kelby,', 'Two days later,' are skipped like 'In Kelby,', before a
name and before a plain noun phrase ('the clerks at the county office'), whose auxiliary is no part of it."""

from __future__ import annotations

import pytest

from tests.test_quotes_patterns import run
from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize("opener", ["Hours later", "Here in Kelby", "Two days later", "Moments before"])
def test_a_phrase_of_time_or_place_opens_before_the_subject(opener: str) -> None:
    report = run(f"{opener}, Dana Pike thanked the donors, saying, “We will build the bridge.”")
    assert [(q.speaker, q.kind) for q in report.quotes] == [("Dana Pike", "direct")]


def test_a_preposition_opening_the_sentence_is_still_skipped() -> None:
    report = run("In Kelby, Dana Pike thanked the donors, saying, “We will build the bridge.”")
    assert [(q.speaker, q.kind) for q in report.quotes] == [("Dana Pike", "direct")]


@pytest.mark.parametrize("opener", ["Shortly after the vote", "Hours later", "Two days later"])
def test_a_phrase_of_time_opens_before_a_plain_subject_of_a_participle(opener: str) -> None:
    sentence = f"{opener}, the clerks at the county office declined to comment, saying the files were still under seal."
    assert reported(sentence) == [("clerks at the county office", "the files were still under seal")]


def test_an_auxiliary_before_the_past_tense_verb_is_no_part_of_the_plain_subject() -> None:
    sentence = "The clerks at the county office had declined to comment, saying the files were still under seal."
    assert reported(sentence) == [("clerks at the county office", "the files were still under seal")]
