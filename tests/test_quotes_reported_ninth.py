"""Reported speech, ninth and tenth sessions: where a clause ends (a closing noun phrase or list, a contrast
after a dash, a relative clause), where it starts (after 'said Tuesday', a scene-setting lead), what makes one
without 'that' (a subject and a past tense, a gerund after the verbs that take one), what is a noun, not a cue (a
word of speech before 'filed by'), 'also' before a verb of speech, and a source after 'according to' opened by an
adjective. Every sentence is invented."""

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


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Dana Pike said Tuesday her plan for the bridge is sound.", "her plan for the bridge is sound"),
        ("Dana Pike announced Sunday she will step down after the vote.", "she will step down after the vote"),
        ("Dana Pike predicted on Friday they would close the ferry in May.", "they would close the ferry in May"),
    ],
)
def test_a_clause_after_a_time_opens_with_a_possessive_or_a_subject_pronoun(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Dana Pike", clause)]


def test_a_noun_phrase_after_a_time_and_a_verb_of_announcing_is_its_object() -> None:
    assert reported("Dana Pike announced Sunday the closure of the old bridge.") == []


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_negated_auxiliary_makes_a_clause_with_either_apostrophe(apostrophe: str) -> None:
    sentence = f"Dana Pike noted the town wasn{apostrophe}t ready for winter."
    assert reported(sentence) == [("Dana Pike", f"the town wasn{apostrophe}t ready for winter")]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_negation_before_to_say_is_no_speech_with_either_apostrophe(apostrophe: str) -> None:
    assert reported(f"Dana Pike didn{apostrophe}t go on to say the town was broke.") == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Dana Pike noted the council hid two payments from the auditors.",
            "the council hid two payments from the auditors",
        ),
        ("Dana Pike suggested Lee Moss went too far at the meeting.", "Lee Moss went too far at the meeting"),
    ],
)
def test_a_subject_and_an_irregular_past_tense_make_a_clause_without_that(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Dana Pike", clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Pike reported the fire to the police on Monday.",
        "Dana Pike announced the planned closure of the bridge.",
        "Dana Pike noted the strategy deployed by the council in May.",
    ],
)
def test_an_object_without_a_past_tense_is_no_clause(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize("relative", ["who won the seat in May", "whose campaign ran out of money"])
def test_a_relative_clause_after_the_clause_s_subject_stays_inside_what_was_said(relative: str) -> None:
    sentence = f"Dana Pike said that Lee Moss, {relative}, would run again next year."
    assert reported(sentence) == [("Dana Pike", f"Lee Moss, {relative}, would run again next year")]


@pytest.mark.parametrize(
    "subject",
    ["former harbour master Lee Moss", "the former harbour master Lee Moss"],
)
def test_a_name_after_its_titles_with_a_relative_clause_stays_inside_what_was_said(subject: str) -> None:
    """A subject of up to six words, titles in lower case before a name, is still only the clause's subject: what
    was said goes on past its relative clause."""
    sentence = f"Dana Pike said that {subject}, who was ousted in May, has been planning a return."
    assert reported(sentence) == [("Dana Pike", f"{subject}, who was ousted in May, has been planning a return")]


def test_a_relative_clause_after_a_whole_clause_is_the_writer_s_aside() -> None:
    sentence = "Dana Pike said the council had hired Lee Moss, who ran the port for a decade."
    assert reported(sentence) == [("Dana Pike", "the council had hired Lee Moss")]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Dana Pike reported raising nine thousand dollars in May.", "raising nine thousand dollars in May"),
        ("Dana Pike recalled sitting in on the council's meetings.", "sitting in on the council's meetings"),
    ],
)
def test_a_gerund_after_a_verb_of_speech_reports_what_was_said(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Dana Pike", clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The town states raising the levy would hurt the fishermen.",
        "Dana Pike recalled swing voters in the north.",
    ],
)
def test_a_noun_like_verb_or_a_short_word_in_ing_takes_no_gerund(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("lead", "clause"),
    [
        ("Despite the new timetable", "the ferry will stop running in May"),
        ("In the early years of the harbour board", "the ferry will stop running in May"),
    ],
)
def test_a_phrase_setting_the_scene_before_x_said_is_not_reported(lead: str, clause: str) -> None:
    assert reported(f"{lead}, Dana Pike said, the ferry will stop running in May.") == [("Dana Pike", clause)]


