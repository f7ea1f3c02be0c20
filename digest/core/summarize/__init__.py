"""Extractive summaries of an ingested article, offline, for the whole article and each section.

Public interface, relied on by the UI, the export and the library:

- ``METHODS``: the method names (``default`` first).
- ``summarize(article, sentences=3, method="default") -> Summary``
- ``Summary`` with ``method``, ``sentences`` (whole-article summary, article order, each exactly as it
  appears in a section's text), ``sections`` (``SectionSummary`` per section) and ``note`` (a fallback
  message, e.g. "article too long for kl (900 sentences, limit 120): used default", or None).

The sentences come from the article's sections as ingested, paragraph by paragraph
(:mod:`digest.core.summarize.sentences`); the ``default`` method is digest's own
(:mod:`digest.core.summarize.ranking`); the others are ``lead`` (the first sentences) and sumy's methods
(:mod:`digest.core.summarize.sumy_methods`). Results are cached in-process by article content, method and
sentence count.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

from digest.core.model import Article
from digest.core.summarize.ranking import rank
from digest.core.summarize.sentences import Sentence, article_sentences
from digest.core.summarize.sumy_methods import BUDGETS, SUMY_METHODS, run_sumy, within_budget

METHODS: tuple[str, ...] = ("default", "lead", *SUMY_METHODS)
"""Summary methods, the default first."""

DEFAULT_SENTENCES = 3
"""How many sentences a summary has unless asked otherwise."""

_CACHE_SIZE = 128


@dataclass(frozen=True)
class SectionSummary:
    """The summary of one section."""

    title: str | None
    sentences: list[str]


@dataclass(frozen=True)
class Summary:
    """An article's extractive summary.

    Attributes:
        method: The method that produced the summary (``default`` when a sumy method fell back to it).
        sentences: The whole-article summary, in article order, each an exact substring of a section's text.
        sections: One summary per section, in article order.
        note: Why the result differs from what was asked (a fallback), or None.
        requested: The method that was asked for.
    """

    method: str
    sentences: list[str]
    sections: list[SectionSummary] = field(default_factory=list)
    note: str | None = None
    requested: str | None = None

    def to_dict(self, title: str) -> dict[str, object]:
        """The JSON shape of ``digest summary --json``."""
        return {
            "title": title,
            "method": self.method,
            "summary": list(self.sentences),
            "sections": [{"title": s.title, "summary": list(s.sentences)} for s in self.sections],
            "note": self.note,
        }


def _pick(method: str, sentences: Sequence[Sentence], count: int, headings: dict[int, str]) -> tuple[list[int], str]:
    """Pick sentence indices with a method; return them and the method actually used."""
    texts = [s.text for s in sentences]
    paragraphs = [s.paragraph for s in sentences]
    if method == "lead":
        return list(range(min(count, len(texts)))), method
    if method in SUMY_METHODS:
        if within_budget(method, len(texts)):
            return run_sumy(method, texts, paragraphs, count, headings), method
        method = "default"
    return rank(texts, paragraphs, count), method


def _content_key(article: Article) -> str:
    """A hash of what a summary depends on: the title and the sections."""
    digest = hashlib.sha256(article.title.encode())
    for section in article.sections:
        digest.update(b"\0" + (section.title or "").encode() + b"\0" + section.text.encode())
    return digest.hexdigest()


_cache: OrderedDict[tuple[str, str, int], Summary] = OrderedDict()


def summarize(
    article: Article, sentences: int = DEFAULT_SENTENCES, method: str = "default", *, cache: bool = True
) -> Summary:
    """Summarise an article with a method from :data:`METHODS`: the whole article and each section.

    Results are remembered (the last 128, keyed by article content, method and count) unless ``cache`` is
    False.

    Raises:
        ValueError: Unknown method, or a sentence count below 1.
    """
    if method not in METHODS:
        raise ValueError(f"unknown summary method {method!r} (choose from {', '.join(METHODS)})")
    if sentences < 1:
        raise ValueError("a summary needs at least 1 sentence")
    if not cache:
        return _summarize(article, sentences, method)
    key = (_content_key(article), method, sentences)
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    summary = _summarize(article, sentences, method)
    _cache[key] = summary
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return summary


def _headings(article: Article, every: Sequence[Sentence]) -> dict[int, str]:
    """Heading text by paragraph number: the article title, and each section's title before its first paragraph."""
    headings: dict[int, str] = {}
    seen: set[int] = set()
    for sentence in every:
        if sentence.section in seen:
            continue
        seen.add(sentence.section)
        title = article.sections[sentence.section].title
        if title:
            headings[sentence.paragraph] = title
    if every:
        headings.setdefault(every[0].paragraph, article.title)
    return headings


def _summarize(article: Article, count: int, method: str) -> Summary:
    """Summarise without the cache."""
    every = article_sentences(article)
    headings = _headings(article, every)
    picked, used = _pick(method, every, count, headings)
    fallbacks = [] if used == method else [len(every)]
    section_summaries = []
    by_section: list[list[Sentence]] = [[] for _ in article.sections]
    for sentence in every:
        by_section[sentence.section].append(sentence)
    for section, own in zip(article.sections, by_section, strict=True):
        if own and len(own) == len(every):  # the only section with sentences: its summary is the article's
            section_summaries.append(SectionSummary(section.title, [every[i].text for i in picked]))
            continue
        chosen, section_used = _pick(method, own, count, headings)
        if section_used != method:
            fallbacks.append(len(own))
        section_summaries.append(SectionSummary(section.title, [own[i].text for i in chosen]))
    note = None
    if fallbacks:
        if used == method:
            note = f"some sections too long for {method} (limit {BUDGETS[method]} sentences): used default there"
        else:
            note = f"article too long for {method} ({len(every)} sentences, limit {BUDGETS[method]}): used default"
    return Summary(
        method=used, sentences=[every[i].text for i in picked], sections=section_summaries, note=note, requested=method
    )


__all__ = ["DEFAULT_SENTENCES", "METHODS", "SectionSummary", "Summary", "summarize"]
