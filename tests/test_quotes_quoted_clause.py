"""A reported clause that quotes a few of its own words is reported speech whole, and the quoted words are also the
speaker's direct quote ('X said the levy was "a tax on hope" for the town'); a clause that runs past a colon, a
sentence end or another attribution inside it is not. A short sentence with a passive or a denial after a quotation
is a sentence of its own, not the quotation's attribution. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes
from digest.core.quotes.cue import Attribution, Report
from digest.core.quotes.marks import find_marks
from digest.core.quotes.quoted_clause import reported_end


def quotes(text: str) -> list[tuple[str, str, str]]:
    report = extract_quotes(Article("t", "x", (Section(None, text),)))
    return [(q.speaker, q.kind, q.text) for q in report.quotes]


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause", "quoted"),
    [
        (
            'Councillor Dana Whitlock said the bypass would be "a lifeline" for the town.',
            "Councillor Dana Whitlock",
            'the bypass would be "a lifeline" for the town',
            ["a lifeline"],
        ),
        (
            'Tom Reyes told reporters the proposal was "dead on arrival".',
            "Tom Reyes",
            'the proposal was "dead on arrival"',
            ["dead on arrival"],
        ),
        (
            'Pia Lund said the merger was "rushed" and "badly explained" to staff.',
            "Pia Lund",
            'the merger was "rushed" and "badly explained" to staff',
            ["rushed", "badly explained"],
        ),
    ],
)
def test_a_clause_quoting_its_own_words_is_reported_whole(
    sentence: str, speaker: str, clause: str, quoted: list[str]
) -> None:
    found = quotes(sentence)
    assert (speaker, "indirect", clause) in found
    assert [text for who, kind, text in found if kind == "direct" and who == speaker] == quoted


def _end(para: str, clause_from: str, clause_to: int | None = None) -> int | None:
    start = para.index(clause_from)
    end = len(para) if clause_to is None else clause_to
    report = Report(Attribution(0, 2, "test"), start, end, 2)
    return reported_end(para, report, find_marks(para), set())


def test_the_whole_clause_when_it_quotes_a_few_words_inside_it() -> None:
    para = 'Ann Cole said the levy was "a tax on hope" for the town'
    assert _end(para, "the levy") == len(para)


def test_the_clause_ends_at_a_comma_after_its_last_quotation() -> None:
    para = 'Ann Cole said the levy was "a tax on hope" for the town, which voted no'
    assert _end(para, "the levy") == para.index(", which")
    numbers = 'Ann Cole said the levy was "a tax on hope" for its 1,200 residents'
    assert _end(numbers, "the levy") == len(numbers)


@pytest.mark.parametrize(
    ("para", "clause_from"),
    [
        ('Ann Cole said the plan was plain: "attack early" and often', "the plan"),  # a colon before the quotation
        ('Ann Cole said nurses "are worn out," the union said', "nurses"),  # the quotation's own attribution after it
        ('Ann Cole said the pier was "unsafe." Divers were not told', "the pier"),  # a sentence ends inside the clause
        ('Ann Cole said "no" to the offer', '"no"'),  # no words of the clause's own before the quotation
    ],
)
def test_no_clause_when_it_runs_past_its_quotation_or_has_no_words_of_its_own(para: str, clause_from: str) -> None:
    assert _end(para, clause_from) is None


def test_a_clause_without_a_quotation_keeps_its_end() -> None:
    para = "Ann Cole said the levy was a tax on hope"
    assert _end(para, "the levy") == len(para)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ('"It is over." Nobody said a word.', None),
        ('Gale Hurst said the pier was "unsafe." Divers were not told.', 'the pier was "unsafe."'),
        ('"We need the bridge." It was never said aloud again.', None),
    ],
)
def test_a_passive_or_denied_short_sentence_is_no_attribution(text: str, first: str | None) -> None:
    found = quotes(text)
    assert not any(who in ("Nobody", "Divers", "It") for who, _, _ in found)
    assert [t for _, kind, t in found if kind == "indirect"] == ([first] if first else [])


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ('"We won." Mr. Smith said.', "Mr. Smith", "We won."),
        ('"I am done." Those were his last words, his brother said.', "his brother", "I am done."),
        ('"The river is rising." No one was listening, said Ann Cole.', "Ann Cole", "The river is rising."),
    ],
)
def test_a_short_attribution_sentence_after_a_quotation_still_attributes_it(
    text: str, speaker: str, words: str
) -> None:
    assert [(who, said) for who, kind, said in quotes(text) if kind == "direct"] == [(speaker, words)]
