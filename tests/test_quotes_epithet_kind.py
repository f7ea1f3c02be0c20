"""A definite epithet of one capitalised word ('the Scot', 'the Welshwoman') is read once, by the mention reader, as
a person's role: 'he' or 'she' may go on from it, 'it' may not. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.quote_support import speaker_of


@pytest.mark.parametrize(("epithet", "pronoun"), [("Scot", "he"), ("Welshwoman", "she"), ("Briton", "he")])
def test_he_or_she_goes_on_from_an_epithet(epithet: str, pronoun: str) -> None:
    text = f'The {epithet} said the pier was "unsafe." "It will fall," {pronoun} added.'
    assert speaker_of(text, "It will fall") == epithet


def test_it_does_not_go_on_from_an_epithet() -> None:
    assert speaker_of('The Scot said the pier was "unsafe." "It will fall," it added.', "It will fall") != "Scot"


def test_an_epithet_after_a_person_named_is_that_person() -> None:
    assert speaker_of('Ada Kell, 29, won the race. "I was lucky," the Scot said.', "lucky") == "Ada Kell"
