"""Shapes of the subject before a verb of speech that the plain noun-phrase reader does not take: an age set off
by commas after a name or role, 'went on to say' (the subject stands before 'went'), and 'paid tribute to' as a
verb of praising in quoted words. Moved out of :mod:`digest.core.quotes.attribution` to keep it small."""

from __future__ import annotations

from digest.core.lexicon import ARTICLES, LEAD_WORDS, MONTHS_DAYS, POSSESSIVES, word_set
from digest.core.quotes.main_clause import AGE_WORDS
from digest.core.quotes.speakers import np_left
from digest.core.quotes.tokens import QUOTE, WORD, Tok

_OPENING_WORDS = ARTICLES | LEAD_WORDS | POSSESSIVES


def aged_subject(tokens: list[Tok], v: int, lo: int) -> tuple[int, int] | None:
    """'Margaret Oakes, 81, who uses the bus, said: "..."', 'The chef, 58, says: "..."': a name or a role opening
    the sentence, an age between commas ('now 58' too), then a description set off by commas before the verb."""
    n = start = lo
    while n < v and tokens[n].kind is WORD and tokens[n].is_cap:
        n += 1
    if n == lo or n < v and tokens[n].text != ",":
        n = next((c for c in range(lo, v) if tokens[c].text == ","), v)
        role = np_left(tokens, n, lo) if n > lo else None
        if role is None or role[1] != n or any(t.norm not in _OPENING_WORDS for t in tokens[lo : role[0]]):
            return None
        start = role[0]
    age = n + 2 if n + 2 < v and tokens[n + 1].norm in AGE_WORDS else n + 1
    if age + 1 >= v or tokens[n].text != "," or not tokens[age].text.isdigit() or tokens[age + 1].text != ",":
        return None
    if tokens[v - 1].text != "," or any(
        t.kind is QUOTE or t.text in (";", ":") or t.norm == "and" for t in tokens[n:v]
    ):
        return None  # 'NAME, 45, and NAME, 44, ... said': two speakers
    return None if any(t.norm in MONTHS_DAYS for t in tokens[lo:n]) else (start, n)


_GOING_ON = word_set("went goes go going gone")
"""Forms of 'go' in 'went on to say': the speaker continues."""


def went_on_head(tokens: list[Tok], v: int, lo: int) -> int:
    """Where the verb whose subject speaks stands for a verb of speech at ``v``: at 'went' in 'went on to say'
    (the subject, 'The email', stands before 'went'), else at ``v``."""
    if v - 3 >= lo and tokens[v - 1].norm == "to" and tokens[v - 2].norm == "on" and tokens[v - 3].norm in _GOING_ON:
        return v - 3
    return v


_PAID = word_set("paid pays pay paying")


def paid_tribute(tokens: list[Tok], v: int, lo: int) -> bool:
    """'tribute' at ``v`` after a form of 'pay' ('paid tribute to NAME as "A"', 'paid tribute to NAME's "A"'): a
    verb of praising in quoted words, as 'praised' is."""
    return tokens[v].norm == "tribute" and v - 1 > lo and tokens[v - 1].norm in _PAID
