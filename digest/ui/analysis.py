"""Summaries and quote reports, computed once per article and kept (a thread-safe cache).

The screen calls the computing methods from worker threads only; the UI thread reads the cache.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from digest.core.model import Article
from digest.core.quotes import QuoteReport, extract_quotes
from digest.core.summarize import Summary, summarize

Summarizer = Callable[[Article, int, str], Summary]
"""``summarize(article, sentences, method)``."""
QuoteFinder = Callable[[Article], QuoteReport]
"""``extract_quotes(article)``."""


def _summarize(article: Article, sentences: int, method: str) -> Summary:
    return summarize(article, sentences=sentences, method=method)


class Analyses:
    """The per-article results of the slow core functions."""

    def __init__(self, summarizer: Summarizer | None = None, quote_finder: QuoteFinder | None = None) -> None:
        """Use the core's summarizer and quote finder unless others are given (tests pass slow fakes)."""
        self.summarizer: Summarizer = summarizer or _summarize
        self.quote_finder: QuoteFinder = quote_finder or extract_quotes
        self._lock = threading.Lock()
        self._summaries: dict[tuple[int, int, str], Summary] = {}
        self._quotes: dict[int, QuoteReport] = {}

    def cached_summary(self, index: int, sentences: int, method: str) -> Summary | None:
        """The summary if it has been computed already."""
        with self._lock:
            return self._summaries.get((index, sentences, method))

    def keep_summary(self, index: int, sentences: int, method: str, summary: Summary) -> None:
        """Remember a summary known already (a library's cached one), so the screen never waits for it."""
        with self._lock:
            self._summaries[(index, sentences, method)] = summary

    def keep_quotes(self, index: int, report: QuoteReport) -> None:
        """Remember a quote report known already (a library's cached one)."""
        with self._lock:
            self._quotes[index] = report

    def summary(self, index: int, article: Article, sentences: int, method: str) -> Summary:
        """Compute (or fetch) a summary. Slow: call it from a worker thread."""
        cached = self.cached_summary(index, sentences, method)
        if cached is not None:
            return cached
        try:
            summary = self.summarizer(article, sentences, method)
        except Exception as error:  # any failure becomes a note in the panel, never a crash
            summary = Summary(method=method, sentences=[], note=f"could not summarise: {error}")
        self.keep_summary(index, sentences, method, summary)
        return summary

    def cached_quotes(self, index: int) -> QuoteReport | None:
        """The quote report if it has been computed already."""
        with self._lock:
            return self._quotes.get(index)

    def quotes(self, index: int, article: Article) -> QuoteReport:
        """Compute (or fetch) the quote report. Slow: call it from a worker thread."""
        cached = self.cached_quotes(index)
        if cached is not None:
            return cached
        try:
            report = self.quote_finder(article)
        except Exception:  # a failing extractor shows an empty sidebar, never a crash
            report = QuoteReport(actors=[], quotes=[])
        self.keep_quotes(index, report)
        return report
