"""The organisation a description such as 'the company' or 'the retailer' stands for (split off ``actors``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from digest.core.lexicon import ROLE_NOUNS, word_set
from digest.core.quotes.actor_state import ActorState
from digest.core.quotes.descriptions import NEAR, org_epithet
from digest.core.quotes.gender import group_word, thing_like
from digest.core.quotes.speakers import Mention
from digest.core.quotes.things import people_named

if TYPE_CHECKING:
    from digest.core.quotes.actors import Registry


def described_org(registry: Registry, sentence: int, pos: int | None) -> ActorState | None:
    """The one organisation met in the sentences before (a name that is no person's), that 'the company' or 'the
    retailer' stands for; None when none or two were (nor when one is named in the speaker's own sentence:
    'Harbin Mills will cut jobs, the company said' keeps 'company')."""
    found = _orgs_before(registry, sentence, pos)
    if len({a.name for _, a in found}) != 1 or any(rank[0] == sentence for rank, _ in found):
        return None
    return _taken(registry, found)


_REGULATORS = word_set("authority commission regulator office board ombudsman")
_BODY_HEADS = {
    "agency": word_set("agency administration office service bureau"),
    "union": word_set("union association federation guild"),
    "force": word_set("police constabulary"),
    "regulator": _REGULATORS,
    "watchdog": _REGULATORS,
    **{noun: frozenset({noun}) for noun in ("department", "ministry", "bureau", "authority", "commission")},
}
"""Nouns news writes for a public body or a union just named, and the words that body's name holds ('the
Congressional Budget Office' ... 'the agency'); an acronym ('NASA') may be any of them."""
_ACRONYM_MAX = 6
"""The most capitals of an acronym naming a body ('RBO', 'NASA', 'KCPD')."""


def described_body(registry: Registry, text: str, sentence: int, pos: int | None) -> ActorState | None:
    """The one body met in the sentences before that 'the agency', 'the ministry' or 'the union' stands for: its
    name holds a word of that kind ('Ministry of Roads', 'Dale Growers' Union') or is an acronym ('RBO'), and
    it is the organisation met last; None when none or two were."""
    words = text.split()
    heads = _BODY_HEADS.get(words[1].lower()) if len(words) == 2 and words[0].lower() == "the" else None
    if heads is None:
        return None
    found = _orgs_before(registry, sentence, pos)
    if not found:
        return _spoken_for(registry, heads, sentence, pos)
    fitting = [(rank, a) for rank, a in found if _acronym(a.name) or not heads.isdisjoint(a.name.lower().split())]
    if not _one_body({a.name for _, a in fitting}) or any(rank[0] == sentence for rank, _ in found):
        return None
    latest = max(found, key=lambda ranked: ranked[0])[1]
    # not 'The RBO said A. Gradewell said B. The regulator said C': the body met last must be of that kind
    return _taken(registry, fitting) if any(latest is a for _, a in fitting) else None


def _spoken_for(registry: Registry, heads: frozenset[str], sentence: int, pos: int | None) -> ActorState | None:
    """'An RPD spokesman denied it. In a statement, the department said': when no organisation was met, the
    body whose initials named the one role that spoke for it in the sentences before (a person of that body: 'the
    department', 'the agency' is the body itself), when those initials hold the first letter of a word of the
    noun's kind ('D' of 'department'; not 'A GOP strategist said A. The department said B': a party)."""
    bodies = {
        a.name.split()[0]
        for a in registry.recency.within(sentence, NEAR)
        if a.kind == "role"
        and len(a.name.split()) == 2
        and _acronym(a.name.split()[0])
        and (rank := a.rank_before(sentence, pos)) is not None
        and 0 < sentence - rank[0] <= NEAR
    }
    if len(bodies) != 1:
        return None
    name = bodies.pop()
    if not any(head[0].upper() in name for head in heads):
        return None
    return registry.resolve(Mention(name, name, None, "org"), sentence, pos=pos, subject=False)


def _one_body(names: set[str]) -> bool:
    """One name, or a name and its initials ('Rural Budget Office' and 'RBO')."""
    if len(names) == 2:
        short, full = sorted(names, key=len)
        return _acronym(short) and short == "".join(w[0] for w in full.split() if w[:1].isupper())
    return len(names) == 1


def _acronym(name: str) -> bool:
    return 2 <= len(name) <= _ACRONYM_MAX and name.isalpha() and name.isupper()


def _orgs_before(registry: Registry, sentence: int, pos: int | None) -> list[tuple[tuple[int, int, int], ActorState]]:
    """The organisations met in the sentences before (:data:`NEAR`), each with its latest mention's rank."""
    return [
        (rank, a)
        for a in registry.recency.within(sentence, NEAR)
        if a.name[:1].isupper()
        and a.name not in registry.places
        and not group_word(a.name.split()[0])
        and (a.kind == "org" or (a.kind == "group" and not people_named(a.name)) or thing_person(registry, a))
        and (rank := a.rank_before(sentence, pos)) is not None
        and sentence - rank[0] <= NEAR
    ]


def _taken(registry: Registry, found: list[tuple[tuple[int, int, int], ActorState]]) -> ActorState:
    """The latest of ``found``, noted as a thing ('it' may stand for it now)."""
    taken = max(found, key=lambda ranked: ranked[0])[1]
    registry.things.add(taken.name)
    return taken


def thing_person(registry: Registry, actor: ActorState) -> bool:
    """A 'person' whose name may be a thing's (no first name) and who was given no age nor a role only a person
    holds ('his agent, Pia Lund': a person, whatever her first name; but 'Her publisher, Tallow Press' may be the
    publisher a later 'the publisher' names), nor a lone surname standing for a full name the article wrote with a
    first name ('Abbeywell' after 'Diarmuid Abbeywell')."""
    return (
        actor.kind == "person"
        and actor.gender not in ("m", "f")  # 'he' or 'she' stood for NAME: a person, whatever the first name
        and thing_like(actor.name)
        and actor.name not in registry.aged
        and not _person_role(actor.role)
        and (actor.stood_for is None or thing_like(actor.stood_for))  # 'Abbeywell' for 'Diarmuid Abbeywell': a person
    )


def _person_role(role: str | None) -> bool:
    """A role whose head is a person's job or relation and no word for an organisation ('agent', 'lawyer'; not
    'publisher', 'club')."""
    head = role.lower().split()[-1] if role else ""
    return head in ROLE_NOUNS and not org_epithet("the " + head)
