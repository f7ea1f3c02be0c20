"""A person named by a lone first name that the article marks as a person's without a noun of kin of one sex:
a first name set off after a child's place in the family ('Her eldest, NAME, 11, ...', 'the youngest, NAME,'; read
by names.kin_named with :data:`BIRTH_ORDER`) or after an age with no article ('nine-year-old NAME is ...',
'11-year-old NAME'). Such a child is a person whom a later 'he' or 'she' may stand for, though the article never
writes the name in full; the sex is the one the name tables give, or unknown."""

from __future__ import annotations

import re
from collections.abc import Iterable

from digest.core.lexicon import (
    KIN,
    MONTH_ABBREVIATIONS,
    MONTHS_DAYS,
    NAME_LOWER,
    NAME_UPPER,
    NUMBER_WORDS,
    PERSON_HEADS,
    ROLE_NOUNS,
    TITLE_WORDS,
    word_set,
)

_UP, _LOW = NAME_UPPER, NAME_LOWER

BIRTH_ORDER = word_set("eldest oldest youngest")
"""Words that stand for a child by place in the family ('Her eldest, NAME,'): kin of either sex."""
_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
)
_AGE = rf"(?:\d{{1,2}}|{_NUMBER_WORDS})"
"""A child's or a young person's age: digits, or a number word up to eighteen."""
_NO_ARTICLE = r"(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )"
"""No article before the age: 'nine-year-old NAME' names a child, 'the 27-year-old Scot' and 'a 49-year-old NAME
plant' a nationality or a thing."""
_YEAR_OLD = re.compile(rf"{_NO_ARTICLE}\b{_AGE}-year-old ([{_UP}][{_LOW}]+)\b")
"""An age before one capitalised word ('nine-year-old NAME'); what follows is read apart (:func:`_year_old_at`)."""
_YEAR_OLD_BEFORE = re.compile(rf"{_NO_ARTICLE}\b{_AGE}-year-old $")
"""The age of :data:`_YEAR_OLD` right before a word."""
_NAME_GOES_ON = re.compile(rf"(?:,? |-)[{_UP}]| ([a-z]+)")
"""A capitalised word after the word (a longer name, or a place's state), or a lower-case word, which
:func:`_year_old_at` reads for a noun of a person ('a 26-year-old Berlin man': a place's)."""
_REACH = 24
"""The most characters read before a word for its age (bounded: linear time)."""
_NOT_FIRST = (
    KIN
    | ROLE_NOUNS
    | TITLE_WORDS
    | MONTHS_DAYS
    | MONTH_ABBREVIATIONS
    | NUMBER_WORDS
    | word_set("mum mam mom dad nan nana gran granny grandma grandpa")
)
"""Lower-cased words that are no first name though capitalised ('nine-year-old Mum', 'Sept')."""


def _may_be_first(word: str) -> bool:
    """``word`` may be a first name: at least three letters, the rest in lower case, no noun of kin or role."""
    return len(word) >= 3 and word.isalpha() and word[1:].islower() and word.lower() not in _NOT_FIRST


def aged_first_names(sentence: str) -> list[str]:
    """The lone first names of ``sentence`` that an age before them marks as a child's ('nine-year-old NAME')."""
    return [m.group(1) for m in _YEAR_OLD.finditer(sentence) if _year_old_at(sentence, m.start(1), m.group(1))]


def aged_at(para: str, at: int, name: str) -> bool:
    """``name``, written at ``at`` of ``para``, is a lone first name an age marks (see :func:`aged_first_names`)."""
    return at >= 0 and " " not in name and _year_old_at(para, at, name)


def _year_old_at(para: str, at: int, name: str) -> bool:
    """``name`` at ``at`` of ``para`` follows an age ('nine-year-old NAME') and no other capitalised word nor a
    noun of a person follows it ('a 31-year-old NAME volunteer': a word that qualifies the noun)."""
    if not _may_be_first(name) or not _YEAR_OLD_BEFORE.search(para, max(0, at - _REACH), at):
        return False
    after = _NAME_GOES_ON.match(para, at + len(name))
    return after is None or (after.group(1) is not None and after.group(1) not in PERSON_HEADS)


def aged_person(para: str, at: int, name: str, seen: Iterable[tuple[int, str]]) -> str | None:
    """``name`` when it is a lone first name an age marks (:func:`aged_at`) and no name noted so far (``seen``:
    sentence and name) opens with it ('NAME SURNAME ... NAME, 66, took it over': that person); else None."""
    if not aged_at(para, at, name) or any(full.split()[0] == name for _, full in seen):
        return None
    return name
