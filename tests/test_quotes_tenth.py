"""Quote rules of the tenth session: a speaker after a fronted subordinate clause whose name carries an
appositive ('While A, Rep. NAME, R-NY, says B'). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from tests.test_quotes_patterns import run
from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    ("lead", "speaker", "appositive"),
    [
        # a short fronted clause: its subordinator is no lead word to skip
        ("While Lee Moss did not spell out the plan", "Rep. Dana Pike", "R-NY"),
        ("Although the harbour board met twice", "Dana Pike", "the board's treasurer"),
        # a fronted clause longer than an adverbial phrase
        (
            "After the meeting of the harbour board on Saturday ended in uproar when many of the ferry pilots left",
            "Dana Pike",
            "the board's chairwoman",
        ),
    ],
)
def test_a_speaker_with_an_appositive_after_a_fronted_subordinate_clause(
    lead: str, speaker: str, appositive: str
) -> None:
    sentence = f"{lead}, {speaker}, {appositive}, says the ferry will run all winter."
    assert reported(sentence) == [(speaker, "the ferry will run all winter")]


def test_a_name_inside_the_fronted_clause_is_no_speaker() -> None:
    sentence = "While Lee Moss, the mayor, did not say so, the board voted to close the pier."
    assert reported(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        'Lee Moss\'s son, Carl, defended his father at the inquiry, saying: "He taught me to sail."',
        'Lee Moss\'s daughter, Ruth, defended her mother at the regatta, saying: "She never lost a race."',
    ],
)
def test_a_verb_and_a_possessive_after_a_name_and_comma_are_no_second_appositive(text: str) -> None:
    # 'defended his father' is the main clause, not a phrase of modifiers like 'said retired Army Gen. X'
    speaker = text.split(", ")[1]
    assert [(q.speaker, q.kind) for q in run(text).quotes] == [(speaker, "direct")]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('Dana Pike introduced him as "a fighter for the harbour."', "a fighter for the harbour."),
        ('Dana Pike refers to the mayor as "Skipper," while Lee Moss calls him "Sir."', "Skipper"),
        ('Dana Pike identified the boat as "Silver Gull."', "Silver Gull."),
        ('Lee Moss introduced the skipper as her "right hand."', "right hand."),
    ],
)
def test_a_verb_of_naming_its_object_and_as_before_a_quotation_name_the_speaker(text: str, quote: str) -> None:
    speaker = " ".join(text.split()[:2])
    assert (speaker, "direct", quote) in [(q.speaker, q.kind, q.text) for q in run(text).quotes]


@pytest.mark.parametrize("lead", ["On Thursday, Moss", "Moss"])
def test_a_lone_surname_opening_a_sentence_is_the_person_named_in_full_before(lead: str) -> None:
    # 'he' goes to the man last written about as a subject, not to the woman who spoke of him before
    text = (
        "Jane Roe has dropped her attacks on Lee Moss from her speeches.\n\n"
        f'{lead} criticised the paper at a breakfast in Kelby. "Check where the experts were," he said.'
    )
    assert [(q.speaker, q.text) for q in run(text).quotes] == [("Lee Moss", "Check where the experts were")]


def test_a_verb_of_speech_after_then_shares_the_subject_of_the_verb_before() -> None:
    sentence = (
        "Lee Moss handed the boy a chart of the bay last spring, then says he will take any help the boy can give."
    )
    assert reported(sentence) == [("Lee Moss", "he will take any help the boy can give")]


@pytest.mark.parametrize("duration", ["for weeks", "for two years", "for a decade"])
def test_a_duration_after_the_verb_opens_no_object(duration: str) -> None:
    sentence = f"Lee Moss has said {duration} he is the only candidate who can fix the harbour."
    assert reported(sentence) == [("Lee Moss", "he is the only candidate who can fix the harbour")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rain had stopped, and after Lee Moss rang the bell and said the nets were dry, the boats left.",
        "After Lee Moss rang the bell and said the nets were dry, the boats left the quay.",
    ],
)
def test_a_verb_of_speech_coordinated_inside_a_subordinate_clause_is_its_subjects(sentence: str) -> None:
    assert reported(sentence) == [("Lee Moss", "the nets were dry")]


def test_a_description_of_several_plain_words_and_any_verb_after_a_quotation_is_its_speaker() -> None:
    text = '"Welcome, sailors!" a hand-painted sign on the harbour wall reads. "Mind the tide."'
    speakers = {q.speaker for q in run(text).quotes}
    assert [q.text for q in run(text).quotes] == ["Welcome, sailors!", "Mind the tide."]
    assert len(speakers) == 1 and "sign on the harbour wall" in speakers.pop()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Was the ferry late again?" Moss went on, still coiling the rope.', "Moss"),
        ('"Would the ferry run all winter?" Dana Pike pressed.', "Dana Pike"),
    ],
)
def test_a_name_and_any_past_verb_after_a_question_are_its_attribution_not_a_new_sentence(
    text: str, speaker: str
) -> None:
    assert [(q.speaker, q.kind) for q in run(text).quotes] == [(speaker, "direct")]


def test_a_verb_of_speech_coordinated_after_a_predicate_that_quotes_is_the_subjects() -> None:
    sentence = (
        'Dana Pike toured the docks with her crew, calling the repairs "long overdue" and said the work would end '
        "before the autumn storms."
    )
    assert reported(sentence) == [("Dana Pike", "the work would end before the autumn storms")]


@pytest.mark.parametrize(
    "sentence",
    [
        'A technical survey carried out in June found the pier was a "public hazard" but said closing it at once '
        "was not needed.",
        'Therefore, harbour pilots think the council has become a "closed shop" and admit that the union is weak.',
    ],
)
def test_a_subject_cut_at_an_adjective_or_holding_a_comma_speaks_no_coordinated_verb(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize("dateline", ["KELBY — ", "PORT ELLEN, Ore. (Wire) — ", "KELBY -- "])
def test_a_dateline_opening_the_paragraph_is_no_part_of_its_first_sentence(dateline: str) -> None:
    sentence = f"{dateline}Dana Pike defended her plan to raise the levy, saying the ferry would run all winter."
    assert reported(sentence) == [("Dana Pike", "the ferry would run all winter")]


def test_a_relative_clause_between_the_subject_and_its_verb_leaves_the_subject_the_speaker() -> None:
    text = (
        "Dana Pike, who was opening the new boathouse, never named Lee Moss once, but reminded the rowers "
        'that the club belongs to those "who turn up at dawn."'
    )
    assert [(q.speaker, q.kind, q.text) for q in run(text).quotes if q.kind == "direct"] == [
        ("Dana Pike", "direct", "who turn up at dawn.")
    ]


def test_turns_of_a_transcript_without_quotation_marks_are_their_labels_speech() -> None:
    text = "PIKE: The ferry will run all winter.\n\nMOSS: And the fares?\n\nPIKE: They stay as they are."
    assert reported(text) == [
        ("Pike", "The ferry will run all winter."),
        ("Moss", "And the fares?"),
        ("Pike", "They stay as they are."),
    ]


def test_a_kicker_in_capitals_opening_a_paragraph_is_no_speaker() -> None:
    text = "EXCLUSIVE: The ferry will run all winter.\n\nHARBOUR WATCH: The fares stay as they are."
    assert reported(text) == []


def test_a_name_a_past_verb_and_a_particle_then_a_preposition_after_a_quotation_name_its_speaker() -> None:
    text = '"The gulls always eat first," Dana Pike shot back with a grin.'
    assert [(q.speaker, q.kind) for q in run(text).quotes] == [("Dana Pike", "direct")]


@pytest.mark.parametrize("time", ["last week", "this week that", "on Tuesday"])
def test_a_time_after_the_object_of_told_is_skipped_before_the_clause(time: str) -> None:
    sentence = f"Dana Pike told The Kelby Courier {time} she had sold her boat to Lee Moss."
    assert reported(sentence) == [("Dana Pike", "she had sold her boat to Lee Moss")]


def test_a_name_and_its_appositive_after_a_dash_open_a_clause_of_their_own() -> None:
    sentence = "It was no accident — Dana Pike, a spokeswoman for the board, told the paper that the mayor knew of it."
    assert reported(sentence) == [("Dana Pike", "the mayor knew of it")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The ferry will stop running at the end of the year, the harbour board reported on Tuesday -- a "
            "development that worries the island.",
            "harbour board",
        ),
        (
            "The ferry will stop running at the end of the year, Dana Pike said at a meeting in Kelby, an apparent "
            "reversal of her earlier view.",
            "Dana Pike",
        ),
    ],
)
def test_the_writers_aside_after_a_trailing_attribution_leaves_the_clause_reported(sentence: str, speaker: str) -> None:
    assert reported(sentence) == [(speaker, "The ferry will stop running at the end of the year")]


def test_a_fronted_clause_before_an_attribution_and_an_aside_is_not_reported() -> None:
    sentence = "As the harbour faces a hard winter, the board announced on Monday, a week after the storm, new fares."
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        ('"The ferry was late three days running," Dana Pike recounted at the meeting.', "Dana Pike", "The ferry"),
        ('"Let us go home," Lee Moss volunteered to the crew.', "Lee Moss", "Let us go"),
        ('Lee Moss volunteered, "I will carry the nets."', "Lee Moss", "I will carry"),
        ('Dana Pike disputed, "The levy was never fair."', "Dana Pike", "The levy"),
    ],
)
def test_past_tenses_of_recounting_volunteering_and_disputing_attribute_a_quotation(
    sentence: str, speaker: str, words: str
) -> None:
    """'recounted', 'volunteered' and 'disputed' are verbs of speech in the past tense (their other forms are
    also nouns: 'a recount', 'the volunteers', 'the dispute', so only the past tense is listed)."""
    assert [q.speaker for q in run(sentence).quotes if q.text.startswith(words)] == [speaker]
