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
    """'said later that A', 'said only that A', 'said later A': the adverb is no word of the clause."""
    assert reported(sentence) == [("Wenna Pelgrave", "the glaze had cracked in the cold")]


def test_a_time_phrase_after_earlier_opens_no_subject() -> None:
    """A near case: 'said earlier this week A': 'this week' goes on with the time, it opens no subject."""
    assert ("Wenna Pelgrave", "this week the glaze had cracked") not in reported(
        "Pelgrave said earlier this week the glaze had cracked."
    )


def test_earlier_before_a_plain_noun_is_an_adjective() -> None:
    """A near case: 'said earlier kilns were': 'earlier' may be an adjective of the noun, so no clause is read."""
    assert reported("Pelgrave said earlier kilns were cheaper.") == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Pelgrave says nobody on the wheel complains about the heat.", "nobody on the wheel complains about the heat"),
        ("Pelgrave said none of the old moulds fitted the new press.", "none of the old moulds fitted the new press"),
        ("Pelgrave says someone from the guild phoned twice.", "someone from the guild phoned twice"),
        ("Pelgrave said most of the jugs survived the winter.", "most of the jugs survived the winter"),
    ],
)
def test_an_indefinite_or_partitive_subject_opens_a_clause(sentence: str, clause: str) -> None:
    """'says nobody on the wheel complains', 'said none of the old moulds fitted': an indefinite or partitive
    subject and its verb make a clause without 'that'."""
    assert reported(sentence) == [("Wenna Pelgrave", clause)]


def test_an_indefinite_object_opens_no_clause() -> None:
    """A near case: 'told nobody about the order': the indefinite is the object of telling, no clause."""
    assert reported("Pelgrave told nobody about the order.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Pelgrave said in a radio broadcast the kiln had cracked twice.",
        "Pelgrave told customers in a long email the kiln had cracked twice.",
        "Pelgrave said during a recorded interview the kiln had cracked twice.",
    ],
)
def test_a_phrase_naming_the_means_of_saying_is_no_part_of_the_clause(sentence: str) -> None:
    """'said in a radio broadcast A', 'told customers in a long email A': the phrase naming the means of saying is
    no part of the clause after it."""
    assert reported(sentence) == [("Wenna Pelgrave", "the kiln had cracked twice")]


def test_a_phrase_of_means_before_a_preposition_opens_no_clause() -> None:
    """A near case: 'said in a letter to buyers.': no clause follows the phrase."""
    assert reported("Pelgrave said in a letter to buyers.") == []


def test_a_participle_after_the_noun_of_means_goes_on_describing_it() -> None:
    """A near case: 'in a statement read to buyers': the participle describes the noun, it opens no clause."""
    clauses = reported("Pelgrave said in a statement read to buyers the kiln had cracked twice.")
    assert not any(text.startswith("read") for _, text in clauses)


def test_an_office_in_capitals_before_a_name_hides_no_first_name() -> None:
    """'Brackwater Party MP Fiona Vantreck': the office before the name hides no first name, so she is a woman and
    the next 'he' is the man named before her."""
    text = (
        "Anselm Pask, who chairs the kiln board, gave evidence to the inquiry on Tuesday.\n\n"
        "Brackwater Party MP Fiona Vantreck put the figures to Mr Pask. He said he had never seen the accounts."
    )
    assert [(s, t) for k, s, t in quotes_of(text) if k == "indirect"] == [
        ("Anselm Pask", "he had never seen the accounts")
    ]


def test_a_placed_plural_subject_and_a_past_in_ed_before_its_object() -> None:
    """'said potters in the valley raised their prices': a plural subject placed by a phrase, then a past in -ed
    and its object, make a clause."""
    assert reported("Pelgrave said potters in the valley raised their prices.") == [
        ("Wenna Pelgrave", "potters in the valley raised their prices")
    ]


def test_an_aside_inside_the_subject_does_not_end_the_clause() -> None:
    """'said the old kiln, while costly to run, would fire again by spring': a short aside inside the subject ends no
    clause."""
    assert reported("Pelgrave said the old kiln, while costly to run, would fire again by spring.") == [
        ("Wenna Pelgrave", "the old kiln, while costly to run, would fire again by spring")
    ]


def test_two_coordinated_reports_one_holding_a_fragment_are_two_clauses() -> None:
    """'said A holding "a fragment" and that B': two reports joined by 'and that' are two clauses when one holds a
    quoted fragment, and the fragment is a direct quote of its own."""
    text = f'{_INTRO}\n\nPelgrave said the kiln was "past saving" and that a new one would cost £9,000.'
    assert quotes_of(text) == [
        ("indirect", "Wenna Pelgrave", 'the kiln was "past saving"'),
        ("direct", "Wenna Pelgrave", "past saving"),
        ("indirect", "Wenna Pelgrave", "a new one would cost £9,000"),
    ]


def test_two_coordinated_reports_without_a_fragment_stay_one_clause() -> None:
    """A near case: 'said A and that B' with no quoted fragment stays one clause, as before."""
    assert reported("Pelgrave said the kiln was old and that a new one would cost £9,000.") == [
        ("Wenna Pelgrave", "the kiln was old and that a new one would cost £9,000")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pelgrave said the kiln would reopen, though she could not confirm a date.",
        "Pelgrave said the kiln would reopen, though she would not say when.",
    ],
)
def test_a_refusal_after_though_is_the_speakers_act(sentence: str) -> None:
    """', though she would not say when': a refusal in the writer's words after ', though' is the speaker's act, so
    the clause ends before it."""
    assert reported(sentence) == [("Wenna Pelgrave", "the kiln would reopen")]


def test_a_concession_with_would_is_still_reported() -> None:
    """A near case: ', though it would cost more' is more of what was said, as before."""
    assert reported("Pelgrave said the kiln would reopen, though it would cost more.") == [
        ("Wenna Pelgrave", "the kiln would reopen, though it would cost more")
    ]
