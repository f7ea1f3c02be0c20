"""Kin words are one list (lexicon.KIN): every kin noun is a role and a relation before 'of' ('The mum of NAME said':
the mum speaks, not NAME), and its sex is known. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from digest.core.lexicon import KIN, KIN_MEN, KIN_WOMEN, ROLE_NOUNS
from digest.core.quotes.gender import word_gender
from digest.core.quotes.serving import RELATIONS
from tests.quote_support import quotes_of


@pytest.mark.parametrize("kin", ["mum", "dad", "stepfather", "boyfriend", "granddaughter"])
def test_kin_before_of_is_the_speaker(kin: str) -> None:
    assert quotes_of(f"The {kin} of Ada Kell said the ferry would run all winter.") == [
        ("indirect", f"{kin} of Ada Kell", "the ferry would run all winter")
    ]


def test_kin_before_of_as_an_object_is_no_speaker() -> None:
    found = quotes_of("Ivo Marsh told the mum of Ada Kell that the ferry would run all winter.")
    assert [speaker for _, speaker, _ in found] == ["Ivo Marsh"]


def test_every_kin_word_is_a_role_and_a_relation_of_one_list() -> None:
    assert KIN <= ROLE_NOUNS and KIN <= RELATIONS
    assert {word_gender(w) for w in KIN_MEN} == {"m"} and {word_gender(w) for w in KIN_WOMEN} == {"f"}
