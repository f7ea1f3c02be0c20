"""A role stressed by a reflexive pronoun ('The player himself posted ...', 'the owner herself wrote'): the
person the passage is about, found as 'he' or 'she' would be; the role alone when no such person is found.

'Himself' and 'herself' after a definite role stress that the words come from the very person the article has
been writing about (the player named in the sentences before, not a spokesman or an agent for him), so the role
is read like the pronoun it stands beside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from digest.core.quotes.mentions import Mention

if TYPE_CHECKING:
    from digest.core.quotes.actor_state import ActorState
    from digest.core.quotes.actors import Registry

_REFLEXIVES = {"himself": ("he", "m"), "herself": ("she", "f")}


def stressed_person(registry: Registry, m: Mention, sentence: int, pos: int | None) -> ActorState | None:
    """The person a definite role followed by 'himself' or 'herself' stands for (None when it is no such role or
    no person is found)."""
    words = m.text.lower().split()
    if m.kind != "role" or len(words) < 2 or words[-1] not in _REFLEXIVES or words[0] in ("a", "an", "another"):
        return None
    pronoun, gender = _REFLEXIVES[words[-1]]
    found = registry.pronoun_of(Mention(words[-1], pronoun, None, "pronoun", gender), sentence, pos)
    return found if found is not None and found.kind == "person" else None
