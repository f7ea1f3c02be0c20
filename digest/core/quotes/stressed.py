"""A role stressed by a reflexive pronoun ('The player himself posted ...', 'the owner herself wrote'): the
person the passage is about, found as 'he' or 'she' would be; the role alone when no such person is found.

'Himself' and 'herself' after a definite role stress that the words come from the very person the article has
been writing about (the player named in the sentences before, not a spokesman or an agent for him), so the role
is read like the pronoun it stands beside."""

from __future__ import annotations

import re
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
    if found is None or found.kind != "person" or _role_met_apart(registry, found, words[-2]):
        return None
    return found


def _role_met_apart(registry: Registry, person: ActorState, head: str) -> bool:
    """The role was written as someone else in the person's paragraphs or in this one before ('NAME was dropped
    after a row with the coach. / The coach himself wrote'): 'the coach' not right before a name ('the coach
    NAME')."""
    apart = re.compile(rf"\b(?:the|their|his|her)\s+{re.escape(head)}\b(?!\s+[A-Z])", re.IGNORECASE)
    paras = {place[0] for place in registry.described.written.get(person.name, ())}
    before = registry.current_paragraph_before()
    return any(apart.search(para[-_REACH:]) for para in paras) or apart.search(before[-_REACH:]) is not None


_REACH = 2000
"""How many characters of a paragraph, back from its end, are searched for the role (a bound that keeps the rule
linear on a hostile paragraph of a megabyte)."""
