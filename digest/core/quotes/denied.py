"""A verb of speech that is denied, so that no one said what follows: 'X did not say whether A', 'X never said
A', 'At no point has the company said A' (a negative opening the sentence and an inverted auxiliary)."""

from __future__ import annotations

from digest.core.lexicon import COORDINATORS, NEGATIONS, PERFECT_AUXILIARIES, SUBJECT_RELATIVES, word_set
from digest.core.quotes.tokens import WORD, Tok


def denied(tokens: list[Tok], v: int, lo: int) -> bool:
    """A denied verb of speech: 'X did not say whether A', 'X never said A', "X hasn't said": no one said A."""
    if v - 1 >= lo and (tokens[v - 1].norm in NEGATIONS or tokens[v - 1].norm.endswith(("n't", "n’t"))):
        return True
    negative = _negative_opening(tokens, lo, v)
    return negative is not None and _inverted(tokens, negative, v)


def _negative_opening(tokens: list[Tok], lo: int, v: int) -> int | None:
    """Where the negative word opening the sentence is ('Never', 'Nowhere', 'Not once', 'At no point', 'In no
    way'; not 'Not only', 'No sooner', which affirm), else None."""
    k = lo + 1 if tokens[lo].norm in _NEGATED_PREPOSITIONS and lo + 1 < v else lo
    if tokens[k].norm not in _NEGATIVE_OPENERS or (k + 1 < v and tokens[k + 1].norm in _AFFIRMING):
        return None
    return k


_NEGATIVE_OPENERS = word_set("never nowhere not no nor neither")
_NEGATED_PREPOSITIONS = word_set("at in on under")
_AFFIRMING = word_set("only sooner until fewer less more doubt uncertain small wonder")
"""Words after a negative that affirm ('Not only has', 'No sooner had', 'Not until Thursday did', 'No fewer than
40 witnesses have said', 'No doubt the minister has said', 'In no uncertain terms did')."""
_SUBJECT_REACH = 7
_INVERTED_AUXILIARIES = PERFECT_AUXILIARIES | word_set("did does do will would could can should")


def _inverted(tokens: list[Tok], negative: int, v: int) -> bool:
    """'At no point has the company said A', 'Never did she say A', 'Nowhere in the filing does it say A': after
    the negative phrase, an auxiliary before the subject of the verb (inversion), all words without punctuation or
    a conjunction, the subject a few words long ('No one who has ...' is a relative clause: no inversion)."""
    if any(t.kind is not WORD or t.norm in COORDINATORS for t in tokens[negative:v]):
        return False
    for a in range(max(negative + 1, v - _SUBJECT_REACH), v - 1):
        if tokens[a].norm in _INVERTED_AUXILIARIES and not tokens[a].is_cap:
            return tokens[a - 1].norm not in SUBJECT_RELATIVES
    return False
