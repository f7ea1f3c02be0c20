"""Reported-speech rules of the seventeenth session (PolNeAR train misses): the speaker's own next act after 'and'
or 'but' ('NAME said he admires her drive and praised their plan'). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Dana Pike said she admires the mayor's resolve and highlighted their shared plan for the harbour.",
            "she admires the mayor's resolve",
        ),
        (
            "Dana Pike said ferries can cost more than buses and cited the county's decision to close the depot.",
            "ferries can cost more than buses",
        ),
        (
            "Dana Pike said she will back the levy but took issue with its timing.",
            "she will back the levy",
        ),
    ],
)
def test_a_past_act_after_a_present_clause_is_the_speakers(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Dana Pike", clause)]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # the clause's own verb in its own tense
        ("Dana Pike said the pier is closed and needs new piles.", "the pier is closed and needs new piles"),
        # a participle sharing the clause's 'have' or 'be'
        (
            "Dana Pike said the board has hired two pilots and opened an office.",
            "the board has hired two pilots and opened an office",
        ),
        (
            "Dana Pike said the levy should not be cut but raised each spring.",
            "the levy should not be cut but raised each spring",
        ),
        (
            "Dana Pike said the ferry should not be sold but leased out each summer.",
            "the ferry should not be sold but leased out each summer",
        ),
        # an adjective before a preposition
        ("Dana Pike said the roads are icy and closed to traffic.", "the roads are icy and closed to traffic"),
        # a verb of a clause inside the reported one
        (
            "Dana Pike said the county is better off than the town, where crews fell short and curtailed work.",
            "the county is better off than the town, where crews fell short and curtailed work",
        ),
    ],
)
def test_a_verb_the_clause_may_share_goes_on(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Dana Pike", clause)]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The harbour fund reported raising $4,200 at its summer fair.", "raising $4,200 at its summer fair"),
        ("The harbour fund reported raising 40,000 pounds in March.", "raising 40,000 pounds in March"),
    ],
)
def test_a_gerund_with_an_amount_is_what_was_reported(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("harbour fund", clause)]


def test_a_noun_in_ing_before_an_amount_is_no_gerund() -> None:
    assert reported("The harbour fund reported funding of $1.1 million for the pier.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Next the tour visits Harlow, a large state with long winters.",
        "The gap showed most in Kelby, a farming state, where he failed to prove that he opposes the tariff.",
    ],
)
def test_a_base_form_after_a_singular_determiner_is_a_noun(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        ("Harbour officials state that the pier is closed.", "Harbour officials", "the pier is closed"),
        # a capitalised word before it: the outlet's report, as PolNeAR counts it
        (
            "Dana Pike misread a Courier report that the ferry would stop running.",
            "Courier",
            "the ferry would stop running",
        ),
    ],
)
def test_a_verb_or_an_outlets_report_stays_a_cue(sentence: str, speaker: str, clause: str) -> None:
    assert reported(sentence) == [(speaker, clause)]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Dana Pike said a panel appointed by Governor Lee Moss estimated in 2005 that the levy would raise little.",
            "a panel appointed by Governor Lee Moss estimated in 2005 that the levy would raise little",
        ),
        (
            "Dana Pike said the ferry ran late after the Courier reported the pier had cracked.",
            "the ferry ran late after the Courier reported the pier had cracked",
        ),
        (
            "Dana Pike said the pier closed in May, months before her deputy said it would reopen.",
            "the pier closed in May, months before her deputy said it would reopen",
        ),
    ],
)
def test_a_report_inside_the_clause_is_reported_with_it(sentence: str, clause: str) -> None:
    assert ("Dana Pike", clause) in reported(sentence)


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("Dana Pike said the pier was closed, and Lee Moss said it would reopen.", "the pier was closed"),
        ("Dana Pike said the pier was closed though she noted the ferry still ran.", "the pier was closed"),
        (
            "Three in four said the pier was unsafe, and more than four in 10 said it should close.",
            "the pier was unsafe",
        ),
        (
            "Dana Pike said she backs it because “it pays for the pier,” including rules she said would help owners.",
            "she backs it because “it pays for the pier,”",
        ),
    ],
)
def test_a_later_report_joined_to_the_clause_ends_it(sentence: str, first: str) -> None:
    assert reported(sentence)[0][1] == first


def test_a_past_in_ed_before_its_object_makes_a_clause() -> None:
    sentence = "Lee Moss noted the harbour board returned the deposit to him in May."
    assert reported(sentence) == [("Lee Moss", "the harbour board returned the deposit to him in May")]
    sentence = "Lee Moss noted the harbour board leased the pier a year ago."
    assert reported(sentence) == [("Lee Moss", "the harbour board leased the pier a year ago")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lee Moss noted the plan backed by the board in May.",
        "Lee Moss noted the money raised last year for the pier.",
        # a time after the participle is no object
        "Lee Moss noted the fees announced the previous day.",
        "Lee Moss mentioned the berths listed a year ago.",
    ],
)
def test_a_participle_describing_a_noun_makes_no_clause(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Lee Moss told a crowd at the depot that poured out into the road.",
        "Lee Moss said in a film that showed off the new ferry.",
        "Lee Moss backed the levy, repeating the promise that earned him the seat.",
    ],
)
def test_that_before_a_past_tense_and_its_object_is_a_relative_pronoun(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Lee Moss told reporters that increased costs were to blame.", "increased costs were to blame"),
        ("Lee Moss said that showed the board's weakness.", "that showed the board's weakness"),
    ],
)
def test_that_before_an_adjective_or_as_a_subject_still_reports(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Lee Moss", clause)]


@pytest.mark.parametrize(
    ("paragraph", "clauses"),
    [
        (
            "Dana Pike said the ferry would carry visitors to the U.S. The plan has drawn criticism from rivals.",
            [("Dana Pike", "the ferry would carry visitors to the U.S.")],
        ),
        (
            "Dana Pike spoke at a breakfast in Washington, D.C. She recalled that the pier had closed in 2010.",
            [("Dana Pike", "the pier had closed in 2010")],
        ),
    ],
)
def test_an_abbreviation_before_a_sentence_opener_ends_the_sentence(
    paragraph: str, clauses: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == clauses


def test_an_abbreviation_inside_a_name_goes_on() -> None:
    assert reported("Dana Pike said the U.S. Rep. Lee Moss would run again.") == [
        ("Dana Pike", "the U.S. Rep. Lee Moss would run again")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "At the heart of the dispute, according to Dana Pike, a former harbour master, was a vote by the board.",
    ],
)
def test_where_or_when_is_no_reported_clause(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "About 58 percent of harbour firms fund the pilots, according to a 2014 board study.",
            "About 58 percent of harbour firms fund the pilots",
        ),
        ("Or maybe the harbour master, boat historian Dana Pike says.", "Or maybe the harbour master"),
    ],
)
def test_an_amount_or_a_trailing_answer_still_reports(sentence: str, clause: str) -> None:
    assert [text for _, text in reported(sentence)] == [clause]


@pytest.mark.parametrize("verb", ["brags", "swore", "swears"])
def test_bragging_and_swearing_report_a_clause(verb: str) -> None:
    assert reported(f"Lee Moss {verb} that the new pier will open in May.") == [
        ("Lee Moss", "the new pier will open in May")
    ]


def test_swearing_someone_in_reports_nothing() -> None:
    assert reported("The judge swore in the new harbour master on Monday.") == []


@pytest.mark.parametrize(
    ("paragraph", "speaker", "clause"),
    [
        (
            "As the Courier reported only today, auditors sent letters to the trust.",
            "Courier",
            "auditors sent letters to the trust",
        ),
        (
            "Lee Moss backed it. (As the Courier noted first, Dana Pike had praised the plan years ago.)",
            "Courier",
            "Dana Pike had praised the plan years ago",
        ),
        (
            "As the mayor pointed out, the levy exists for exactly that.",
            "mayor",
            "the levy exists for exactly that",
        ),
        (
            "As the Courier reported last week, auditors sent letters.",
            "Courier",
            "auditors sent letters",
        ),
        (
            "As the mayor wrote on Sunday in her column, the levy is the whole point.",
            "mayor",
            "the levy is the whole point",
        ),
    ],
)
def test_an_opening_as_aside_with_a_tail_reports_the_clause(paragraph: str, speaker: str, clause: str) -> None:
    assert reported(paragraph) == [(speaker, clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        "As Dana Pike and Lee Moss lamented high rents, the mayor paused to greet the tenants.",
        "As river towns and rivals, Nerin and Harlow both flooded in the storm.",
        "The result, as the mayor later pointed out, was a deep recession.",
        "As the mayor warned of floods, the river rose over the quay.",
        "As the harbour crews reported for duty, the ferry left without them.",
        "As the mayor argued with the governor, the crowd booed the pair.",
        "As the mayor pointed out the flaws, the crowd booed the plan.",
    ],
)
def test_an_as_clause_with_an_object_or_inside_a_clause_reports_nothing(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ferry plan, which the mayor said would save money, was dropped in May.",
            [("mayor", "would save money")],
        ),
        (
            "The bridge charge, which officials said will open in May, will spare cyclists.",
            [("officials", "will open in May")],
        ),
    ],
)
def test_a_report_after_a_relative_pronoun_ends_at_the_relative_clauses_comma(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    """'X, which officials said was safe, collapsed': the clause opens with its verb, its subject the relative
    pronoun, and the comma closing the relative clause ends it (not the sentence's main verb)."""
    assert reported(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dana Pike said it again at the harbour on Monday.", []),
        ("Dana Pike said it best, and the crowd cheered.", []),
        ("Dana Pike said it all went wrong at the pier.", [("Dana Pike", "it all went wrong at the pier")]),
        ("Dana Pike said it's too late for the pier.", [("Dana Pike", "it's too late for the pier")]),
    ],
)
def test_it_before_an_adverb_or_a_preposition_is_an_object(sentence: str, expected: list[tuple[str, str]]) -> None:
    """'said it again on Monday': 'it' is what was said, no clause's subject (unless a verb follows soon)."""
    assert reported(sentence) == expected
