"""Mends after a review of the twelfth session's rules: a subject asked a question who answers before the
quotation is its speaker ('X was asked about it and shrugged: "..."'), but not past a relative clause about the
asker. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes


def direct(text: str) -> list[tuple[str, str]]:
    report = extract_quotes(Article("t", "x", (Section(None, text),)))
    return [(q.speaker, q.text) for q in report.quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ('Cora Penn was asked about her future and shrugged: "Who knows?"', "Cora Penn", "Who knows?"),
        (
            'Ms Dorn was pressed on the delays at the depot, but stayed calm: "We did nothing wrong."',
            "Ms Dorn",
            "We did nothing wrong.",
        ),
    ],
)
def test_a_subject_asked_who_answers_before_the_quotation_says_it(text: str, speaker: str, words: str) -> None:
    assert direct(text) == [(speaker, words)]


@pytest.mark.parametrize(
    "text",
    [
        'Cora Penn was pressed on whether the plan would "ruin the harbour".',
        'Cora Penn was asked by reporters whether the fares "were fair".',
        'Cora Penn was asked by the host, who has backed her, but has doubts: "Will you quit?"',
    ],
)
def test_the_words_a_subject_is_asked_are_not_its_own(text: str) -> None:
    assert not any(speaker == "Cora Penn" for speaker, _ in direct(text))
