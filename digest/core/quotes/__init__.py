"""Who said what: direct and reported quotes attributed to actors, by plain rules and a small learned ranker.

Public interface, relied on by the UI, the export and the library:

- ``extract_quotes(article) -> QuoteReport``
- ``QuoteReport`` with ``actors`` (``Actor``: name, role, aliases, quotes count; sorted by number of
  quotes, most first) and ``quotes`` (``Quote``: speaker = canonical actor name, text, kind "direct" or
  "indirect", section title or None, section_index into article.sections, start/end offsets of text in
  that section's text), in article order; ``to_dict(title)`` gives the ``digest quotes --json`` shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from digest.core.model import Article
from digest.core.quotes.extract import read_article
from digest.core.quotes.ranker import load_model


@dataclass(frozen=True)
class Quote:
    """One quotation, direct or reported, attributed to an actor."""

    speaker: str
    text: str
    kind: str
    section: str | None
    section_index: int
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of one quote."""
        return {
            "speaker": self.speaker,
            "text": self.text,
            "kind": self.kind,
            "section": self.section,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Actor:
    """A person, organisation or anonymous source quoted in an article."""

    name: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    quotes: int = 0

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of one actor."""
        return {"name": self.name, "role": self.role, "aliases": list(self.aliases), "quotes": self.quotes}


@dataclass(frozen=True)
class QuoteReport:
    """Every quote in an article and the actors who said them."""

    actors: list[Actor]
    quotes: list[Quote]

    def quotes_of(self, name: str) -> list[Quote]:
        """The quotes of one actor, in article order."""
        return [q for q in self.quotes if q.speaker == name]

    def to_dict(self, title: str) -> dict[str, object]:
        """The JSON shape of ``digest quotes --json``."""
        return {
            "title": title,
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
        }


def extract_quotes(article: Article) -> QuoteReport:
    """Extract every attributed quote of an article, direct and reported, and the actors who said them."""
    found, registry = read_article([s.text for s in article.sections], load_model())
    counts: dict[int, int] = {}
    for f in found:
        counts[id(f.actor.root())] = counts.get(id(f.actor.root()), 0) + 1
    quotes = [
        Quote(
            speaker=f.actor.root().name,
            text=f.text,
            kind=f.kind,
            section=article.sections[f.section_index].title,
            section_index=f.section_index,
            start=f.start,
            end=f.end,
        )
        for f in found
    ]
    actors = [
        Actor(name=a.name, role=a.role, aliases=[x for x in a.aliases if x != a.name], quotes=counts[id(a)])
        for a in registry.live()
        if id(a) in counts
    ]
    actors.sort(key=lambda a: -a.quotes)
    return QuoteReport(actors=actors, quotes=quotes)
