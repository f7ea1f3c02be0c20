"""A phrase fronted in a clause said without 'that' ('said since the merger, every depot opens at six', 'said
within a week they were selling'): where the clause opens at its preposition."""

from __future__ import annotations

from digest.core.lexicon import PERSON_PRONOUNS, word_set
from digest.core.quotes.clause_shape import FINITE_WORDS, finite_clause
from digest.core.quotes.tokens import WORD, Tok
from digest.core.speech_verbs import SAY_TELL

_FRONTED_PREPOSITIONS = word_set("under with without after before during since until from for by despite unless")
"""Prepositions whose phrase, set off by a comma after 'said', may open what was said."""
_FRONTED_MAX = 8
"""The most words from the preposition to the comma or the subject after its phrase."""


def fronted_phrase(tokens: list[Tok], k: int, hi: int, verb: Tok) -> bool:
    """A phrase fronted in a clause without 'that': a preposition, a few plain words (no verb, no 'that'), a comma,
    then a finite clause ('said since the merger, every depot opens at six', 'said after the storm, the
    pier was closed'), right after 'say', or, for :data:`_CLAUSE_PREPOSITIONS`, a subject pronoun and a finite verb
    with no comma ('said within a week they were selling'); 'said with a smile' or 'said after the vote, adding ...'
    open no clause."""
    if k >= hi or verb.norm not in SAY_TELL or tokens[k].norm not in _FRONTED_PREPOSITIONS | _CLAUSE_PREPOSITIONS:
        return False
    for j in range(k + 1, min(hi - 1, k + _FRONTED_MAX)):
        t = tokens[j]
        if t.text == ",":
            return j > k + 1 and not tokens[j + 1].is_cap and finite_clause(tokens, j + 1, hi)
        if j > k + 1 and tokens[k].norm in _CLAUSE_PREPOSITIONS and t.norm in PERSON_PRONOUNS:
            # 'said within a week they were', no comma (not 'it' or 'you', maybe the phrase's object); not 'said by
            # phone she was' (the means of saying)
            return not any(w.norm in _MEANS for w in tokens[k + 1 : j]) and finite_clause(tokens, j, hi)
        if t.kind is not WORD or t.norm in FINITE_WORDS or t.norm == "that":
            return False
    return False


_CLAUSE_PREPOSITIONS = word_set("within by until since despite unless")
"""Prepositions whose phrase, right after 'said' and before a subject pronoun with no comma, opens what was said
('said within a week they were selling', 'told me by then she had left'), not when or how it was said ('said on
Monday he would', 'said after the vote she was', read as an inserted phrase)."""
_MEANS = word_set("phone telephone email e-mail text letter video link post radio satellite message")
"""Means of saying after 'by' ('said by phone', 'told us by email'): no part of what was said."""
