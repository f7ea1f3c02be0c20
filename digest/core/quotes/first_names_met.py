"""The gender of a person met by one word that the article wrote as a first name ('Theo' after 'Theo Marsh'), and
of any mention as the article has shown it, and whether the article named someone by a (last) name (split out of
``actors``, unchanged)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from digest.core.lexicon import KIN_MEN, KIN_WOMEN
from digest.core.quotes.actor_words import mention_gender
from digest.core.quotes.gender import UNKNOWN, first_name_gender

if TYPE_CHECKING:
    from digest.core.quotes.actor_state import ActorState
    from digest.core.quotes.actors import Registry
    from digest.core.quotes.speakers import Mention

_KNOWN_NAMES_READ = 200
"""The most recent names read when asking whether the article named someone (bounded: linear time)."""


def met_gender(registry: Registry, m: Mention) -> str:
    """The gender a mention shows (:func:`mention_gender`); a person named by one word that the article wrote as
    the first name of a full name, never as a surname, and that is a first name of one sex ('Theo' after 'Theo
    Marsh', in a feature that calls people by their first names); else the gender the article's pronouns gave
    the name."""
    gender = mention_gender(m)
    if gender == UNKNOWN and m.kind == "person" and " " not in m.name and first_name_only(registry, m.name):
        known = first_name_gender(m.name)
        return known if known != UNKNOWN else _opened_gender(registry, m.name)
    return registry.called.get(m.name, gender) if gender == UNKNOWN else gender


def _opened_gender(registry: Registry, word: str) -> str:
    """The sex the article showed for the one full name ``word`` opens, by a noun of kin it was set off after ('his
    wife, NAME SURNAME,') or by its own pronoun ('NAME SURNAME said she'), when NAME alone is a first name the tables
    do not know; else unknown (two such names, or none; not the sex a pronoun's resolution gave the person)."""
    opened = {n for _, n in registry.names_seen[-_KNOWN_NAMES_READ:] if " " in n and n.split()[0] == word}
    if len(opened) != 1:
        return UNKNOWN
    full = opened.pop()
    kin = {noun for (_, noun), name in registry.apposed_kin.items() if name == full}
    sexes = {"m" for noun in kin if noun in KIN_MEN} | {"f" for noun in kin if noun in KIN_WOMEN}
    return sexes.pop() if len(sexes) == 1 else registry.called.get(full, UNKNOWN)


def learn_mention(registry: Registry, actor: ActorState, m: Mention) -> None:
    """What a new mention of a known person adds: a role, a gender ('Ms. Voss' after 'Voss')."""
    if m.role and not actor.role:
        actor.role = m.role
    if actor.gender == UNKNOWN:
        actor.gender = met_gender(registry, m)


def first_name_only(registry: Registry, word: str) -> bool:
    """The article wrote ``word`` as the first word of a name ('Theo Marsh') and never as the last."""
    recent = [n.split() for _, n in registry.names_seen[-_KNOWN_NAMES_READ:]]
    met = registry.surnames().get(word)
    if (met is not None and met.name != word) or any(n[-1] == word for n in recent):
        return False
    return any(len(n) > 1 and n[0] == word for n in recent)


def knows(registry: Registry, name: str) -> bool:
    """The article already named someone with this (last) name."""
    low = name.lower()
    recent = registry.names_seen[-_KNOWN_NAMES_READ:]
    return any(a.name.lower().split()[-1] == low for a in registry.book.ending(low)) or any(
        n.lower().split()[-1] == low for _, n in recent
    )
