"""Reported speech, twentieth session: clauses opening on a limited amount ('only six ...'), comparisons inside a
clause, and the clause after an inserted phrase when no 'that' follows ('told investors on a call the ...', 'said in
a statement afterwards it ...'). All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to Mrs Abernethy, only four pupils now walk to the village school.",
            [("Mrs Abernethy", "only four pupils now walk to the village school")],
        ),
        (
            "According to the warden, just three huts now open in winter.",
            [("warden", "just three huts now open in winter")],
        ),
    ],
)
def test_a_clause_may_open_on_a_limited_amount(text: str, expected: list[tuple[str, str]]) -> None:
    assert reported(text) == expected


def test_only_before_a_preposition_opens_no_clause() -> None:
    assert reported("The warden said only in passing.") == []


def test_a_comparison_of_counts_goes_on_with_the_clause() -> None:
    text = "Captain Ollerton said eleven trawlers still land catches at the quay, compared with 60 in his youth."
    assert reported(text) == [
        ("Captain Ollerton", "eleven trawlers still land catches at the quay, compared with 60 in his youth")
    ]


def test_a_comparison_of_shares_is_the_writers() -> None:
    text = "Most tenants said they backed the scheme, compared with 31 percent of landlords."
    assert reported(text) == [("Most tenants", "they backed the scheme")]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Ms Okafor told investors on a call the group's dairy plants were unaffected.",
            "the group's dairy plants were unaffected",
        ),
        (
            "Ms Okafor told the Courier's Live at Five the county would publish a new plan before the winter.",
            "the county would publish a new plan before the winter",
        ),
        (
            "Ms Okafor said in a statement afterwards she was pleased with the vote.",
            "she was pleased with the vote",
        ),
    ],
)
def test_the_clause_after_an_inserted_phrase(text: str, clause: str) -> None:
    assert reported(text) == [("Ms Okafor", clause)]


@pytest.mark.parametrize(
    "text",
    [
        "Ms Okafor said in a statement on the radio that the tolls were unfair.",
        "Ms Okafor told a reporter at a hearing that the tolls were unfair.",
    ],
)
def test_that_after_an_inserted_phrase_still_opens_the_clause(text: str) -> None:
    assert reported(text) == [("Ms Okafor", "the tolls were unfair")]


def test_an_article_after_a_preposition_stays_in_the_phrase() -> None:
    assert reported("Ms Okafor said during the debate the tolls were unfair.") == []


def test_a_clause_around_a_middle_attribution_keeps_its_opening() -> None:
    text = "By closing the old ward, Ms Okafor said, the clinic is able to treat twice as many patients."
    assert reported(text) == [
        ("Ms Okafor", "By closing the old ward, Ms Okafor said, the clinic is able to treat twice as many patients")
    ]


def test_a_relayers_own_words_after_the_relayed_clause() -> None:
    text = "Ms Vask said the tenant had missed two payments, though both were later made good, Mr Brand told the panel."
    assert reported(text) == [
        ("Ms Vask", "the tenant had missed two payments"),
        ("Mr Brand", "both were later made good"),
    ]


def test_a_plain_relay_keeps_both_clauses() -> None:
    text = "Ms Vask said the tenant had missed two payments, Mr Brand told the panel."
    assert reported(text) == [
        ("Mr Brand", "Ms Vask said the tenant had missed two payments"),
        ("Ms Vask", "the tenant had missed two payments"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Corin Halder, 34, of Esk Terrace, Dunholm, admitted stealing two bicycles from a garden shed.",
        "Corin Halder, 34, denied breaking into the cricket pavilion.",
    ],
)
def test_a_defendants_plea_reports_no_words(text: str) -> None:
    assert reported(text) == []


def test_an_admission_without_the_court_formula_is_still_reported() -> None:
    assert reported("Corin Halder admitted stealing two bicycles from a garden shed.") == [
        ("Corin Halder", "stealing two bicycles from a garden shed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The audit praised the ward's night staff and said patients on Ferndown ward felt safe.",
            [("audit", "patients on Ferndown ward felt safe")],
        ),
        (
            "The ranger said walkers on the upper ridge found the path blocked.",
            [("ranger", "walkers on the upper ridge found the path blocked")],
        ),
        (
            "The ranger said demand for cabins on Arran and Bute remained strong.",
            [("ranger", "demand for cabins on Arran and Bute remained strong")],
        ),
    ],
)
def test_a_plain_subject_with_a_place_phrase_and_a_past_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert reported(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The ranger said sorry for the mess made by the crew.", "The ranger said goodbye to the walkers."],
)
def test_no_clause_without_a_subject_and_its_past_tense(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "The warden said at least four walkers had turned back at the pass.",
            "at least four walkers had turned back at the pass",
        ),
        ("The warden told us at least four walkers turned back.", "at least four walkers turned back"),
        ("The warden said about 300 sheep and goats had been moved.", "about 300 sheep and goats had been moved"),
    ],
)
def test_a_clause_opening_on_an_amount_after_the_verb(text: str, clause: str) -> None:
    assert reported(text) == [("warden", clause)]


def test_at_least_before_a_phrase_is_no_clause() -> None:
    assert reported("The warden said at least for now.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The yard said it launched nine hulls, compared with Tamsworth's seven.",
        "The yard said it launched nine hulls, compared with the forecast of eleven.",
    ],
)
def test_a_comparison_with_another_sources_figure_is_the_writers(text: str) -> None:
    assert reported(text) == [("yard", "it launched nine hulls")]


def test_a_clause_goes_on_past_an_aside_closed_before_a_preposition() -> None:
    text = (
        "According to Ms Ferrow, the crew had studied film of last year's final, a 21-20 defeat in Galway, on Sunday."
    )
    assert reported(text) == [
        ("Ms Ferrow", "the crew had studied film of last year's final, a 21-20 defeat in Galway, on Sunday")
    ]


def test_an_aside_closing_the_sentence_is_the_writers() -> None:
    text = "The skipper said the ferry would stop at Tresk, a short walk from the old mill."
    assert reported(text) == [("skipper", "the ferry would stop at Tresk")]


def test_an_attribution_with_an_object_told_inside_the_sentence() -> None:
    text = (
        "Owen Tarrant, a plasterer, sued the council. He could no longer climb ladders, he told the tribunal, "
        "and he had lost two contracts."
    )
    assert reported(text) == [
        ("Owen Tarrant", "He could no longer climb ladders, he told the tribunal, and he had lost two contracts")
    ]


def test_a_labelled_question_is_no_clause_around_a_told_attribution() -> None:
    assert reported("Q: Ferry users, the surveys tell us, are angry about the fares.") == []


@pytest.mark.parametrize(
    "tail",
    ["but would not commit to a timetable for the works", "but declined to speculate on the cost"],
)
def test_the_speakers_refusal_to_say_more_ends_the_clause(tail: str) -> None:
    text = f"Ms Ferrow told the meeting the council would reopen the lido next summer, {tail}."
    assert reported(text) == [("Ms Ferrow", "the council would reopen the lido next summer")]


def test_an_aside_with_its_own_attribution_ends_the_clause() -> None:
    text = "Chief Orla Pask said the vote had gone ahead without her members, which she said made it void."
    assert reported(text)[0] == ("Chief Orla Pask", "the vote had gone ahead without her members")


def test_an_aside_inside_the_subject_stays_in_the_clause() -> None:
    text = "Chief Orla Pask said the plan, which she said was rushed, would fail."
    assert reported(text)[0] == ("Chief Orla Pask", "the plan, which she said was rushed, would fail")


@pytest.mark.parametrize("aside", ["however", "firmly"])
def test_an_adverb_between_commas_before_that(aside: str) -> None:
    text = f"Dr Ann Lock added, {aside}, that the survey covered only one winter."
    assert reported(text) == [("Dr Ann Lock", "the survey covered only one winter")]


def test_though_after_a_comma_opens_no_clause_of_the_verb() -> None:
    text = '"We keep supplying the farms," said Dr Ann Lock, though she referred all other questions to the board.'
    assert [q for q in reported(text) if q[1].startswith("she referred")] == []


def test_told_this_newspaper() -> None:
    text = "Ms Pask later told this newspaper she planned to hang two of the prints in Tresk."
    assert reported(text) == [("Ms Pask", "she planned to hang two of the prints in Tresk")]


def test_a_fronted_asked_phrase_is_no_part_of_the_clause() -> None:
    text = "Asked about the hold-up, the firm needed time to trace every affected batch, the spokeswoman said."
    assert reported(text) == [("spokeswoman", "the firm needed time to trace every affected batch")]


def test_a_trailing_said_with_an_adverb_after_it() -> None:
    text = (
        "Rhoda Tarn leads the council. The reserve should stay untouched until the spring, Ms Tarn has said repeatedly."
    )
    assert reported(text) == [("Rhoda Tarn", "The reserve should stay untouched until the spring")]
