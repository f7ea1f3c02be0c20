"""A name stated as what a noun of naming is: 'Her working title is "Salt Orchard"', 'The goalkeeper's nickname at
school was "the Lamp"', 'whose codename among the engineers was "Otter"'. The quotation is the name itself (of a
work, a person, a project), no one's words; only a proper name in a title's capitals counts, so a judgement
stays the speaker's ('the title fight was "a mess"': 'title' is no noun of naming there, a verb follows no
phrase)."""

from __future__ import annotations

from digest.core.lexicon import PREPOSITIONS_IN_NP, word_set
from digest.core.quotes.thing_names import proper_name
from digest.core.quotes.tokens import WORD, Tok

_NAMING_NOUNS = word_set("name names nickname nicknames title titles moniker codename pseudonym alias")
"""Nouns of a name: what one is called. Not 'slogan' or 'motto' (a body's words, which PolNeAR's annotators
count as quotations)."""
_STATING = word_set("is was are were remains remained became becomes")
"""Verbs that state what the name is."""
_OTHER_PREPOSITIONS = word_set("during among around throughout within inside")
"""Prepositions of a phrase between the noun and the verb that :data:`PREPOSITIONS_IN_NP` leaves out ('during his
years at the club')."""
_PHRASE_WORDS = 6
"""The most words of that phrase ('among the younger crews at the yard')."""


def stated_name(tokens: list[Tok], qi: int) -> bool:
    """The quotation ``tokens[qi]``, a proper name (:func:`proper_name`), right after 'is' or 'was' whose subject's
    head is a noun of naming, the verb right after it or after a phrase opened by a preposition ('nickname at
    school was')."""
    if qi < 2 or not proper_name(tokens[qi].text):
        return False
    verb = tokens[qi - 1]
    if verb.kind is not WORD or verb.is_cap or verb.norm not in _STATING:
        return False
    for k in range(qi - 2, max(-1, qi - 3 - _PHRASE_WORDS), -1):
        t = tokens[k]
        if t.kind is not WORD:
            return False
        if not t.is_cap and t.norm in _NAMING_NOUNS:
            after = tokens[k + 1]
            return k + 1 == qi - 1 or after.norm in PREPOSITIONS_IN_NP or after.norm in _OTHER_PREPOSITIONS
    return False
