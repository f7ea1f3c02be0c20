"""Extractive summaries (STUB: the Summaries issue replaces the body, keeping this interface).

Public interface, relied on by the UI, the export and the library:

- ``METHODS``: the method names (``default`` first).
- ``summarize(article, sentences=3, method="default") -> Summary``
- ``Summary`` with ``method``, ``sentences`` (whole-article summary, article order, each exactly as it
  appears in a section's text), ``sections`` (``SectionSummary`` per section) and ``note`` (a fallback
  message, e.g. "article too long for kl; used default", or None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from digest.core.model import Article

METHODS: tuple[str, ...] = ("default", "lead")
"""Summary methods, the default first."""


@dataclass(frozen=True)
class SectionSummary:
    """The summary of one section."""

    title: str | None
    sentences: list[str]


@dataclass(frozen=True)
class Summary:
    """An article's extractive summary."""

    method: str
    sentences: list[str]
    sections: list[SectionSummary] = field(default_factory=list)
    note: str | None = None

    def to_dict(self, title: str) -> dict[str, object]:
        """The JSON shape of ``digest summary --json``."""
        return {
            "title": title,
            "method": self.method,
            "summary": list(self.sentences),
            "sections": [{"title": s.title, "summary": list(s.sentences)} for s in self.sections],
            "note": self.note,
        }


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.replace("\n\n", " ")) if s]


def summarize(article: Article, sentences: int = 3, method: str = "default") -> Summary:
    """Summarise an article (stub: its first sentences)."""
    per_section = [SectionSummary(s.title, _sentences(s.text)[:sentences]) for s in article.sections]
    return Summary(method=method, sentences=_sentences(article.text)[:sentences], sections=per_section)
