"""The people a description such as 'the secretary' or 'the novelist' may stand for (split off ``actors``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from digest.core.quotes.gender import org_name

if TYPE_CHECKING:
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
