"""The words that open an indirect question are one list (lexicon.QUESTION_WORDS): the speaker's own question
after 'and' ('said A and asked which B') ends A as 'asked when B' did. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Ada Kell said the pier is closed and asked which boats would sail.", "the pier is closed"),
        ("Ada Kell said the fund had run dry and wondered where the money went.", "the fund had run dry"),
        ("Ada Kell said the pier is closed and asked when the ferries would dock.", "the pier is closed"),
    ],
)
def test_the_speakers_own_question_ends_the_clause(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Ada Kell", clause)]


def test_a_question_in_the_clauses_tense_stays_in_it() -> None:
    sentence = "Ada Kell said the driver got out and asked where the station was."
    assert reported(sentence) == [("Ada Kell", "the driver got out and asked where the station was")]
