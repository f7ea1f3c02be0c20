"""What stands between a speaker phrase and its verb and is no part of the phrase (split off ``speakers``): a
sentence adverb opening the clause ('Also, ...'), a passive of hearsay ('is said to have told'), a phrase naming
the medium of the words ('NAME in a statement said')."""

from __future__ import annotations

from digest.core.lexicon import (
    ADVERBS,
    BE_FORMS,
    PRONOUNS,
    SENTENCE_OPENERS,
    STATEMENT_NOUNS,
    SUBJECT_RELATIVES,
    SUBORDINATORS,
    word_set,
)
from digest.core.quotes.tokens import WORD, Tok

_HEARSAY = frozenset({"said", "reported", "understood", "believed", "thought", "alleged", "rumoured", "rumored"})
"""Participles of a passive of hearsay before 'to have' ('is said to have told', 'is understood to have said')."""


def hearsay_at(tokens: list[Tok], k: int, hi: int) -> bool:
    """``tokens[k]`` is the participle of 'said to have', 'understood to have' ... (before ``hi``): no verb of
    speech of its own, the one after 'have' is."""
    return tokens[k].norm in _HEARSAY and k + 2 < hi and tokens[k + 1].norm == "to" and tokens[k + 2].norm == "have"


def past_hearsay(tokens: list[Tok], verb: int, lo: int) -> int:
    """Where a passive of hearsay before 'have' starts ('Ms Vane is said to have told', 'X is understood to have
    said': the subject is before 'is'); ``verb`` when there is none."""
    k = verb - 3
    return k if k > lo and tokens[k].norm in BE_FORMS and hearsay_at(tokens, k + 1, verb + 1) else verb


def past_fronted_adverb(tokens: list[Tok], verb: int, lo: int) -> int:
    """'Also, a teacher, NAME, said', 'Instead, the head of the board, NAME, said': a sentence adverb and its comma
    opening the clause are no part of the speaker phrase, which is read after them (else the adverb, a capitalised
    word before two appositives, was taken for the name they describe)."""
    t = tokens[lo] if lo < verb else None
    if t is None or verb - lo <= 3 or tokens[lo + 1].text != "," or t.kind is not WORD:
        return lo
    return lo + 2 if t.norm in SENTENCE_OPENERS or t.norm in ADVERBS else lo


_MEDIUM_PREPOSITIONS = word_set("in on during")
_MEDIUM_REACH = 8
_MEDIUM_NOUNS = STATEMENT_NOUNS | word_set("interview interviews op-ed column briefing conference call")


def past_medium(tokens: list[Tok], verb: int, lo: int) -> int:
    """'NAME in an interview with the Gazette said', 'the council in a statement said': a phrase naming the medium
    of the words stands between the speaker and the verb; the speaker ends before its preposition (else the phrase
    would be 'council in a statement', or the outlet would speak)."""
    for k in range(verb - 2, max(lo, verb - _MEDIUM_REACH) - 1, -1):
        t = tokens[k]
        if t.kind is not WORD or t.norm in PRONOUNS or t.norm in CLAUSE_WORDS:
            return verb
        if t.norm in _MEDIUM_PREPOSITIONS and not t.is_cap and k > lo:
            return k if _medium_phrase(tokens, k + 1, verb) and _speaker_end(tokens[k - 1]) else verb
    return verb


CLAUSE_WORDS = SUBORDINATORS | SUBJECT_RELATIVES | {"as"}
"""Words opening a clause: a phrase holding one is no medium phrase after a speaker, nor a description of one."""
_MEDIUM_LINKS = word_set("with to for on")


def _medium_phrase(tokens: list[Tok], start: int, end: int) -> bool:
    """``tokens[start:end]`` is 'a statement', 'his announcement speech' or 'an interview with the Gazette': a
    medium noun closing the phrase or followed by 'with', 'to', 'for' or 'on' and its object."""
    for h in range(start, end):
        if tokens[h].norm in _MEDIUM_NOUNS:
            return h == end - 1 or tokens[h + 1].norm in _MEDIUM_LINKS
    return False


def _speaker_end(t: Tok) -> bool:
    """The word before the medium phrase may end a speaker's name or role ('NAME in a statement'), not a participle
    ('Based on the statement')."""
    return t.kind is WORD and not t.norm.endswith(("ed", "ing"))
