"""HTML pages: find the article body, drop boilerplate, convert to Markdown and split on headings.

(First version: a simple main-content finder; see the closing note of the Foundation issue.)
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from markdownify import markdownify

from digest.core.ingest.markdown import parse_markdown
from digest.core.ingest.titles import strip_site_name
from digest.core.model import Article

_DROP_TAGS = [
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "header",
    "aside",
    "form",
    "iframe",
    "svg",
    "figure",
    "figcaption",
    "button",
    "template",
]


def parse_html(text: str, source: str) -> Article:
    """Parse a saved web page into an :class:`Article`."""
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    document = lxml.html.document_fromstring(text or "<html></html>")
    title = _title(document)
    for element in document.iter(*_DROP_TAGS):
        element.drop_tree() if element.getparent() is not None else None
    body = _main_content(document)
    markdown = markdownify(etree.tostring(body, encoding="unicode"), heading_style="ATX")
    article = parse_markdown(markdown, source, title=title, fmt="html")
    return article


def _title(document: lxml.html.HtmlElement) -> str | None:
    for xpath in ('//meta[@property="og:title"]/@content', "//h1", "//title"):
        found = document.xpath(xpath)
        if found:
            value = found[0] if isinstance(found[0], str) else found[0].text_content()
            value = " ".join(str(value).split())
            if value:
                return strip_site_name(value)
    return None


def _main_content(document: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    articles = document.xpath("//article")
    if articles:
        return max(articles, key=lambda a: len(a.text_content()))
    best = document.body if document.body is not None else document
    best_score = 0
    for element in document.iter("div", "section", "main"):
        score = sum(len(p.text_content()) for p in element.findall("p"))
        if score > best_score:
            best, best_score = element, score
    return best
