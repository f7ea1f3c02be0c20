"""Boilerplate rules for HTML pages: which elements and blocks are not the article's body.

All rules are general (no site's exact markup):

- *Never content*: scripts, styles, navigation, asides, figures and their captions, iframes,
  media players, hidden elements (``hidden``, ``aria-hidden``, ``display:none``).
- *Boilerplate by name*: an element whose class or id names a page furniture role: share/social bars,
  related/recommended/"read more" blocks, newsletters and subscriptions, cookie notices, promos and
  adverts, captions and credits, bylines and timestamps, galleries and videos, comments, tags, pull quotes
  (a magazine's display copy of a sentence the body already holds).
- *Boilerplate by text*: a block whose whole text is a known furniture phrase, see
  :mod:`digest.core.ingest.boilerplate` (shared with plain text).
- *Teasers*: blocks whose text is mostly link text (links to other stories), and lists of links.
"""

from __future__ import annotations

import re
from functools import lru_cache

import lxml.html
from lxml import etree

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

# Words that, as whole tokens of a class or id (split on spaces, ``-``, ``_`` and lower-to-upper case
# changes), mark page furniture. A word also matches its plural, its forms with a trailing number and its
# compounds with a common widget suffix (``sharebar``, ``commentlist``, ``sidebar2``); a two-word entry
# matches those two tokens in a row. Never a substring: ``no_sidebar_border`` names a sidebar, but
# ``Page-ad-margins`` does not hold ``advert`` and ``breadcrumb`` does not hold ``bread``.
_FURNITURE_WORDS = (
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "recommended",
    "recommendation",
    "readmore",
    "read more",
    "more on",
    "moreon",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "sign up",
    "cookie",
    "consent",
    "promo",
    "advert",
    "advertisement",
    "advertising",
    "sponsor",
    "sponsored",
    "caption",
    "credit",
    "copyright",
    "byline",
    "by line",
    "author",
    "timestamp",
    "publish date",
    "gallery",
    "slideshow",
    "carousel",
    "video",
    "player",
    "comment",
    "disqus",
    "breadcrumb",
    "pagination",
    "popular",
    "mostpopular",
    "trending",
    "most read",
    "mostread",
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
    "off screen",
    "offscreen",
    "visually hidden",
    "sr only",
    "screen reader",
    "bio",
    "signature",
    "sig line",
    "kicker",
    "topics",
    "tags",
    "keywords",
    "print only",
    "pullquote",
    "pull quote",
    "pullout",
    "skip",
    "ad",
    "ads",
    "adv",
    "nav",
    "menu",
    "meta",
    "hidden",
    "hide",
    "tag",
    "more",
    "aside",
)
_WIDGET_SUFFIXES = ("", "s", "es", "bar", "box", "tools", "list", "form", "module", "links", "area", "block", "wrap")
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
        "cookie",
        "consent",
        "promo",
        "advert",
        "sponsor",
        "outbrain",
        "taboola",
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
        "advertisement",
        "advertising",
        "recommended",
        "recommendation",
        "read more",
        "more on",
        "moreon",
        "readmore",
        "most read",
        "mostread",
        "mostpopular",
        "sign up",
        "pullquote",
        "pull quote",
        "pullout",
    }
)
"""Furniture words that are never the article's own container, even when they hold much of a page's
prose (a long comment thread); the other words (``video``, ``hidden``, ``tools``, ``form`` ...) may name
an article wrapper, so an element they name is kept when it holds most of the prose."""
_SINGLE_WORDS = {word + suffix: word for word in _FURNITURE_WORDS if " " not in word for suffix in _WIDGET_SUFFIXES}
_WORD_PAIRS = {tuple(word.split()): word for word in _FURNITURE_WORDS if " " in word}
_TOKEN_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_TRAILING_NUMBER = re.compile(r"\d+$")
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
    classes, name = element.get("class"), element.get("id")
    if classes:
        return furniture_word(f"{classes} {name}" if name else classes)
    return furniture_word(name) if name else None


@lru_cache(maxsize=8192)
def furniture_word(names: str) -> str | None:
    """The furniture word that a class/id string names as a whole token (see ``_FURNITURE_WORDS``).

    Remembered for the last class/id strings seen: a page repeats its few class names many times.
    """
    tokens = [_TRAILING_NUMBER.sub("", token.lower()) for token in _TOKEN_SPLIT.split(names) if token]
    for index, token in enumerate(tokens):
        word = _SINGLE_WORDS.get(token)
        if word is not None:
            return word
        pair = _WORD_PAIRS.get((token, tokens[index + 1])) if index + 1 < len(tokens) else None
        if pair is not None:
            return pair
    return None


