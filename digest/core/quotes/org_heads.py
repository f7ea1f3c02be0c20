"""A definite noun repeating the last word of an organisation's name ('the Polar Rowing Society ... The society
said'): the organisation, never 'he' or 'she'.

A role named by one noun that names no person, job or document stands for an organisation when the article
writes that noun, capitalised, as the last word of a name of two or more capitalised words ('the Weir Trust'
... 'the trust', 'Kelby Rowing Club' ... 'the club'): a later 'he' or 'she' does not refer to it (nor to a
document or a plural: :func:`no_one`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from digest.core.lexicon import DOCUMENT_NOUNS, PERSON_HEADS, TITLE_WORDS
from digest.core.quotes.things import no_one_role

if TYPE_CHECKING:
    from digest.core.quotes.actor_state import ActorState
    from digest.core.quotes.actors import Registry
    from digest.core.quotes.article_words import ArticleWords

_NAME_END = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+(?: [A-Z][a-z]+)* ([A-Z][a-z]+)\b")
"""The last word of a run of two or more capitalised words ('Society' of 'Polar Rowing Society'). The word boundary is
tested after the first capital (the same matches as a word boundary before it), so that ``re`` skips to capitals."""
_NOT_ORGANISATIONS = PERSON_HEADS | TITLE_WORDS | DOCUMENT_NOUNS


def name_ends(paras: list[str]) -> frozenset[str]:
    """The last words of the names of two or more capitalised words an article writes."""
    return frozenset(end for para in paras for end in _NAME_END.findall(para))


def org_head(name: str, words: ArticleWords) -> bool:
    """A role's name is one noun that ends a name the article wrote (``words.name_ends``, see :func:`name_ends`) and
    names no person, job nor document: the organisation of that name ('society' after 'the Polar Rowing Society';
    not 'president' after 'President NAME', nor 'letter')."""
    return name.isalpha() and name.islower() and name not in _NOT_ORGANISATIONS and name.capitalize() in words.name_ends


def no_one(registry: Registry, actor: ActorState) -> bool:
    """An actor that 'he' or 'she' never stands for: a role that is a document, a plural or an organisation's
    head noun ('the letter', 'court officers', 'the guild' after 'the Tarn Rowing Guild'), or a name read as
    a person's whose last word is such a head noun met as a role ('Rowing Guild')."""
    if actor.kind == "role":
        return no_one_role(actor.name) or org_head(actor.name, registry.words)
    return org_named(registry, actor.name)


def org_named(registry: Registry, name: str) -> bool:
    """A name whose last word is an organisation's head noun that the article also wrote as a role ('Rowing
    Guild' when 'the guild' spoke)."""
    last = name.split()[-1].lower()
    roles = (a for a in registry.book.called(last) if a.kind == "role")
    return org_head(last, registry.words) and any(a.name == last for a in roles)
