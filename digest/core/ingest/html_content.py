"""Finding an HTML page's article body and cleaning it down to paragraphs and sub-headings.

Steps, all on the lxml tree and all linear in the page's size:

1. Drop what is never content (scripts, navigation, figures, forms, hidden elements ...), see
   :mod:`digest.core.ingest.html_clean`; loose ``<br>`` text and layout tables become paragraphs, see
   :mod:`digest.core.ingest.html_blocks`.
2. Score text blocks: a paragraph of real prose (long enough, few links, not a furniture phrase, not
   inside a comment thread or a related-stories block, unless that block holds most of the page's prose)
   counts its length. Each element's score is the sum over its subtree.
3. The article body is the deepest container that still holds most (80 %) of the prose, looked for
   inside the nearest ancestor of the headline's heading that holds a good share of it (so a longer
   story next to the article is not taken).
4. Inside it, drop furniture by class/id name (an element named by a weak word such as ``video`` or
   ``hidden`` is kept when it holds most of the prose: it may be the article's wrapper), by text
   ("Advertisement", bylines, "Read more" ...), link lists and teaser links, furniture headings
   ("Related", "More:") and the page's ``<h1>`` (the headline is the title, not a section).
5. Promote *pseudo-headings* to ``<h3>``: a short paragraph that is all bold, or a short title-like
   paragraph (no final full stop, no quotes) standing between two paragraphs of prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import lxml.html
from lxml import etree

from digest.core.ingest.html_blocks import mark_table_headers, wrap_loose_text
from digest.core.ingest.html_clean import (
    BOILERPLATE_HEADING,
    HIDING_WORDS,
    INLINE_TEXT_TAGS,
    NEVER_CONTENT,
    STRONG_FURNITURE,
    TextMemo,
    folded_text,
    furniture_name,
    in_running_text,
    is_boilerplate_text,
    is_never_content,
    link_density,
    text_of,
)
from digest.core.ingest.html_meta import HEADING_TAGS
from digest.core.lexicon import CREDIT_DASHES
from digest.core.sanitize import clean_line

_BLOCKS = ("p", "li", "blockquote", "pre", "td", "dd")
_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "ul", "ol", "li", "table", "blockquote", "pre", "dl", "dd", "dt"}
    | set(HEADING_TAGS)
)
_MIN_PROSE = 25
_BODY_SHARE = 0.8
_PROTECT_SHARE = 0.5
_STRONG_PROTECT_SHARE = 0.9
_NEVER_RUNNING = HIDING_WORDS | STRONG_FURNITURE
"""Furniture words that name no words of a sentence, even inline amid text: what hides an element from the
reader, and strong furniture (a related link, a newsletter promo, an ad label, a share box in a paragraph)."""
_NOT_A_BODY = frozenset({*_BLOCKS, "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "th"})
_TABLE_PARTS = frozenset({"thead", "tbody", "tfoot", "tr", "td", "th"})
_ANCHOR_SHARE = 0.1
_ANCHOR_MIN_CHARS = 400
_THREAD_WORDS = frozenset({"comment", "disqus"})
_MAX_HEADING_WORDS = 15
_MAX_HEADING_CHARS = 140
_ROLE = re.compile(
    r"\b(?:correspondent|editor|reporter|writer|analyst|contributor|bureau|staff|columnist|producer)\b", re.I
)
_SENTENCE_END = tuple(".,;:!\"'\u201d\u2019)]\u2026")
_HIDING_ATTRIBUTES = etree.XPath("//@hidden|//@aria-hidden|//@style")
"""The attributes that may hide an element (see :func:`is_never_content`)."""
_QUOTES = re.compile('["\u201c\u201d\u00ab\u00bb]')


def article_body(
    document: lxml.html.HtmlElement,
    headline: str | None = None,
    headings: list[lxml.html.HtmlElement] | None = None,
) -> lxml.html.HtmlElement:
    """Find and clean the article body of a parsed page (the tree is modified in place).

    ``headline`` is the page's title: when a heading on the page shows it, the body is looked for in
    the nearest element around that heading that holds a good share of the page's prose, so a longer
    story next to the article (a "more from" rail, the next story of an endless page) is not taken.
    ``headings`` are the page's headings in document order when already found (see
    :func:`~digest.core.ingest.html_meta.page_headings`).
    """
    anchors = _headline_ancestors(document.iter(*HEADING_TAGS) if headings is None else headings, headline)
    _drop_never_content(document)
    page_body = document.body  # an XPath search over the whole page: looked up once
    root = page_body if page_body is not None else document
    wrap_loose_text(root)
    scores, prose = _prose_scores(root)
    body = _deepest_holding(_anchor(root, anchors, scores, prose), scores)
    _drop_furniture(body, scores, prose)
    _promote_pseudo_headings(body)
    mark_table_headers(body)
    _unwrap_inline(body)
    return body


def _headline_ancestors(headings: Iterable[lxml.html.HtmlElement], headline: str | None) -> list[lxml.html.HtmlElement]:
    """The ancestors (nearest first) of the first of the page's ``headings`` showing the headline, or none."""
    if not headline:
        return []
    wanted = headline.casefold()
    for heading in headings:
        text = clean_line(text_of(heading)).casefold()  # as the headline was cleaned
        if text and (text == wanted or (wanted.startswith(text) and len(text) * 2 > len(wanted))):
            return list(heading.iterancestors())
    return []


