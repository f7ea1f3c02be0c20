"""Reported speech, thirty-first session: invented sentences for each class (a pronoun with a contracted 'is'
before a participle of speech; a description opening the sentence before a name and its age; a role, then a name
between commas, after an opening phrase; a connective and its comma before the subject)."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of

_INTRO = "The Brackwater Rowing Club met on Tuesday night. Its captain, Corvin Pellam, spoke first."


def reported(text: str) -> list[tuple[str, str]]:
    """(speaker, clause) of the reported clauses of an invented article: the introduction, then ``text``."""
    return [(speaker, clause) for kind, speaker, clause in quotes_of(f"{_INTRO}\n\n{text}") if kind == "indirect"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He's insisting that the boathouse roof must be mended before the spring regatta.",
        "He’s now insisting the boathouse roof must be mended before the spring regatta.",
    ],
)
def test_a_contracted_pronoun_before_a_participle_of_speech(sentence: str) -> None:
    """A contracted 'is' ("He's insisting that A" for 'He is insisting that A'): one token, subject and auxiliary."""
    assert reported(sentence) == [("Corvin Pellam", "the boathouse roof must be mended before the spring regatta")]


def test_a_contracted_pronoun_before_a_participle_with_no_clause() -> None:
    """A near case: "He's saying nothing until the vote" reports no clause."""
    assert reported("He's saying nothing until the vote on Friday night.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Slipway hand Ludo Merrit, 19, said the new launch ramp had cracked in the frost.",
        "The crew's Ludo Merrit, 19, said the new launch ramp had cracked in the frost.",
        "At the open day, slipway hand Ludo Merrit, 19, said the new launch ramp had cracked in the frost.",
    ],
)
def test_a_description_before_a_name_and_its_age(sentence: str) -> None:
    """'Slipway hand NAME, 19, said A': an age after the name marks a person, so the plain words opening the
    sentence (or its clause, after an adverbial) before the name describe that person."""
    assert reported(sentence) == [("Ludo Merrit", "the new launch ramp had cracked in the frost")]


def test_a_verb_before_a_name_and_its_age_is_no_description() -> None:
    """A near case: 'The crew hauled NAME, 19, from the river, the coxswain said': the name is an object, the
    coxswain's clause holds it."""
    found = reported("The crew hauled Ludo Merrit, 19, from the cold river, the coxswain said.")
    assert found == [("coxswain", "The crew hauled Ludo Merrit, 19, from the cold river")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Standing beside the slipway, the club's oldest boatbuilder, Ludo Merrit, said the moorings had"
        " silted up over winter.",
        "Questioned by members, its steward for the spring regatta, Mr Ludo Merrit, said the moorings had silted up"
        " over winter.",
    ],
)
def test_a_role_then_a_name_after_an_opening_phrase(sentence: str) -> None:
    """'Standing beside the slipway, the club's boatbuilder, NAME, said A': after an opening participle phrase, a role
    (from 'the' or a possessive, a role noun in it) and a full name between commas: the name speaks."""
    found = reported(sentence)
    assert len(found) == 1 and found[0][0].endswith("Ludo Merrit") and found[0][1].startswith("the moorings")


@pytest.mark.parametrize(
    "sentence",
    [
        "However, Pellam thanked the visiting crews and said the spring regatta would go ahead.",
        "Meanwhile, Pellam inspected the slipway, saying the repairs would take a fortnight at most.",
    ],
)
def test_a_connective_closed_by_a_comma_before_the_subject(sentence: str) -> None:
    """'However, NAME thanked the crews and said A', 'Meanwhile, NAME inspected the slipway, saying A': a connective
    and its comma opening the sentence stand before the subject a later verb of speech goes on from."""
    found = reported(sentence)
    assert len(found) == 1 and found[0][0] == "Corvin Pellam"


def test_also_and_a_comma_may_open_a_reported_clause() -> None:
    """A near case: 'Also, NAME rows like a windmill, he said': the clause after 'Also,' is what a later 'he said'
    reports, so its subject is no speaker there."""
    found = reported("Also, Ludo Merrit rows like a windmill in a crosswind, he said.")
    assert found == [("Corvin Pellam", "Also, Ludo Merrit rows like a windmill in a crosswind")]


def test_a_group_after_a_connective_and_its_comma_admits_a_coordinated_clause() -> None:
    """'Meanwhile, ferry pilots fear A and admit that B': with the connective read as one, the subject holds no
    comma, and the coordinated verb of speech is the group's (a word that is no listed connective, 'Therefore,',
    still leaves the subject holding a comma and the clause unread: tests/test_quotes_tenth.py)."""
    sentence = (
        'Meanwhile, ferry pilots fear the new timetable is "far too tight" and admit that the old boats are slow.'
    )
    assert reported(sentence) == [("ferry pilots", "the old boats are slow")]
