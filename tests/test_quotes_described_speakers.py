"""Speakers described by whom they work for (eighth session, issue 15), each a class of English on invented
sentences: 'a spokesman for NAME', 'an aide to NAME', 'a lawyer for NAME' is the description that spoke, not
the person it works for, and 'one of his aides' is the whole phrase; a title before a name still names that person."""

from __future__ import annotations

import pytest

from tests.test_quotes_patterns import pairs, run
from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("A spokesman for Dana Pike", "spokesman for Dana Pike"),
        ("An aide to Sen. Dana Pike", "aide to Sen. Dana Pike"),
        ("A lawyer for Dana Pike", "lawyer for Dana Pike"),
        ("A longtime adviser to Dana Pike", "longtime adviser to Dana Pike"),
        ("Aides to Mr. Pike", "Aides to Mr. Pike"),
        ("One of his senior aides", "One of his senior aides"),
        ("Some of their aides", "Some of their aides"),
        ("Another of her aides", "Another of her aides"),
    ],
)
def test_someone_working_for_a_named_person_is_the_speaker(subject: str, speaker: str) -> None:
    assert reported(f"{subject} said the bridge would close in May.") == [(speaker, "the bridge would close in May")]


def test_a_trailing_aide_to_a_named_person_is_the_speaker() -> None:
    sentence = "The bridge will close in May, an aide to Dana Pike said."
    assert reported(sentence) == [("aide to Dana Pike", "The bridge will close in May")]


def test_a_direct_quote_of_a_spokeswoman_for_a_named_person() -> None:
    report = run("“The bridge will close in May,” a spokeswoman for Dana Pike said.")
    assert pairs(report) == [("spokeswoman for Dana Pike", "direct", "The bridge will close in May")]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Former secretary of state Dana Pike", "Dana Pike"),
        ("Lee Wong, a spokesman for Dana Pike,", "Lee Wong"),
    ],
)
def test_a_title_or_a_named_spokesman_keeps_the_name(subject: str, speaker: str) -> None:
    assert reported(f"{subject} said the bridge would close in May.") == [(speaker, "the bridge would close in May")]


@pytest.mark.parametrize(
    ("speaker_phrase", "speaker"),
    [
        ("a person close to Dana Pike", "person close to Dana Pike"),
        ("a spokesman for Dana Pike", "spokesman for Dana Pike"),
    ],
)
def test_a_describing_speaker_after_said(speaker_phrase: str, speaker: str) -> None:
    report = run(f"“The bridge will close in May,” said {speaker_phrase}.")
    assert pairs(report) == [(speaker, "direct", "The bridge will close in May")]


def test_a_name_after_another_word_and_to_stays_the_speaker() -> None:
    report = run("In an interview Lee Wong gave to the Daily Ledger, he said the bridge would close in May.")
    assert [(q.speaker, q.kind) for q in report.quotes] == [("Lee Wong", "indirect")]


def test_a_trailing_share_of_someone_s_people() -> None:
    report = run("“The bridge will close in May,” one of his aides said.")
    assert pairs(report) == [("one of his aides", "direct", "The bridge will close in May")]
