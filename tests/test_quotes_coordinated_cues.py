"""A verb of speech coordinated after a reported clause, in the cue's own form, is the speaker's next act and ends
the clause ('said A and asked B', 'saying A and arguing B'); the same verb in another form, or a verb that is not
one of speech, goes on with what was said. All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "Tova Brin said the ferry timetable was unworkable and asked whether the council could fund a second boat.",
            "Tova Brin",
            "the ferry timetable was unworkable",
        ),
        (
            "The union wrote to members on Monday, saying the offer was final and arguing that a strike would fail.",
            "union",
            "the offer was final",
        ),
        (
            "Ansel Kemp said the depot would close in May - and warned that forty jobs could go.",
            "Ansel Kemp",
            "the depot would close in May",
        ),
    ],
)
def test_a_coordinated_verb_of_speech_in_the_cue_s_form_ends_the_clause(
    sentence: str, speaker: str, clause: str
) -> None:
    assert (speaker, clause) in reported(sentence)


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        # another form: the verb belongs to the reported clause's own subject
        (
            "Tova Brin says the harbour master phoned the council and asked for a second boat.",
            "Tova Brin",
            "the harbour master phoned the council and asked for a second boat",
        ),
        # a person opens the clause: the past verbs may all be that person's
        (
            "Tova Brin said she phoned the harbour master, then wrote to him and asked for a second boat.",
            "Tova Brin",
            "she phoned the harbour master, then wrote to him and asked for a second boat",
        ),
        # not a verb of speech: more of what was said
        (
            "Tova Brin said the harbour master rated the crews by their speed and talked about who should stay.",
            "Tova Brin",
            "the harbour master rated the crews by their speed and talked about who should stay",
        ),
    ],
)
def test_a_coordinated_verb_in_another_form_goes_on_with_what_was_said(
    sentence: str, speaker: str, clause: str
) -> None:
    assert (speaker, clause) in reported(sentence)
