"""A bare quotation that answers the one before it by taking up its words: the other person's turn of a dialogue.

Features write two people talking without naming each turn::

    "We're selling the boat," says one.
    "We are not selling the boat."         <- the other: the same words, denied
    "He'd lose his own shadow," one says of his brother.
    "I would not."                          <- the other: a subject and an auxiliary, the rest understood

A short quotation that repeats every word that carries meaning of the last sentence quoted before it (and is
not the same sentence), or that is only a subject and an auxiliary ('I would not.', 'It is!', 'No, we didn't.'),
replies to it: one speaker does not contradict or echo himself in a new paragraph.
"""

from __future__ import annotations

import re

from digest.core.lexicon import word_set

_MOST_WORDS = 8
"""The most words of a reply read as an echo (a longer quotation is a speech of its own); twice as many for one that
speaks to someone ('you', 'your')."""
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_FUNCTION_WORDS = word_set(
    """a an the i me my we us our you your he him his she her it its they them their this that these those and or
    but so of to in on at for with by from as is am are was were be been being do does did have has had will would
    shall should can could may might must not no yes well oh very really just too also all any some what who"""
)
"""Words that carry no meaning of their own for an echo (a subset of sumy's stop words, kept here so that the quote
engine does not load sumy)."""
_ELLIPTICAL = re.compile(
    r"^(?:(?:no|yes|well|oh)\W+)?(?:i|we|you|he|she|it|they|that)\W*(?:['’](?:m|re|s|d|ve|ll)|am|are|is|was|were|do"
    r"|does|did|have|has|had|will|would|can|could|should|shall|must|might|won['’]t|wouldn['’]t|can['’]t"
    r"|couldn['’]t|didn['’]t|don['’]t|doesn['’]t|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|haven['’]t|hasn['’]t"
    r"|hadn['’]t|shouldn['’]t)(?:\W+not)?\W*$",
    re.IGNORECASE,
)
"""A subject and an auxiliary alone, maybe denied ('I would not.', 'It is!', 'No, we didn't.')."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def echoes(reply: str, before: str, addressed: bool = False) -> bool:
    """``reply`` (a bare quotation's words, at most :data:`_MOST_WORDS`, twice as many when ``addressed``: it
    speaks to someone) answers ``before`` (the last quotation's words) by taking up its words: see the module."""
    reply = reply.strip().strip("\"'“”‘’ ")
    words = _WORD.findall(reply.lower())
    if not words or len(words) > (2 * _MOST_WORDS if addressed else _MOST_WORDS):
        return False
    if _ELLIPTICAL.match(reply):
        return True
    sentences = [s for s in _SENTENCE_END.split(before.strip().strip("\"'“”‘’ ")) if s.strip()]
    if not sentences:
        return False
    last = _WORD.findall(sentences[-1].lower())
    meant = {w for w in last if w not in _FUNCTION_WORDS and "'" not in w and "’" not in w}  # not "we're", "didn't"
    return bool(meant) and meant <= set(words) and words != last
