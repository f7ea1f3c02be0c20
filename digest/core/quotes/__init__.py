"""Who said what: direct and reported quotes attributed to actors, by plain rules and a small learned ranker.

Public interface, relied on by the UI, the export and the library:

- ``extract_quotes(article) -> QuoteReport``
- ``QuoteReport`` with ``actors`` (``Actor``: name, role, aliases, quotes count; sorted by number of
  quotes, most first) and ``quotes`` (``Quote``: speaker = the actor's name, with the short title the article
  wrote before it, 'Mayor Jane Roe', see ``display_name``; text, kind "direct" or
  "indirect", section title or None, section_index into article.sections, start/end offsets of text in
  that section's text), in article order; ``to_dict(title)`` gives the ``digest quotes --json`` shape.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from digest.core.lexicon import ROLE_NOUNS, TITLE_WORDS
from digest.core.model import Article
from digest.core.quotes.actors import ActorState
from digest.core.quotes.extract import Found, read_article
from digest.core.quotes.listing import listed
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

    @cached_property
    def listed(self) -> list[Quote]:
        """The quotes a reader is shown (see :func:`~digest.core.quotes.listing.listed`), worked out once: the
        article list, the sidebar and the palette all count them. Do not change the list."""
        return listed(self.quotes)

    @cached_property
    def listed_counts(self) -> Counter[str]:
        """How many of :attr:`listed` each speaker has."""
        return Counter(q.speaker for q in self.listed)

    def to_dict(self, title: str) -> dict[str, object]:
        """The JSON shape of ``digest quotes --json``."""
        return {
            "title": title,
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
        }


_LONGEST_TITLE = 3
"""The most words of a title written before a name ('Mayor', 'Fire Commissioner', 'Deputy Secretary of State'
is no title: it holds a lower-case word)."""


def _job_not_title(word: str) -> bool:
    """A role noun that is no title ('Analyst', 'Pensioner'; not 'Mayor', 'Sen.')."""
    low = word.lower().rstrip(".")
    return low in ROLE_NOUNS and low not in TITLE_WORDS and low not in _ROLES_AS_TITLES


_ROLES_AS_TITLES = frozenset(
    {"coach", "constable", "detective", "doctor", "imam", "inspector", "nurse", "pastor", "rabbi", "sheriff", "vicar"}
)
"""Role nouns also written as a title before a name ('Rabbi NAME', 'Detective NAME')."""


def display_name(actor: ActorState) -> str:
    """The name an actor is shown by: its name with the title the article wrote before it ('Mayor Jane Roe',
    'Sen. Tom Doe'), so that a quote attributed to the person reads as the article introduced them; a
    role that is no short title ('spokesman for the campaign') stays in the actor's role."""
    role = actor.role
    if actor.kind != "person" or not role:
        return actor.name
    words = role.split()
    if len(words) > _LONGEST_TITLE or not all(w[:1].isupper() for w in words):
        return actor.name
    if len(words) == 1 and _job_not_title(words[0]):
        return actor.name  # 'Analyst Dana Pike', 'Pensioner Ann Berg': a job capitalised to open the sentence
    titled = f"{role} {actor.name}"
    written = any(alias == titled or alias.startswith((titled + " ", titled + ",")) for alias in actor.aliases)
    return titled if written else actor.name


def _once_each(found: list[Found]) -> list[Found]:
    """``found`` in its order without a second quote of the same kind, speaker and stretch of the same section: one
    clause reached by two routes ('NAME said he told them that "A", and that B' gives NAME's B twice) is one quote.
    Two speakers of one stretch both stay: which of them said it is the attribution passes' question."""
    seen: set[tuple[str, int, int, int, int]] = set()
    kept: list[Found] = []
    for item in found:
        key = (item.kind, id(item.actor.root()), item.section_index, item.start, item.end)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def extract_quotes(article: Article) -> QuoteReport:
    """Extract every attributed quote of an article, direct and reported, and the actors who said them."""
    found, registry = read_article([s.text for s in article.sections], load_model())
    found = _once_each(found)
    counts: dict[int, int] = {}
    names: dict[int, str] = {}
    for f in found:
        root = f.actor.root()
        counts[id(root)] = counts.get(id(root), 0) + 1
        names.setdefault(id(root), display_name(root))
    quotes = [
        Quote(
            speaker=names[id(f.actor.root())],
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
        Actor(
            name=names[id(a)],
            role=a.role,
            aliases=[x for x in [a.name, *a.aliases] if x != names[id(a)]],
            quotes=counts[id(a)],
        )
        for a in registry.live()
        if id(a) in counts
    ]
    actors.sort(key=lambda a: -a.quotes)
    return QuoteReport(actors=actors, quotes=quotes)
