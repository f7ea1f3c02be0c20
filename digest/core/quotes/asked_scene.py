"""The scene after a question put in quoted words: 'Asked about the "Harbour curse" — the club have lost six
there — the captain smiled. "A"', 'Asked about his nickname, "the Plumber", NAME laughed. "B"'."""

from __future__ import annotations

from digest.core.quotes.tokens import QUOTE, Tok
from digest.core.speech_verbs import ASKED

_BREAKS = frozenset({",", "—", "–"})
"""Marks that close the opening phrase of asking or an aside inside it."""


def answering_scene(lead_in: list[Tok]) -> list[Tok]:
    """The sentence ``lead_in`` as the scene rules read it: when a participle of asking opens it and the question
    quotes words, only the words after its last comma or dash, when they quote nothing (the one reacting there is
    the one asked, and answers in the quotation that follows); else the sentence itself."""
    if not lead_in or lead_in[0].norm not in ASKED or not any(t.kind is QUOTE for t in lead_in):
        return lead_in
    cut = max((k for k, t in enumerate(lead_in) if t.text in _BREAKS), default=-1)
    tail = lead_in[cut + 1 :]
    if cut < 0 or any(t.kind is QUOTE for t in tail):
        return lead_in
    return tail
