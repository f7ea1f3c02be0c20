"""Sentences that lead in to a quotation standing alone after them: who says the quotation."""

from __future__ import annotations

from digest.core.lexicon import MANNER_VERBS
from digest.core.quotes.cue import Attribution
from digest.core.quotes.speakers import np_left
from digest.core.quotes.tokens import WORD, Tok

_PERSON_PRONOUNS = frozenset({"he", "she"})


def manner_sentence(tokens: list[Tok]) -> Attribution | None:
    """'Garside laughed.', 'Asked about the fee, Garside laughed.': a sentence that ends with a named person's (or
    'he'/'she') verb of manner (laughed, sighed, groaned), before a quotation alone, names who says it; the
    subject is the phrase right before the verb, past any fronted clause. A group's laughter ('The audience
    laughed.') names no one: a quotation after it is rarely the group's."""
    if len(tokens) < 3 or tokens[-1].text != ".":
        return None
    verb = tokens[-2]
    if verb.kind is not WORD or verb.is_cap or verb.norm not in MANNER_VERBS:
        return None
    found = np_left(tokens, len(tokens) - 2, 0)
    if found is None:
        return None
    last = tokens[found[1] - 1]
    if not (last.is_cap or last.norm in _PERSON_PRONOUNS):
        return None
    return Attribution(found[0], found[1], "manner")
