"""Speakers of quotations after a participle or a verb of complaint or acclaim: the subject of the clause the
participle continues, past an opening adverbial and a bracketed party tag ('In a statement, Rep. NAME (D-Ore.)
reacted to the news, saying: "A"'); 'heralded X as "A"'; 'groused that "A"'. All sentences and names are
invented."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of, speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "In a statement released Thursday, Rep. Dana Pike (D-Ore.) reacted to the news,"
            ' saying: "The ferry must run."',
            "ferry must run",
            "Rep. Dana Pike",
        ),
        ('Chancellor Dana Pike heralded the deal as a "breakthrough."', "breakthrough", "Chancellor Dana Pike"),
        ('Dana Pike groused to a crowd in Kelby that the paper "never treats me fairly."', "never treats", "Dana Pike"),
    ],
)
def test_the_speaker_of_a_participle_or_a_verb_of_complaint(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_a_participle_of_grumbling_is_no_cue_of_its_own() -> None:
    text = 'Six pilots ran for the board. As they left, some crews were heard grumbling that the "fake" vote was late.'
    assert all(who != "Six pilots" for _, who, _ in quotes_of(text))
