"""A person the article calls by a lone first name ('Dervla says') is the one person it names in full with that
first name ('Dervla Quillacre'): feature writing names someone in full once and then by the first name. Once the
article is read, the actor met by the first name alone is merged into the full name's, so that a reader sees one
person with all their quotes rather than two. A person known only by a known first name whose full name the
article writes once but no actor holds ('Her niece, NAME SURNAME, 52, had driven up.' then '"A," NAME said') is shown
under that full name."""

from __future__ import annotations

import re

from digest.core.lexicon import KIN
from digest.core.quotes.actor_state import ActorState
from digest.core.quotes.actor_words import short_form
from digest.core.quotes.gender import first_name_lean

_AFTER_KIN = re.compile(r"\b([a-z]+)(?:, ([A-Z][^\W\d_]+)(?=,)| ([A-Z][^\W\d_]+)\b)")
"""A lower-case word and one capitalised word, set off by commas or not: 'her niece, Ysella, said', 'his son Kenwyn'
when the first word is a noun of kin (not 'Born to a Cornish father, Yestin learned ...': a clause's subject)."""


def link_first_names(actors: list[ActorState], text: str) -> None:
    """Merge each person known by one word into the one person named in full whose first word it is, when no other
    person's full name opens or ends with that word (two Dervlas, or a surname 'Dervla', leave it alone) and the
    article did not introduce the word as a relative after writing the full name ('Ysella Tarvish runs the
    orchard. Her niece, Ysella, ...': another Ysella). ``text`` is the article's text."""
    opened_by: dict[str, list[ActorState]] = {}
    ends: set[str] = set()
    for actor in actors:
        words = actor.name.split()
        if actor.merged_into is None and actor.kind == "person" and len(words) > 1:
            for first in {words[0], *(a.split()[0] for a in actor.aliases if short_form(a, actor.name))}:
                opened_by.setdefault(first, []).append(actor)  # 'Rob' of 'Robert Reed', also met as 'Rob Reed'
            ends.add(words[-1])
    if not any(
        a.merged_into is None and a.kind == "person" and " " not in a.name and a.name not in ends for a in actors
    ):
        return  # no person known by one word: nothing to merge or to name in full (spares reading the text)
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
    _name_in_full(actors, text, ends, kin_named)


_PAIR = re.compile(r"\b([^\W\d_]+)\s(?=([A-Z][^\W\d_]+(?:[-’'][A-Z]?[^\W\d_]+)?)\b)")
"""A capitalised word and the capitalised word after it ('Dervla Quillacre'); each pair of a longer run too."""
_SUFFIXES = frozenset({"Jr", "Sr"})
"""Words after a name that are no surname ('NAME Jr')."""
_NAME_GOES_ON = re.compile(r"(?:\b[A-Z][\w’'-]*|\b[Tt]he)\s$")
"""A capitalised word or 'the' right before the first name: the name is part of a longer one ('the Ali Center')."""


def _name_in_full(actors: list[ActorState], text: str, ends: set[str], kin_named: dict[str, list[int]]) -> None:
    """A person known only by a known first name ('Dervla says'), whose full name the article writes but no actor
    holds ('Dervla Quillacre joined the crew.'), is shown under that full name: when the text writes the first name
    before one capitalised word only and never inside a longer name, no actor is known by it, no actor's name ends
    with the first name, and the person holds no title ('Admiral NAME' is a surname)."""
    names = {a.name for a in actors}
    lone = {
        a.name: a
        for a in actors
        if a.merged_into is None and a.kind == "person" and " " not in a.name and a.name not in ends
        if a.role is None and a.name not in kin_named and first_name_lean(a.name) is not None
    }
    if not lone:
        return  # spares reading the text's pairs of words
    followers: dict[str, set[str]] = {}
    for m in _PAIR.finditer(text):
        if m.group(1) in lone:
            inside = _NAME_GOES_ON.search(text, max(0, m.start() - 40), m.start()) is not None
            followers.setdefault(m.group(1), set()).add("" if inside else m.group(2))
    for word, actor in lone.items():
        after = followers.get(word, set())
        full = f"{word} {next(iter(after))}" if len(after) == 1 and "" not in after else None
        if full is None or full in names or full.split()[-1] in _SUFFIXES:
            continue  # 'NAME Jr' follows a surname
        if not any(a.name.endswith(f" {full}") for a in actors):
            actor.name = full
            actor.add_alias(word)


def _named_as_kin(text: str) -> dict[str, list[int]]:
    """Where each capitalised word is written right after a noun of kin ('her niece, Ysella' -> Ysella at its place)."""
    found: dict[str, list[int]] = {}
    for m in _AFTER_KIN.finditer(text):
        if m.group(1) in KIN:
            group = 2 if m.group(2) else 3
            found.setdefault(m.group(group), []).append(m.start(group))
    return found
