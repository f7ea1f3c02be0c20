"""The organisation a description such as 'the company' or 'the retailer' stands for (split off ``actors``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from digest.core.lexicon import ROLE_NOUNS
from digest.core.quotes.actor_state import ActorState
from digest.core.quotes.descriptions import NEAR, org_epithet
from digest.core.quotes.gender import group_word, thing_like
from digest.core.quotes.things import people_named

if TYPE_CHECKING:
    from digest.core.quotes.actors import Registry


def described_org(registry: Registry, sentence: int, pos: int | None) -> ActorState | None:
    """The one organisation met in the sentences before (a name that is no person's), that 'the company' or 'the
    retailer' stands for; None when none or two were (nor when one is named in the speaker's own sentence:
    'Harbin Mills will cut jobs, the company said' keeps 'company')."""
    found = [
        (rank, a)
        for a in registry.live()
        if a.name[:1].isupper()
        and a.name not in registry.places
        and not group_word(a.name.split()[0])
        and (a.kind == "org" or (a.kind == "group" and not people_named(a.name)) or _thing_person(registry, a))
        and (rank := a.rank_before(sentence, pos)) is not None
        and sentence - rank[0] <= NEAR
    ]
    if len({a.name for _, a in found}) != 1 or any(rank[0] == sentence for rank, _ in found):
        return None
    registry.things.add(found[0][1].name)  # 'it' may stand for it now
    return max(found, key=lambda ranked: ranked[0])[1]


def _thing_person(registry: Registry, actor: ActorState) -> bool:
    """A 'person' whose name may be a thing's (no first name) and who was given no age nor a role only a person
    holds ('his agent, Pia Lund': a person, whatever her first name; but 'Her publisher, Tallow Press' may be the
    publisher a later 'the publisher' names)."""
    return (
        actor.kind == "person"
        and thing_like(actor.name)
        and actor.name not in registry.aged
        and not _person_role(actor.role)
    )


def _person_role(role: str | None) -> bool:
    """A role whose head is a person's job or relation and no word for an organisation ('agent', 'lawyer'; not
    'publisher', 'club')."""
    head = role.lower().split()[-1] if role else ""
    return head in ROLE_NOUNS and not org_epithet("the " + head)
