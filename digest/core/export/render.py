"""Analyse articles (summary and quotes) and render them as one Markdown digest."""

from __future__ import annotations

from collections.abc import Sequence

from digest.core.export.document import AnalysedArticle, render_analysed
from digest.core.export.options import ExportOptions
from digest.core.model import Article
from digest.core.quotes import extract_quotes
from digest.core.summarize import summarize


def analyse(article: Article, options: ExportOptions | None = None) -> AnalysedArticle:
    """Summarise an article and find who said what, as the export needs them."""
    options = options or ExportOptions()
    return AnalysedArticle(article, summarize(article, options.sentences, options.method), extract_quotes(article))


def render_digest(articles: Sequence[Article], options: ExportOptions | None = None) -> str:
    """Render articles as a Markdown digest (analysing each one first).

    Raises:
        ExportError: No date was given and SOURCE_DATE_EPOCH is malformed.
    """
    options = options or ExportOptions()
    return render_analysed([analyse(article, options) for article in articles], options)
