"""Where the search for a quoted fragment's cue stops: a verb inside a relative clause closed before the fragment, or
a new clause opened after a coordinator (split off ``attribution``)."""

from __future__ import annotations

from digest.core.lexicon import ARTICLES, PRONOUNS, word_set
from digest.core.quotes.main_clause import RELATIVE_CLAUSE_MAX
from digest.core.quotes.tokens import QUOTE, WORD, Tok


def new_clause(tokens: list[Tok], k: int, qi: int) -> bool:
    """'X said a few words, and when the treasurer began on "A," the hall dozed': a comma, a coordinator and a
    subordinator opening a clause with a subject of its own stand before the fragment: a verb of speech before them
    is not its cue."""
    if tokens[k].text != "," or k + 3 >= qi or tokens[k + 1].norm not in ("and", "but"):
        return False
    sub, first = tokens[k + 2], tokens[k + 3]
    return sub.norm in _CLAUSE_OPENERS and (first.is_cap or first.norm in ARTICLES) and first.norm not in PRONOUNS


_CLAUSE_OPENERS = word_set("as while when")


def in_closed_relative(tokens: list[Tok], lo: int, v: int, qi: int) -> bool:
    """The verb ``tokens[v]`` stands in a relative clause set off by commas (', whom the minister praised,') that
    closes before the quotation: the fragment belongs to the clause around it, not to the relative's verb."""
    close = next((c for c in range(v + 1, qi) if tokens[c].text == ","), None)
    if close is None or tokens[close + 1].kind is not WORD:
        return False  # 'NAME, who said of the new pier, "A"': the relative's verb introduces the quotation
    for b in range(v - 1, max(lo, v - RELATIVE_CLAUSE_MAX) - 1, -1):
        t = tokens[b]
        if t.kind is QUOTE:
            return False
        if t.text == ",":
            return b + 1 < v and tokens[b + 1].norm in _RELATIVE_OPENERS
    return False


_RELATIVE_OPENERS = word_set("who whom which")


_APPOSITIVE_REACH = 4
"""The most words of a noun phrase set off by a comma before a relative clause's subject (', a plan that')."""


def subject_of_apposed_relative(tokens: list[Tok], start: int) -> bool:
    """The phrase at ``tokens[start]`` is the subject of a relative clause in a noun phrase set off by a comma
    (', a proposal NAME described as "A"', ', a plan which NAME called "A"'): the writer's aside on what came
    before, not part of a reported clause it follows; its subject's words are the fragment."""
    k = start - 1
    if k >= 0 and tokens[k].norm in ("that", "which"):
        k -= 1
    for b in range(k, max(-1, k - _APPOSITIVE_REACH), -1):
        t = tokens[b]
        if t.kind is not WORD or t.is_cap:
            return False
        if t.norm in ARTICLES:
            return b > 0 and tokens[b - 1].text == "," and b < k
    return False
