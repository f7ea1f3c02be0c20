"""A name whose clause an attribution interrupts is not the attribution's pronoun.

'Brask spoke next. Osterlund, he said, was "steering by guesswork".': the words 'he said' break into a clause whose
subject, 'Osterlund', is written just before them, so 'he' is someone else (Brask); a writer meaning Osterlund
would have written 'He was, he said, ...'. The same holds for 'Ms Hale, she told the hearing, had known' and
'Dr. Amsel, he added, was'. Not for a fronted topic the pronoun takes up ('As for Osterlund, he said he would go':
no comma after the verb, so the attribution does not interrupt anything).
"""

from __future__ import annotations

from digest.core.lexicon import THIRD_PERSON_PRONOUNS
from digest.core.quotes.cue import Attribution
from digest.core.quotes.tokens import Tok

_VERB_REACH = 4
"""Words between the pronoun and the comma closing the attribution ('he told reporters on Friday,')."""


def _name_start(tokens: list[Tok], end: int) -> int | None:
    """Start of the run of capitalised words ending at ``end`` (exclusive), a title's full stop included
    ('Dr. Amsel'); None when the word before ``end`` is not capitalised."""
    k = end
    while k > 0:
        before = tokens[k - 1]
        title_stop = before.text == "." and k >= 2 and tokens[k - 2].is_cap and len(tokens[k - 2].text) <= 4
        if not (before.is_cap or title_stop):
            break
        k -= 1
    return k if k < end else None


def interrupted_subject(tokens: list[Tok], who: Attribution) -> int | None:
    """Token index where the name begins whose clause ``who`` (a third-person pronoun) interrupts:
    'NAME, he said, VERB ...' gives NAME's first token; None for any other shape."""
    p = who.start
    if who.end - p != 1 or tokens[p].norm not in THIRD_PERSON_PRONOUNS or p < 2 or tokens[p - 1].text != ",":
        return None
    closing = [k for k in range(p + 2, min(p + 2 + _VERB_REACH, len(tokens))) if tokens[k].text == ","]
    if not closing or closing[0] + 1 >= len(tokens):
        return None  # 'As for Osterlund, he said he would go': nothing interrupted
    return _name_start(tokens, p - 1)
