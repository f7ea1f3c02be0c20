"""Quotes, thirteenth session (lead): shapes found by a second invented-English probe. Every sentence is invented."""

from __future__ import annotations

import pytest

from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes
from digest.core.quotes.tokens import WORD, tokenize
from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize("word", ["km/h", "150km/h", "and/or", "24/7", "gusts/winds"])
def test_a_slash_between_word_characters_keeps_one_word(word: str) -> None:
    text = f"The {word} here"
    tokens = tokenize(text, 0, len(text), [])
    assert [t.text for t in tokens] == ["The", word, "here"] and tokens[1].kind is WORD


@pytest.mark.parametrize("text", ["gusts / winds", "gusts/ winds", "gusts /winds", "the end/"])
def test_a_slash_beside_a_space_or_at_the_end_is_punctuation(text: str) -> None:
    assert "/" in [t.text for t in tokenize(text, 0, len(text), [])]


@pytest.mark.parametrize(
    "sentence",
    [
        "The forecaster said gusts of 150km/h were possible on the coast.",
        "The forecaster said gusts of 150 km/h were possible on the coast.",
        "The warden said walkers and/or cyclists would need a permit.",
    ],
)
def test_a_clause_holding_a_slashed_word_is_reported(sentence: str) -> None:
    assert len(reported(sentence)) == 1 and reported(sentence)[0][1].startswith(("gusts", "walkers"))


def _quotes(*paragraphs: str) -> list[tuple[str, str, str]]:
    text = "\n\n".join(paragraphs)
    report = extract_quotes(Article("t", "x", (Section(None, text),)))
    return [(q.kind, q.speaker, q.text) for q in report.quotes]


_INTRO = "Rosa Quell keeps bees on the roof of a bank. She talked to Len Okafor about honey and rent."


def test_answers_of_an_interview_are_the_interviewees_words() -> None:
    found = _quotes(
        _INTRO,
        "Q: Why a bank?",
        "A: The roof was empty and I liked the manager.",
        "Q: Do the bees mind the traffic?",
        "A: Not at all. They fly above it.",
    )
    assert found == [
        ("direct", "Rosa Quell", "The roof was empty and I liked the manager."),
        ("direct", "Rosa Quell", "Not at all. They fly above it."),
    ]


def test_the_interviewee_stays_when_later_questions_name_someone_else() -> None:
    found = _quotes(
        _INTRO,
        "Q: Is the city on your side?",
        "A: Mostly. My permits took a year.",
        "Q: Mayor Ida Brack said hives were a nuisance. Is Brack wrong? Has Brack visited?",
        "A: She has not visited yet.",
    )
    assert [(kind, speaker) for kind, speaker, _ in found if speaker != "Mayor Ida Brack"][-2:] == [
        ("direct", "Rosa Quell"),
        ("direct", "Rosa Quell"),
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (_INTRO, "A: The roof was empty and the manager liked honey."),  # one label: no interview
        (_INTRO, "A. J. Brack opened the shop in May.", "A. Lutz ran it after him."),  # initials, no 'Q.'
        ("A: The roof was empty.", "A: The bees like it."),  # no one named before the answers
        (  # an explainer printed as questions and answers: nobody speaks in its answers
            "The council's transport chief, Mira Holt, announced new parking rules on Monday.",
            "Q: When do the rules start?",
            "A: The rules apply from June 1 on every street inside the ring road.",
            "Q: How much is a permit?",
            "A: Residents pay £40 a year. Visitors can buy day passes online.",
        ),
    ],
)
def test_no_interview_without_answers_and_an_interviewee(paragraphs: tuple[str, ...]) -> None:
    assert not [q for q in _quotes(*paragraphs) if q[0] == "direct"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"He will be back by spring," said head coach Ravi Lindqvist.', "Ravi Lindqvist"),
        ("Talo will miss four weeks, Rovers coach Ravi Lindqvist said on Monday.", "Ravi Lindqvist"),
        ('"The water came in through the floor," said the shopkeeper.', "shopkeeper"),
        ('He still recalls what his parents told him: "Never owe a neighbour."', "parents"),
    ],
)
def test_role_nouns_of_sport_trades_and_families_name_speakers(paragraph: str, speaker: str) -> None:
    assert [q[1] for q in _quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("The coach crashed on the motorway near Kelby, police said.", "police"),  # a coach that is a bus
        ("The boy was found safe in a barn, police said.", "police"),
        ("The trainers sold out within an hour, the shop said.", "shop"),
    ],
)
def test_a_role_noun_inside_the_reported_clause_is_not_its_speaker(paragraph: str, speaker: str) -> None:
    assert [q[1] for q in _quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'Coach Joe Oduya met the press. Asked if Pell would stay, Oduya laughed. "He signed for five years."',
            "Coach Joe Oduya",
        ),
        ('Ada Pike was asked about the fee. She sighed. "Ask the board."', "Ada Pike"),
    ],
)
def test_a_named_persons_laugh_or_sigh_leads_in_to_the_quotation_after_it(paragraph: str, speaker: str) -> None:
    assert [q[1] for q in _quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "not_speaker"),
    [
        ('Tom Reed spoke first. The audience laughed. "Sit down."', "audience"),
        ('When the last point went over, Kelby Park roared. "You dream of days like this."', "Kelby Park"),
        ('Ann Reilly walked in. Biscuit barked. "He knows his name."', "Biscuit"),
        ('Ann Reilly remembers the moment her son Tom first laughed. "It was magic."', "Tom"),
    ],
)
def test_no_speaker_from_a_group_a_place_an_animal_or_an_object(paragraph: str, not_speaker: str) -> None:
    assert not_speaker not in [speaker for _, speaker, _ in _quotes(paragraph)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Colleagues of the surgeon said she was careful.", "Colleagues of the surgeon"),
        ("Hundreds of commuters said the trains were late again.", "Hundreds of commuters"),
        ("Three of the passengers said the bus was speeding.", "Three of the passengers"),
        ("The family of the driver said they were heartbroken.", "family of the driver"),
    ],
)
def test_a_role_noun_after_of_leaves_the_whole_phrase_the_speaker(sentence: str, speaker: str) -> None:
    assert [who for who, _ in reported(sentence)] == [speaker]


