"""'it' in a relative clause on the object is the document that opens the sentence.

'The review praised the ward's records, which it described as "exemplary", and said ...': the words 'which it
described as' sit in a relative clause on the object ('the ward's records'), and 'it' takes up the sentence's
subject, the document that praised them ('The review', 'The council's annual audit'), not the last organisation
named before (a trust, a board). The subject is a definite phrase opening the sentence whose last word is a noun of
a document (``DOCUMENT_NOUNS``); any other subject, or a pronoun other than 'it', is left to the pronoun rules.
"""

from __future__ import annotations

from digest.core.lexicon import DOCUMENT_NOUNS, PREPOSITIONS_IN_NP, word_set
from digest.core.quotes.cue import Attribution
from digest.core.quotes.tokens import WORD, Tok

_SUBJECT_WORDS = 6
"""The most words of the document phrase opening the sentence ('The council's annual audit of the ward')."""
_OPENERS = word_set("the its their this that")


def document_it(tokens: list[Tok], who: Attribution, lo: int = 0) -> Attribution | None:
    """The document phrase opening the sentence that 'it' right after ', which' (``who``) takes up; None for any
    other shape."""
    k = who.start
    if who.end != k + 1 or tokens[k].norm != "it" or k - 2 <= lo:
        return None
    if tokens[k - 1].norm != "which" or tokens[k - 2].text != ",":
        return None
    if tokens[lo].norm not in _OPENERS:
        return None
    for end in range(lo + 1, min(k, lo + _SUBJECT_WORDS + 1)):
        t = tokens[end]
        if t.kind is not WORD or t.is_cap or t.norm in PREPOSITIONS_IN_NP:
            return None
        if t.norm in DOCUMENT_NOUNS and _verb_follows(tokens, end + 1, k):
            return Attribution(lo, end + 1, "document-it")
    return None


def _verb_follows(tokens: list[Tok], end: int, k: int) -> bool:
    """The phrase ending at ``end`` is the subject: a past-tense or present verb follows it ('The review praised',
    'The report, published on Monday, praised' is left alone)."""
    return end < k and tokens[end].kind is WORD and tokens[end].norm.endswith(("ed", "s"))
