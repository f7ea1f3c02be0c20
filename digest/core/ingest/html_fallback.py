"""The second opinion for pages where digest's own body finder finds (next to) nothing.

When the own rules leave less than a couple of sentences, the page is handed to trafilatura (imported
here, lazily: it costs about a second at import and is needed on few pages), and its body, as HTML, goes
through the same cleaning, heading and Markdown steps as the own body. Nothing else uses it, so the
app's start-up and the common case never pay for it. When trafilatura is not installed or fails on a
page, there is no second opinion and the own (short) result stands.
"""

from __future__ import annotations

import logging

import lxml.html
from lxml import etree

from digest.core.ingest.html_content import article_body

FALLBACK_BELOW = 200
"""Fewer characters of body text than this (a cookie notice, a lone caption, nothing) ask for a second
opinion."""
FALLBACK_PAGE_CHARS = 1000
"""A page showing less text than this (a feed item's snippet, a fragment, a page of scripts) is what it
is: no second opinion."""


def fallback_markdown(page: str, headline: str | None) -> str | None:
    """Markdown of trafilatura's body of the page, cleaned by digest's rules, or None."""
    try:
        import trafilatura
    except ImportError:  # an install without it: no second opinion
        return None
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its warnings are not the reader's business
    try:
        extracted = trafilatura.extract(
            page, output_format="html", include_comments=False, include_tables=True, include_images=False
        )
    except (ValueError, TypeError, etree.LxmlError, RecursionError):
        return None
    if not extracted:
        return None
    try:
        document = lxml.html.document_fromstring(extracted)
    except etree.ParserError:
        return None
    from digest.core.ingest.html_markdown import body_markdown

    return body_markdown(article_body(document, headline))
