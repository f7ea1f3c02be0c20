"""An adverb between a verb of speech and its clause ('said later that A', 'said again that A', 'said earlier the
plan had failed'): when or how it was said, not the first word of what was said."""

from __future__ import annotations

from digest.core.lexicon import ADVERBS, word_set
from digest.core.quotes.clause_shape import SUBJECT_DETERMINERS, finite_clause, is_pronoun, past_clause
from digest.core.quotes.tokens import WORD, Tok
from digest.core.speech_verbs import LOOSE_VERBS

_BEFORE_THAT = (ADVERBS - word_set("this on last first today yesterday tonight")) | word_set("now too afterwards")
"""Adverbs of time, repetition and manner that may stand between a verb of speech and 'that' ('said later that',
'says now that', 'said only that', 'said too that'), without the day words a time adverbial reads."""
_LATER = word_set("later earlier")
"""Time adverbs that may also open the clause's subject as adjectives ('said earlier reports were wrong'): skipped
before a clause only when a pronoun, a determiner or a capitalised word opens its subject."""
_TIME_OPENERS = word_set("this last next today tonight yesterday in on")
"""Words after 'later'/'earlier' that go on with a time ('earlier this week', 'later on Monday')."""
_LY_MIN = 6
"""The shortest word in -ly read as an adverb ('openly'; not 'only', listed, nor 'holy')."""
_NOT_ADVERBS = word_set("family rally supply reply assembly italy ally belly jelly holy")
"""Words in -ly that are no adverbs."""


def _adverb(t: Tok) -> bool:
    """A lower-case adverb that may stand before 'that' ('later', 'again', 'repeatedly', 'privately')."""
    if t.kind is not WORD or t.is_cap:
        return False
    return t.norm in _BEFORE_THAT or (t.norm.endswith("ly") and len(t.norm) >= _LY_MIN and t.norm not in _NOT_ADVERBS)


def adverb_clause_start(tokens: list[Tok], i: int, hi: int, verb: Tok) -> int | None:
    """Where the clause opens after an adverb right after the verb (``tokens[i]``): at 'that' ('said later that A',
    'said repeatedly that A': the caller reads what follows it), or, after 'later'/'earlier', at a subject opened
    by a pronoun, a determiner or a capitalised word before a finite or past verb ('said later the mill would',
    'said earlier she had'), after the verbs that take a clause without 'that'; else None."""
    if i + 1 >= hi or not _adverb(tokens[i]):
        return None
    nxt = tokens[i + 1]
    if nxt.norm == "that":
        return i + 1
    if verb.norm not in LOOSE_VERBS or tokens[i].norm not in _LATER:
        return None
    if nxt.norm in _TIME_OPENERS:
        return None  # 'said earlier this week Ireland were ...': a time phrase, read elsewhere
    if is_pronoun(nxt) or nxt.norm in SUBJECT_DETERMINERS or nxt.is_cap:
        return i + 1 if finite_clause(tokens, i + 1, hi) or past_clause(tokens, i + 1, hi) else None
    return None
