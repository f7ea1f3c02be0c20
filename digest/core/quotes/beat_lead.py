"""'"A," NAME says. Then, after a pause: "B"': a sentence that is only a beat of the scene (a connective, a phrase of
manner, time or address) and a colon before a quotation goes on with the last speaker; no one new speaks."""

from __future__ import annotations

from digest.core.lexicon import word_set
from digest.core.quotes.tokens import WORD, Tok

_BEAT_OPENERS = word_set("then later and finally afterwards again next still")
"""Connectives that open a beat of a scene ('Then,', 'Later,', 'And then,')."""
_BEAT_WORDS = word_set(
    """then later and finally afterwards again next still after a an the long short brief pause silence moment beat
    while to me us him her them with grin smile laugh shrug sigh quietly softly gently louder softer more firmly
    almost under his her their breath"""
)
"""Words of a beat: a pause, a gesture, a manner, to whom ('after a pause', 'to me, quietly', 'with a grin')."""
_BEAT_MAX = 8


def beat_lead(tokens: list[Tok], qi: int) -> bool:
    """The words before the quotation ``tokens[qi]`` are a beat and a colon ('Then, after a pause:', 'Then, to me,
    quietly:', 'Later, with a grin:'): a connective opens them, every word is one of a pause, a gesture, a manner or
    an addressee, at most eight, and the quotation closes the sentence."""
    if qi < 2 or tokens[qi - 1].text != ":" or any(t.kind is WORD for t in tokens[qi + 1 :]):
        return False
    words = [t for t in tokens[: qi - 1] if t.kind is WORD]
    if not words or len(words) > _BEAT_MAX or words[0].norm not in _BEAT_OPENERS:
        return False
    if any(t.kind is not WORD and t.text != "," for t in tokens[: qi - 1]):
        return False
    return all(t.norm in _BEAT_WORDS for t in words)
