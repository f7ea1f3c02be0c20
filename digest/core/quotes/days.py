"""A day of the week is never part of a person's name: 'said Ellen Ware Monday', 'Early Friday Ellen Ware told',
'Thursday Ellen Ware said' name Ellen Ware (the day was read into the name, and the name with it as an
organisation); a speaker phrase is cut at the day, on the side away from the name."""

from __future__ import annotations

from digest.core.lexicon import ORG_WORDS, PERIOD_WORDS, TITLE_WORDS, word_set
from digest.core.quotes.gender import first_name_lean
from digest.core.quotes.tokens import WORD, Tok

DAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
_DAY_LEADS = word_set("early late last next this on by since until from before after")
"""Words of time before a day that opens a phrase ('Late Friday', 'By Tuesday')."""
_DAY_EPITHETS = word_set("super good black holy ash easter cyber shrove palm maundy fat boxing giving blue bloody")
"""Words that make a day part of a name of its own ('Super Tuesday', 'Good Friday', 'Bloody Sunday')."""
_NOT_NAMES = PERIOD_WORDS | word_set("times post mail herald express telegraph star sun mirror world independent")
"""Words of time and of newspapers' names after a day ('Monday Night', 'Sunday Herald')."""


def past_day(tokens: list[Tok], start: int, end: int) -> tuple[int, int]:
    """``tokens[start:end]`` without a day of the week opening it (with a word of time before it: 'Late Friday
    Ellen Ware', a first name or a title after it) or closing it after a capitalised word (with a part of the day
    after it: 'Ellen Ware Monday night'); the phrase unchanged otherwise ('a poll released Friday', 'Sunday Times',
    'Good Friday')."""
    for d in range(start, min(end, start + 2)):
        if _day(tokens, d) and (d == start or tokens[start].norm in _DAY_LEADS) and _person_after(tokens, d + 1, end):
            return d + 1, end
    last = end - 1
    while last > start and tokens[last].norm in PERIOD_WORDS and not tokens[last].is_cap:
        last -= 1
    before = tokens[last - 1] if last > start else None
    if before is not None and _day(tokens, last) and before.is_cap and before.norm not in _DAY_EPITHETS:
        return start, last  # not 'a poll released Friday': a day after a lower-case word says when, in a description
    return start, end


def _day(tokens: list[Tok], k: int) -> bool:
    t = tokens[k]
    return t.kind is WORD and t.is_cap and t.norm in DAYS


def _person_after(tokens: list[Tok], k: int, end: int) -> bool:
    """A first name or a title opens the rest of the phrase ('Friday Ellen Ware', 'Monday Sen. NAME'; not 'Sunday
    Times', a newspaper's name)."""
    t = tokens[k] if k < end else None
    if t is None or t.kind is not WORD or not t.is_cap:
        return False
    return first_name_lean(t.norm) is not None or t.norm.rstrip(".") in TITLE_WORDS or _two_name_words(tokens, k, end)


def _two_name_words(tokens: list[Tok], k: int, end: int) -> bool:
    """Two or three capitalised words, none a word of organisations or of time, close the phrase ('Odile
    Brantley'; not 'Sunday Business Post', 'Monday Night Football')."""
    words = tokens[k:end]
    return 2 <= len(words) <= 3 and all(
        t.kind is WORD and t.is_cap and t.norm not in ORG_WORDS and t.norm not in _NOT_NAMES for t in words
    )
