"""Boilerplate rules for HTML pages: which elements and blocks are not the article's body.

All rules are general (no site's exact markup):

- *Never content*: scripts, styles, navigation, asides, figures and their captions, iframes,
  media players, hidden elements (``hidden``, ``aria-hidden``, ``display:none``).
- *Boilerplate by name*: an element whose class or id names a page furniture role: share/social bars,
  related/recommended/"read more" blocks, newsletters and subscriptions, cookie notices, promos and
  adverts, captions and credits, bylines and timestamps, galleries and videos, comments, tags.
- *Boilerplate by text*: a block whose whole text is a known furniture phrase, see
  :mod:`digest.core.ingest.boilerplate` (shared with plain text).
- *Teasers*: blocks whose text is mostly link text (links to other stories), and lists of links.
"""

from __future__ import annotations

import re

import lxml.html

from digest.core.ingest.boilerplate import BOILERPLATE_HEADING, EMBED_ID, is_boilerplate_text

NEVER_CONTENT = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    "svg",
    "canvas",
    "figure",
    "figcaption",
    "button",
    "input",
    "select",
    "textarea",
    "label",
    "dialog",
    "menu",
    "footer",
    "header",
)
"""Tags whose content is never article body text."""

# Words that, inside a class or id, mark page furniture. Matched inside any class/id token.
_FURNITURE_WORDS = (
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "readmore",
    "read-more",
    "more-on",
    "moreon",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "sign-up",
    "cookie",
    "consent",
    "promo",
    "advert",
    "sponsor",
    "caption",
    "credit",
    "copyright",
    "byline",
    "by-line",
    "author",
    "timestamp",
    "publish-date",
    "gallery",
    "slideshow",
    "carousel",
    "video",
    "player",
    "media-",
    "comment",
    "disqus",
    "breadcrumb",
    "pagination",
    "popular",
    "trending",
    "most-read",
    "outbrain",
    "taboola",
    "teaser",
    "interstitial",
    "embed",
    "sidebar",
    "widget",
    "toolbar",
    "tools",
    "masthead",
    "footer",
    "banner",
    "modal",
    "popup",
    "overlay",
    "off-screen",
    "offscreen",
    "visually-hidden",
    "sr-only",
    "screen-reader",
    "bio",
    "signature",
    "sig-line",
    "kicker",
    "topics",
    "tags",
    "keywords",
    "print-only",
    "skip",
)
# Short names matched only as a whole token of a class/id (split on - _ and spaces).
_FURNITURE_TOKENS = frozenset(
    {"ad", "ads", "adv", "nav", "menu", "meta", "hidden", "hide", "share", "tag", "tags", "bio", "more", "aside"}
)
STRONG_FURNITURE = frozenset(
    {
        "comment",
        "disqus",
        "related",
        "recommend",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "sign-up",
        "cookie",
        "consent",
        "promo",
        "advert",
        "sponsor",
        "outbrain",
        "taboola",
        "most-read",
        "popular",
        "trending",
        "share",
        "sharing",
        "social",
        "breadcrumb",
        "footer",
        "sidebar",
        "ad",
        "ads",
    }
)
"""Furniture words that are never the article's own container, even when they hold much of a page's
prose (a long comment thread); the other words (``video``, ``hidden``, ``tools``, ``form`` ...) may name
an article wrapper, so an element they name is kept when it holds most of the prose."""
_FURNITURE = re.compile("|".join(re.escape(word) for word in _FURNITURE_WORDS), re.I)
_TOKEN_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def is_never_content(element: lxml.html.HtmlElement) -> bool:
    """Tell whether an element is hidden or of a kind that never holds body text."""
    if element.tag in NEVER_CONTENT:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def furniture_name(element: lxml.html.HtmlElement) -> str | None:
    """The class/id word that marks an element as page furniture, or None.

    A ``<form>`` counts as furniture too (search boxes, sign-up forms), but some sites wrap the
    whole page in one, so it is judged like a named element: dropped only when it holds little prose.
    """
    if element.tag == "form":
        return "form"
    names = " ".join(filter(None, (element.get("class"), element.get("id"))))
    if not names:
        return None
    match = _FURNITURE.search(names)
    if match:
        return match.group(0).lower()
    for token in _TOKEN_SPLIT.split(names):
        if token.lower() in _FURNITURE_TOKENS:
            return token.lower()
    return None


def link_density(element: lxml.html.HtmlElement) -> float:
    """The share of an element's text that is link text (0 when it has no text)."""
    linked = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    if not linked:
        return 0.0
    text = len(" ".join(element.text_content().split()))
    return min(1.0, linked / text)


__all__ = [
    "BOILERPLATE_HEADING",
    "EMBED_ID",
    "NEVER_CONTENT",
    "STRONG_FURNITURE",
    "furniture_name",
    "is_boilerplate_text",
    "is_never_content",
    "link_density",
]
