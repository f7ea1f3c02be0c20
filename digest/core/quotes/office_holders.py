"""A title of office before a lone surname that several relatives bear: the one the article introduced with a
title of office ('Mayor Ivo Tarrant ... his sister-in-law, Nell Tarrant, an accountant ... Cr Tarrant told the
meeting': the mayor, a councillor, not the accountant named last)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from digest.core.lexicon import TITLE_WORDS, word_set
from digest.core.quotes.gender import person_title

if TYPE_CHECKING:
    from digest.core.quotes.actors import Registry

_NOT_OFFICES = word_set(
    """the of for to and former acting interim first white house high special leader minority majority member
    assembly state home foreign interior justice finance treasury health affairs national security chief deputy
    executive officer assistant under us uk un eu nato u.s revd fr hon eng engr barr sr"""
)
"""Words of ``TITLE_WORDS`` that name no office a person holds by themselves (parts of longer titles, degrees);
honorifics and a doctor's or a cleric's title are left out by :func:`~digest.core.quotes.gender.person_title`:
'Dr', 'Mr' and 'Senate' say nothing of which relative holds a seat."""
OFFICE_TITLES = frozenset(w.rstrip(".") for w in TITLE_WORDS if not person_title(w)) - _NOT_OFFICES
"""Titles of an office written before a name ('Mayor', 'Cr', 'Senator', 'Judge', 'Captain')."""
_NAMES_READ = 200
"""The most recent names read for the full names of a surname (bounded: linear time)."""


def office_holder(registry: Registry, surname: str, title: str) -> str | None:
    """The full name a lone ``surname`` after a ``title`` of office stands for when several people the article
    named in full bear that surname: the only one written with a title of office ('Mayor Ivo Tarrant'); None when
    the title is no office (an honorific's sex already tells relatives apart), when one person bears the surname,
    or when no one or more than one of them was so written."""
    if title.lower().rstrip(".") not in OFFICE_TITLES:
        return None
    bearers: list[str] = []
    for _, name in reversed(registry.names_seen[-_NAMES_READ:]):
        if name.endswith(f" {surname}") and name not in bearers:
            bearers.append(name)
    if len(bearers) < 2:
        return None
    holders = [name for name in bearers if OFFICE_TITLES & registry.described.facts(name).words]
    return holders[0] if len(holders) == 1 else None
