"""The cleaned article body to Markdown with ``markdownify``: the general path, for the bodies that
:mod:`~digest.core.ingest.html_markdown_walk` leaves to it (tables, preformatted text, inline markup ...).

markdownify reads a BeautifulSoup tree. It is built straight from the lxml body (the same calls
BeautifulSoup's own lxml builder makes while parsing), so the body is neither written out as HTML nor
parsed a second time; only ``href`` attributes are carried over (markdownify reads no other).

Converting a very large body is dominated by per-element overhead, so two costs markdownify pays on
every element are cut, with the same output:

- BeautifulSoup gets a tag class whose ``find_parent(name)`` (which markdownify calls on every element
  to know whether it is inside ``<pre>``) is a plain walk up the parents instead of BeautifulSoup's
  general search machinery;
- the converter skips markdownify's whitespace-collapsing regular expressions on text that has no
  line break, tab or double space (nearly all text after lxml's parsing), where they change nothing.
"""

from __future__ import annotations

from typing import Any

import lxml.html
from bs4 import BeautifulSoup
from bs4.element import Tag
from lxml import etree
from markdownify import MarkdownConverter

_KEEP_ATTRIBUTES = frozenset({"href"})


class _Tag(Tag):
    """A tag whose ``find_parent`` by name alone skips BeautifulSoup's filter objects."""

    def find_parent(self, name: Any = None, attrs: Any = None, **kwargs: Any) -> Any:
        """The closest parent named ``name`` (other searches go to BeautifulSoup's own method)."""
        if not isinstance(name, str) or ":" in name or attrs is not None or kwargs:
            return super().find_parent(name, attrs, **kwargs)
        parent = self.parent
        while parent is not None:
            if parent.name == name:
                return parent
            parent = parent.parent
        return None


class _Converter(MarkdownConverter):
    """markdownify's converter, minus the whitespace work on text that needs none."""

    def process_text(self, el: Any, parent_tags: Any = None) -> Any:
        """Convert a text node (as markdownify does)."""
        if parent_tags is not None and "pre" not in parent_tags:
            text = str(el)
            if "\n" not in text and "\r" not in text and "\t" not in text and "  " not in text:
                # markdownify's collapsing would leave this text as it is; in process_text the
                # "pre" context only turns that collapsing off.
                parent_tags = parent_tags | {"pre"}
        return super().process_text(el, parent_tags)  # type: ignore[misc]


_BS4_OPTIONS: Any = {"features": "lxml", "element_classes": {Tag: _Tag}}  # a dict is accepted at run time
_CONVERTER = _Converter(heading_style="ATX", strip=["img"], bs4_options=_BS4_OPTIONS)


def markdownify_body(body: lxml.html.HtmlElement) -> str:
    """markdownify's Markdown of a cleaned body element (attributes other than ``href`` are left out)."""
    return str(_CONVERTER.convert_soup(_soup(body)))


def _soup(body: lxml.html.HtmlElement) -> BeautifulSoup:
    """A BeautifulSoup document holding ``body`` and its tail, as parsing its HTML would give it."""
    if body.tag == "html" or next(body.iter(etree.Comment, etree.ProcessingInstruction), None) is not None:
        # the parser sorts a page's head and body out again, and keeps comments: let it (the body
        # finder leaves neither)
        for element in body.iter():
            for name in [name for name in element.attrib if name not in _KEEP_ATTRIBUTES]:
                del element.attrib[name]
        return BeautifulSoup(etree.tostring(body, encoding="unicode"), **_BS4_OPTIONS)
    soup = BeautifulSoup("", **_BS4_OPTIONS)
    soup.builder.soup = soup  # its tags read the builder's rules (kept until the document is closed)
    start, text, end = soup.handle_starttag, soup.handle_data, soup.handle_endtag
    start("html", None, None, {})
    if body.tag != "body":
        start("body", None, None, {})
    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag
        if event == "start":
            start(tag, None, None, {name: element.attrib[name] for name in _KEEP_ATTRIBUTES if name in element.attrib})
            if element.text:
                text(element.text)
        else:
            end(tag, None)  # the text before it is closed first
            if element.tail and element is not body:
                text(element.tail)
    if body.tail:
        text(body.tail)
    soup.endData()
    while soup.currentTag is not None and soup.currentTag is not soup:
        soup.popTag()
    soup.builder.soup = None
    return soup
