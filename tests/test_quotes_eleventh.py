"""Quote rules of the eleventh session: a subject with a relative clause before the verb of speech ('The
tenants who live by the quarry say A'), a lead word or adverb before a plain subject ('Even the owner of the
mill said A', 'Again, those polled said A'), and an indirect question after 'explain' ('went on to explain how
A', 'before explaining why A'). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "The tenants who live beside the quarry say the blasting has cracked their walls.",
            "tenants",
            "the blasting has cracked their walls",
        ),
        (
            "Growers whose orchards flooded in March said the insurer had ignored their claims.",
            "Growers",
            "the insurer had ignored their claims",
        ),
        ("But some who know the harbour well argue the new pier is too short.", "some", "the new pier is too short"),
        (
            "The pilots who told the board about the fog say the beacon failed twice.",
            "pilots",
            "the beacon failed twice",
        ),
        (
            "Vera Lund and others who want the mill reopened said the vote would decide its fate.",
            "Vera Lund and others",
            "the vote would decide its fate",
        ),
    ],
)
def test_a_subject_with_a_relative_clause_speaks(sentence: str, speaker: str, clause: str) -> None:
    assert reported(sentence) == [(speaker, clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the phrase before 'whose' names a thing: a building never speaks
        "The library whose roof leaked all winter says a great deal about the town's budget.",
        # a second clause inside ('and') leaves the verb of speech to a subject this rule cannot see
        "The pilots who flew in the fog and the clerks at the harbour say the beacon failed.",
    ],
)
def test_a_relative_clause_after_a_thing_or_with_a_second_clause_gives_no_speaker(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "Even the owner of the old mill said the new rules had raised costs for everyone.",
            "owner of the old mill",
            "the new rules had raised costs for everyone",
        ),
        (
            "Again, those polled said the ferry was the town's main worry.",
            "those polled",
            "the ferry was the town's main worry",
        ),
    ],
)
def test_a_lead_word_or_adverb_before_a_plain_subject(sentence: str, speaker: str, clause: str) -> None:
    assert reported(sentence) == [(speaker, clause)]


def test_a_singular_subject_before_a_bare_verb_is_a_noun_phrase() -> None:
    # 'promise' after 'a passing' is a noun: no speaker 'passing' promises anything
    assert reported("But even a passing promise that the pier would reopen raised hopes in the village.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "Dr. Ines Varga went on to explain how she tests every sample twice.",
            "Dr. Ines Varga",
            "how she tests every sample twice",
        ),
        (
            "Mara Quist thanked the volunteers before explaining why she had left the board.",
            "Mara Quist",
            "why she had left the board",
        ),
    ],
)
def test_an_indirect_question_after_explain_is_what_was_said(sentence: str, speaker: str, clause: str) -> None:
    assert reported(sentence) == [(speaker, clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Brandt declined to explain why the ferry was late.",
        "The council has yet to explain why the pool closed early.",
        "Ivo Brandt was asked to explain why he missed the meeting.",
        "Carla Moss faced questions after saying whether she would run again.",
    ],
)
def test_an_indirect_question_not_yet_answered_is_no_speech(sentence: str) -> None:
    assert reported(sentence) == []
