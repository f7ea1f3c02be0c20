"""Shared helpers of the quote tests: the quotes `digest` finds in an invented text."""

from __future__ import annotations

from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes


def quotes_of(text: str) -> list[tuple[str, str, str]]:
    """(kind, speaker, text) of every quote of ``text`` (paragraphs apart by blank lines), in article order; each
    quote's offsets are checked to locate its text."""
    report = extract_quotes(Article(title="Invented headline", source="probe.txt", sections=(Section(None, text),)))
    for q in report.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.kind, q.speaker, q.text) for q in report.quotes]


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the quote of ``text`` holding ``words`` (None when there is none)."""
    return next((speaker for _, speaker, quoted in quotes_of(text) if words in quoted), None)


def direct_quotes(text: str) -> list[tuple[str, str]]:
    """(speaker, text) of every direct quote of ``text``, in article order."""
    return [(speaker, quoted) for kind, speaker, quoted in quotes_of(text) if kind == "direct"]


def direct_speaker_of(text: str, words: str) -> str | None:
    """The speaker of the direct quote of ``text`` holding ``words`` (None when there is none)."""
    return next((speaker for speaker, quoted in direct_quotes(text) if words in quoted), None)
