"""Person names written in a sentence's own words: candidates for pronouns and misspelt surnames."""

from __future__ import annotations

import re

from digest.core.lexicon import (
    ADVERBIAL_OPENERS,
    ADVERBS,
    LEAD_WORDS,
    MONTHS_DAYS,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PARTY_MEMBERS,
    SENTENCE_OPENERS,
    TITLE_WORDS,
    word_set,
)
from digest.core.quotes.tokens import QUOTE, Tok

_NAME_WORD = r"(?:(?:Ma?c|D[aei]|L[ae]|Van|Von)[A-Z][a-z]+|[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)"
"""A capitalised name word, also with a capital inside after a prefix ('MacAskill', 'McKenna', 'DeShawn')."""
_NAME_RUN = re.compile(rf"(?=[A-Z])\b({_NAME_WORD})\s+({_NAME_WORD})\b")

_NOT_NAME_ENDS = word_set(
    """agreement council nations states forces party court house affairs news times post street media group
    press agency ministry army union league kingdom republic emirates arabia east west north south road
    square airport station river sea ocean island islands city county district province region university
    school college hospital center centre museum park bridge tower hall building office company bank"""
)


_FUNCTION_WORDS = word_set(
    """the a an to of by into onto over than that who whom whose is are was were be been has have had do does did
    would could should might must not no yes my your our his her their its it he she they we you i"""
)
_NOT_NAME_STARTS = LEAD_WORDS | ADVERBS | SENTENCE_OPENERS | ADVERBIAL_OPENERS | NOT_NAME_WORDS | _FUNCTION_WORDS
"""Capitalised words that open a sentence or a phrase but never a person's name: 'What Reed said', 'In Salem'."""
_NOT_NAME_WORDS = TITLE_WORDS | ORG_WORDS | MONTHS_DAYS | PARTY_MEMBERS
_PLACE_STARTS = word_set("north south east west new san santa los las saint fort port lake mount")


_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_HONORIFIC_NAME = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?|Miss|Professor) [A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\b(?! [A-Z])"
)
"""'Mr. Reed', 'Ms Berg', 'Dr Lund', 'Professor Ide': an honorific or a doctor's title and a surname name a person as
surely as two capitalised words (British and Irish style writes them without a full stop)."""
_HONORIFIC_LETTERS = frozenset("MDP")
HONORIFICS = ("Mr.", "Mrs.", "Ms.", "Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Dr.", "Prof ", "Prof.", "Professor ")
"""How a name that is an honorific or a doctor's or professor's title and a surname starts: a person's."""
_BARE_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor"})


def bare_title_surname(name: str) -> str | None:
    """The surname of a title written without a full stop and a surname ('Ms Berg', 'Professor Ide'), else None:
    such a name is the person a full name written before names, as a speaker's title is ('Ms. Berg' stays as
    written)."""
    title, _, surname = name.rpartition(" ")
    return surname if title in _BARE_TITLES else None


_RANKS = ("Lord", "Lady", "Sir", "Dame", "Prince", "Princess", "King", "Queen")
_RANK_NAME = re.compile(rf"\b(?:{'|'.join(_RANKS)}) [A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\b(?! [A-Z])")
"""'Lord Reed', 'Princess Ana': a title of rank before one name names a person as an honorific does."""


def _person_names(sentence: str) -> list[str]:
    """Two-word capitalised runs that look like people's names, and an honorific before a surname ('Mr. Reed'),
    outside quotation marks (a lead word such as 'As' or 'Later' before a name is not part of it)."""
    names = [m.group() for m in _HONORIFIC_NAME.finditer(sentence)] if _HONORIFIC_LETTERS.intersection(sentence) else []
    if any(rank in sentence for rank in _RANKS):
        names.extend(m.group() for m in _RANK_NAME.finditer(sentence))
    pos = 0
    while (m := _NAME_RUN.search(sentence, pos)) is not None:
        first, last = m.groups()
        pos = m.end()
        low, last_low = first.lower(), last.lower()
        if low in _PLACE_STARTS:
            continue  # 'South Carolina', 'New Hampshire', 'San Diego'
        if low in _NOT_NAME_STARTS or low in _NOT_NAME_WORDS:
            pos = m.start(2)  # 'Later John Smith', 'Secretary of State Hillary Clinton': the name starts later
            if low in _NOT_NAME_STARTS and not _CAPITAL_NEXT.match(sentence, m.end()):
                names.append(last)  # 'Both Reed and ...': a lone surname (kept if the article named it in full)
            continue
        if last_low in _NOT_NAME_WORDS or last_low in _NOT_NAME_ENDS:
            continue
        before = sentence[max(0, m.start() - 5) : m.start()].lower()
        if before.endswith(("the ", "of ", "in ", '"', "“")):
            continue
        names.append(f"{first} {last}")
    return names


def names_outside_quotes(para: str, tokens: list[Tok], quoted: bool = True) -> list[str]:
    """Person names written in a sentence's own words (a name inside a quotation is not a candidate speaker);
    ``quoted`` False says the sentence holds no quotation token, which spares looking for one."""
    names: list[str] = []
    first = 0  # the first token of the stretch of words before the next quotation
    for q in [k for k, t in enumerate(tokens) if t.kind is QUOTE] if quoted else ():
        if q > first:
            names.extend(_person_names(para[tokens[first].start : tokens[q].start]))
        first = q + 1
    if first < len(tokens):
        names.extend(_person_names(para[tokens[first].start : tokens[-1].end]))
    return names
