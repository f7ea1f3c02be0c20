"""A sentence closing with ', as X put it' (or wrote, said, dubbed it), a day allowed after it, credits X with every
quotation before it that no other cue attributed; 'as' opening anything else credits no one. All sentences and
names are invented."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Lobbyists are waging a "quiet war" on the harbour law, as the Harbour Gazette put it on Tuesday.',
            "Harbour Gazette",
        ),
        (
            'Lobbyists are waging a "quiet war" on the harbour law that "has worked well," as Tova Brin put it.',
            "Tova Brin",
        ),
    ],
)
def test_a_closing_as_x_put_it_credits_every_quotation_before_it(text: str, speaker: str) -> None:
    found = quotes_of(text)
    assert ("direct", speaker, "quiet war") in found
    assert all(who == speaker for _, who, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        'Lobbyists are waging a "quiet war" on the harbour law, as they have done for years.',
        'Lobbyists are waging a "quiet war" on the harbour law, as the ferry put out to sea.',
    ],
)
def test_as_opening_anything_else_credits_no_one(text: str) -> None:
    assert quotes_of(text) == []
