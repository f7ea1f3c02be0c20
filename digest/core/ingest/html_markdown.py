"""The cleaned article body to Markdown, with ``markdownify`` (so headings survive as ``#`` lines).

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


def body_markdown(body: lxml.html.HtmlElement) -> str:
    """Markdown of a cleaned body element (attributes other than ``href`` are dropped first)."""
    for element in body.iter():
        for name in [name for name in element.attrib if name not in _KEEP_ATTRIBUTES]:
            del element.attrib[name]
    return str(_CONVERTER.convert(etree.tostring(body, encoding="unicode")))
