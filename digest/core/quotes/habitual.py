"""Remembered habitual speech inside a reported clause: 'NAME said he used to describe the boatyard as "the
loudest library in town"', 'NAME says Cedric used to describe the old pitch as "our little swamp"',
'NAME said Cedric always called the van "the engine"': the quoted words are the inner subject's, said again and
again before the teller reports them, not the teller's own."""

from __future__ import annotations

from digest.core.lexicon import word_set
from digest.core.quotes.cue import Attribution
from digest.core.quotes.speakers import np_left
from digest.core.quotes.tokens import Tok

HABITUAL = "habitual"
"""The cue kind of such a speaker: the teller's reported clause around it does not claim the quotation, nor does
the teller stand for its 'he' or 'she' (:mod:`quote_speakers`)."""
_HABIT_TO = frozenset({("used", "to"), ("liked", "to")})
"""A verb of habit and 'to' before the verb of saying ('used to say', 'liked to tell')."""
_HABIT_ADVERBS = word_set("always often")
"""An adverb of habit right before a past verb of saying ('always said', 'often called')."""


def habitual_speaker(tokens: list[Tok], v: int, lo: int) -> Attribution | None:
    """The subject of the verb of saying at ``tokens[v]`` when a habit stands right before the verb ('he used to
    describe it as "A"', 'Cedric always called the van "B"'), as a fragment's speaker; else None. The verb
    must be a past or bare form ('used to say', 'always said'): 'always says' is the teller's present habit and is
    read as before, and so is 'would say' (a future in the past as often as a habit)."""
    at = _habit_start(tokens, v, lo)
    if at is None:
        return None
    found = np_left(tokens, at, lo)
    return Attribution(found[0], found[1], HABITUAL) if found is not None else None


def _habit_start(tokens: list[Tok], v: int, lo: int) -> int | None:
    """Where the habit before the verb at ``v`` starts ('used' of 'used to say', 'always' of 'always said')."""
    if v - 2 > lo and (tokens[v - 2].norm, tokens[v - 1].norm) in _HABIT_TO:
        return v - 2
    if v - 1 > lo and tokens[v - 1].norm in _HABIT_ADVERBS and not tokens[v].norm.endswith("s"):
        return v - 1
    return None
