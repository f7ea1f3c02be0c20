"""The people a description such as 'the secretary' or 'the novelist' may stand for (split off ``actors``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from digest.core.quotes.actor_words import only_modifies, role_words
from digest.core.quotes.gender import org_name

if TYPE_CHECKING:
    from digest.core.quotes.actor_state import ActorState
    from digest.core.quotes.actors import Registry

PRONOUN_WINDOW = 12
"""How many sentences back a pronoun, or a description, may reach for its actor."""


def named_before_role(registry: Registry, sentence: int, pos: int | None) -> list[tuple[int, str]]:
    """The names written, and the people met, before ``pos`` of ``sentence`` in the pronoun window (no place
    nor thing), latest first."""
    found = [
        (rank[0], rank[2], a.name)
        for a in registry.live()
        if a.kind == "person" and (rank := a.rank_before(sentence, pos))
    ]
    for index in range(len(registry.names_seen) - 1, -1, -1):
        seen_at, name = registry.names_seen[index]
        if sentence - seen_at > PRONOUN_WINDOW:
            break
        if seen_at < sentence or (pos is not None and 0 <= registry.names_at[index] < pos):
            found.append((seen_at, registry.names_at[index], name))
    found.sort(reverse=True)
    not_people = registry.things | registry.places
    return [
        (s, name)
        for s, _, name in found
        if sentence - s <= PRONOUN_WINDOW and name not in not_people and not org_name(name)
    ]


def role_holder(
    latest_first: list[ActorState], description: str, words: set[str], heads: set[str]
) -> ActorState | None:
    """The person or role, of actors ``latest_first``, whose role holds the head of ``description`` (one of
    ``heads``) and its other telling ``words`` ('the chief' is no 'Deputy Chief Engineer': there 'chief' only
    modifies); one whose role holds every word of the description as written comes before the others ('the council
    leader' is 'Council leader Cllr NAME', not 'Independent group leader Cllr OTHER' met since: 'council' is no
    telling word, so both held 'leader'). An organisation's name ending in the head is one too: 'A Harbour Board
    spokesperson said A. ... the spokesperson said' (the name was read as the board's)."""
    written = set(description.lower().split())
    found = None
    for a in latest_first:
        spoke_for = a.kind == "org" and a.name.split()[-1].lower() in heads  # 'A Harbour Board spokesperson'
        if a.kind not in ("person", "role") and not spoke_for:
            continue
        had = " ".join(filter(None, [a.role, a.name if a.kind == "role" or spoke_for else None]))
        have, rest = role_words(had), words - heads
        if have & heads and rest <= have and (rest or not only_modifies(had, heads)):
            if written <= set(had.lower().replace(",", " ").split()):
                return a
            found = found or a
    return found
