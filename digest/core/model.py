"""The data model shared by every part of digest."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    """One part of an article: the lead (``title`` None) or the text under a sub-heading.

    Attributes:
        title: The sub-heading as displayed, or None for the lead before the first sub-heading.
        text: The body as plain text, paragraphs separated by one blank line.
    """

    title: str | None
    text: str

    @property
    def paragraphs(self) -> list[str]:
        """The section's paragraphs, in order."""
        return [p for p in self.text.split("\n\n") if p.strip()]


@dataclass(frozen=True)
class Article:
    """A cleaned article: a title and its own sections.

    Attributes:
        title: The headline (never empty).
        source: Where the article came from: a file path or URL as given.
        sections: The lead and the sub-headed sections, in article order.
        url: The article's canonical URL, when the source says it.
        format: The input format: ``text``, ``markdown`` or ``html``.
    """

    title: str
    source: str
    sections: tuple[Section, ...]
    url: str | None = None
    format: str = "text"
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def text(self) -> str:
        """The article's whole body text, sections joined by blank lines (headings left out)."""
        return "\n\n".join(s.text for s in self.sections if s.text)

    @property
    def section_titles(self) -> list[str]:
        """The titles of the sub-headed sections, in order."""
        return [s.title for s in self.sections if s.title is not None]

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of ``digest sections --json``."""
        return {
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "format": self.format,
            "sections": [{"title": s.title, "text": s.text} for s in self.sections],
        }
