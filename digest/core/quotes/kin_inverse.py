"""A relative named back from a relative ('Her son, now 14, plays drums. His mother said ...'): 'his mother' is
the woman whose son the sentence before named, the one 'her' stood for there.

The earlier phrase is a possessive and a noun of kin opening a sentence of the same paragraph ('Her son', 'His
daughter', 'Her husband'); the later one a possessive of that relative's sex and the inverse noun of kin ('his
mother', 'her father', 'his wife'), of the first possessive's sex. The speaker is whom that first possessive
stands for, found as its pronoun would be; nobody when no person is found."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from digest.core.lexicon import KIN_MEN, KIN_WOMEN
from digest.core.quotes.mentions import Mention

if TYPE_CHECKING:
    from digest.core.quotes.actor_state import ActorState
    from digest.core.quotes.actors import Registry

_CHILD_OR_SPOUSE = {"son": "m", "daughter": "f", "husband": "m", "wife": "f"}
"""Nouns of kin that name a relative of one sex, whose inverse noun names the other side."""
_INVERSE = {
    ("son", "mother"),
    ("son", "father"),
    ("daughter", "mother"),
    ("daughter", "father"),
    ("husband", "wife"),
    ("wife", "husband"),
}
_PARENT_OR_SPOUSE = {"mother": "f", "father": "m", "wife": "f", "husband": "m"}
_POSSESSIVE = {"his": "m", "her": "f"}
_FIRST = re.compile(r"(?:^|[.!?]\s+)(Her|His) (son|daughter|husband|wife)\b")
"""'Her son' or 'His wife' opening a sentence."""
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_REACH = 2_000
"""How far before the current sentence 'Her son' is looked for (the sentence right before, bounded so that each
mention reads a fixed stretch of the paragraph: linear time in a hostile paragraph)."""


def inverse_kin_person(registry: Registry, m: Mention, sentence: int, para: str, start: int) -> ActorState | None:
    """The person a role such as 'His mother' stands for after 'Her son' opened a sentence before it in the same
    paragraph (``para``, the current sentence starting at ``start``), right before it; None otherwise."""
    words = m.text.lower().split()
    if m.kind != "role" or len(words) != 2 or words[0] not in _POSSESSIVE or words[1] not in _PARENT_OR_SPOUSE:
        return None
    found = next(reversed(list(_FIRST.finditer(para, max(0, start - _REACH), start))), None)  # the latest before it
    if found is None:
        return None
    first_gender, relative = _POSSESSIVE[found.group(1).lower()], found.group(2)
    if (relative, words[1]) not in _INVERSE or _POSSESSIVE[words[0]] != _CHILD_OR_SPOUSE[relative]:
        return None
    if _PARENT_OR_SPOUSE[words[1]] != first_gender:
        return None
    if len(_SENTENCE_END.findall(para, found.end(), start)) > 1:
        return None  # the relative was named in the sentence right before, not earlier
    pronoun = "she" if first_gender == "f" else "he"
    at = found.start(1)
    person = registry.pronoun_of(Mention(found.group(1), pronoun, None, "pronoun", first_gender), sentence - 1, at)
    return person if person is not None and person.kind == "person" else None


_KIN_ROLE = re.compile(rf"(?:his|her|their|[\w'’-]+['’]s) (?:\w+ )?(?:{'|'.join(sorted(KIN_MEN | KIN_WOMEN))})")
"""A role naming a relative of someone: 'His mother', "Reed's eldest son"."""
_NAMED_KIN = re.compile(r"(?P<owner>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)['’]s (?P<kin>son|daughter|husband|wife)(?:,|$)")
"""A role naming a person's relative by that person's name: 'Reed's daughter', 'Ana Lind's husband'."""
_INVERSES = {"son": ("mother", "father"), "daughter": ("mother", "father"), "husband": ("wife",), "wife": ("husband",)}


def note_kin(registry: Registry, actor: ActorState, role: str) -> None:
    """'Reed's daughter, Ana Lind, said': Ana's mother or father is Reed (a person the article named), for a later
    'her mother said' whose 'her' is Ana."""
    found = _NAMED_KIN.match(role.strip())  # 'Reed's daughter, June' of 'June Reed-Lind'
    if found is None:
        return
    owner = found.group("owner")
    full = owner if " " in owner else registry.named_in_full(owner)
    person = registry.people().get(full) if full is not None else None
    if person is None and " " in owner:  # 'Tilde Marr's daughter, Elsa Marr,': the mother is named only here
        person = registry.resolve(Mention(owner, owner, None, "person"), actor.last_seen, subject=False)
    if person is not None and person.root() is not actor:
        for inverse in _INVERSES[found.group("kin")]:
            registry.kin[(id(actor), inverse)] = person.root()


def named_kin(registry: Registry, m: Mention, sentence: int, pos: int | None) -> ActorState | None:
    """'Her mother said ...' after 'Reed's daughter, Ana Lind,': the relative :func:`note_kin` noted of whom the
    possessive stands for; None otherwise."""
    words = m.text.lower().split()
    if m.kind != "role" or len(words) != 2 or words[0] not in _POSSESSIVE or words[1] not in _PARENT_OR_SPOUSE:
        return None
    gender = _POSSESSIVE[words[0]]
    owner = registry.pronoun_of(
        Mention(words[0], "she" if gender == "f" else "he", None, "pronoun", gender), sentence, pos
    )
    if owner is None:
        return None
    return registry.kin.get((id(owner.root()), words[1])) or _same_surname(registry, owner.root(), words[1])


def _same_surname(registry: Registry, owner: ActorState, kin: str) -> ActorState | None:
    """'Ilse Varga is on the beam ... Tomas Varga, a baker, waves ... Her father says': the one other person named
    in full with the surname of whom the possessive stands for, of the relative's sex, is that relative; nobody
    when two such people were met, or when the owner is known by one word."""
    words = owner.name.split()
    if owner.kind != "person" or len(words) < 2:
        return None
    sex = _PARENT_OR_SPOUSE[kin]
    found = [
        a
        for a in registry.book.ending(words[-1])
        if a is not owner and a.kind == "person" and len(a.name.split()) > 1 and a.name.split()[-1] == words[-1]
    ]
    fitting = [a for a in found if a.gender == sex]
    return fitting[0] if len(fitting) == 1 and len(found) <= 2 else None


def surname_table(people: Iterable[ActorState]) -> dict[str, ActorState]:
    """The people by the last word of their names, the one met later winning a shared surname (see
    :func:`file_surname`)."""
    table: dict[str, ActorState] = {}
    for person in people:
        file_surname(table, person)
    return table


def file_surname(table: dict[str, ActorState], person: ActorState) -> None:
    """File ``person`` under the last word of its name: the newest wins a surname, unless introduced as another's
    relative ('His mother, Odile Brannagh, said ...'): a lone 'Brannagh' later is still the son the article is
    about, named first."""
    surname = person.name.split()[-1]
    if surname not in table or not _KIN_ROLE.fullmatch((person.role or "").lower()):
        table[surname] = person
