"""Actors: one per entity, merging names, surnames, roles, pronouns and near-identical misspellings."""

from __future__ import annotations

from dataclasses import dataclass, field

from digest.core.quotes.speakers import Mention

_SYNONYMS = [
    {"ambassador", "delegate", "representative", "envoy"},
    {"spokesman", "spokeswoman", "spokesperson"},
    {"secretary"},
    {"minister"},
    {"official"},
]
_NATION_EQUIV = {"u.s.": "us", "american": "us", "u.s": "us", "united": "us", "washington": "us", "uk": "british"}
_NOISE = {"the", "a", "an", "of", "to", "for", "at", "in", "on", "and", "security", "council", "un", "un's"}
_PRONOUN_WINDOW = 12
"""How many sentences back a pronoun may reach for its actor."""
_KNOWN_NAMES_READ = 200
"""The most recent names read when asking whether the article named someone (bounded: linear time)."""


_HONORIFIC_OF_OTHER_GENDER = {"m": ("Mrs.", "Ms."), "f": ("Mr.",)}
_HONORIFICS = ("Mr.", "Mrs.", "Ms.")


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def _role_words(role: str) -> set[str]:
    words = {_NATION_EQUIV.get(w, w) for w in role.lower().replace(",", " ").split()}
    return {w for w in words if w not in _NOISE}


def _head_class(word: str) -> set[str]:
    for group in _SYNONYMS:
        if word in group:
            return group
    return {word}


@dataclass
class ActorState:
    """An actor while the article is read: its names, roles, kind, gender and when it last spoke."""

    name: str
    kind: str
    role: str | None = None
    gender: str = "?"
    aliases: list[str] = field(default_factory=list)
    last_seen: int = 0
    merged_into: ActorState | None = None
    seen: list[tuple[int, int, int]] = field(default_factory=list)

    def note(self, sentence: int, pos: int, subject: bool) -> None:
        """Remember a mention at character ``pos`` of ``sentence``; ``subject`` when it speaks or leads."""
        self.last_seen = max(self.last_seen, sentence)
        self.seen.append((sentence, 1 if subject else 0, pos))
        if len(self.seen) > 8:
            del self.seen[0]

    def rank_before(self, sentence: int, pos: int | None) -> tuple[int, int, int] | None:
        """The latest mention before ``pos`` of ``sentence`` (a subject outranks others in one sentence)."""
        best: tuple[int, int, int] | None = None
        for entry in self.seen:
            s, _, p = entry
            if s < sentence or (s == sentence and (pos is None or p < pos)):
                best = entry if best is None or entry > best else best
        return best

    def root(self) -> ActorState:
        """The actor this one was merged into (itself when not merged)."""
        node = self
        while node.merged_into is not None:
            node = node.merged_into
        return node

    def add_alias(self, text: str) -> None:
        """Remember another way the article names this actor."""
        if text and text != self.name and text not in self.aliases and text.lower() not in ("he", "she", "it"):
            self.aliases.append(text)


