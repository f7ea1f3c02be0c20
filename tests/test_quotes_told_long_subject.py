"""A clause told without 'that' whose subject is a plain noun with a phrase of its own ('told me complaints about
the rota had doubled'); a thing told with a relative clause stays none. All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Wenna Polglaze runs the depot. She told me grumbles about the new rota had doubled.", "grumbles about"),
        ("Odo Quillacre spoke first. He told us water levels at the weir had risen overnight.", "water levels at"),
    ],
)
def test_a_long_subject_after_the_one_told(text: str, clause: str) -> None:
    found = [(who, words) for kind, who, words in quotes_of(text) if kind == "indirect"]
    assert len(found) == 1
    assert found[0][1].startswith(clause)


@pytest.mark.parametrize(
    "text",
    [
        "Odo Quillacre spoke first. He told them yarns of the sea that were mostly invented.",
        "Odo Quillacre spoke first. He told me tales of the old quarry.",
    ],
)
def test_a_thing_told_is_no_clause(text: str) -> None:
    assert [q for q in quotes_of(text) if q[0] == "indirect"] == []
