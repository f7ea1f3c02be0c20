"""A digest of library articles: their stored text with the library's cached summaries and quotes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from digest.core.export.document import AnalysedArticle
from digest.core.export.options import ExportOptions
from digest.core.store import Library
from digest.core.store.articles import ArticleRow


def analysed_rows(
    library: Library,
    rows: Sequence[ArticleRow],
    options: ExportOptions,
    progress: Callable[[int, int], None] | None = None,
) -> list[AnalysedArticle]:
    """Each row's article with its summary and quotes (from the cache; computed and cached when missing).

    Rows whose article has gone from the library are skipped. ``progress(done, total)`` is called after each.
    """
    analysed = []
    for done, row in enumerate(rows, start=1):
        article = library.article(row.id)
        if article is not None:
            summary = library.summary_of(article, options.sentences, options.method)
            analysed.append(AnalysedArticle(article, summary, library.quotes_of(article)))
        if progress is not None:
            progress(done, len(rows))
    return analysed
