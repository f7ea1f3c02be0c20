"""Indexes of an article's actors, so that a mention is resolved without reading every actor met so far (a hostile
article of a thousand organisations, each followed by 'the company said', stays near linear): who was met in the
last few sentences, and which people a name may be."""

from __future__ import annotations

from collections.abc import Iterable

from digest.core.quotes.actor_state import ActorState
from digest.core.quotes.actor_words import SHORT_FORM
from digest.core.quotes.mention_parts import NAME_PARTICLES


class Recency:
    """The actors met at each sentence, in the order they were first met in the article."""

    def __init__(self) -> None:
        self._at: dict[int, dict[int, ActorState]] = {}
        """The actors met at each sentence, each filed once (by ``id``), however often it was met there."""
        self._order: dict[int, int] = {}
        self._latest = 0

    def note(self, actor: ActorState, sentence: int, pos: int, subject: bool) -> None:
        """Remember a mention of ``actor`` at character ``pos`` of ``sentence`` (see :meth:`ActorState.note`)."""
        actor.note(sentence, pos, subject)
        self.met(actor, sentence)

    def met(self, actor: ActorState, sentence: int) -> None:
        """Note that ``actor`` was met (or made) at ``sentence``: filed under it and under its ``last_seen``."""
        self._order.setdefault(id(actor), len(self._order))
        for at in {sentence, actor.last_seen}:
            self._at.setdefault(at, {})[id(actor)] = actor
            self._latest = max(self._latest, at)

    def within(self, sentence: int, window: int) -> list[ActorState]:
        """The actors not merged away met at ``window`` sentences before ``sentence`` or later, in the order they
        were first met: every actor whose last mention or ``last_seen`` lies there, and maybe a few more (the
        caller keeps those its own test passes)."""
        found: dict[int, ActorState] = {}
        for at in range(sentence - window, self._latest + 1):
            for actor in self._at.get(at, {}).values():
                if actor.merged_into is None:
                    found.setdefault(id(actor), actor)
        return self.in_order(found.values())

    def in_order(self, actors: Iterable[ActorState]) -> list[ActorState]:
        """``actors`` in the order they were first met."""
        return sorted(actors, key=lambda actor: self._order[id(actor)])


class NameBook:
    """The actors of an article by the names and aliases they were given and the last words of their names, people
    also by their first words and organisations by each word of theirs (all lower case)."""

    def __init__(self, order: Recency) -> None:
        self._by: dict[tuple[str, str], dict[int, ActorState]] = {}
        """The actors under each key, each filed once (by ``id``): a name repeated a thousand times is one entry."""
        self._order = order

    def named(self, actor: ActorState) -> None:
        """Note an actor, or a person's new name."""
        name = actor.name.lower()
        words = name.split()
        keys = [("name", name), ("last", words[-1])] if words else []
        if actor.kind == "person" and words:
            keys.append(("first", words[0]))
            if len(words) == 2:  # 'Lynette Reed' under 'lyn reed', 'lyne reed', ...: its name cut short
                keys += [("short", f"{words[0][:k]} {words[1]}") for k in range(SHORT_FORM, len(words[0]))]
        elif actor.kind == "org":
            keys += [("word", word) for word in words]
        for key in keys:
            self._by.setdefault(key, {})[id(actor)] = actor

    def aliased(self, actor: ActorState, text: str) -> None:
        """Note another name of ``actor``."""
        self._by.setdefault(("name", text.lower()), {})[id(actor)] = actor

    def _live(self, keys: list[tuple[str, str]]) -> list[ActorState]:
        found = {id(a): a for key in keys for a in self._by.get(key, {}).values() if a.merged_into is None}
        return self._order.in_order(found.values())

    def called(self, name: str) -> list[ActorState]:
        """The live actors named or aliased ``name`` (any case), in the order they were first met."""
        return self._live([("name", name.lower())])

    def ending(self, word: str) -> list[ActorState]:
        """The live actors one of whose names ends with ``word`` (any case), in the order they were first met."""
        return self._live([("last", word.lower())])

    def orgs_holding(self, word: str) -> list[ActorState]:
        """The live organisations one of whose names' words is ``word`` (any case), in the order first met."""
        return self._live([("word", word.lower())])

    def bearers(self, name: str) -> list[ActorState]:
        """The live people the person ``name`` may be, in the order they were first met: those so named, those
        of its one word as a surname or a family name written first, those of its surname when the words before
        it are particles ('van Drunel'), and those of the surname alone (maybe a few more: the caller keeps those
        :func:`~digest.core.quotes.actor_words.same_bearer` passes)."""
        words = name.lower().split()
        if not words:
            return []
        keys = [("name", " ".join(words)), ("name", words[-1])]
        if len(words) == 1:
            keys += [("last", words[0]), ("first", words[0])]
        elif all(w in NAME_PARTICLES for w in words[:-1]):  # 'van Drunel'
            keys.append(("last", words[-1]))
        elif len(words) == 2:  # 'Lyn Reed' after 'Lynette Reed', or the reverse: a few exact keys, not every
            keys.append(("short", " ".join(words)))  # '... Foods' (bounded: linear time)
            keys += [("name", f"{words[0][:k]} {words[1]}") for k in range(SHORT_FORM, len(words[0]))]
        return [a for a in self._live(keys) if a.kind == "person"]
