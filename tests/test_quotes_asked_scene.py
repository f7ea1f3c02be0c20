"""A question put in quoted words before the one asked reacts: 'Asked about the "X", NAME grinned. "A"'."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_quoted_nickname_in_the_question_before_a_name_laughing() -> None:
    text = (
        "Ottoline Brisk took four wickets before tea at the Mallow Lane ground.\n\n"
        'Asked about her nickname among the bowlers, "the Kettle", because she "boils over", Brisk laughed. '
        '"It started when I shouted at a seagull during my first season."'
    )
    assert direct_speaker_of(text, "shouted at a seagull") == "Ottoline Brisk"


def test_quoted_words_and_a_dashed_aside_before_a_role_smiling() -> None:
    text = (
        "Ferndown coach Ivo Castellane watched the replay twice.\n\n"
        'Asked about the "Tuesday hoodoo" — Ferndown are winless on a Tuesday since April — the coach smiled. '
        '"We should move every fixture to the weekend, then."'
    )
    assert direct_speaker_of(text, "every fixture") == "Ivo Castellane"
