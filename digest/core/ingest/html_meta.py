"""HTML page metadata: the headline (without the site name) and the canonical URL.

The headline is the page's visible ``<h1>`` when it agrees with what the page's metadata calls it (it
shares at least a third of its words with ``og:title``, ``twitter:title`` or ``<title>``: an ``<h1>`` that
is a logo or a section name does not); otherwise, in order, ``og:title``, ``twitter:title``, the ``<h1>``
and the ``<title>``. A site name is removed from its end (``" | BBC News"``, ``" - The Washington Post"``): the
names the page declares (``og:site_name``, ``application-name``) are tried first, then any short trailing
part after a separator (see :func:`~digest.core.ingest.titles.strip_site_name`). A candidate that is only
the site name is skipped.
"""

from __future__ import annotations

import re

import lxml.html

from digest.core.ingest.titles import strip_site_name
from digest.core.sanitize import clean_line

_Selector = tuple[str, str, str, str]
"""(tag, attribute, its value, the attribute read): ``("meta", "property", "og:title", "content")`` reads what
the XPath ``//meta[@property="og:title"]/@content`` reads."""
_TITLE_SELECTORS: tuple[_Selector, ...] = (
    ("meta", "property", "og:title", "content"),
    ("meta", "name", "og:title", "content"),
    ("meta", "name", "twitter:title", "content"),
    ("meta", "property", "twitter:title", "content"),
)
_SITE_SELECTORS: tuple[_Selector, ...] = (
    ("meta", "property", "og:site_name", "content"),
    ("meta", "name", "application-name", "content"),
    ("meta", "name", "apple-mobile-web-app-title", "content"),
    ("meta", "name", "publisher", "content"),
)
_URL_SELECTORS: tuple[_Selector, ...] = (
    ("link", "rel", "canonical", "href"),
    ("meta", "property", "og:url", "content"),
)


_MetaIndex = dict[tuple[str, str, str], list[lxml.html.HtmlElement]]
"""The page's ``<meta>`` and ``<link>`` elements by (tag, attribute, its value), and its ``<title>`` elements
and headings (``<h1>`` to ``<h6>``) under :data:`_TITLES` and :data:`_HEADING_KEY`, each list in document order."""
_SELECTOR_ATTRIBUTES = ("property", "name", "rel")
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
"""The heading elements, ``<h1>`` to ``<h6>``."""
_TITLES = ("title", "", "")
_HEADING_KEY = ("h", "", "")


def _selected(tags: _MetaIndex, selector: _Selector) -> list[str]:
    """What ``selector`` reads from the page's ``<meta>`` and ``<link>`` elements, in document order."""
    tag, attribute, value, wanted = selector
    found = []
    for element in tags.get((tag, attribute, value), ()):
        read = element.get(wanted)
        if read is not None:
            found.append(read)
    return found


def meta_and_links(document: lxml.html.HtmlElement) -> _MetaIndex:
    """The page's ``<meta>`` and ``<link>`` elements by what the selectors look for, its ``<title>`` elements
    and its headings: one walk in C (each walk over a page costs about as much, however few elements it
    finds)."""
    index: _MetaIndex = {}
    for element in document.iter("meta", "link", "title", *HEADING_TAGS):
        tag = element.tag
        if tag == "meta" or tag == "link":
            for attribute in _SELECTOR_ATTRIBUTES:
                value = element.get(attribute)
                if value is not None:
                    index.setdefault((tag, attribute, value), []).append(element)
        else:
            index.setdefault(_TITLES if tag == "title" else _HEADING_KEY, []).append(element)
    return index


def page_headings(document: lxml.html.HtmlElement, tags: _MetaIndex | None = None) -> list[lxml.html.HtmlElement]:
    """The page's headings (``<h1>`` to ``<h6>``) in document order; ``tags`` as for :func:`site_names`."""
    tags = meta_and_links(document) if tags is None else tags
    return tags.get(_HEADING_KEY, [])


def _first_level(tags: _MetaIndex) -> list[lxml.html.HtmlElement]:
    """The page's ``<h1>`` elements, in document order."""
    return [heading for heading in tags.get(_HEADING_KEY, ()) if heading.tag == "h1"]


def site_names(document: lxml.html.HtmlElement, tags: _MetaIndex | None = None) -> list[str]:
    """The names the page gives its site, longest first (``og:site_name`` and friends); ``tags`` are the
    page's ``<meta>`` and ``<link>`` elements when already indexed (by :func:`meta_and_links`)."""
    tags = meta_and_links(document) if tags is None else tags
    names: set[str] = set()
    for selector in _SITE_SELECTORS:
        for value in _selected(tags, selector):
            name = clean_line(value)
            if name:
                names.add(name)
                if not name.lower().startswith("the "):
                    names.add(f"The {name}")
    return sorted(names, key=len, reverse=True)


def headline_candidates(
    document: lxml.html.HtmlElement,
    names: list[str] | None = None,
    tags: _MetaIndex | None = None,
) -> list[str]:
    """Every headline the page offers, in order of preference, with site names (``names``, else the
    page's :func:`site_names`) removed; ``tags`` as for :func:`site_names`."""
    tags = meta_and_links(document) if tags is None else tags
    names = site_names(document, tags) if names is None else names
    raw: list[str] = []
    for selector in _TITLE_SELECTORS:
        raw.extend(_selected(tags, selector))
    raw.extend(h1.text_content() for h1 in _first_level(tags))
    titles = tags.get(_TITLES)
    if titles and titles[0].text:  # the first ``<title>``, as ``document.find(".//title")`` finds it
        raw.append(titles[0].text)
    found: list[str] = []
    lowered = {name.lower() for name in names}
    for value in raw:
        text = strip_site_name(clean_line(value), names)
        if text and text.lower() not in lowered and text not in found:
            found.append(text)
    return found


def page_title(document: lxml.html.HtmlElement, tags: _MetaIndex | None = None) -> str | None:
    """The article's headline, or None when the page offers none; ``tags`` as for :func:`site_names`."""
    tags = meta_and_links(document) if tags is None else tags
    names = site_names(document, tags)
    candidates = headline_candidates(document, names, tags)
    visible = _visible_headline(_first_level(tags), candidates, names)
    return visible or (candidates[0] if candidates else None)


def _visible_headline(first_level: list[lxml.html.HtmlElement], candidates: list[str], names: list[str]) -> str | None:
    """The first ``<h1>``, when it is a headline the metadata agrees with (see the module's rules)."""
    if not first_level:
        return None
    heading = strip_site_name(clean_line(first_level[0].text_content()), names)
    if not 2 <= len(heading.split()) <= 40 or heading not in candidates:
        return None
    words = _content_words(heading)
    for other in candidates:
        if other != heading and words:
            shared = len(words & _content_words(other))
            if shared * 3 >= min(len(words), len(_content_words(other)) or 1):
                return heading
    return None


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{4,}", text.lower())}


def page_url(document: lxml.html.HtmlElement, tags: _MetaIndex | None = None) -> str | None:
    """The page's canonical URL (``<link rel=canonical>`` or ``og:url``), when it says one; ``tags`` as for
    :func:`site_names`."""
    tags = meta_and_links(document) if tags is None else tags
    for selector in _URL_SELECTORS:
        for value in _selected(tags, selector):
            url = clean_line(value)
            if url.startswith(("http://", "https://")):
                return url
    return None
