"""A quoted fragment inside the clause of a role or kin noun after a possessive who tells ('X says her boss told her
she would "A"') is that person's words, relayed by X, as it is when a name tells. All sentences and names are
invented."""

from __future__ import annotations

import pytest

from tests.quote_support import direct_quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Mara Quell swam for six years.\n\nMara Quell says her boss told her she would "sink like a kettle".', "boss"),
        (
            'Mara Quell swam for six years.\n\nMara Quell says her brother told her she would "sink like a kettle".',
            "her brother",
        ),
    ],
)
def test_owned_role_tells(text: str, speaker: str) -> None:
    """The boss's or the brother's words, not Mara's."""
    assert direct_quotes(text) == [(speaker, "sink like a kettle")]


def test_own_words_stay() -> None:
    """No inner teller: the fragment is Mara's."""
    assert direct_quotes('Mara Quell says she would "sink like a kettle".') == [("Mara Quell", "sink like a kettle")]
