"""Reported speech (eighth session), each a class of English on invented sentences: where a clause ends (the
writer's clause after ``, but he/she/they``; a fronted subordinate clause before a past-tense main clause; a
relative clause before its main verb), where it starts (after a short lead-in and ``according to X,``; past
``that`` and a time or an inserted phrase), more participles of speech, and more speakers (a plain noun phrase
before a participle, a name with others, a role or share before ``who``, a document named by a noun phrase)."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize("pronoun", ["she", "they"])
def test_the_writer_s_clause_after_but_and_a_pronoun_is_not_reported(pronoun: str) -> None:
    sentence = f"Dana Pike said the plan is dead in the city, but {pronoun} voted for it again on Monday."
    assert reported(sentence) == [("Dana Pike", "the plan is dead in the city")]


def test_a_second_clause_after_but_with_a_new_subject_stays_reported() -> None:
    sentence = "Dana Pike said the plan is dead, but the engineers might still save the bridge."
    assert reported(sentence) == [("Dana Pike", "the plan is dead, but the engineers might still save the bridge")]


@pytest.mark.parametrize("lead", ["In addition", "Over time", "Even so"])
def test_a_short_lead_in_before_according_to_leaves_the_clause_after_the_source(lead: str) -> None:
    sentence = f"{lead}, according to the county office, nearly nine thousand more homes will lose power."
    clause = "nearly nine thousand more homes will lose power"
    assert [text for _, text in reported(sentence)] == [clause]


def test_a_whole_clause_before_according_to_stays_reported() -> None:
    sentence = "The bridge will close in May, according to the county office."
    assert [text for _, text in reported(sentence)] == ["The bridge will close in May"]


@pytest.mark.parametrize("time", ["that night", "that same day", "that morning"])
def test_that_opening_a_time_after_a_verb_of_speech_is_no_clause(time: str) -> None:
    assert reported(f"The Daily Ledger reported {time} a fire near the station.") == []


def test_a_time_after_that_may_still_be_followed_by_a_clause() -> None:
    sentence = "Dana Pike said that night that the bridge would stay closed."
    assert reported(sentence) == [("Dana Pike", "the bridge would stay closed")]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The agencies", "agencies"),
        ("The clerks at the county office", "clerks at the county office"),
    ],
)
def test_a_plain_noun_phrase_subject_speaks_through_a_participle_after_its_verb(subject: str, speaker: str) -> None:
    sentence = f"{subject} declined to share any figures from the audit, saying the ledgers were still sealed."
    assert reported(sentence) == [(speaker, "the ledgers were still sealed")]


def test_a_thing_before_a_participle_with_no_clause_reports_nothing() -> None:
    assert reported("The old plan failed, saying nothing of the cost.") == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Dana Pike closed the hearing on Tuesday by announcing that the ferry would stop.", "the ferry would stop"),
        (
            "Dana Pike praised the crew, joking that the bridge had outlived its critics.",
            "the bridge had outlived its critics",
        ),
    ],
)
def test_more_participles_of_speech_report_the_subject_s_words(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Dana Pike", clause)]


def test_a_pronoun_after_a_comma_and_a_speech_verb_opens_the_clause_not_an_inverted_speaker() -> None:
    sentence = (
        "The mill is behind schedule, and Dana Pike, the harbour master, said she and her crew were drawing maps."
    )
    assert reported(sentence) == [("Dana Pike", "she and her crew were drawing maps")]


def test_a_name_and_appositive_after_an_opening_participle_phrase_is_the_speaker() -> None:
    sentence = "Talking to farmers at the grange, Dana Pike, 64, said the harvest looked thin."
    assert reported(sentence) == [("Dana Pike", "the harvest looked thin")]


@pytest.mark.parametrize("subject", ["Pike and others", "Pike and her partners at the bakery"])
def test_a_name_and_others_or_a_possessive_phrase_speak_together(subject: str) -> None:
    sentence = f"{subject} have said they will reopen the bridge."
    assert reported(sentence) == [(subject, "they will reopen the bridge")]


def test_a_role_noun_before_who_is_the_speaker_and_its_clause_ends_at_the_main_verb() -> None:
    assert reported("The complaint came from a spokesman, who said the bridge was unsafe.") == [
        ("spokesman", "the bridge was unsafe")
    ]
    assert reported("Jane Roe, who said the bridge was unsafe, left early.") == [("Jane Roe", "the bridge was unsafe")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "Half like the tram, compared with two in 10 who said the bus was quicker.",
            "two in 10",
            "the bus was quicker",
        ),
        (
            "Many riders dislike the fare, including 23% who say the tram is too slow.",
            "23%",
            "the tram is too slow",
        ),
    ],
)
def test_a_share_before_who_speaks_the_relative_clause(sentence: str, speaker: str, clause: str) -> None:
    assert (speaker, clause) in reported(sentence)


def test_an_inserted_phrase_after_that_and_a_comma_opens_the_clause() -> None:
    sentence = (
        "Clerks with first-hand knowledge of the budget said that, during the spring, Pike was advising the county."
    )
    assert reported(sentence) == [
        ("Clerks with first-hand knowledge of the budget", "during the spring, Pike was advising the county")
    ]


def test_a_document_named_by_a_noun_phrase_reports_a_clause() -> None:
    assert reported("A later report in a farm journal says the old pier will not reopen.") == [
        ("later report in a farm journal", "the old pier will not reopen")
    ]


def test_a_fronted_subordinate_clause_ends_before_a_main_clause_in_the_past_tense() -> None:
    sentence = "Months after Pike claimed that the age of cheap grain had ended, Moss closed the mill."
    assert reported(sentence) == [("Pike", "the age of cheap grain had ended")]


def test_a_trailing_attribution_after_but_reports_the_last_clause() -> None:
    sentence = "The hours are long, but it was not only the view that kept him in the tower, Dana Pike said."
    assert reported(sentence) == [("Dana Pike", "it was not only the view that kept him in the tower")]


def test_a_trailing_attribution_after_and_keeps_both_clauses() -> None:
    sentence = "The pay is good, and the hours are short, Dana Pike said."
    assert reported(sentence) == [("Dana Pike", "The pay is good, and the hours are short")]


def test_a_participle_after_a_comma_inside_the_closing_mark_reports_the_subject_s_words() -> None:
    sentence = "Dana Pike insisted that she has “grown the choir,” claiming that she is behind the fuller pews."
    assert ("Dana Pike", "she is behind the fuller pews") in reported(sentence)


def test_words_left_before_a_quotation_that_end_in_the_verb_of_saying_are_no_reported_clause() -> None:
    text = 'Dana Pike spoke at the depot. Her pupils, she said, must not heed "the loud ones at the back."'
    assert reported(text) == []


def test_a_subordinate_clause_left_before_a_quotation_is_no_reported_clause() -> None:
    text = 'Dana Pike spoke at the depot. She said that when the bridge closed, the town "lost its heart."'
    assert reported(text) == []


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("a county airport official told the local paper", "county airport official"),
        ("her friend said", "her friend"),
    ],
)
def test_a_trailing_speaker_named_by_a_description_after_the_comma(attribution: str, speaker: str) -> None:
    assert reported(f"Lee Moss was also bound for Dunmore, {attribution}.") == [
        (speaker, "Lee Moss was also bound for Dunmore")
    ]


def test_a_trailing_outlet_named_after_its_noun_is_the_speaker_but_a_place_in_a_phrase_is_not() -> None:
    assert reported("Lee Moss was bound for Dunmore to buy seed, the farm site Kelby Weekly reported.") == [
        ("Kelby Weekly", "Lee Moss was bound for Dunmore to buy seed")
    ]
    assert reported("The pond is no lake, a chemist at the College of Dunmore in Kelby told the paper.") == []