def text_of(element: lxml.html.HtmlElement) -> str:
    """An element's text, as ``element.text_content()`` gives it (lxml's text serialiser in C, about
    twice as fast as the XPath behind ``text_content``)."""
    return str(etree.tostring(element, method="text", encoding="unicode", with_tail=False))


def folded_text(element: lxml.html.HtmlElement) -> str:
    """An element's text folded to single spaces."""
    return " ".join(text_of(element).split())


INLINE_TEXT_TAGS = frozenset(
    {"a", "span", "strong", "b", "em", "i", "u", "font", "small", "big", "time", "abbr", "cite", "mark", "sup", "sub"}
)
"""Tags that mark words inside a line of text rather than a block of their own."""
HIDING_WORDS = frozenset({"hidden", "hide", "visually hidden", "sr only", "screen reader", "off screen", "offscreen"})
"""Furniture words that hide an element from the reader's eye: never running text, wherever it stands."""
_SENTENCE_WORDS = 4
"""Words outside links that make a block's text a sentence rather than a label and a list of links."""
_GOES_ON = re.compile(r"(?:[,;]|['\u2019]s\b|[a-z])")


class TextMemo:
    """What :func:`in_running_text` remembers across its calls on one page, so that a paragraph of many
    inline elements costs one walk: each block's count of words outside links, the first and last
    characters of each element's text, and for each parent the text that stands around each child."""

    def __init__(self) -> None:
        self.words: dict[lxml.html.HtmlElement, int] = {}
        self.ends: dict[lxml.html.HtmlElement, tuple[str, str]] = {}
        self.around: dict[lxml.html.HtmlElement, dict[lxml.html.HtmlElement, tuple[str, str]]] = {}

    def forget(self, element: lxml.html.HtmlElement) -> None:
        """Forget what goes stale when a child of the element's parent is dropped or added: the text around
        the parent's children, and the text ends of the parent and its ancestors (up to the first one not
        remembered: its ancestors' ends were not found either, so each change costs little)."""
        ancestor = element.getparent()
        while ancestor is not None:
            self.around.pop(ancestor, None)
            if self.ends.pop(ancestor, None) is None:
                break
            ancestor = ancestor.getparent()


def in_running_text(element: lxml.html.HtmlElement, memo: TextMemo | None = None) -> bool:
    """Tell whether an inline element is words of a sentence, not a block of furniture: text of its line
    stands on both sides of it (``said <a>Jo Bell</a> in a statement``, ``Nikkei 225 (<a>N225</a>)``), or it
    opens a line that goes on in lower case or after a comma (``<a>Jo Bell</a> said``); and its block has
    words of its own outside links (``Tags: <a>Bridges</a>, <a>Roads</a>`` is a list). Text that ends a
    sentence before it and opens one after it (``on Monday. <span>Photo: ...</span> The vote``) is not a
    sentence around it: the element stands between two. An element that is all the text of its inline
    parent (``the <span><a>audit</a></span>, published``) is judged as that parent; one with text before it
    and none after inside an inline parent (a hover card's box after the name) is not. ``memo`` remembers
    what one page's calls share (see :class:`TextMemo`).
    """
    memo = TextMemo() if memo is None else memo
    while element.tag in INLINE_TEXT_TAGS:
        parent = element.getparent()
        if parent is None:
            return False
        before, after = _around(parent, memo).get(element) or _around(parent, memo, again=True)[element]
        if before or after:
            inside = bool(after) and not _between_sentences(before, after) if before else _GOES_ON.match(after)
            return bool(inside) and _unlinked_words(_block_of(parent), memo.words) >= _SENTENCE_WORDS
        element = parent
    return False


_EDGE = 16
"""Characters kept of the text at each side of an element: enough to read a sentence's end or a clause going on."""
_SENTENCE_END = re.compile(r"([A-Za-z.]*)[.!?:][\"'\u201d\u2019)\]]*$")
_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,3}|(?:[A-Za-z]\.)*[A-Za-z])")
_OPENING = "\"'\u201c\u2018(["


