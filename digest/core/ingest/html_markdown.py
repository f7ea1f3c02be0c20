"""The cleaned article body to Markdown (so headings survive as ``#`` lines), as ``markdownify`` writes it.

Most bodies hold only paragraphs, sub-headings, divisions, lists, block quotes and line breaks once the
body finder has cleaned them: :mod:`~digest.core.ingest.html_markdown_walk` writes their Markdown
straight from the lxml tree, byte for byte what markdownify writes. The others (tables, preformatted
text, inline markup ...) go to markdownify itself (:mod:`~digest.core.ingest.html_markdownify`), whose
modules (and BeautifulSoup's) are imported only then.
"""

from __future__ import annotations

import lxml.html

from digest.core.ingest.html_markdown_walk import walk_markdown


def body_markdown(body: lxml.html.HtmlElement) -> str:
    """Markdown of a cleaned body element (attributes other than ``href`` are left out)."""
    markdown = walk_markdown(body)
    if markdown is None:
        from digest.core.ingest.html_markdownify import markdownify_body  # BeautifulSoup: when first needed

        markdown = markdownify_body(body)
    return markdown


__all__ = ["body_markdown"]
