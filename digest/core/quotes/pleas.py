"""A defendant's plea in a court report: 'NAME, 52, of Quarry Row, admitted leaving the scene', 'NAME, 41,
denied two counts of theft'. The name with an age set off by commas is the court report's formula for a defendant,
and what follows 'admitted' or 'denied' is the charge, not words the defendant said."""

from __future__ import annotations

from digest.core.lexicon import word_set
from digest.core.quotes.tokens import WORD, Tok

_PLEA_VERBS = word_set("admitted admits admit denied denies deny")
_SUBJECT_REACH = 14
_AGE_MAX = 120


def court_plea(tokens: list[Tok], v: int) -> bool:
    """The verb at ``v`` ('admitted', 'denied') follows a capitalised name and an age between commas ('Pat Roe, 52,'
    or 'Pat Roe, 52, of Quarry Row, Hexton,'), with nothing but words and commas up to the verb."""
    if tokens[v].norm not in _PLEA_VERBS or v < 1 or tokens[v - 1].text != ",":
        return False
    for k in range(v - 1, max(2, v - _SUBJECT_REACH), -1):
        t = tokens[k]
        if t.kind is not WORD and t.text != "," and not _age(t):
            return False
        if t.text == "," and _age(tokens[k - 1]) and tokens[k - 2].text == "," and tokens[k - 3].is_cap:
            return True
    return False


def _age(t: Tok) -> bool:
    return t.text.isdigit() and 0 < int(t.text) < _AGE_MAX
