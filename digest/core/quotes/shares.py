"""Shares of a group written as a speaker or a subject: 'Twenty-four percent', 'four in 10 voters', 'nine out of
10', 'half of respondents'."""

from __future__ import annotations

from digest.core.lexicon import NUMBER_WORDS, SHARE_WORDS
from digest.core.quotes.tokens import Tok


def share_word(words: list[Tok], i: int, end: int) -> bool:
    """``words[i]`` makes its phrase (which ends before ``end``) a share of a group: 'percent', '47%', 'half', 'in'
    in 'four in 10' or 'two in three', 'out' in 'nine out of 10'."""
    t = words[i]
    if t.norm in SHARE_WORDS or t.text.endswith("%"):
        return True
    after = words[i + 1] if i + 1 < end else None
    if after is None or i == 0:
        return False
    if t.norm == "in":  # 'four in 10', 'two in three', 'one in five'
        return after.norm in ("10", "ten") or (_count(words[i - 1]) and _count(after))
    return t.norm == "out" and after.norm == "of" and _count(words[i - 1])  # 'nine out of 10'


def _count(t: Tok) -> bool:
    """A number written in figures or words ('3', 'three', 'Two')."""
    return t.norm.isdigit() or t.norm in NUMBER_WORDS
