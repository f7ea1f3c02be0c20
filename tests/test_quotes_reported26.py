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


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Pelgrave says nobody in the yard works harder.", "nobody in the yard works harder"),
        ("Pelgrave said none of the firings showed any crazing.", "none of the firings showed any crazing"),
        ("Pelgrave says nobody at the pottery noticed.", "nobody at the pottery noticed"),
        ("Pelgrave said most of the jugs survived the winter.", "most of the jugs survived the winter"),
    ],
)
def test_an_indefinite_or_partitive_subject_opens_a_clause(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Wenna Pelgrave", clause)]


def test_an_indefinite_object_opens_no_clause() -> None:
    assert reported("Pelgrave told nobody about the order.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Pelgrave said in her yearly newsletter the kiln had cracked twice.",
        "Pelgrave told buyers in an open letter the kiln had cracked twice.",
        "Pelgrave said in a short video post the kiln had cracked twice.",
    ],
)
def test_a_phrase_naming_the_means_of_saying_is_no_part_of_the_clause(sentence: str) -> None:
    assert reported(sentence) == [("Wenna Pelgrave", "the kiln had cracked twice")]


def test_a_phrase_of_means_before_a_preposition_opens_no_clause() -> None:
    assert reported("Pelgrave said in a letter to buyers.") == []


def test_a_participle_after_the_noun_of_means_goes_on_describing_it() -> None:
    clauses = reported("Pelgrave said in a statement read to buyers the kiln had cracked twice.")
    assert not any(text.startswith("read") for _, text in clauses)


def test_an_office_in_capitals_before_a_name_hides_no_first_name() -> None:
    text = (
        "The committee questioned the kiln board's chair, Orrin Pask, on Tuesday.\n\n"
        "Harbour Party MP Fiona Vantreck asked Mr Pask about the kiln levy. He said he had never seen the accounts."
    )
    assert [(s, t) for k, s, t in quotes_of(text) if k == "indirect"] == [
        ("Orrin Pask", "he had never seen the accounts")
    ]


def test_a_placed_plural_subject_and_a_past_in_ed_before_its_object() -> None:
    assert reported("Pelgrave said potters in the valley raised their prices.") == [
        ("Wenna Pelgrave", "potters in the valley raised their prices")
    ]


def test_an_aside_inside_the_subject_does_not_end_the_clause() -> None:
    assert reported("Pelgrave said the kiln levy, while unpopular, was likely to stay.") == [
        ("Wenna Pelgrave", "the kiln levy, while unpopular, was likely to stay")
    ]