def test_a_share_with_says_stays_a_cue() -> None:
    assert reported("Nearly one in five says the economy is the top issue.") == [
        ("Nearly one in five", "the economy is the top issue")
    ]


_COURT = (
    "Jurors heard from the neighbour who called police. Prosecutors say Tom Vane bought petrol an hour before "
    "the fire. Vane denies arson. The neighbour, Ada Cho, was questioned by the prosecutor."
)


def test_the_interviewee_is_the_person_an_interview_cue_names() -> None:
    found = _quotes(
        _COURT, "Q. What did you see?", "A. I saw a man in a dark coat.", "Q. Was it him?", "A. I think so."
    )
    assert [(kind, speaker) for kind, speaker, _ in found if kind == "direct"] == [
        ("direct", "Ada Cho"),
        ("direct", "Ada Cho"),
    ]


def test_names_in_the_questions_are_no_interviewee() -> None:
    found = _quotes(
        "Each week our columnist answers your questions.",
        "Q: My brother Cormac Byrne borrowed money and never paid it back. What can I do?",
        "A: I am sorry to hear this. Keep every message about the loan.",
        "A: If he still refuses, my advice is to write to him.",
    )
    assert [q for q in found if q[0] == "direct"] == []


@pytest.mark.parametrize(
    ("sentence", "clause_start"),
    [
        ("The minister told MPs if the bill failed, the government would fall.", "the bill failed"),
        ("Researchers said the mass of the planet is about four times that of Earth.", "the mass of"),
        ("The council said the words on the sign were offensive.", "the words on"),
        ("Not until Thursday did the ministry say that the batch had been recalled.", "the batch"),
        ("No fewer than 40 witnesses have since said that they saw the car.", "they saw"),
        ("No doubt the minister has often said that the plan works.", "the plan"),
    ],
)
def test_review_shapes_keep_their_reported_clause(sentence: str, clause_start: str) -> None:
    found = reported(sentence)
    assert len(found) == 1 and found[0][1].startswith(clause_start)


@pytest.mark.parametrize(
    "sentence",
    [
        "The congregation said a prayer for the missing fishermen.",
        "At no point has the company said it will leave the region.",
        "The judge told him as she passed sentence.",
    ],
)
def test_things_said_denials_and_circumstances_stay_unreported(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        # never the verb 'Said'; a cyclist is a role noun (sports26), so the one cyclist is the speaker
        ('Said one cyclist who spoke at the meeting: "I ride every day."', ["cyclist"]),
        ('Added the harbour master: "We will rebuild the pier."', []),  # never the verb 'Added'
        ('Added the mayor: "We will rebuild the pier."', ["mayor"]),
        ('Tom Vane was asked about the fee. Asked if it was fair, he demurred: "Ask the board."', ["Tom Vane"]),
    ],
)
def test_an_inverted_verb_before_a_colon_is_no_speaker(paragraph: str, speakers: list[str]) -> None:
    assert [speaker for kind, speaker, _ in _quotes(paragraph) if kind == "direct"] == speakers


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The clinic will close on Friday, health officials said.", "health officials"),
        ("The road was reopened overnight, aid workers said.", "aid workers"),
        ("The plan will fail, election officials said.", "election officials"),
    ],
)
def test_a_noun_modifier_before_a_role_after_the_clause_stays_in_the_speaker(sentence: str, speaker: str) -> None:
    assert [who for who, _ in reported(sentence)] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    ["He was taken to hospital, police said.", "In the days after the fire police said the cause was a heater."],
)
def test_a_noun_ending_the_phrase_before_is_no_modifier(sentence: str) -> None:
    assert [who for who, _ in reported(sentence)] == ["police"]