def _anchor(
    root: lxml.html.HtmlElement,
    anchors: list[lxml.html.HtmlElement],
    scores: dict[lxml.html.HtmlElement, int],
    prose: set[lxml.html.HtmlElement],
) -> lxml.html.HtmlElement:
    """Where to look for the body: the nearest ancestor of the headline holding a good share of the
    page's prose in two paragraphs or more (a standfirst alone is not the article), else the whole page."""
    total = scores.get(root, 0)
    for ancestor in anchors:
        if ancestor is root or ancestor not in scores:
            break
        if scores[ancestor] >= max(_ANCHOR_MIN_CHARS, _ANCHOR_SHARE * total) and _holds_paragraphs(ancestor, prose, 2):
            return ancestor
    return root


def _holds_paragraphs(element: lxml.html.HtmlElement, prose: set[lxml.html.HtmlElement], count: int) -> bool:
    """Tell whether at least ``count`` prose blocks lie in an element's subtree."""
    found = 0
    for descendant in element.iter(*_BLOCKS):
        if descendant in prose:
            found += 1
            if found >= count:
                return True
    return False


_text = folded_text


def _drop(element: lxml.html.HtmlElement, memo: TextMemo | None = None) -> None:
    """Drop an element and its text, keeping its tail (``memo`` forgets what that makes stale)."""
    if element.getparent() is not None:
        if memo is not None:
            memo.forget(element)
        element.drop_tree()


def _drop_never_content(document: lxml.html.HtmlElement) -> None:
    """Drop comments, processing instructions and what is never content, tails kept (lxml removes the tags
    in C, then the elements that :func:`is_never_content` finds hidden by their attributes go; the result
    does not depend on the order)."""
    etree.strip_elements(
        document, *NEVER_CONTENT, etree.Comment, etree.ProcessingInstruction, etree.Entity, with_tail=False
    )
    for element in [value.getparent() for value in _HIDING_ATTRIBUTES(document)]:
        if is_never_content(element):
            _drop(element)


