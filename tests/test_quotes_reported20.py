"""Reported speech, twentieth session: clauses opening on a limited amount ('only six ...') and comparisons inside a
clause. All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to Mrs Abernethy, only four pupils now walk to the village school.",
            [("Mrs Abernethy", "only four pupils now walk to the village school")],
        ),
        (
            "According to the warden, just three huts now open in winter.",
            [("warden", "just three huts now open in winter")],
        ),
    ],
)
def test_a_clause_may_open_on_a_limited_amount(text: str, expected: list[tuple[str, str]]) -> None:
    assert reported(text) == expected


def test_only_before_a_preposition_opens_no_clause() -> None:
    assert reported("The warden said only in passing.") == []


def test_a_comparison_of_counts_goes_on_with_the_clause() -> None:
    text = "Captain Ollerton said eleven trawlers still land catches at the quay, compared with 60 in his youth."
    assert reported(text) == [
        ("Captain Ollerton", "eleven trawlers still land catches at the quay, compared with 60 in his youth")
    ]


def test_a_comparison_of_shares_is_the_writers() -> None:
    text = "Most tenants said they backed the scheme, compared with 31 percent of landlords."
    assert reported(text) == [("Most tenants", "they backed the scheme")]
