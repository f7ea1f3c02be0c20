"""Quotation marks in British style: single marks outside and double ones inside, and a plural's possessive
apostrophe inside a single-quoted quotation. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes
from digest.core.quotes.marks import find_marks


def quoted(text: str) -> list[str]:
    return [text[span.open + span.open_width : span.close] for span in find_marks(text) if span.close is not None]


def direct(text: str) -> list[tuple[str, str]]:
    report = extract_quotes(Article("t", "x", (Section(None, text),)))
    return [(q.speaker, q.text) for q in report.quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mr Pell said: 'He shouted \"get out\" and then ran off.'", 'He shouted "get out" and then ran off.'),
        (
            "‘The sign read “no entry”, so we turned back,’ said Ada Crewe.",
            "The sign read “no entry”, so we turned back,",
        ),
    ],
)
def test_single_marks_outside_double_ones_make_one_quotation(text: str, words: str) -> None:
    assert quoted(text) == [words]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('In the \'90s, the mayor said "we built too fast."', ["we built too fast."]),  # an apostrophe, no quotation
        ("\"He said 'go' and left,\" Ada Crewe said.", ["He said 'go' and left,"]),  # American nesting
        ('The fans\' chant of "out, out" grew louder.', ["out, out"]),  # a possessive before a double quotation
        ('\'Tis the season, the mayor said, "to be careful."', ["to be careful."]),  # a single mark never closed
        ("\"Go home,\" she said. 'Now,' he added.", ["Go home,"]),  # a double quotation outside every single one
        ("'Go,' she said. In the '90s the mayor said \"we built too fast.\"", ["we built too fast."]),  # unclosed
    ],
)
def test_double_quotations_stay_when_singles_do_not_enclose_them(text: str, words: list[str]) -> None:
    found = quoted(text)
    assert all(word in found for word in words)
    assert not any('"' in quote or "“" in quote for quote in found)  # no single quotation swallowed a double one


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("'The players' wages are a scandal,' said Ian Tate.", "Ian Tate", "The players' wages are a scandal"),
        ("‘It was the boys’ idea all along,’ said Ruth Amos.", "Ruth Amos", "It was the boys’ idea all along"),
    ],
)
def test_a_plural_possessive_inside_a_single_quotation_does_not_close_it(text: str, speaker: str, words: str) -> None:
    assert direct(text) == [(speaker, words)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Cllr Ann Tibbs called the plans 'ridiculous' and said the town deserved more. 'We will fight,' she said.",
            "ridiculous",
        ),
        ("The coach called the display 'hopeless' on Saturday. 'We were second best,' he said.", "hopeless"),
        ("Fans chanted 'Rovers' outside the ground. 'It was electric,' said Ian Tate.", "Rovers"),
        ("She called it 'one of the worst plans' on record. 'We will fight,' she said.", "one of the worst plans"),
    ],
)
def test_a_quoted_word_ending_in_s_closes_where_it_ends(text: str, first: str) -> None:
    found = quoted(text)
    assert len(found) == 2
    assert found[0] == first


def test_a_closing_mark_after_a_plural_closes_when_no_later_mark_does() -> None:
    assert quoted("'We beat the Hawks' said Ian Tate, who scored twice.") == ["We beat the Hawks"]