@pytest.mark.parametrize("lead", ["After the council approved the new timetable", "By cutting the fares in half"])
def test_a_clause_or_a_means_before_x_said_stays_reported(lead: str) -> None:
    sentence = f"{lead}, Dana Pike said, the ferry will stop running in May."
    assert reported(sentence) == [("Dana Pike", f"{lead}, Dana Pike said, the ferry will stop running in May")]


@pytest.mark.parametrize("participle", ["writing", "responding", "reasoning", "cautioning", "tweeting"])
def test_more_participles_of_speech_report_a_clause(participle: str) -> None:
    sentence = f"Dana Pike defended the plan on Monday, {participle} that the ferry would pay for itself."
    assert reported(sentence) == [("Dana Pike", "the ferry would pay for itself")]


def test_a_name_before_the_comma_of_a_clause_holding_a_quotation_is_no_reported_clause() -> None:
    """Cut at the quotation's last comma, what stays is a bare name ('Harbour Pilot Rosa Tenby'), which nobody
    said."""
    sentence = (
        'Harbour Pilot Rosa Tenby, who steered the "Sea Lark" clear of the rocks, was praised by the crew, '
        "a witness said."
    )
    assert reported(sentence) == []


def test_a_clause_before_the_comma_of_a_quotation_stays_reported() -> None:
    sentence = 'The ferry will not run this winter, and the council called the timetable "a mess", a source said.'
    assert reported(sentence) == [("source", "The ferry will not run this winter")]


@pytest.mark.parametrize("participle", ["made", "filed", "seen"])
def test_a_word_of_speech_before_a_participle_and_by_is_a_noun(participle: str) -> None:
    """'Insurance reports filed by the company suggest that A': 'reports' is what was filed, no verb whose clause
    would be 'filed by ...'; the cue is 'suggest'."""
    sentence = f"Insurance reports {participle} by the ferry company suggest that the crossing will stop in May."
    assert all(not clause.startswith(participle) for _, clause in reported(sentence))
    assert "the crossing will stop in May" in [clause for _, clause in reported(sentence)]


def test_a_list_closing_the_sentence_goes_on_with_what_was_said() -> None:
    sentence = "Dana Pike said the village needs a baker, a nurse and a new school."
    assert reported(sentence) == [("Dana Pike", "the village needs a baker, a nurse and a new school")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Pike noted the mistakes he made in May.",
        "Dana Pike mentioned the money the council paid to Lee Moss.",
        "Dana Pike noted the party's left wing in her speech.",
    ],
)
def test_a_noun_with_its_relative_clause_or_a_possessive_before_a_past_tense_is_no_clause(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Pike announced funding for the new bridge.",
        "Dana Pike noted growing anger in the valley towns.",
        "Dana Pike announced spending cuts at the depot.",
    ],
)
def test_an_ing_noun_after_a_verb_that_takes_no_gerund_is_no_clause(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The board hired Lee Moss, who also said that the ferry will stop at Kelby Point.", "Lee Moss"),
        ("The harbour survey results also suggest that most boat owners back the levy.", "harbour survey results"),
        ("Dana Pike thanked the crew and also said that the ferry will stop at Kelby Point.", "Dana Pike"),
    ],
)
def test_also_before_a_verb_of_speech_is_an_adverb_of_the_phrase_before_it(sentence: str, speaker: str) -> None:
    """'also' right after a noun phrase or ', who' belongs to that phrase's verb: the speaker is the phrase or the
    relative's antecedent, not the subject of an earlier verb; after 'and' it still joins the earlier subject."""
    assert [who for who, _ in reported(sentence)] == [speaker]


@pytest.mark.parametrize("source", ["local news reports", "federal port records", "senior harbour engineers"])
def test_according_to_a_source_opened_by_an_adjective_names_the_whole_source(source: str) -> None:
    """'according to local news reports': a source phrase without a determiner, opened by an adjective, is the
    whole phrase up to the comma or the sentence's end, not its first word."""
    assert reported(f"Nine boats were damaged in the storm, according to {source}.") == [
        (source, "Nine boats were damaged in the storm")
    ]
