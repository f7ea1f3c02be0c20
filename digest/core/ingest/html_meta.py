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

_TITLE_XPATHS = (
    '//meta[@property="og:title"]/@content',
    '//meta[@name="og:title"]/@content',
    '//meta[@name="twitter:title"]/@content',
    '//meta[@property="twitter:title"]/@content',
)
_SITE_XPATHS = (
    '//meta[@property="og:site_name"]/@content',
    '//meta[@name="application-name"]/@content',
    '//meta[@name="apple-mobile-web-app-title"]/@content',
    '//meta[@name="publisher"]/@content',
)


def site_names(document: lxml.html.HtmlElement) -> list[str]:
    """The names the page gives its site, longest first (``og:site_name`` and friends)."""
    names: set[str] = set()
    for xpath in _SITE_XPATHS:
        for value in document.xpath(xpath):
            name = clean_line(str(value))
            if name:
                names.add(name)
                if not name.lower().startswith("the "):
                    names.add(f"The {name}")
    return sorted(names, key=len, reverse=True)


def headline_candidates(document: lxml.html.HtmlElement) -> list[str]:
    """Every headline the page offers, in order of preference, with site names removed."""
    names = site_names(document)
    raw: list[str] = []
    for xpath in _TITLE_XPATHS:
        raw.extend(str(value) for value in document.xpath(xpath))
    raw.extend(h1.text_content() for h1 in document.iter("h1"))
    title = document.find(".//title")
    if title is not None and title.text:
        raw.append(title.text)
    found: list[str] = []
    lowered = {name.lower() for name in names}
    for value in raw:
        text = strip_site_name(clean_line(value), names)
        if text and text.lower() not in lowered and text not in found:
            found.append(text)
    return found


def page_title(document: lxml.html.HtmlElement) -> str | None:
    """The article's headline, or None when the page offers none."""
    candidates = headline_candidates(document)
    visible = _visible_headline(document, candidates)
    return visible or (candidates[0] if candidates else None)


def _visible_headline(document: lxml.html.HtmlElement, candidates: list[str]) -> str | None:
    """The first ``<h1>``, when it is a headline the metadata agrees with (see the module's rules)."""
    first = next(document.iter("h1"), None)
    if first is None:
        return None
    heading = strip_site_name(clean_line(first.text_content()), site_names(document))
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


def page_url(document: lxml.html.HtmlElement) -> str | None:
    """The page's canonical URL (``<link rel=canonical>`` or ``og:url``), when it says one."""
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        for value in document.xpath(xpath):
            url = clean_line(str(value))
            if url.startswith(("http://", "https://")):
                return url
    return None
