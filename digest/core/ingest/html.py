"""HTML pages: find the article body, drop boilerplate, convert to Markdown and split on headings.

The pipeline (chosen by measurement on the evaluation corpus, see ``benchmarks/sections.py`` and the
README): lxml parses the page; :mod:`~digest.core.ingest.html_meta` reads the headline and URL;
:mod:`~digest.core.ingest.html_content` finds the body and removes boilerplate with general rules;
the cleaned body becomes Markdown so headings survive, as ``markdownify`` writes it
(:mod:`~digest.core.ingest.html_markdown`: most bodies are written straight from the lxml tree); and
:func:`~digest.core.ingest.markdown.parse_markdown` splits it into sections. When that leaves almost
nothing, :mod:`~digest.core.ingest.html_fallback` asks trafilatura for a second opinion.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from digest.core.ingest.html_clean import BOILERPLATE_HEADING, is_boilerplate_text
from digest.core.ingest.html_content import article_body
from digest.core.ingest.html_fallback import FALLBACK_BELOW, FALLBACK_PAGE_CHARS, fallback_markdown
from digest.core.ingest.html_markdown import body_markdown
from digest.core.ingest.html_meta import meta_and_links, page_headings, page_title, page_url
from digest.core.ingest.markdown import parse_markdown
from digest.core.model import Article, Section
from digest.core.sanitize import clean_text, markup_text

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_ELEMENT_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)
"""lxml.html's element classes chosen in C: lxml.html's own lookup calls Python for every element
(to give form fields their own classes, which nothing here uses)."""
_TEXT_LIMIT = re.compile(r"Buffer size limit|huge text node", re.I)
"""libxml2's messages when one text run passes its 10 MB limit (deep nesting gives another message)."""


def parse_html(text: str, source: str, encoded: bytes | None = None) -> Article:
    """Parse a saved web page into an :class:`Article`.

    ``encoded`` may be the page's UTF-8 bytes, when ``text`` is exactly those bytes decoded (a file read as
    it is): lxml then parses them instead of the text, which saves it converting the text (the markup
    check below still decides; bytes are used only when it leaves the text as it is).
    """
    marked = _XML_DECLARATION.sub("", markup_text(text, encoded), count=1)
    if not marked or marked.isspace():  # ``isspace`` is ``not strip()`` without copying the page
        marked, encoded = "<html></html>", None
    elif marked is not text:  # the check changed the text: the bytes are not it any more
        encoded = None
    text = marked
    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, collect_ids=False, encoding=None if encoded is None else "utf-8"
    )  # comments and ids are never read
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    try:
        document = lxml.html.document_fromstring(text if encoded is None else encoded, parser=parser)
    except etree.ParserError:
        document = lxml.html.document_fromstring("<html><body></body></html>")
    if any(_TEXT_LIMIT.search(error.message) for error in parser.error_log):  # the text was cut, not nested
        raise ValueError("a text run longer than 10 MB without markup, the HTML parser's limit")
    tags = meta_and_links(document)
    title = page_title(document, tags)
    url = page_url(document, tags)
    markdown = body_markdown(article_body(document, title, page_headings(document, tags)))
    article = parse_markdown(markdown, source, title=title, fmt="html", simple=True)
    sections = _clean_sections(article.sections, article.title)
    found = _body_chars(sections)
    if found < FALLBACK_BELOW and _visible_chars(document) >= FALLBACK_PAGE_CHARS:
        second = fallback_markdown(clean_text(text), title)
        if second is not None:
            other = parse_markdown(second, source, title=title, fmt="html", simple=True)
            candidate = _clean_sections(other.sections, other.title)
            if _body_chars(candidate) >= max(FALLBACK_BELOW, 2 * found):
                article, sections = other, candidate
    return Article(title=article.title, source=source, sections=sections, url=url, format="html")


def _visible_chars(document: lxml.html.HtmlElement) -> int:
    """How much text the page shows (scripts, styles and hidden parts were removed by the body finder)."""
    return len(" ".join(document.text_content().split()))


def _body_chars(sections: tuple[Section, ...]) -> int:
    return sum(len(section.text) for section in sections)


def _clean_sections(sections: tuple[Section, ...], title: str) -> tuple[Section, ...]:
    """Drop furniture paragraphs left after conversion, the headline repeated as a heading, and
    headings without body (merged away)."""
    cleaned: list[Section] = []
    for section in sections:
        paragraphs = [p for p in section.paragraphs if not is_boilerplate_text(p)]
        heading = section.title
        if heading is not None and (heading == title or BOILERPLATE_HEADING.match(heading)):
            heading = None
        if heading is None and cleaned and paragraphs:
            previous = cleaned.pop()
            paragraphs = previous.paragraphs + paragraphs
            heading = previous.title
        elif heading is None and cleaned:
            continue
        cleaned.append(Section(heading, "\n\n".join(paragraphs)))
    kept = [s for s in cleaned if s.text or s is cleaned[0]]
    return tuple(kept) or (Section(None, ""),)
