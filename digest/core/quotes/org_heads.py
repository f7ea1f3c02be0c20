"""A definite noun repeating the last word of an organisation's name ('the Polar Rowing Society ... The society
said'): the organisation, never 'he' or 'she'.

A role named by one noun that names no person, job or document stands for an organisation when the article
writes that noun, capitalised, as the last word of a name of two or more capitalised words ('the Harbour Trust'
... 'the trust', 'Kelby Rowing Club' ... 'the club'): a later 'he' or 'she' does not refer to it."""

from __future__ import annotations

import re

from digest.core.lexicon import DOCUMENT_NOUNS, PERSON_HEADS, TITLE_WORDS

_NAME_END = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)* ([A-Z][a-z]+)\b")
"""The last word of a run of two or more capitalised words ('Society' of 'Polar Rowing Society')."""
_NOT_ORGANISATIONS = PERSON_HEADS | TITLE_WORDS | DOCUMENT_NOUNS


def name_ends(paras: list[str]) -> frozenset[str]:
    """The last words of the names of two or more capitalised words an article writes."""
    return frozenset(end for para in paras for end in _NAME_END.findall(para))


def org_head(name: str, ends: frozenset[str]) -> bool:
    """A role's name is one noun that ends a name the article wrote (``ends``, see :func:`name_ends`) and names no
    person, job nor document: the organisation of that name ('society' after 'the Polar Rowing Society'; not
    'president' after 'President NAME', nor 'letter')."""
    return name.isalpha() and name.islower() and name not in _NOT_ORGANISATIONS and name.capitalize() in ends
