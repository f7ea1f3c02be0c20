"""Credit lines: a short paragraph of a dash and a name under a quotation ('— Hal Brenner, Oslo') names its
speaker, as under a testimonial, an epigraph or a pull quote."""

from __future__ import annotations

import re

from digest.core.quotes.tokens import WORD, Tok, tokenize

_CREDIT = re.compile(r"\s*(?:[\u2013\u2014\u2015]|--?(?=\s))\s*(?=[A-Z])(?P<who>[^\"“”«»\n]{1,80})")
"""A dash, then a capitalised phrase with no quotation mark, to the paragraph's end."""
_MOST_CREDIT_WORDS = 8
_SENTENCE_END = re.compile(r"[!?]|\w{3,}\.\s*$|\.\s+[a-z]")
"""A credit is no sentence: no '!' or '?', no full stop after a word (an initial's 'M.' may end it)."""


def credit_name(para: str) -> tuple[list[Tok], int, int] | None:
    """The tokens of a credit-line paragraph and the span of its name (before a comma: '— Greta Moll, Oslo');
    None when the paragraph is not a credit line."""
    match = _CREDIT.fullmatch(para.rstrip())
    if match is None:
        return None
    who = match.group("who")
    if len(who.split()) > _MOST_CREDIT_WORDS or _SENTENCE_END.search(who):
        return None
    tokens = tokenize(para, match.start("who"), len(para), [])
    end = next((k for k, t in enumerate(tokens) if t.text in ",;(/|"), len(tokens))
    if end == 0 or any(t.kind is not WORD or not t.is_cap for t in tokens[:end] if t.text not in ".*"):
        return None
    return tokens, 0, end
