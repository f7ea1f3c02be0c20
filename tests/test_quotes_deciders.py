"""Findings of bodies that judge or inspect ('The tribunal found that A', 'the appeals panel ruled that A') are
reported clauses of that body; a skipper's finding stays none. All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        ("A licensing tribunal in Orbury found that the kennel had ignored warnings.", "the kennel had", "tribunal"),
        ("The appeals panel ruled that the jockey had not meant to cross the line.", "the jockey had", "panel"),
        ("The county coroner found that the bridge rail had rusted through.", "the bridge rail", "coroner"),
        ("Last week the tribunal also ruled the kennel had kept poor records.", "the kennel had", "tribunal"),
    ],
)
def test_a_deciding_body_reports_its_finding(text: str, clause: str, speaker: str) -> None:
    found = [(who, words) for kind, who, words in quotes_of(text) if kind == "indirect"]
    assert len(found) == 1
    assert found[0][1].startswith(clause)
    assert speaker in (found[0][0] or "")


@pytest.mark.parametrize(
    "text",
    [
        "The skipper found that the nets had been cut.",
        "The panel ruled out a second hearing.",
        "The jury found the groom guilty of theft.",
    ],
)
def test_other_findings_report_nothing(text: str) -> None:
    assert [q for q in quotes_of(text) if q[0] == "indirect"] == []
