"""Reported speech, thirteenth session: denials with a fronted negative ('At no point has X said A'), the object of
'told' ending at a subordinator ('told him as she left'), things said by name ('said a prayer'). Every sentence
is invented."""

from __future__ import annotations

import pytest

from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes
from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    "sentence",
    [
        "At no time has the ferry company said it will cut the winter sailings.",
        "Never did the mayor say the pier was unsafe.",
        "Nowhere in its filing does the firm say the boats were sold.",
        "Not once in ten years did the mayor say the pier was unsafe.",
    ],
)
def test_a_fronted_negative_and_an_inverted_auxiliary_deny_the_saying(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        ("Not surprisingly, the mayor said the nets were full.", "mayor", "the nets were full"),
        ("No doubt the mayor will say the nets were full.", "mayor", "the nets were full"),
        ("Not long after the storm, the harbour master said the pier was unsafe.", "harbour master", None),
        ("In no small part, the skipper said, the catch was down to luck.", "skipper", None),
        ("The board did not name the buyer and said the boats were sold.", "board", "the boats were sold"),
    ],
)
def test_an_affirming_or_plain_opening_keeps_the_clause(sentence: str, speaker: str | None, clause: str | None) -> None:
    found = reported(sentence)
    assert found and found[0][0] == speaker if speaker else not found
    assert clause is None or found[0][1].startswith(clause)


@pytest.mark.parametrize(
    "sentence",
    [
        '"You broke every rule," the judge told Ferris as she passed sentence.',
        '"We will be back," the mayor told the crowd while they waved.',
    ],
)
def test_a_subordinate_clause_after_the_one_told_is_not_what_was_told(sentence: str) -> None:
    assert all(kind == "direct" for kind in _kinds(sentence))


def test_the_one_told_and_a_clause_after_it() -> None:
    for sentence in (
        "The skipper told the crew as they cast off that the nets were torn.",
        "The skipper told the crew the nets were torn.",
    ):
        assert reported(sentence) == [("skipper", "the nets were torn")]


def test_that_opening_a_relative_clause_after_an_inserted_phrase_opens_no_reported_clause() -> None:
    sentence = "The mayor said in a letter that was sent to the harbour board that the pier was unsafe."
    assert all(not clause.startswith("was ") for _, clause in reported(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The whole village said a prayer for the lost crew.",
        "The sailors said their goodbyes on the quay.",
        "Before the race, the skipper said a few words to the crew.",
        "The children said grace before the meal.",
    ],
)
def test_a_thing_said_by_name_is_no_reported_clause(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The vicar said prayers were held in every chapel.", "prayers were held in every chapel"),
        ("The vicar said a few words would not bring the crew back.", "a few words would not bring the crew back"),
        ("The vicar said the mass grave held forty bodies.", "the mass grave held forty bodies"),
        ("The vicar said a prayer vigil will be held on Friday.", "a prayer vigil will be held on Friday"),
    ],
)
def test_a_noun_of_things_said_may_open_a_clause(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("vicar", clause)]


def _kinds(sentence: str) -> list[str]:
    report = extract_quotes(Article("t", "x", (Section(None, sentence),)))
    return [q.kind for q in report.quotes]


@pytest.mark.parametrize(
    ("after_said", "clause"),
    [
        ("that was not true.", "that was not true"),
        ("that would be a mistake.", "that would be a mistake"),
        ("that the pier was unsafe.", "the pier was unsafe"),
        ("that Will Pike had left.", "Will Pike had left"),
    ],
)
def test_that_before_an_auxiliary_is_the_clause_s_subject(after_said: str, clause: str) -> None:
    assert reported("The harbour master said " + after_said) == [("harbour master", clause)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "The audit, carried out by the Corran Trust in May, found that most piers were unsafe.",
            "audit",
            "most piers were unsafe",
        ),
        ("A census by the Harbour Office found that one in five boats was idle.", "Harbour Office", None),
        ("The inquiry, which heard from 40 skippers, found that the quota was too low.", "inquiry", None),
        (
            "Figures released by the Harbour Office show landings fell by a third in May.",
            None,
            "landings fell by a third",
        ),
        ("The survey also shows 40 percent of skippers have sold their boats.", "survey", None),
        ("Ferries that burn diesel foul the air more than trains, scientists have found.", "scientists", None),
    ],
)
def test_what_a_study_poll_or_set_of_figures_found_or_shows(
    sentence: str, speaker: str | None, clause: str | None
) -> None:
    found = reported(sentence)
    assert len(found) == 1
    assert speaker is None or found[0][0] == speaker
    assert clause is None or found[0][1].startswith(clause)


@pytest.mark.parametrize(
    "sentence",
    [
        "The skipper found that the nets were torn.",
        "The crew found the nets were torn.",
        "After reading the audit, the crew found that the nets were torn.",
        "Divers found the wreck in deep water off the pier.",
        "The audit showed flaws in the way the pier was built.",
        "The new figures show a sharp rise in landings.",
        "The survey found no sign that the pier was unsafe.",
        "The show found a new audience after it moved to Sundays.",
    ],
)
def test_a_finding_by_someone_else_or_of_a_thing_is_no_reported_clause(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour master, Dana Pike, on Sunday said the pier would reopen in May.",
        "The Harbour Master, Dana Pike, last week said the pier would reopen in May.",
        "The Harbour Master, Dana Pike, said the pier would reopen in May.",
    ],
)
def test_a_role_then_a_name_and_a_time_before_the_verb(sentence: str) -> None:
    assert reported(sentence) == [("Dana Pike", "the pier would reopen in May")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In a speech to the harbour board, on Sunday said to be her last, the pier was praised.",
        "The pier, which opened in 1890, on Sunday was said to be unsafe.",
    ],
)
def test_a_time_after_a_comma_needs_a_speaker_before_it(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        ("Dana Pike pointed out that the pier had no lifeguard.", "Dana Pike", "the pier had no lifeguard"),
        ("The harbour board then pointed out that the pier was closed.", "harbour board", "the pier was closed"),
        ("Officials informed that the river had crossed the danger mark.", "Officials", "the river had crossed"),
        ("Dr Ines Pike claims the outbreak began at a wedding in Kelby.", "Dr Ines Pike", "the outbreak began"),
        ("The harbour board claims the pier was sold twice.", "harbour board", "the pier was sold twice"),
        ("Critics claim the new pier will fail.", "Critics", "the new pier will fail"),
    ],
)
def test_a_point_made_a_thing_informed_or_claimed_without_that(sentence: str, speaker: str, clause: str) -> None:
    found = reported(sentence)
    assert len(found) == 1 and found[0][0] == speaker and found[0][1].startswith(clause)


@pytest.mark.parametrize(
    "sentence",
    [
        "After the vote, Dana Pike pointed to the map.",
        "Dana Pike pointed out the cracks in the pier.",
        "The board was informed that the pier was unsafe.",
        "He repeated false claims the vote was rigged.",
        "Dana Pike's claims the vote was rigged were rejected.",
        "The state claims of the harbour board were rejected.",
    ],
)
def test_pointing_informing_or_claims_in_other_shapes_report_nothing(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "When the harbour master noted that the pier was shut, the skipper said owners of small boats moor here.",
            "harbour master",
            "the pier was shut",
        ),
        (
            "Although the mayor insisted that the pier was safe, the skipper said owners of small boats moor here.",
            "mayor",
            "the pier was safe",
        ),
    ],
)
def test_a_clause_in_a_fronted_subordinate_ends_before_a_main_clause_of_speech(
    sentence: str, speaker: str, clause: str
) -> None:
    assert reported(sentence)[0] == (speaker, clause)
