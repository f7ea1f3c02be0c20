"""Sentences that lead in to a quotation standing alone after them: who says the quotation."""

from __future__ import annotations

from collections.abc import Callable

from digest.core.quotes.cue import Attribution
from digest.core.quotes.scene import RECALLING
from digest.core.quotes.speakers import np_left
from digest.core.quotes.tokens import WORD, Tok
from digest.core.speech_verbs import MANNER_VERBS

_PERSON_PRONOUNS = frozenset({"he", "she"})
_MANNER_OR_GESTURE = MANNER_VERBS | RECALLING
"""'Garside laughed.', 'Told this, Garside laughs.', 'Garside shrugs.': a manner of speaking, a gesture, a pause."""


def manner_sentence(tokens: list[Tok], known_person: Callable[[str], bool]) -> Attribution | None:
    """'Garside laughed.', 'Asked about the fee, Garside laughed.': a sentence whose subject, a person the article
    named before (``known_person`` of the phrase's last word) or 'he'/'she', ends it with a verb of manner
    (laughed, sighed, groaned) or a gesture ('Told this, Garside laughs.', 'shrugs'), before a quotation alone,
    names who says it; the subject opens the sentence or follows a fronted clause's comma. A group, a place or an
    animal ('The audience laughed.', 'Harbour Park roared.', 'Biscuit barked.') names no one, nor an object's
    clause ('the moment her son first laughed.')."""
    if len(tokens) < 3 or tokens[-1].text != ".":
        return None
    verb = tokens[-2]
    if verb.kind is not WORD or verb.is_cap or verb.norm not in _MANNER_OR_GESTURE:
        return None
    found = np_left(tokens, len(tokens) - 2, 0)
    if found is None or (found[0] > 0 and tokens[found[0] - 1].text != ","):
        return None
    last = tokens[found[1] - 1]
    if not (last.norm in _PERSON_PRONOUNS or (last.is_cap and known_person(last.text))):
        return None
    return Attribution(found[0], found[1], "manner")
