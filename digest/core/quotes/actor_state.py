"""An actor while an article is read (split out of ``actors.py``, unchanged): its names, roles, kind, gender
and where it was last met."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ActorState:
    """An actor while the article is read: its names, roles, kind, gender and where it was last met."""

    name: str
    kind: str
    role: str | None = None
    gender: str = "?"
    aliases: list[str] = field(default_factory=list)
    last_seen: int = 0
    merged_into: ActorState | None = None
    seen: list[tuple[int, int, int]] = field(default_factory=list)
    mentions: int = 0
    """How often the actor was met in the article (every mention, pronouns too)."""
    stood_for: str | None = None
    """For a person first met by a lone surname, the full name written before that it stood for ('Reyes' after
    'Ana Reyes')."""

    def note(self, sentence: int, pos: int, subject: bool) -> None:
        """Remember a mention at character ``pos`` of ``sentence``; ``subject`` when it speaks or leads."""
        self.last_seen = max(self.last_seen, sentence)
        self.mentions += 1
        self.seen.append((sentence, 1 if subject else 0, pos))
        if len(self.seen) > 8:
            del self.seen[0]

    def led_in_full(self, sentence: int, other_gender: str) -> bool:
        """A person named in full ('Marit Pell'), not known to be of ``other_gender``, met as the subject (a
        speaker or the lead) of ``sentence``."""
        named = self.kind == "person" and " " in self.name and self.gender != other_gender
        return named and any(s == sentence and subject for s, subject, _ in self.seen)

    def spoke_lately(self, sentence: int) -> bool:
        """Met as a subject (a speaker or the lead) of ``sentence`` or of the one before it."""
        return any(subject and sentence - s in (0, 1) for s, subject, _ in self.seen)

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
