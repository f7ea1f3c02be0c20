"""A phrase of 'within', 'by', 'until', 'since', 'despite' or 'unless' fronted in a clause said without 'that' or
a comma ('said within a week she was sleeping again'); a means of saying after 'by' opens nothing. All sentences and
names are invented."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Ysolde Marrack keeps goats. She said within a week they were eating from her hand.", "within a week they"),
        ("Ysolde Marrack keeps goats. She said by midsummer she had sold half the herd.", "by midsummer she"),
    ],
)
def test_a_fronted_phrase_opens_the_clause(text: str, clause: str) -> None:
    found = [words for kind, _, words in quotes_of(text) if kind == "indirect"]
    assert len(found) == 1
    assert found[0].startswith(clause)


def test_a_means_of_saying_is_no_part_of_it() -> None:
    text = "Ysolde Marrack keeps goats. She said by phone she had sold the herd."
    assert not [words for kind, _, words in quotes_of(text) if "phone" in words]