def _between_sentences(before: str, after: str) -> bool:
    """Tell whether the text before an element ends a sentence and the text after it opens one: a full
    stop (not after a title or an initial: ``Rep.``, ``J.``), ``!``, ``?`` or a colon, then a capital."""
    end = _SENTENCE_END.search(before)
    if end is None or not after.lstrip(_OPENING)[:1].isupper():
        return False
    stop = before.rstrip("\"'\u201d\u2019)]")[-1]
    return stop != "." or not _ABBREVIATION.fullmatch(end.group(1))


def _around(
    parent: lxml.html.HtmlElement, memo: TextMemo, again: bool = False
) -> dict[lxml.html.HtmlElement, tuple[str, str]]:
    """For each child of a parent, the end of the last non-blank text before it inside the parent and the
    start of the first one after it ("" when there is none), found in one walk of the parent's children
    (``again`` when the children changed unknown to ``memo``)."""
    around = None if again else memo.around.get(parent)
    if around is not None:
        return around
    children = list(parent)
    pieces = [_text_ends(child, memo) for child in children]
    before, previous = [], (parent.text or "").rstrip()[-_EDGE:]
    for child, (_, last) in zip(children, pieces, strict=True):
        before.append(previous)
        tail = (child.tail or "").rstrip()
        previous = tail[-_EDGE:] if tail else last or previous
    after, following = [], ""
    for child, (first, _) in zip(reversed(children), reversed(pieces), strict=True):
        tail = (child.tail or "").lstrip()
        after.append(tail[:_EDGE] if tail else following)
        following = first or after[-1]
    around = memo.around[parent] = dict(zip(children, zip(before, reversed(after), strict=True), strict=True))
    return around


def _text_ends(element: lxml.html.HtmlElement, memo: TextMemo) -> tuple[str, str]:
    """The first and last characters of an element's text, blanks stripped (remembered in ``memo``; found
    bottom-up without recursion: a page may nest inline tags 100,000 deep)."""
    stack = [(element, False)]
    while stack:
        node, ready = stack.pop()
        if node in memo.ends:
            continue
        if not isinstance(node.tag, str):  # a comment's text is not the page's
            memo.ends[node] = ("", "")
        elif ready or not len(node):
            memo.ends[node] = _joined_ends(node, memo.ends)
        else:
            stack.append((node, True))
            stack.extend((child, False) for child in node if child not in memo.ends)
    return memo.ends[element]


def _joined_ends(node: lxml.html.HtmlElement, ends: dict[lxml.html.HtmlElement, tuple[str, str]]) -> tuple[str, str]:
    """An element's text ends from its own text, its children's ends and their tails."""
    text = (node.text or "").strip()
    first, last = text[:_EDGE], text[-_EDGE:]
    for child in node:
        inner_first, inner_last = ends[child]
        tail = (child.tail or "").strip()
        first = first or inner_first or tail[:_EDGE]
        last = tail[-_EDGE:] or inner_last or last
    return first, last


def _unlinked_words(block: lxml.html.HtmlElement, words: dict[lxml.html.HtmlElement, int]) -> int:
    """How many words of a block's text stand outside its links (remembered in ``words``)."""
    count = words.get(block)
    if count is None:
        linked = sum(len(text_of(link).split()) for link in block.iter("a"))
        count = words[block] = len(text_of(block).split()) - linked
    return count


def _block_of(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The element itself when it is a block, else its nearest ancestor that is (or the root)."""
    while element.tag in INLINE_TEXT_TAGS:
        parent = element.getparent()
        if parent is None:
            break
        element = parent
    return element


def link_density(element: lxml.html.HtmlElement, length: int | None = None) -> float:
    """The share of an element's text that is link text (0 when it has no text); ``length`` is the
    length of the element's :func:`folded_text` when already known."""
    linked = sum(len(folded_text(a)) for a in element.iter("a"))
    if not linked:
        return 0.0
    text = len(folded_text(element)) if length is None else length
    return min(1.0, linked / text)


__all__ = [
    "BOILERPLATE_HEADING",
    "EMBED_ID",
    "NEVER_CONTENT",
    "STRONG_FURNITURE",
    "furniture_name",
    "folded_text",
    "furniture_word",
    "HIDING_WORDS",
    "INLINE_TEXT_TAGS",
    "in_running_text",
    "TextMemo",
    "is_boilerplate_text",
    "is_never_content",
    "link_density",
    "text_of",
]