def _prose_scores(
    root: lxml.html.HtmlElement,
) -> tuple[dict[lxml.html.HtmlElement, int], set[lxml.html.HtmlElement]]:
    """Each element's prose score (the length of the prose paragraphs in its subtree), and the set of
    blocks that are prose themselves.

    Prose inside an element named by a strong furniture word (comments, related stories ...) does not
    count, unless that element holds most of the page's prose: a furniture word in the class of the
    page's wrapper (``<body class="one-sidebar">``) never vetoes the article inside it. A comment
    thread may be longer than the article, so its name vetoes whenever the page has prose outside it.
    """
    elements = list(root.iter())
    own: dict[lxml.html.HtmlElement, int] = dict.fromkeys(elements, 0)
    prose: set[lxml.html.HtmlElement] = set()
    for element in root.iter(*_BLOCKS):  # the same element objects as in ``elements``
        text = _text(element)
        length = len(text)
        if length >= _MIN_PROSE and link_density(element, length) < 0.5 and not is_boilerplate_text(text, folded=True):
            own[element] = length
            prose.add(element)
    raw = _subtree_sums(elements, own, root)
    total = raw.get(root, 0)
    vetoed: set[lxml.html.HtmlElement] = set()
    for element in elements:
        if not raw[element]:
            continue  # nothing to veto (and every ancestor of a scoring element scores too)
        parent = element.getparent()
        if parent is not None and parent in vetoed:
            vetoed.add(element)
        elif _vetoes(element, raw[element], total):
            vetoed.add(element)
            for ancestor in element.iterancestors():  # its prose no longer counts above it
                if ancestor in raw:
                    raw[ancestor] -= raw[element]
    for element in vetoed:
        raw[element] = 0
    return raw, prose - vetoed


def _vetoes(element: lxml.html.HtmlElement, score: int, total: int) -> bool:
    """Tell whether an element's furniture name keeps the prose below it from counting."""
    name = furniture_name(element)
    if name not in STRONG_FURNITURE:
        return False
    if name in _THREAD_WORDS:
        return score < total
    return score < _PROTECT_SHARE * total


def _subtree_sums(
    elements: list[lxml.html.HtmlElement], own: dict[lxml.html.HtmlElement, int], root: lxml.html.HtmlElement
) -> dict[lxml.html.HtmlElement, int]:
    """Each element's own score plus its descendants' (``elements`` in document order)."""
    sums = dict(own)
    for element in reversed(elements):
        parent = element.getparent()
        if parent is not None and parent in sums and element is not root:
            sums[parent] += sums[element]
    return sums


def _deepest_holding(root: lxml.html.HtmlElement, scores: dict[lxml.html.HtmlElement, int]) -> lxml.html.HtmlElement:
    """The deepest element holding most of the page's prose (walking down the best child)."""
    total = scores.get(root, 0)
    current = root
    while total:
        children = [child for child in current if child in scores]
        if not children:
            break
        best = max(children, key=lambda child: scores[child])
        if scores[best] < _BODY_SHARE * total or best.tag in _NOT_A_BODY:
            break  # the body is a container: never one paragraph, list or table of it, however long
        current = best
    return current


def _drop_furniture(
    body: lxml.html.HtmlElement, scores: dict[lxml.html.HtmlElement, int], prose: set[lxml.html.HtmlElement]
) -> None:
    memo = TextMemo()  # what in_running_text remembers across the page
    _drop_named_furniture(body, scores, memo)
    _drop_link_blocks(body, memo)
    for element in list(body.iter("p", "li", "div", "span", "blockquote", "dd", "dt", "td")):
        if element.tag in {"div", "span", "td"} and any(child.tag in _BLOCK_TAGS for child in element):
            continue
        if element in prose:
            if _is_labelled_headline(element):
                _drop(element, memo)
        elif _is_furniture_block(element, memo):
            _drop(element, memo)


def _is_furniture_block(element: lxml.html.HtmlElement, memo: TextMemo) -> bool:
    """Tell whether a block that is not prose is furniture by its text or its links; an inline element
    with words in a sentence's running text never is (``the <span><a>audit</a></span>, published``), but a
    hover card's box after the name it belongs to is (its links, or the name said again)."""
    text = _text(element)
    if not (is_boilerplate_text(text, folded=True) or _is_teaser(element) or _repeats_its_label(element, text, memo)):
        return False
    return not (text and element.tag in INLINE_TEXT_TAGS and in_running_text(element, memo))


def _repeats_its_label(element: lxml.html.HtmlElement, text: str, memo: TextMemo) -> bool:
    """Tell whether an inline element (its text ``text``) glued after its inline parent's first text says that
    text again: the box of a hover card (``<span><a>Ann Lee</a><span>Ann Lee, member for ...</span></span>``)."""
    parent, previous = element.getparent(), element.getprevious()
    if parent is None or previous is None or parent.tag not in INLINE_TEXT_TAGS or element.tag not in INLINE_TEXT_TAGS:
        return False
    if (parent.text or "").strip() or (previous.tail or "").strip() or previous.getprevious() is not None:
        return False
    label = _text(previous)
    return bool(label) and text.startswith(label) and in_running_text(parent, memo)


