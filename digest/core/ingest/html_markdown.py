"""The cleaned article body to Markdown, straight from the lxml tree (so headings survive as ``#`` lines).

The rules are markdownify's (1.2, with ``heading_style="ATX"``, images stripped and every other option
at its default), applied to the lxml elements: markdownify itself needs a BeautifulSoup tree, and writing
the body out and parsing it again into one cost more than the conversion (about 1.5 ms of a typical
page's 6). A test compares the two on generated trees and on the development pages.

markdownify's model is BeautifulSoup's: an element's children are its text, then each child element
followed by its tail. Whitespace-only text next to a block is dropped, other text has its whitespace
runs folded and ``*``/``_`` escaped, and each element's converted children are joined with the newlines
at their boundaries collapsed (at most a blank line) before the element's own rule wraps them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeAlias

import lxml.html

_KEEP_ATTRIBUTES = frozenset({"href"})
_PRE, _INLINE, _NOFORMAT, _LI = 1, 2, 4, 8
"""Context flags (markdownify's ``parent_tags`` as far as its rules read them): inside ``<pre>``, inside a
heading or table cell, inside pre/code/kbd/samp, inside a list item."""
_INSIDE_BLOCKS = frozenset(
    {"p", "blockquote", "article", "div", "section", "ol", "ul", "li", "dl", "dt", "dd"}
    | {"table", "thead", "tbody", "tfoot", "tr", "td", "th"}
)
"""Elements whose whitespace-only text at their inner edges is dropped (with the headings)."""
_HEADING = re.compile(r"h(\d+)")
_NEWLINE_WHITESPACE = re.compile(r"[\t \r\n]*[\r\n][\t \r\n]*")
_WHITESPACE = re.compile(r"[\t ]+")
_ALL_WHITESPACE = re.compile(r"[\t \r\n]+")
_EXTRACT_NEWLINES = re.compile(r"^(\n*)((?:.*[^\n])?)(\n*)$", flags=re.DOTALL)
_LINE_WITH_CONTENT = re.compile(r"^(.*)", flags=re.MULTILINE)
_PRE_LSTRIP = re.compile(r"^[ \n]*\n")
_PRE_RSTRIP = re.compile(r"[ \n]*$")
_BACKTICKS = re.compile(r"`+")
_BULLETS = "*+-"
_EMPHASIS = {"b": "**", "strong": "**", "em": "*", "i": "*", "del": "~~", "s": "~~", "sub": "", "sup": ""}
_CODE = frozenset({"code", "kbd", "samp"})

Node: TypeAlias = Any
"""A child as BeautifulSoup sees it: an element (``lxml.html.HtmlElement``) or a run of text (``str``)."""


def body_markdown(body: lxml.html.HtmlElement) -> str:
    """Markdown of a cleaned body element (attributes other than ``href`` are dropped first).

    The element is converted as markdownify saw it, written out with its tail and parsed again: inside
    ``<html><body>`` (unless it is one of them), its tail its next sibling, nothing above it.
    """
    for element in body.iter():
        for name in [name for name in element.attrib if name not in _KEEP_ATTRIBUTES]:
            del element.attrib[name]
    nodes: list[Node] = [body, body.tail] if body.tail else [body]
    parent = {"html": "[document]", "body": "html"}.get(_name(body), "body")
    return _Converter(body).children(nodes, parent, 0, False).strip("\n")


def _inside_block(name: str | None) -> bool:
    return name is not None and (name in _INSIDE_BLOCKS or _HEADING.match(name) is not None)


def _outside_block(node: Node | None) -> bool:
    """Whitespace next to this sibling is dropped (a block, or ``<pre>``)."""
    if node is None or isinstance(node, str):
        return False
    name = _name(node)
    return name == "pre" or _inside_block(name)


def _name(element: lxml.html.HtmlElement) -> str:
    tag = element.tag
    return tag if isinstance(tag, str) else ""


def _children(element: lxml.html.HtmlElement) -> list[Node]:
    """The element's children as BeautifulSoup holds them: its text, then each child and its tail."""
    nodes: list[Node] = [element.text] if element.text else []
    for child in element:
        nodes.append(child)
        if child.tail:
            nodes.append(child.tail)
    return nodes


def _chomp(text: str) -> tuple[str, str, str]:
    prefix = " " if text and text[0] == " " else ""
    suffix = " " if text and text[-1] == " " else ""
    return prefix, suffix, text.strip()


class _Converter:
    """One conversion of ``top`` (the rules that look at an element's parents and siblings stop there)."""

    def __init__(self, top: lxml.html.HtmlElement) -> None:
        self.top = top

    def parent(self, element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
        """The element's parent inside the converted tree (None above the top)."""
        return None if element is self.top else element.getparent()

    def previous(self, element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
        """The element's previous sibling element inside the converted tree."""
        return None if element is self.top else element.getprevious()

    def children(self, nodes: list[Node], parent: str, flags: int, in_pre: bool) -> str:
        """The joined conversion of ``nodes``, the children of an element named ``parent`` whose own context
        (its flags with its own contribution) is ``flags``; ``in_pre``: it is or lies inside ``<pre>``."""
        remove_inside = _inside_block(parent)
        strings = []
        last = len(nodes) - 1
        for index, node in enumerate(nodes):
            before = nodes[index - 1] if index else None
            after = nodes[index + 1] if index < last else None
            if isinstance(node, str):
                if node.strip() == "" and (
                    (remove_inside and (before is None or after is None))
                    or _outside_block(before)
                    or _outside_block(after)
                ):
                    continue
                converted = self.text(node, flags, before, after, remove_inside)
            else:
                converted = self.element(node, flags)
            if converted:
                strings.append(converted)
        if in_pre:
            return "".join(strings)
        collapsed = [""]
        for string in strings:
            match = _EXTRACT_NEWLINES.match(string)
            assert match is not None  # the pattern matches any string
            leading, content, trailing = match.groups()
            if collapsed[-1] and leading:
                previous = collapsed.pop()
                leading = "\n" * min(2, max(len(previous), len(leading)))
            collapsed += (leading, content, trailing)
        return "".join(collapsed)

    def text(self, text: str, flags: int, before: Node | None, after: Node | None, remove_inside: bool) -> str:
        """A run of text: whitespace folded (outside ``<pre>``), ``*`` and ``_`` escaped (outside code),
        trimmed next to a block or at a block's edge."""
        if not flags & _PRE and ("\n" in text or "\r" in text or "\t" in text or "  " in text):
            text = _WHITESPACE.sub(" ", _NEWLINE_WHITESPACE.sub("\n", text))
        if not flags & _NOFORMAT and text:
            text = text.replace("*", r"\*").replace("_", r"\_")
        if _outside_block(before) or (remove_inside and before is None):
            text = text.lstrip(" \t\r\n")
        if _outside_block(after) or (remove_inside and after is None):
            text = text.rstrip()
        return text

    def element(self, element: lxml.html.HtmlElement, flags: int) -> str:
        """An element: its children converted, then its own rule (``flags``: its ancestors' context)."""
        name = _name(element)
        inner = flags
        heading = _HEADING.match(name)
        if heading is not None or name in ("td", "th"):
            inner |= _INLINE
        if name in _CODE or name == "pre":
            inner |= _NOFORMAT
        if name == "pre":
            inner |= _PRE
        if name == "li":
            inner |= _LI
        text = self.children(_children(element), name, inner, bool(inner & _PRE))
        rule = _RULES.get(name)
        if rule is not None:
            return rule(self, element, text, flags)
        if heading is not None:
            return _heading(int(heading.group(1)), text, flags)
        return text


def _heading(level: int, text: str, flags: int) -> str:
    if flags & _INLINE:
        return text
    text = _ALL_WHITESPACE.sub(" ", text.strip())
    return f"\n\n{'#' * max(1, min(6, level))} {text}\n\n"


def _emphasis(element: lxml.html.HtmlElement, text: str, flags: int) -> str:
    if flags & _NOFORMAT:
        return text
    prefix, suffix, text = _chomp(text)
    if not text:
        return ""
    mark = _EMPHASIS[_name(element)]
    return f"{prefix}{mark}{text}{mark}{suffix}"


def _link(element: lxml.html.HtmlElement, text: str, flags: int) -> str:
    if flags & _NOFORMAT:
        return text
    prefix, suffix, text = _chomp(text)
    if not text:
        return ""
    href = element.get("href")
    if text.replace(r"\_", "_") == href:
        return f"<{href}>"
    return f"{prefix}[{text}]({href}){suffix}" if href else text


def _blockquote(text: str, flags: int) -> str:
    text = text.strip(" \t\r\n")
    if flags & _INLINE:
        return f" {text} "
    if not text:
        return "\n"
    return "\n" + _LINE_WITH_CONTENT.sub(lambda m: f"> {m.group(1)}" if m.group(1) else ">", text) + "\n\n"


def _code(text: str, flags: int) -> str:
    if flags & _NOFORMAT:
        return text
    prefix, suffix, text = _chomp(text)
    if not text:
        return ""
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    if longest:
        text = f" {text} "
    return f"{prefix}{'`' * (longest + 1)}{text}{'`' * (longest + 1)}{suffix}"


def _block(text: str, flags: int) -> str:
    if flags & _INLINE:
        return f" {text.strip()} "
    text = text.strip()
    return f"\n\n{text}\n\n" if text else ""


def _dd(text: str, flags: int) -> str:
    text = text.strip()
    if flags & _INLINE:
        return f" {text} "
    if not text:
        return "\n"
    text = _LINE_WITH_CONTENT.sub(lambda m: f"    {m.group(1)}" if m.group(1) else "", text)
    return f":{text[1:]}\n"


def _dt(text: str, flags: int) -> str:
    text = _ALL_WHITESPACE.sub(" ", text.strip())
    if flags & _INLINE:
        return f" {text} "
    return f"\n\n{text}\n" if text else "\n"


def _list(converter: _Converter, element: lxml.html.HtmlElement, text: str, flags: int) -> str:
    following: Node | None = element.tail if element.tail and element.tail.strip() else None
    if following is None and element is not converter.top:
        following = element.getnext()
    before_paragraph = following is not None and (isinstance(following, str) or _name(following) not in ("ul", "ol"))
    if flags & _LI:
        return "\n" + text.rstrip()
    return "\n\n" + text + ("\n" if before_paragraph else "")


def _list_item(converter: _Converter, element: lxml.html.HtmlElement, text: str) -> str:
    text = text.strip()
    if not text:
        return "\n"
    parent = converter.parent(element)
    if parent is not None and _name(parent) == "ol":
        bullet = f"{1 + sum(1 for sibling in element.itersiblings(preceding=True) if _name(sibling) == 'li')}."
    else:
        depth, ancestor = -1, parent
        while ancestor is not None:
            depth += _name(ancestor) == "ul"
            ancestor = converter.parent(ancestor)
        bullet = _BULLETS[depth % len(_BULLETS)]
    bullet += " "
    indent = " " * len(bullet)
    text = _LINE_WITH_CONTENT.sub(lambda m: indent + m.group(1) if m.group(1) else "", text)
    return f"{bullet}{text[len(bullet) :]}\n"


def _paragraph(text: str, flags: int) -> str:
    text = text.strip(" \t\r\n")
    if flags & _INLINE:
        return f" {text} "
    return f"\n\n{text}\n\n" if text else ""


def _pre(text: str) -> str:
    if not text:
        return ""
    text = _PRE_RSTRIP.sub("", _PRE_LSTRIP.sub("", text))
    return f"\n\n```\n{text}\n```\n\n"


def _row(converter: _Converter, element: lxml.html.HtmlElement, text: str) -> str:
    cells = list(element.iter("td", "th"))
    parent = converter.parent(element)
    parent_name = _name(parent) if parent is not None else "body"
    first = converter.previous(element) is None
    head = all(_name(cell) == "th" for cell in cells) or (
        parent is not None and parent_name == "thead" and sum(1 for _ in parent.iter("tr")) == 1
    )
    head_missing = first and (parent_name != "tbody" or parent is None or _without_thead(converter, parent))
    width = len(cells)
    if head and first:
        return f"|{text}\n| {' | '.join(['---'] * width)} |\n"
    if head_missing or (
        first
        and (
            parent_name == "table"
            or (parent_name == "tbody" and parent is not None and converter.previous(parent) is None)
        )
    ):
        overline = f"| {' | '.join([''] * width)} |\n| {' | '.join(['---'] * width)} |\n"
        return f"{overline}|{text}\n"
    return f"|{text}\n"


def _without_thead(converter: _Converter, body: lxml.html.HtmlElement) -> bool:
    """No ``<thead>`` under the table body's parent (markdownify's test for a missing head row)."""
    above = converter.parent(body)
    return next((above if above is not None else body).iter("thead"), None) is None


_Rule = Callable[[_Converter, lxml.html.HtmlElement, str, int], str]
_RULES: dict[str, _Rule] = {
    "a": lambda _, element, text, flags: _link(element, text, flags),
    "blockquote": lambda _, element, text, flags: _blockquote(text, flags),
    "br": lambda _, element, text, flags: (text + " " if text else " ") if flags & _INLINE else "  \n" + text,
    "code": lambda _, element, text, flags: _code(text, flags),
    "kbd": lambda _, element, text, flags: _code(text, flags),
    "samp": lambda _, element, text, flags: _code(text, flags),
    "div": lambda _, element, text, flags: _block(text, flags),
    "article": lambda _, element, text, flags: _block(text, flags),
    "section": lambda _, element, text, flags: _block(text, flags),
    "dl": lambda _, element, text, flags: _block(text, flags),
    "dd": lambda _, element, text, flags: _dd(text, flags),
    "dt": lambda _, element, text, flags: _dt(text, flags),
    "hr": lambda _, element, text, flags: "\n\n---\n\n",
    "img": lambda _, element, text, flags: text,  # stripped: its (empty) content
    "video": lambda _, element, text, flags: text,  # no src or poster left: its content
    "ul": _list,
    "ol": _list,
    "list": _list,
    "li": lambda converter, element, text, flags: _list_item(converter, element, text),
    "p": lambda _, element, text, flags: _paragraph(text, flags),
    "pre": lambda _, element, text, flags: _pre(text),
    "q": lambda _, element, text, flags: f'"{text}"',
    "script": lambda _, element, text, flags: "",
    "style": lambda _, element, text, flags: "",
    "table": lambda _, element, text, flags: f"\n\n{text.strip()}\n\n",
    "caption": lambda _, element, text, flags: f"{text.strip()}\n\n",
    "figcaption": lambda _, element, text, flags: f"\n\n{text.strip()}\n\n",
    "td": lambda _, element, text, flags: f" {text.strip().replace(chr(10), ' ')} |",
    "th": lambda _, element, text, flags: f" {text.strip().replace(chr(10), ' ')} |",
    "tr": lambda converter, element, text, flags: _row(converter, element, text),
    **{name: (lambda _, element, text, flags: _emphasis(element, text, flags)) for name in _EMPHASIS},
}
"""markdownify's rule of each element name (a name without a rule keeps its converted children)."""
