"""Reported speech (ninth session), each a class of English on invented sentences: a noun phrase closing the
sentence after a comma ('..., a short drive from the river.') and a contrast after a dash ('... -- but the council
disagreed') are the writer's words, not more of the reported clause."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    "tail",
    [
        "a short drive from the old harbour",
        "an arrangement the town agreed to in 1998",
    ],
)
def test_a_noun_phrase_closing_the_sentence_is_not_reported(tail: str) -> None:
    sentence = f"Dana Pike said the ferry will stop at Kelby Point, {tail}."
    assert reported(sentence) == [("Dana Pike", "the ferry will stop at Kelby Point")]


def test_a_noun_phrase_followed_by_its_clause_s_verb_stays_reported() -> None:
    sentence = "Dana Pike said the levy, a charge on every boat, is too high for the fishermen."
    assert reported(sentence) == [("Dana Pike", "the levy, a charge on every boat, is too high for the fishermen")]


@pytest.mark.parametrize("dash", ["--", "—", "-"])
@pytest.mark.parametrize("contrast", ["but the council clearly disagreed", "though engineers doubt it"])
def test_a_contrast_after_a_dash_is_the_writer_s(dash: str, contrast: str) -> None:
    sentence = f"Dana Pike said the ferry will run all winter {dash} {contrast}."
    assert reported(sentence) == [("Dana Pike", "the ferry will run all winter")]


def test_but_that_after_a_dash_goes_on_with_what_was_said() -> None:
    sentence = "Dana Pike said the ferry will run all winter -- but that the fares will rise."
    assert reported(sentence) == [("Dana Pike", "the ferry will run all winter -- but that the fares will rise")]