def _drop_named_furniture(
    body: lxml.html.HtmlElement, scores: dict[lxml.html.HtmlElement, int], memo: TextMemo
) -> None:
    """Drop the page's h1 and the elements whose class or role names furniture, unless they hold the prose
    or are words of a sentence (see :func:`in_running_text`; ``memo`` is its memory): a word that only hides
    an element or names strong furniture (``related``, ``newsletter``, ``ad``) is never one."""
    total = scores.get(body, 0)
    for element in list(body.iter()):
        if element is body:
            continue
        if element.tag == "h1":
            _drop(element, memo)
            continue
        name = furniture_name(element) if element.tag not in _TABLE_PARTS else None  # a row's class is data
        if name is not None and not (
            element.tag in INLINE_TEXT_TAGS and name not in _NEVER_RUNNING and in_running_text(element, memo)
        ):
            protect = _STRONG_PROTECT_SHARE if name in STRONG_FURNITURE else _PROTECT_SHARE
            if scores.get(element, 0) <= protect * total:
                if name not in STRONG_FURNITURE:
                    _lift_quotations(element)
                _drop(element, memo)


def _drop_link_blocks(body: lxml.html.HtmlElement, memo: TextMemo) -> None:
    """Drop empty, boilerplate or mostly-link headings and mostly-link lists."""
    for element in list(body.iter(*HEADING_TAGS)):
        text = _text(element)
        if not text or BOILERPLATE_HEADING.match(text) or link_density(element) > 0.5:
            _drop(element, memo)
    for element in list(body.iter("ul", "ol", "dl")):
        if link_density(element) > 0.7:
            _drop(element, memo)


def _lift_quotations(element: lxml.html.HtmlElement) -> None:
    """Move the block quotations out of an embed, video or widget box about to be dropped: an embedded
    post quoted in the article (a ``<blockquote>`` of words) is the article's text, its box is not."""
    for quotation in list(element.iter("blockquote")):
        if any(ancestor.tag == "blockquote" for ancestor in quotation.iterancestors()):
            continue
        text = _text(quotation)
        if len(text.split()) >= 2 and not is_boilerplate_text(text, folded=True):
            quotation.tail = None
            element.addprevious(quotation)


def _is_teaser(element: lxml.html.HtmlElement) -> bool:
    """Tell whether a block is a link to another story: all link, or a label ("Read:") then a link,
    or a bold label then a headline (``<b>Internal memo:</b> Guards falsified records``)."""
    if _is_labelled_headline(element):
        return True
    density = link_density(element)
    if density >= 0.9:
        return True
    if density < 0.5:
        return False
    unlinked = (element.text or "") + "".join(
        (child.tail or "") if child.tag == "a" else _text(child) + (child.tail or "") for child in element
    )
    unlinked = " ".join(unlinked.split())
    return unlinked.endswith((":", "|", "\u00bb", ">")) or not unlinked.strip(" []()|:-\u2013\u2014")


def _is_labelled_headline(element: lxml.html.HtmlElement) -> bool:
    first = element[0] if len(element) else None
    if first is None or first.tag not in {"strong", "b"} or (element.text or "").strip():
        return False
    label = _text(first)
    rest = " ".join(((first.tail or "") + "".join(_text(c) + (c.tail or "") for c in element[1:])).split())
    if not label.endswith(":") or len(label.split()) > 8 or not rest:
        return False
    return len(rest.split()) <= 35 and not rest.endswith((".", "!", "?", '"', "\u201d", "'", "\u2019"))


_CREDIT_DASHES = tuple(sorted(dash + " " if dash.startswith("-") else dash for dash in CREDIT_DASHES))
"""How a credit line opens ('\u2014 Hal M.', '- Hal M.'): a paragraph opening so is never a heading."""
_DASH_ENDS = tuple(sorted({dash[-1] for dash in CREDIT_DASHES}))


