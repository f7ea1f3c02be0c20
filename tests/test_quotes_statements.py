"""Quote patterns: statements issued with a participle, closers typed as two apostrophes."""

from __future__ import annotations

import pytest

from digest.core.model import Article, Section
from digest.core.quotes import QuoteReport, extract_quotes


def run(*paragraphs: str) -> QuoteReport:
    text = "\n\n".join(paragraphs)
    report = extract_quotes(Article("t", "x", (Section(None, text),)))
    for q in report.quotes:
        assert text[q.start : q.end] == q.text
    return report


def direct(report: QuoteReport) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in report.quotes if q.kind == "direct"]


def test_two_apostrophes_close_a_double_quote() -> None:
    report = run(
        "“It was an attempt to mislead voters,’’ Will Moy, chief executive of the charity Full Fact, told the BBC. "
        "“And it is inappropriate.”"
    )
    assert direct(report) == [
        ("Will Moy", "It was an attempt to mislead voters"),
        ("Will Moy", "And it is inappropriate."),
    ]


def test_two_apostrophes_end_a_sentence_inside_the_quote() -> None:
    report = run("Anna Berg said that “voters are entitled to the truth.’’ Critics disagreed.")
    texts = [q.text for q in report.quotes if q.kind == "direct"]
    assert texts == ["voters are entitled to the truth."]


def test_single_apostrophe_still_ends_a_nested_quote() -> None:
    report = run("“They called it ‘a farce’ and left,” said Anna Berg.")
    assert direct(report) == [("Anna Berg", "They called it ‘a farce’ and left")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Acme Books released a separate statement saying, “It allows us to grow our business.”", "Acme Books"),
        (
            'After the hearing, Kathleen Hawk issued a statement about the charges, saying, "It allows us to grow."',
            "Kathleen Hawk",
        ),
        (
            "The leader of the party, Rachid Amri, condemned the attack, saying in a statement that it “will not "
            "break our will.”",
            "Rachid Amri",
        ),
        (
            "The Electoral Commission, which regulates campaign finances, issued a statement warning that “voters "
            "are entitled to transparency.”",
            "Electoral Commission",
        ),
    ],
)
def test_statement_issued_with_a_participle(text: str, speaker: str) -> None:
    assert [s for s, _ in direct(run(text))] == [speaker]


def test_participle_after_an_unrelated_verb_is_not_attributed() -> None:
    report = run("The storm hit the coast on Monday, leaving signs saying “closed” on every shop.")
    assert direct(report) == []


def test_name_with_an_appositive_role_before_the_verb() -> None:
    report = run(
        "Eric Reeves, one of the leading academic voices on Sudan, said he was “appalled” that sanctions ended."
    )
    assert direct(report) == [("Eric Reeves", "appalled")]


def test_leading_place_is_not_a_name_with_an_appositive() -> None:
    report = run("In Washington, the senator said he was “appalled” by the vote.")
    assert all(q.speaker != "Washington" for q in report.quotes)


def test_stance_verb_with_as_quotes_the_subject() -> None:
    report = run("The Pentagon rejected these accusations as “patently false,” and analysts agreed with it.")
    assert direct(report) == [("Pentagon", "patently false")]


def test_as_without_a_stance_verb_is_not_attributed() -> None:
    report = run("The Pentagon sold the base as “surplus property” last year.")
    assert direct(report) == []


def test_name_with_two_appositives_before_the_verb() -> None:
    report = run(
        "Lee Moss, a senior analyst at Kelbyco, the Ohio-based intelligence firm, told the paper that "
        'the fleet was "old even by harbour standards."'
    )
    assert direct(report) == [("Lee Moss", "old even by harbour standards.")]


def test_name_with_an_appositive_after_but_in_a_second_clause() -> None:
    report = run(
        "The council wants to sell, but Captain Ada Kell, head of the harbour police, told "
        'reporters that the boats would stay "for three more winters".'
    )
    assert direct(report) == [("Captain Ada Kell", "for three more winters")]


def test_second_of_two_coordinated_subjects_is_not_the_speaker() -> None:
    report = run(
        "Kurt Volker, the former envoy, and Tim Morrison, a former official, testified side-by-side before the "
        "committee on Tuesday about the events of the inquiry."
    )
    assert all(q.speaker != "Tim Morrison" for q in report.quotes)
