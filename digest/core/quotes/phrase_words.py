"""The words a speaker noun phrase may hold (split out of ``speakers.py``, unchanged): read by the phrases found
before a speech verb (``speakers``) and after it (``right_phrases``)."""

from __future__ import annotations

from digest.core.lexicon import DETERMINERS, NP_ADJECTIVES, ORG_WORDS, PREPOSITIONS_IN_NP, PRONOUNS, ROLE_NOUNS
from digest.core.quotes.mention_parts import NAME_PARTICLES
from digest.core.quotes.tokens import WORD, Tok

STOP_CAPS = frozenset(
    {
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "it",
        "this",
        "that",
        "there",
        "in",
        "on",
        "at",
        "for",
        "but",
        "and",
        "if",
        "as",
        "after",
        "before",
        "when",
        "while",
        "since",
        "because",
        "although",
        "though",
        "unless",
        "until",
        "whereas",
        "so",
        "asked",
        "according",
        "speaking",
        "writing",
        "reacting",
        "responding",
        "replying",
        "commenting",
        "last",
        "earlier",
        "later",
        "meanwhile",
        "however",
    }
)


PHRASE_TRAILERS = PREPOSITIONS_IN_NP | DETERMINERS | {"and"}
"""Words a noun phrase never ends with."""


def lower_word(tok: Tok) -> bool:
    """A lower-case word of letters only ('harbour', 'answers'; not 'Moss', 'co-op', '2019')."""
    return tok.kind is WORD and not tok.is_cap and tok.norm.isalpha()


def np_word(tok: Tok) -> bool:
    """A word that may stand inside a speaker noun phrase: a capitalised word, a role, an adjective of roles, a
    determiner, a preposition, an organisation word, a particle or a pronoun."""
    if tok.kind is not WORD:
        return tok.text in ("(", ")")
    if tok.is_cap:
        return tok.norm not in STOP_CAPS or tok.norm in PRONOUNS
    n = tok.norm
    return (
        n in ROLE_NOUNS
        or n in NP_ADJECTIVES
        or n in DETERMINERS
        or n in PREPOSITIONS_IN_NP
        or n in ORG_WORDS
        or n in ("and", "&")
        or n in NAME_PARTICLES
        or n in PRONOUNS
    )
