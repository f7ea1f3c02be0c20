"""A capitalised plural noun opening a sentence read as a person's one-word name ('Examiners doubted that ...',
'Stewards ruled that ...'): a group of people, never 'he' or 'she'.

A lone capitalised word ending as the plural of a noun of agents ('-ers', '-ists', '-ians', '-ants', '-ates')
is a person's name only when the article also writes it capitalised inside a sentence, as names are ('Sanders
said' after or before 'said Tom Sanders'); otherwise it is a group, and a later 'she' or 'he' does not refer to
it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from digest.core.quotes.gender import first_name_lean
from digest.core.quotes.mentions import Mention

if TYPE_CHECKING:
    from digest.core.quotes.article_words import ArticleWords

_PLURAL_AGENT_ENDINGS = ("ers", "ors", "ists", "ysts", "ians", "ants", "ents", "ates", "ees")
"""How plurals of nouns of agents end ('reviewers', 'curators', 'chemists', 'analysts', 'historians',
'tenants', 'residents', 'delegates', 'trainees')."""


def plural_agent(word: str) -> bool:
    """``word``, one capitalised word, reads as the plural of a noun of agents and is no first name."""
    low = word.lower()
    return (
        word[:1].isupper()
        and word[1:].islower()
        and len(low) > 5
        and low.endswith(_PLURAL_AGENT_ENDINGS)
        and first_name_lean(word) is None
    )


def capitalised_inside(paras: list[str]) -> frozenset[str]:
    """The capitalised words an article writes inside a sentence, not opening it (after a lower-case word, a comma
    or another capitalised word: 'said Tom Sanders', 'a call from Sanders'): names, where a plural noun is not
    capitalised."""
    return frozenset(w for para in paras for w in _INSIDE.findall(para))


_INSIDE = re.compile(r"[A-Z](?<=[\w,;)] [A-Z])[a-z]+\b")
"""A capitalised word after a word, a comma, a semicolon or a bracket and a space. The look-behind follows the first
capital (not before it): a pattern that opens with a character class lets ``re`` skip to its candidates."""
_AFTER_THE = re.compile(r"[Tt](?<!\w[Tt])he (?:[A-Z][\w'’-]* ){0,3}([A-Z][a-z]+s)\b")
"""A capitalised plural written after 'the', a few capitalised words between ('the Comets', 'the Kelby Comets'). The
word boundary is tested after the first letter (the same matches as a boundary before it), so that ``re`` skips to
its candidates."""


def team_plurals(paras: list[str]) -> frozenset[str]:
    """Capitalised words ending in '-s' that the article writes after 'the' ('the Castlegate Comets', 'host the
    Comets'): the last word of a team's or a band's name, which a person's name never is ('the Joneses' aside)."""
    return frozenset(w for para in paras for w in _AFTER_THE.findall(para) if not w.endswith(("ss", "us", "is")))


def plural_group(m: Mention, words: ArticleWords) -> Mention:
    """The mention as a group when it is a person's one-word name that is a plural noun of agents
    (:func:`plural_agent`) the article never wrote capitalised inside a sentence (``words.inside``, see
    :func:`capitalised_inside`): 'Examiners doubted that ...', never 'Tom Sanders ... Sanders said'."""
    if m.kind != "person" or " " in m.name or not plural_agent(m.name) or m.name in words.inside:
        return m
    return replace(m, kind="group", gender="p")
