"""A reported clause that ends at a colon opening a quotation ('said the ferry was late: "A"') is reported speech,
and the quotation the speaker's words; 'said in a statement: "A"' and 'said simply: "A"' report no clause. All
sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of


def test_a_clause_before_a_colon_and_its_quotation() -> None:
    text = 'Ferelith Scandrett trains ponies. She said the rule was plain: "Never shout at a pony."'
    assert quotes_of(text) == [
        ("indirect", "Ferelith Scandrett", "the rule was plain"),
        ("direct", "Ferelith Scandrett", "Never shout at a pony."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Ferelith Scandrett trains ponies. She said in a statement: "Never shout at a pony."',
        'Ferelith Scandrett trains ponies. She said simply: "Never shout at a pony."',
    ],
)
def test_no_clause_before_a_colon(text: str) -> None:
    assert [q for q in quotes_of(text) if q[0] == "indirect"] == []
