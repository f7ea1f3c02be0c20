"""A person the article calls by a lone first name ('Dervla says') is the one person it names in full with that
first name ('Dervla Quillacre'): feature writing names someone in full once and then by the first name. Once the
article is read, the actor met by the first name alone is merged into the full name's, so that a reader sees one
person with all their quotes rather than two."""

from __future__ import annotations

import re

from digest.core.lexicon import KIN
from digest.core.quotes.actor_state import ActorState

_AFTER_KIN = re.compile(r"\b([a-z]+)(?:, ([A-Z][^\W\d_]+)(?=,)| ([A-Z][^\W\d_]+)\b)")
"""A lower-case word and one capitalised word, set off by commas or not: 'her niece, Rosa, said', 'his son Tam'
when the first word is a noun of kin (not 'Born to a Cornish father, Yestin learned ...': a clause's subject)."""


def link_first_names(actors: list[ActorState], text: str) -> None:
    """Merge each person known by one word into the one person named in full whose first word it is, when no other
    person's full name opens or ends with that word (two Dervlas, or a surname 'Dervla', leave it alone) and the
    article did not introduce the word as a relative after writing the full name ('Rosa Lyn Tarvish runs the
    orchard. Her niece, Rosa, ...': another Rosa). ``text`` is the article's text."""
    opened_by: dict[str, list[ActorState]] = {}
    ends: set[str] = set()
    for actor in actors:
        words = actor.name.split()
        if actor.merged_into is None and actor.kind == "person" and len(words) > 1:
            opened_by.setdefault(words[0], []).append(actor)
            ends.add(words[-1])
    kin_named = _named_as_kin(text)
    for actor in actors:
        if actor.merged_into is not None or actor.kind != "person" or " " in actor.name or actor.name in ends:
            continue
        owners = opened_by.get(actor.name, [])
        if len(owners) != 1:
            continue
        full = text.find(owners[0].name)
        if any(full != -1 and full < at for at in kin_named.get(actor.name, [])):
            continue
        actor.merged_into = owners[0]
        owners[0].add_alias(actor.name)


def _named_as_kin(text: str) -> dict[str, list[int]]:
    """Where each capitalised word is written right after a noun of kin ('her niece, Rosa' -> Rosa at its place)."""
    found: dict[str, list[int]] = {}
    for m in _AFTER_KIN.finditer(text):
        if m.group(1) in KIN:
            group = 2 if m.group(2) else 3
            found.setdefault(m.group(group), []).append(m.start(group))
    return found