def _promote_pseudo_headings(body: lxml.html.HtmlElement) -> None:
    """Turn short all-bold or title-like paragraphs standing between prose into ``<h3>`` headings."""
    for paragraph in list(body.iter("p")):
        words = text_of(paragraph).split()
        if not words or len(words) > _MAX_HEADING_WORDS:
            continue
        text = " ".join(words)
        if len(text) > _MAX_HEADING_CHARS:
            continue
        if text.startswith(_CREDIT_DASHES) and not text.endswith(_DASH_ENDS):
            continue  # '– Hal M.' under a quotation: its credit line, not a heading ('– Part Two –' is one)
        previous = paragraph.getprevious()
        after_heading = previous is not None and previous.tag in HEADING_TAGS
        if _all_bold(paragraph):
            if after_heading:
                if _ROLE.search(text) or "," in text:
                    _drop(paragraph)  # a byline under a heading ("Jane Doe, BBC correspondent")
                continue
            if text.endswith((".", ":")) and not text.endswith("..."):
                continue
            _make_heading(paragraph)
        elif _title_like(text) and _is_prose(previous) and _is_prose(paragraph.getnext()):
            _make_heading(paragraph)


def _all_bold(paragraph: lxml.html.HtmlElement) -> bool:
    """Tell whether every word of a paragraph is inside ``<strong>``/``<b>``."""
    bold = sum(len(_text(element)) for element in paragraph.iter("strong", "b") if element.getparent() is not None)
    nested = sum(
        len(_text(element))
        for element in paragraph.iter("strong", "b")
        if any(ancestor.tag in {"strong", "b"} for ancestor in element.iterancestors())
    )
    length = len(_text(paragraph))
    return length > 0 and bold - nested >= length - 1


def _title_like(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 12 or len(text) > 90:
        return False
    if not (text[0].isupper() or text[0].isdigit()) or _QUOTES.search(text):
        return False
    return not text.endswith(_SENTENCE_END)


def _is_prose(element: lxml.html.HtmlElement | None) -> bool:
    return element is not None and element.tag == "p" and len(_text(element).split()) >= 15


def _make_heading(paragraph: lxml.html.HtmlElement) -> None:
    text = _text(paragraph)
    for child in list(paragraph):
        paragraph.remove(child)
    paragraph.attrib.clear()
    paragraph.tag = "h3"
    paragraph.text = text


_INLINE = (
    "a",
    "span",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "font",
    "small",
    "big",
    "time",
    "abbr",
    "cite",
    "mark",
    "sup",
    "sub",
)


def _unwrap_inline(body: lxml.html.HtmlElement) -> None:
    """Replace inline tags by their text: sections are plain text, and Markdown emphasis glued to a
    word (``**label:**Word``) would otherwise survive conversion as literal asterisks. Each element's
    inline children are dissolved in one pass (as lxml's ``drop_tag`` would, one by one, at the cost of a
    walk of the siblings each: quadratic in a paragraph of many links)."""
    inline = frozenset(_INLINE)
    for element in [body, *(e for e in body.iter() if e.tag not in inline)]:
        if any(child.tag in inline for child in element):
            _dissolve_inline_children(element, inline)


def _dissolve_inline_children(element: lxml.html.HtmlElement, inline: frozenset[str]) -> None:
    """Put an element's inline children's text and kept children in their place (no recursion: a page may
    nest inline tags 100,000 deep)."""
    head: list[str] = [element.text or ""]
    kept: list[tuple[lxml.html.HtmlElement, list[str]]] = []
    stack: list[tuple[lxml.html.HtmlElement, Iterator[lxml.html.HtmlElement]]] = [(element, iter(element))]
    while stack:
        current, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if current is not element:
                (kept[-1][1] if kept else head).append(current.tail or "")
        elif child.tag in inline:
            (kept[-1][1] if kept else head).append(child.text or "")
            stack.append((child, iter(child)))
        else:
            kept.append((child, [child.tail or ""]))
    element.text = "".join(head) or None
    element[:] = [child for child, _ in kept]
    for child, tails in kept:
        child.tail = "".join(tails) or None
