"""Reported speech, twenty-sixth session: invented sentences for each class (an adverb between the verb of speech
and its clause, indefinite and partitive subjects, a phrase of occasion naming a medium)."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of

_INTRO = "Wenna Pelgrave opened the kiln shed on Monday with her nephew."


def reported(sentence: str) -> list[tuple[str, str]]:
    """(speaker, text) of the reported clauses of an invented article: the introduction, then ``sentence``."""
    return [(speaker, text) for kind, speaker, text in quotes_of(f"{_INTRO}\n\n{sentence}") if kind == "indirect"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pelgrave said later that the glaze had cracked in the cold.",
        "Pelgrave said earlier that the glaze had cracked in the cold.",
        "Pelgrave said again that the glaze had cracked in the cold.",
        "Pelgrave said repeatedly that the glaze had cracked in the cold.",
        "Pelgrave said only that the glaze had cracked in the cold.",
        "Pelgrave wrote privately that the glaze had cracked in the cold.",
        "Pelgrave said later the glaze had cracked in the cold.",
    ],
)
def test_an_adverb_after_the_verb_is_no_word_of_the_clause(sentence: str) -> None:
    assert reported(sentence) == [("Wenna Pelgrave", "the glaze had cracked in the cold")]


def test_a_time_phrase_after_earlier_opens_no_subject() -> None:
    assert ("Wenna Pelgrave", "this week the glaze had cracked") not in reported(
        "Pelgrave said earlier this week the glaze had cracked."
    )


def test_earlier_before_a_plain_noun_is_an_adjective() -> None:
    assert reported("Pelgrave said earlier kilns were cheaper.") == []
