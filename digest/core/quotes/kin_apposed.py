"""A relative named in apposition after 'his' or 'her' ('Her mother, NAME, is wary of it', 'his
granddaughter, NAME2, came in late') is that person's relative both ways: a later 'her mother' whose 'her' stands for
the same person is NAME, and a later 'her daughter' whose 'her' stands for NAME is that person.

The possessive is read as its pronoun would be where it is written; the inverse noun of kin takes the sex of the
possessive ('Her mother, NAME' makes the owner NAME's daughter; 'His mother, NAME', her son). Nothing is noted when
the possessive stands for no person, and a later role finds nobody when its possessive stands for someone else.

A name's possessive owns the relative as 'his' or 'her' does ("SURNAME's grandson, NAME2, 27, took on ... 'A,' his
grandfather said": the grandfather is the person named in full with that surname; "SURNAME's daughter, NAME2, said"
and later "SURNAME's daughter" the same person); the inverse noun then takes the sex the article gives the owner,
and none is noted when that sex is unknown."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from digest.core.quotes.actor_words import another_bearer, short_form
from digest.core.quotes.gender import UNKNOWN, first_name_gender
from digest.core.quotes.mentions import Mention

if TYPE_CHECKING:
    from digest.core.quotes.actor_state import ActorState
    from digest.core.quotes.actors import Registry

_PAIRS = (
    ("mother", "father", "daughter", "son"),
    ("grandmother", "grandfather", "granddaughter", "grandson"),
    ("aunt", "uncle", "niece", "nephew"),
    ("wife", "husband", "wife", "husband"),
    ("sister", "brother", "sister", "brother"),
)
"""Nouns of kin in pairs of one relation: (older woman, older man, younger woman, younger man); spouses and
siblings are their own inverse."""
_INVERSE: dict[tuple[str, str], str] = {}
"""(noun of kin, sex of its owner) -> the noun the relative calls the owner ('mother', 'f' -> 'daughter')."""
for _woman, _man, _girl, _boy in _PAIRS:
    for _elder in (_woman, _man):
        _INVERSE[(_elder, "f")], _INVERSE[(_elder, "m")] = _girl, _boy
    for _younger in (_girl, _boy):
        _INVERSE[(_younger, "f")], _INVERSE[(_younger, "m")] = _woman, _man
_NOUNS = "|".join(sorted({noun for pair in _PAIRS for noun in pair}, key=len, reverse=True))
"""The nouns of kin of :data:`_PAIRS` as one alternation of a pattern, longest first."""
_OWNER = r"([Hh]is|[Hh]er|[A-Z][\w-]*['’]s)"
"""A possessive pronoun or a capitalised name's possessive ("NAME's")."""
_APPOSED = re.compile(rf"(?<![\w'’-]){_OWNER} (?:(?:late|eldest|elder|older|younger|youngest|only) )?({_NOUNS}),\s*$")
"""'his granddaughter, ', 'Her eldest son, ' or "NAME's grandson, " right before a name."""
_ROLE = re.compile(rf"{_OWNER} ({_NOUNS})")
"""A role that is a relative of whom its possessive stands for: 'her grandfather', 'His wife', "NAME's daughter"."""
_REACH = 40
"""The most characters before a name read for its noun of kin (bounded: linear time)."""
_SEX = {"his": "m", "her": "f"}
"""The sex of the person a possessive stands for."""


def _owner(registry: Registry, word: str, sentence: int, pos: int | None) -> ActorState | None:
    """The person the possessive ``word`` ('his', 'her') at ``pos`` of ``sentence`` stands for, or None."""
    sex = _SEX[word.lower()]
    found = registry.pronoun_of(Mention(word, "he" if sex == "m" else "she", None, "pronoun", sex), sentence, pos)
    return found.root() if found is not None and found.kind == "person" else None


