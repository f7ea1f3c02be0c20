"""Numbers written in words are one list (lexicon.NUMBER_WORDS) for every quote pass: an amount opening a clause,
a counted plural noun, a share of people ('fifteen in 100'). Before, each pass kept its own list and 'thirty',
'thirteen' or 'fifteen' were numbers to one and not another. Every sentence is invented."""

from __future__ import annotations

from tests.test_quotes_reported_cues import reported


def test_an_amount_in_tens_opens_a_clause() -> None:
    sentence = "Ada Kell said about thirty of the boats were damaged in the storm."
    assert reported(sentence) == [("Ada Kell", "about thirty of the boats were damaged in the storm")]


def test_a_counted_plural_in_teens_is_a_noun_not_a_cue() -> None:
    sentence = "The thirteen states that share the river reported floods, officials said."
    assert reported(sentence) == [("officials", "The thirteen states that share the river reported floods")]


def test_a_share_in_teens_is_a_speaker() -> None:
    sentence = "About fifteen in 100 voters said the plan was fair."
    assert reported(sentence) == [("About fifteen in 100 voters", "the plan was fair")]


def test_time_after_an_amount_is_no_clause() -> None:
    assert reported("Ada Kell said about twenty minutes later.") == []
