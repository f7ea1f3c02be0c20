"""The words of a phrase inserted between a verb of speech and its clause ('said in a statement on Tuesday that',
'told investors on a call the ...'), and where such a phrase ends and the clause's subject begins."""

from __future__ import annotations

from digest.core.lexicon import ARTICLES, IRREGULAR_PAST, POSSESSIVES, RELATIVE_PRONOUNS, word_set
from digest.core.quotes.clause_shape import FINITE_WORDS, NOT_CLAUSE_START, is_pronoun
from digest.core.quotes.tokens import WORD, Tok

SKIPPABLE = word_set(
    """on in at during a an the statement interview news conference briefing press late earlier also last week month
    year this friday monday tuesday wednesday thursday saturday sunday today yesterday evening morning phone call
    email letter report afterwards afterward -"""
) | frozenset({"—", "–", ","})
"""Words an inserted phrase is made of ('in a statement', 'on a conference call', 'at a news briefing late')."""
INSERTION_START = frozenset({"on", "in", "at", "during", "also", "-", "—", "–", ","})
"""Words that open an inserted phrase."""
INSERTION_PREPOSITIONS = frozenset(
    {"in", "on", "at", "to", "after", "during", "before", "with", "without", "from", "via", "over", "through"}
)
"""Prepositions that open a phrase of where, when or how something was said."""

_ASIDE_ADVERBS = word_set("however though again instead meanwhile moreover nevertheless nonetheless too")
"""Adverbs set off by commas between a verb of speech and 'that' ('said, however, that', 'added, again, that')."""


def skippable(tokens: list[Tok], k: int, steps: int) -> bool:
    """``tokens[k]`` may be part of a phrase inserted after a verb of speech, ``steps`` words into it: a word of
    :data:`SKIPPABLE`, a capitalised word after the first, or an adverb between commas ('said, however, that',
    'added, firmly, that')."""
    t = tokens[k]
    if t.norm in SKIPPABLE or (steps and t.is_cap):
        return True
    aside = t.norm in _ASIDE_ADVERBS or (t.norm.endswith("ly") and len(t.norm) > 4 and not t.is_cap)
    set_off = tokens[k - 1].text == "," and k + 1 < len(tokens) and tokens[k + 1].text == ","
    return steps > 0 and set_off and t.kind is WORD and aside  # not 'said, though he left


_NOT_IN_SUBJECT = ARTICLES | RELATIVE_PRONOUNS | word_set("that which who and or but")
_ARTICLE_SUBJECT_MAX = 6


def subject_article(tokens: list[Tok], k: int, hi: int) -> bool:
    """After an inserted phrase, an article and a few plain words before a finite verb open the clause's subject, not
    more of the phrase ('told investors on a call the firm's mills were safe', 'told the Gazette's Morning Edition
    the council would act'); 'in a statement', 'on the phone', 'during the debate', 'at a hearing that ...' and 'A,
    Ms Roe said, the board will ...' (a mid-sentence attribution, read elsewhere) go on."""
    if tokens[k].norm not in ARTICLES or k + 1 >= hi or tokens[k + 1].norm in SKIPPABLE:
        return False
    before = tokens[k - 1]
    if before.kind is not WORD or before.norm in INSERTION_START or before.norm in INSERTION_PREPOSITIONS:
        return False
    for j in range(k + 1, min(hi, k + _ARTICLE_SUBJECT_MAX)):
        t = tokens[j]
        if t.norm in FINITE_WORDS and not t.is_cap:
            return j > k + 1
        if t.kind is not WORD or t.norm in _NOT_IN_SUBJECT or t.norm in NOT_CLAUSE_START or is_pronoun(t):
            return False
    return False


_SUBJECT_PRONOUNS = word_set("he she it they we i")
_OCCASION_PREPOSITIONS = word_set("at in on during to via over")
"""Prepositions of a phrase of occasion ('at the auction', 'in a voicemail'); not 'after' or 'before', which
as often open a clause ('said after the ferry left ...')."""
_PHRASE_REACH = 5
"""The most plain words of a phrase of place or occasion after its preposition and determiner ('the spring
auction', 'its yearly review')."""


def determined_phrase(tokens: list[Tok], i: int, hi: int, prepositions: frozenset[str]) -> bool:
    """A phrase opens at ``tokens[i]`` with a lower-case preposition of ``prepositions`` and an article or a
    possessive ('at the auction', 'in her letter'), with a word after them before ``hi``."""
    if i + 2 >= hi or tokens[i].norm not in prepositions or tokens[i].is_cap:
        return False
    return tokens[i + 1].norm in ARTICLES or tokens[i + 1].norm in POSSESSIVES


def pronoun_after_phrase(tokens: list[Tok], i: int, hi: int) -> int | None:
    """'said at the auction it had kept every ledger', 'said in its yearly review they would cut ...': after a
    verb of saying (``tokens[i]`` is the word after it), a preposition, an article or a possessive and a few plain
    lower-case words, a subject pronoun and a finite auxiliary open the reported clause (its index); None otherwise
    (the phrase's words are not all known to :data:`SKIPPABLE`)."""
    if not determined_phrase(tokens, i, hi, _OCCASION_PREPOSITIONS):
        return None
    for j in range(i + 2, min(hi - 1, i + 2 + _PHRASE_REACH)):
        t = tokens[j]
        if t.kind is not WORD or t.is_cap and t.norm != "i" or t.norm in FINITE_WORDS or t.norm in RELATIVE_PRONOUNS:
            return None
        if t.norm.endswith("ed") or t.norm in IRREGULAR_PAST:
            return None  # 'said after the ferry left the berth it was moored at': a clause of its own, no phrase
        if j > i + 2 and t.norm in _SUBJECT_PRONOUNS and tokens[j + 1].norm in FINITE_WORDS:
            return j
    return None