def _owner_keys(registry: Registry, word: str, sentence: int, pos: int | None) -> tuple[list[str], str] | None:
    """The names the owner of the possessive ``word`` at ``pos`` of ``sentence`` is filed under, and that owner's
    name: whom 'his' or 'her' stands for (see :func:`_keys`), or for "NAME's" the full name written before that ends
    in it (a lone surname), or the name itself when written in full; None when there is no such person."""
    if word.lower() in _SEX:
        owner = _owner(registry, word, sentence, pos)
        return (_keys(registry, owner), owner.name) if owner is not None else None
    name = word[:-2]
    full = name if " " in name else registry.named_in_full(name)
    if full is None or full in registry.things or full in registry.places:
        return None
    return [full], full


def _keys(registry: Registry, person: ActorState) -> list[str]:
    """The names a person may be filed under: its name and, for one word, the full name it ends (a surname) or
    the filed full names it opens (a first name: 'Dervla' after 'his granddaughter, Dervla Quillacre,')."""
    if " " in person.name:  # 'Ivo Quillacre' after 'His father, Ivo,': filed under the first name alone
        first = person.name.split()[0]
        return [person.name, *([first] if first in registry.kin_roles else [])]
    full = registry.named_in_full(person.name)
    opened = {name for name, _ in registry.apposed_kin if name.split()[0] == person.name}
    return [person.name, *([full] if full else []), *sorted(opened)]


def note_apposed_kin(registry: Registry, sentence: int, para: str, at: int, name: str) -> None:
    """``name``, written at ``at`` of ``para``, set off after 'his' or 'her' and a noun of kin: file it as the
    relative of whom the possessive stands for, and that person as its inverse relative."""
    found = _APPOSED.search(para, max(0, at - _REACH), at) if at >= 0 else None
    if found is None:
        return
    owner = _owner_keys(registry, found.group(1), sentence, found.start(1))
    if owner is None or owner[1] == name:
        return
    noun = found.group(2)
    registry.kin_roles.setdefault(name, f"{found.group(1)} {noun}")
    for key in owner[0]:
        registry.apposed_kin[(key, noun)] = name
    sex = _SEX.get(found.group(1).lower()) or registry.gender_of(owner[1])
    if sex in _SEX.values():  # a named owner of unknown sex: no inverse noun
        registry.apposed_kin[(name, _INVERSE[(noun, sex)])] = owner[1]


def apposed_relative(registry: Registry, m: Mention, sentence: int, pos: int | None) -> ActorState | None:
    """'Her son shrugs' after 'His mother, NAME, ...': the person filed as that relative of whom the
    possessive stands for (see :func:`note_apposed_kin`), met as a person when only named so far; None
    otherwise."""
    found = _ROLE.fullmatch(m.text.strip()) if m.kind == "role" else None
    if found is None or not registry.apposed_kin:
        return None
    owner = _owner_keys(registry, found.group(1), sentence, pos)
    if owner is None:
        return None
    keys = [(k, found.group(2)) for k in owner[0]]
    name = next((registry.apposed_kin[k] for k in keys if k in registry.apposed_kin), None)
    if name is None:
        return None
    person = registry.people().get(name)
    if person is None:  # named only so far ("NAME's daughter, NAME2, a nurse, said"): met here
        person = registry.resolve(Mention(name, name, None, "person"), sentence, pos=pos)
    return person.root() if person is not None else None


def relative_name(registry: Registry, name: str, known: str) -> bool:
    """``name``, written in full, is another person of the surname of ``known``, a person known by a full name
    ('Ivo Quillacre' after 'Dervla Quillacre'): both open with a different given name, neither a short form of
    the other ('Rob', 'Robert'), and the new one is a first name the tables know or one the article wrote alone
    for a relative ('Her mother, Ivo,'), not a title ('Cr Quillacre', 'Sister Quillacre')."""
    if " " not in known or not another_bearer(name, known) or short_form(name, known):
        return False
    first = name.split()[0]
    return first_name_gender(first) != UNKNOWN or any(kin.split()[0] == first for kin in registry.kin_roles)