class Registry:
    """The actors of one article, in order of first appearance."""

    def __init__(self) -> None:
        self.actors: list[ActorState] = []
        self.names_seen: list[tuple[int, str]] = []
        self._surnames: dict[str, ActorState] | None = None

    def surnames(self) -> dict[str, ActorState]:
        """The live people by the last word of their names (a later actor wins a shared surname); kept until an
        actor is added or renamed, as every sentence reads it and few change it. Do not change the dict."""
        if self._surnames is None:
            self._surnames = {a.name.split()[-1]: a for a in self.live() if a.kind == "person"}
        return self._surnames

    def live(self) -> list[ActorState]:
        """Actors not merged into another one."""
        return [a for a in self.actors if a.merged_into is None]

    def knows(self, name: str) -> bool:
        """The article already named someone with this (last) name."""
        low = name.lower()
        recent = self.names_seen[-_KNOWN_NAMES_READ:]
        return any(a.name.lower().split()[-1] == low for a in self.live()) or any(
            n.lower().split()[-1] == low for _, n in recent
        )

    def note_names(self, sentence: int, names: list[str]) -> None:
        """Record person names written in a sentence (candidates for misspellings and nameless roles)."""
        for name in names:
            full = name if " " in name else self.named_in_full(name)
            if full is not None:
                self.names_seen.append((sentence, full))

    def named_in_full(self, surname: str) -> str | None:
        """The full name written earlier whose last word is this lone surname ('Both Reed and ...' after 'Tom
        Reed'), or None."""
        for _, name in reversed(self.names_seen[-_KNOWN_NAMES_READ:]):
            if " " in name and name.split()[-1] == surname:
                return name
        return None

    def resolve(
        self,
        mention: Mention,
        sentence: int,
        owner: ActorState | None = None,
        pos: int | None = None,
        subject: bool = True,
    ) -> ActorState | None:
        """The actor a mention refers to, creating it when new; None when it cannot be resolved safely.

        ``pos`` is the mention's character offset in its paragraph: a pronoun never refers to a name written
        after it, and among the names of one sentence it prefers a ``subject`` (a speaker or the sentence's lead).
        """
        actor = self._find(mention, sentence, owner, pos)
        if actor is None:
            return None
        actor = actor.root()
        actor.last_seen = sentence
        actor.note(sentence, pos if pos is not None else 0, subject)
        if mention.kind != "pronoun":
            actor.add_alias(mention.text.strip())
        return actor

    def _recent(self, sentence: int) -> list[ActorState]:
        return sorted(
            (a for a in self.live() if sentence - a.last_seen <= _PRONOUN_WINDOW),
            key=lambda a: a.last_seen,
            reverse=True,
        )

    def _find(self, m: Mention, sentence: int, owner: ActorState | None, pos: int | None) -> ActorState | None:
        if m.kind == "pronoun":
            return self._pronoun(m, sentence, owner, pos)
        if m.kind == "person":
            return self._person(m, sentence)
        if m.kind == "role":
            return self._role(m, sentence)
        key = m.name.lower()
        for a in self.live():
            if a.name.lower() == key or key in (x.lower() for x in a.aliases):
                return a
        if m.kind == "org" and len(m.name.split()) == 1:
            for a in sorted(self.live(), key=lambda x: x.last_seen, reverse=True):
                if a.kind == "org" and key in a.name.lower().split():
                    return a
        return self._new(m, sentence)

    def _new(self, m: Mention, sentence: int) -> ActorState:
        actor = ActorState(m.name, m.kind, m.role, m.gender, last_seen=sentence)
        self.actors.append(actor)
        self._surnames = None
        return actor

    def _before(self, sentence: int, pos: int | None) -> list[ActorState]:
        """Actors mentioned before ``pos`` of ``sentence`` within the pronoun window, latest first."""
        ranked = []
        for a in self.live():
            rank = a.rank_before(sentence, pos)
            if rank is not None and sentence - rank[0] <= _PRONOUN_WINDOW:
                ranked.append((rank, a))
        ranked.sort(key=lambda x: x[0], reverse=True)
        return [a for _, a in ranked]

    def _pronoun(self, m: Mention, sentence: int, owner: ActorState | None, pos: int | None) -> ActorState | None:
        wanted = {"m": ("person", "role"), "f": ("person", "role"), "n": ("org",), "p": ("group", "org")}
        kinds = wanted.get(m.gender)
        if kinds is None:
            return None
        candidates = [owner.root()] if owner is not None else self._before(sentence, pos)
        for a in candidates:
            if a.kind not in kinds:
                continue
            if m.gender in "mf" and a.gender not in ("?", m.gender):
                continue
            if m.gender in "mf" and owner is None and self._named_since(a, sentence):
                return self._named_before(sentence, m.gender)
            if m.gender in "mf":
                a.gender = m.gender
            return a
        if owner is None and m.gender in "mf":
            return self._named_before(sentence, m.gender)
        return None

    def _named_before(self, sentence: int, gender: str) -> ActorState | None:
        """'he' whose speaker is unclear: the person named first in the latest sentence naming anyone (a
        sentence's subject comes first: 'Anna Berg, 75, ... supported Gov. Tom Reed'), if of that gender."""
        latest: tuple[int, str] | None = None
        other = _HONORIFIC_OF_OTHER_GENDER.get(gender, ())
        for seen_at, name in reversed(self.names_seen):
            if sentence - seen_at > _PRONOUN_WINDOW or (latest is not None and seen_at != latest[0]):
                break
            if seen_at <= sentence and not name.startswith(other):  # 'Ms. Berg ... he said': not her
                latest = (seen_at, name)
        if latest is None:
            return None
        name = latest[1]
        if name.startswith(_HONORIFICS):
            name = name.split(" ", 1)[1]  # 'Mr. Reed' is the Tom Reed named before, by his surname
        actor = self._person(Mention(name, name, None, "person", gender), sentence)
        if actor.gender not in ("?", gender):
            return None
        actor.gender = gender
        return actor

    def _named_since(self, actor: ActorState, sentence: int) -> bool:
        """Another person was named after this actor last spoke: a pronoun would be ambiguous."""
        own = {actor.name.split()[-1].lower(), *(x.split()[-1].lower() for x in actor.aliases if x)}
        for seen_at, name in reversed(self.names_seen):
            if seen_at <= actor.last_seen:
                break
            if seen_at < sentence and name.split()[-1].lower() not in own:
                return True
        return False

    def _person(self, m: Mention, sentence: int) -> ActorState:
        full = m.name.lower()
        sur = m.surname.lower()
        single = len(m.name.split()) == 1
        for a in self.live():
            if a.kind != "person":
                continue
            an = a.name.lower()
            if an == full or (an.split()[-1] == sur and (single or len(an.split()) == 1)):
                if len(m.name) > len(a.name):
                    a.add_alias(a.name)
                    a.name, self._surnames = m.name, None
                if m.role and not a.role:
                    a.role = m.role
                return a
        if single and len(sur) >= 4:
            for a in self._recent(sentence):
                if a.kind == "person" and _edit_distance_at_most_one(a.name.split()[-1].lower(), sur):
                    return a
            for seen_at, name in reversed(self.names_seen):
                if sentence - seen_at > _PRONOUN_WINDOW:
                    break
                if _edit_distance_at_most_one(name.split()[-1].lower(), sur) and len(name.split()) >= 2:
                    return self._person(Mention(name, name, m.role, "person", m.gender), sentence)
        return self._new(m, sentence)

    def _role(self, m: Mention, sentence: int) -> ActorState:
        words = _role_words(m.name)
        head = m.name.lower().split()[-1] if m.name else ""
        for token in m.name.lower().split():
            if token in ("of", "for", "to", "at", "in"):
                break
            head = token
        heads = _head_class(head)
        indefinite = m.text.lower().startswith(("a ", "an ", "another "))
        if not indefinite:
            for a in sorted(self.live(), key=lambda x: x.last_seen, reverse=True):
                if a.kind not in ("person", "role"):
                    continue
                have = _role_words(" ".join(filter(None, [a.role, a.name if a.kind == "role" else None])))
                if not have & heads:
                    continue
                if (words - heads) <= have:
                    return a
        return self._new(m, sentence)
