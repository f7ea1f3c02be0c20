"""Quotation spans and quoted titles (issue 15): marks typed wrongly, names of works in quotation marks; on texts
of our own."""

from __future__ import annotations

import pytest

from digest.core.quotes.marks import find_marks
from tests.test_quotes_patterns import run


def _inner(text: str) -> list[str]:
    return [text[slice(*span.inner(len(text)))] for span in find_marks(text)]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        # an opening curly mark typed where the closing one belongs, after a word or punctuation
        (
            "She called for a “speedy audit“ of the ferry and a “fresh count” of the votes.",
            ["speedy audit", "fresh count"],
        ),
        ("“It is rare,“ said Dana Pike. “It is hard.”", ["It is rare,", "It is hard."]),
    ],
)
def test_a_closing_mark_typed_as_an_opening_one_closes(text: str, inner: list[str]) -> None:
    assert _inner(text) == inner


def test_a_mistyped_closing_mark_gives_each_quotation_its_speaker() -> None:
    report = run("“Clearly not,“ Dana Pike said. “A river doesn’t run back up the hill.”")
    assert [(q.speaker, q.text) for q in report.quotes] == [
        ("Dana Pike", "Clearly not"),
        ("Dana Pike", "A river doesn’t run back up the hill."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In her 2009 book, ''Save Like a Farmer,'' Dana Pike suggested looking at what you spend.",
        'Callers to his "Keeping It Local" radio show said they had doubts.',
        "The 60-second video, titled “Restless,” shows the mayor on a bench.",
        "Lee Wong runs a blog called “Stay in Town If the Mill Closes“ that promotes the valley.",
    ],
)
def test_the_name_of_a_work_is_no_quotation(text: str) -> None:
    assert [q.text for q in run(text).quotes if q.kind == "direct"] == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # words said in title case, beside no noun of a work
        ("Dana Pike told the crowd: “Never Give Up.”", "Never Give Up."),
        # a noun of a work, but the quotation is no title: words in lower case
        ("Dana Pike wrote in his book that “the river always wins.”", "the river always wins."),
    ],
)
def test_words_said_beside_such_words_stay_quotations(text: str, quote: str) -> None:
    assert [(q.speaker, q.text) for q in run(text).quotes if q.kind == "direct"] == [("Dana Pike", quote)]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # a speech verb opening the sentence, capitalised
        ("Said Dana Pike: “I don’t think the ferry will run.”", "Dana Pike", "I don’t think the ferry will run."),
        # 'as X put it' before the quotation, with or without an appositive
        ("As the Harbor Gazette put it, “Well, here comes the tide.”", "Harbor Gazette", "Well, here comes the tide."),
        ('Or, as Dana Pike, a former mayor, put it: "The gates are open."', "Dana Pike", "The gates are open."),
        # an appositive after a name that follows an opening adverbial
        (
            'But in a meeting with farmers on Feb. 9, Dr. Dana Pike, a county vet in Salem, said, "A cough '
            'is a warning sign."',
            "Dr. Dana Pike",
            "A cough is a warning sign.",
        ),
        # a verb of stance, its object, 'as' and an article; a verb of likening and 'to'
        ("Dana Pike hailed the mayor as a “fighter for the towns.”", "Dana Pike", "fighter for the towns."),
        ('Lee Wong likened the toll to "draining the harbor" in a speech.', "Lee Wong", "draining the harbor"),
    ],
)
def test_cues_before_a_quotation(text: str, speaker: str, quote: str) -> None:
    assert [(q.speaker, q.text) for q in run(text).quotes if q.kind == "direct"] == [(speaker, quote)]


@pytest.mark.parametrize(
    "text",
    [
        'As expected, the crowd put it down to luck: "We want the bridge."',  # 'put it down to': no way of saying
        'In Salem, the river, a long one, rose, "fast and high."',  # no name before the appositive
        'Dana Pike drove the truck as a "favor" to the town.',  # 'as' after no verb of stance
    ],
)
def test_no_cue_before_a_quotation_without_its_shape(text: str) -> None:
    assert [q for q in run(text).quotes if q.kind == "direct"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # a quotation alone in its sentence, after a sentence of the same paragraph whose subject spoke
        (
            "Dana Pike announced on Monday the appeal against the county. “We are asking for a new hearing.”",
            "Dana Pike",
            "We are asking for a new hearing.",
        ),
        # 'according to X' right after the quotation
        ("“The rules are the rules,” according to Dana Pike.", "Dana Pike", "The rules are the rules"),
        # a name and a past-tense verb, then the sentence goes on
        ("“Put the oars down,” Dana Pike shouted and a ranger walked the boy home.", "Dana Pike", "Put the oars down"),
        ("“Not this winter,” Dana Pike posted via Instagram on Friday.", "Dana Pike", "Not this winter"),
        # a participle after the object of a verb of issuing
        (
            "The union sent a memo calling the fee “a plain breach of the contract.”",
            "union",
            "a plain breach of the contract.",
        ),
        # verbs of praising and urging before a fragment
        (
            'Gov. Dana Pike lauded the teacher in his remarks for helping write "short and simple lessons."',
            "Gov. Dana Pike",
            "short and simple lessons.",
        ),
        ('Dana Pike exhorted the rowers to "pull as one" and left.', "Dana Pike", "pull as one"),
    ],
)
def test_cues_after_or_around_a_quotation(text: str, speaker: str, quote: str) -> None:
    assert [(q.speaker, q.text) for q in run(text).quotes if q.kind == "direct"] == [(speaker, quote)]


def test_a_quotation_after_a_sentence_without_a_verb_of_saying_stays_out() -> None:
    report = run("Dana Pike drove to the county office on Monday. “We are asking for a new hearing.”")
    assert [q for q in report.quotes if q.kind == "direct"] == []


def test_two_people_joined_by_and_are_a_pair_not_the_second_person() -> None:
    report = run(
        "Both Mr. Pike and Mr. Wong say the club never asked them to change a word.",
        "''I have never been edited,'' Mr. Pike, 82, told me.",
    )
    assert [(q.speaker, q.kind) for q in report.quotes] == [
        ("Mr. Pike and Mr. Wong", "indirect"),
        ("Mr. Pike", "direct"),
    ]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (('Dana Pike: "Our goal is to rebuild the bridge." Lee Wong: "We agree."',), ["Dana Pike", "Lee Wong"]),
        (("TURNOUT WAS HIGH IN THE EAST - Dana Pike: “At long last the count is done.”",), ["Dana Pike"]),
        (("Rep. Dana Pike (R-Ore.):", "“Samples vary a great deal.”"), ["Rep. Dana Pike"]),
    ],
)
def test_a_name_alone_before_a_colon_credits_the_quotation(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert [q.speaker for q in run(*paragraphs).quotes if q.kind == "direct"] == speakers


def test_a_name_ending_a_longer_sentence_before_a_colon_is_no_credit() -> None:
    report = run("They met the Mayor of Salem: \u201cWe will build the bridge\u201d was all anyone said.")
    assert [q for q in report.quotes if q.kind == "direct"] == []
