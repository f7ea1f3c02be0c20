"""A name opening the sentence before its description speaks, not the description (split out of ``speakers.py``):
'NAME, a retired teacher in CITY, who runs a choir, said', 'NAME, an analyst at ORG in CITY told Reuters'."""

from __future__ import annotations

from digest.core.lexicon import (
    ADVERBIAL_OPENERS,
    DESCRIPTION_OPENERS,
    LEAD_WORDS,
    MONTHS_DAYS,
    NOT_NAME_WORDS,
    PREPOSITIONS_IN_NP,
    ROLE_NOUNS,
    SENTENCE_OPENERS,
    SUBJECT_RELATIVES,
    SUBORDINATORS,
    word_set,
)
from digest.core.quotes.gender import UNKNOWN, first_name_gender
from digest.core.quotes.phrase_words import STOP_CAPS as _STOP_CAPS
from digest.core.quotes.right_phrases import verb_like
from digest.core.quotes.tokens import WORD, Tok


def described_name(tokens: list[Tok], start: int, end: int, verb: int, lo: int, aside: bool) -> tuple[int, int] | None:
    """The name before the description that the speaker phrase ``start``-``end`` found before ``tokens[verb]``
    belongs to, past an inserted clause or an appositive no comma closes (not when the verb has a comma of its own,
    ``aside``); None when no such name opens the sentence."""
    inserted = end < verb and tokens[end].kind is not WORD
    comma = None if aside else _unclosed_appositive(tokens, end, lo)
    return (inserted and _described_name(tokens, start, lo)) or (
        _opening_name(tokens, comma, lo) if comma is not None else None
    )


def _unclosed_appositive(tokens: list[Tok], end: int, lo: int) -> int | None:
    """'NAME, an analyst at ORG in CITY told Reuters', 'NAME, the head of the harbour board told': the words before
    the verb are a role with a prepositional phrase opened after a comma that no comma closes, and a name of two or
    more capitalised words stands before that comma; the comma, else None (not 'Regardless, the State Department
    said'; 'Vale, a top aide said, is ...', where a comma follows the verb, is checked by the caller)."""
    c = next((k for k in range(end - 1, max(lo, end - _APPOSITIVE_WORDS) - 1, -1) if tokens[k].kind is not WORD), None)
    if c is None or c - 2 < lo or tokens[c].text != ",":
        return None
    words = tokens[c + 1 : end]
    if any(t.is_cap for t in words[:1]) or any(t.norm in _NOT_IN_APPOSITIVE or verb_like(t) for t in words):
        return None
    role = next((k for k, t in enumerate(words) if t.norm in ROLE_NOUNS and not t.is_cap), None)
    if role is None or not any(t.norm in PREPOSITIONS_IN_NP for t in words[role + 1 :]):
        return None
    name = tokens[c - 2 : c]
    return c if all(t.kind is WORD and t.is_cap and t.norm not in SENTENCE_OPENERS for t in name) else None


_APPOSITIVE_WORDS = 12
_NOT_IN_APPOSITIVE = SUBORDINATORS | SUBJECT_RELATIVES | word_set("and or but as")


_DESCRIPTION_WORDS = 15


def _described_name(tokens: list[Tok], start: int, lo: int) -> tuple[int, int] | None:
    """'Ann Berg, a retired teacher in Red Hollow, who runs a choir, said', 'X, the chief of Kelby Works -- the
    firm that ... -- told me': the phrase found past an inserted clause is an object inside the description of the
    name opening the sentence (a preposition or verb stands before it), or that description itself ('X, the head of
    the Kelby board in Maine, for example, said'): the name is the speaker."""
    before = tokens[start - 1] if start - 1 > lo else None
    if before is None or before.is_cap or (before.kind is not WORD and before.text != ","):
        return None
    c = start - 1
    while c > lo and c > start - _DESCRIPTION_WORDS and tokens[c].kind is WORD:
        c -= 1
    opener = tokens[c + 1]
    if tokens[c].text != "," or opener.is_cap or not (opener.norm in DESCRIPTION_OPENERS or opener.norm in ROLE_NOUNS):
        return None  # 'as Tom Reed, a judge, put it': the phrase after 'as' is the name itself
    return _opening_name(tokens, c, lo)


def _opening_name(tokens: list[Tok], c: int, lo: int) -> tuple[int, int] | None:
    """The run of capitalised words before the comma at ``c`` when it opens the sentence (after a lead word such
    as 'But' too), else None."""
    n = c
    while n - 1 >= lo and tokens[n - 1].kind is WORD and tokens[n - 1].is_cap and tokens[n - 1].norm not in LEAD_WORDS:
        n -= 1
    opens = n == lo or (n == lo + 1 and tokens[lo].norm in LEAD_WORDS)
    if n == c or not opens or _opens_phrase(tokens[n]) or any(t.norm in MONTHS_DAYS for t in tokens[n:c]):
        return None  # 'Earlier Tuesday, his campaign manager, NAME, says'
    return n, c


def _opens_phrase(tok: Tok) -> bool:
    """A capitalised word opening the sentence that opens a phrase before the subject, never a name: a
    preposition or a conjunction ('Beside NAME, a senior analyst at ORG told', 'Across New England, the head of
    the board told') or a word in -ing that is no first name ('Joining NAME, the head of the board told')."""
    norm = tok.norm
    if norm in _STOP_CAPS or norm in NOT_NAME_WORDS or norm in ADVERBIAL_OPENERS:
        return True
    return norm.endswith("ing") and len(norm) > 5 and first_name_gender(norm) == UNKNOWN
