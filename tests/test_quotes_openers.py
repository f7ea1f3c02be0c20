"""An opening phrase of time or place before the subject of a sentence whose participle carries a quotation
(issue 15): 'Hours later,', 'Here in Springfield,', 'Two days later,' are skipped like 'In Springfield,'."""

from __future__ import annotations

import pytest

from tests.test_quotes_patterns import run


@pytest.mark.parametrize("opener", ["Hours later", "Here in Springfield", "Two days later", "Moments before"])
def test_a_phrase_of_time_or_place_opens_before_the_subject(opener: str) -> None:
    report = run(f"{opener}, Dana Pike thanked the donors, saying, “We will build the bridge.”")
    assert [(q.speaker, q.kind) for q in report.quotes] == [("Dana Pike", "direct")]


def test_a_preposition_opening_the_sentence_is_still_skipped() -> None:
    report = run("In Springfield, Dana Pike thanked the donors, saying, “We will build the bridge.”")
    assert [(q.speaker, q.kind) for q in report.quotes] == [("Dana Pike", "direct")]
