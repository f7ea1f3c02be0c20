"""An inverted attribution followed by a participle of speech ('A, said a source close to the inquiry, adding that
B') reports both A and B as that speaker's; a fronted subordinate clause before 'NAME told lawmakers' is no
statement of NAME's. All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    "speaker",
    ["a source close to the inquiry", "an official", "Tova Brin"],
)
def test_a_participle_after_an_inverted_speaker_goes_on_from_that_speaker(speaker: str) -> None:
    sentence = (
        f"Inspectors are checking whether the crew turned back too late, said {speaker}, adding that fog played a part."
    )
    found = reported(sentence)
    assert len(found) == 2
    assert found[0][1] == "Inspectors are checking whether the crew turned back too late"
    assert found[1][1] == "fog played a part"
    assert found[0][0] == found[1][0] != "Inspectors"


def test_a_participle_after_a_plain_trailing_speaker_still_goes_on_from_it() -> None:
    found = reported("The ferry will run, Tova Brin said, noting that the weather was fine.")
    assert found == [("Tova Brin", "The ferry will run"), ("Tova Brin", "the weather was fine")]


def test_a_fronted_subordinate_clause_is_not_the_next_speaker_s_statement() -> None:
    sentence = (
        "Although the relatives suggested the plane was sabotaged, "
        "Tova Brin told lawmakers no evidence supports anything else."
    )
    assert all(speaker != "Tova Brin" or not clause.startswith("Although") for speaker, clause in reported(sentence))
    assert ("relatives", "the plane was sabotaged") in reported(sentence)


def test_a_statement_with_its_own_subordinate_clause_is_still_reported() -> None:
    found = reported("While the ferry was late, the crew was safe, Tova Brin said.")
    assert found == [("Tova Brin", "While the ferry was late, the crew was safe")]


@pytest.mark.parametrize("speaker", ["a harbour official", "a port official", "the ferry captain"])
def test_an_inverted_role_after_plain_modifiers_is_the_speaker(speaker: str) -> None:
    found = reported(f"The crew turned back too late, said {speaker}.")
    assert found == [(speaker.split(" ", 1)[1], "The crew turned back too late")]


def test_an_inverted_phrase_without_a_role_noun_names_no_speaker() -> None:
    assert reported("The crew turned back too late, said a harbour wall.") == []
