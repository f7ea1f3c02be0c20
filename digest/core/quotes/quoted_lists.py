"""A list of quotations in a title's capitals after a colon ('the routes they ran: "Quay via Mill Lane", "Depot",
"Not In Service"'): names or labels set out one after another, no one's words."""

from __future__ import annotations

from digest.core.quotes.titles import title_cased
from digest.core.quotes.tokens import QUOTE, WORD, Tok

_JOINERS = frozenset({",", "and", "or"})
_LIST_MIN = 2


def named_list(tokens: list[Tok], qi: int, hi: int) -> bool:
    """The quotation ``tokens[qi]`` opens a list of two or more quotations joined by commas, 'and' or 'or' and
    nothing else up to the sentence's end, every one in a title's capitals; a single quotation after a colon
    ('the board was blunt: "No Deal"') is no list."""
    count = 0
    k = qi
    while k < hi:
        t = tokens[k]
        if t.kind is QUOTE:
            if not title_cased(t.text.strip("\"“”'‘’«» .,;:!?")):
                return False
            count += 1
        elif (
            t.kind is WORD and t.norm not in _JOINERS or t.kind is not WORD and t.text not in _JOINERS | {".", "!", "?"}
        ):
            return False
        k += 1
    return count >= _LIST_MIN
