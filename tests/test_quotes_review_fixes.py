"""Four quote rules of the tenth session narrowed after a review: each fired on ordinary sentences. Every
sentence and name is invented."""

from __future__ import annotations

import pytest

from tests.test_quotes_patterns import run
from tests.test_quotes_reported_cues import reported


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in run(text).quotes]


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ('After the band played "Blue Water," the lights in the old hall dimmed.', "lights"),
        ('Under the banner "Jobs first," the number of new hires in the region doubled.', "number"),
        ('"Where is the money?" the new policy on overtime changed.', "policy"),
        ('"Last orders!" a crowd of tired fishermen from the harbour dispersed.', "crowd"),
    ],
)
def test_a_long_description_after_a_quotation_speaks_only_with_a_verb_of_speaking_or_writing(
    text: str, description: str
) -> None:
    assert not any(s is not None and description in s for s in speakers(text))


def test_a_long_description_and_a_verb_of_writing_after_a_quotation_is_its_speaker() -> None:
    text = '"Mind the tide!" a chalk board by the old ferry steps read.'
    assert speakers(text) == ["chalk board by the old ferry steps"]


@pytest.mark.parametrize(
    ("text", "words_after"),
    [
        ('The campaign slogan was "Vote now!" Then Election Day arrived.', "Election Day"),
        ('Her flyer read "Last chance!" Harbour Street flooded.', "Harbour Street"),
        ('On the door hung a card, "Closed today!" Lee Moss arrived.', "Lee Moss"),
        ('Voters were asked, "Is the county ready?" Turnout dropped.', "Turnout"),
    ],
)
def test_a_name_and_a_past_verb_not_of_speaking_after_a_question_open_a_new_sentence(
    text: str, words_after: str
) -> None:
    assert words_after not in speakers(text)


def test_a_name_and_a_verb_of_the_manner_of_speaking_after_an_exclamation_are_its_attribution() -> None:
    assert [(q.speaker, q.kind) for q in run('"Not again!" Dana Pike groaned.').quotes] == [("Dana Pike", "direct")]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "WHAT HAPPENED: The council voted to close the pier.",
            "WHY IT MATTERS: The ferry needs a new dock.",
            "WHAT'S NEXT: A second vote in May.",
            "WHY IT MATTERS: Fares may rise.",
        ),
        (
            "SPORTS: The Harbour Hawks won again.",
            "BUSINESS: The mill reopened.",
            "SPORTS: The coach of the Hawks resigned.",
        ),
        ("PIKE: The ferry will run all winter.", "MOSS: And the fares?", "LEE: They stay as they are."),
    ],
)
def test_headings_in_capitals_or_labels_that_never_come_back_make_no_transcript(paragraphs: tuple[str, ...]) -> None:
    assert reported(*paragraphs) == []


def test_a_transcript_may_give_a_full_name_first_and_the_surname_after() -> None:
    paragraphs = (
        "DANA PIKE: The ferry will run all winter.",
        "LEE MOSS: And the fares?",
        "PIKE: They stay as they are.",
    )
    assert [speaker for speaker, _ in reported(*paragraphs)] == ["Dana Pike", "Lee Moss", "Dana Pike"]


@pytest.mark.parametrize(
    "subject",
    ["HARBA — and every one of its member ports — said", "HARBA — the harbour board's union — said"],
)
def test_capitals_and_a_dash_before_a_parenthesis_are_the_subject_not_a_dateline(subject: str) -> None:
    text = f'{subject} on Monday that the talks would resume. "We are ready," it said.'
    assert [(q.speaker, q.kind) for q in run(text).quotes] == [("HARBA", "indirect"), ("HARBA", "direct")]


def test_a_dash_far_into_the_sentence_leaves_its_dateline_a_dateline() -> None:
    sentence = (
        "KELBY — Dana Pike defended her plan to raise the levy on the ferries at the board meeting on Monday, "
        "saying the ferry would run all winter — and spring too."
    )
    assert reported(sentence) == [("Dana Pike", "the ferry would run all winter — and spring too")]
