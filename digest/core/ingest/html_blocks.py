"""Loose text to paragraphs: article text written straight into a ``div``/``section``/``td`` with ``<br>``
line breaks, not in ``<p>`` blocks, becomes ``<p>`` paragraphs before the body is looked for.

In a container, each run of text and inline elements between block elements or between two (or more)
consecutive ``<br>`` is wrapped in a new ``<p>``; a single ``<br>`` stays a line break inside it. So the
prose scoring, the furniture rules and the Markdown conversion see such text as the paragraphs a reader
sees. Runs without words (whitespace, a lone image) are left as they are. Linear in the page's size.
"""

from __future__ import annotations

import lxml.html

_CONTAINERS = frozenset({"div", "section", "article", "main", "body", "center", "form", "span", "font"})
_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"})
_LAYOUT_CHILDREN = (
    "p",
    "div",
    "table",
    "ul",
    "ol",
    "dl",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "form",
    "pre",
)
_LAYOUT_CELL_CHARS = 400
_INLINE = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "big",
        "br",
        "cite",
        "code",
        "del",
        "em",
        "font",
        "i",
        "img",
        "ins",
        "kbd",
        "mark",
        "q",
        "s",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    }
)
_MIN_RUN_CHARS = 2


def wrap_loose_text(root: lxml.html.HtmlElement) -> None:
    """Wrap every container's loose text runs in ``<p>`` elements (the tree is modified in place).

    Layout tables (see :func:`is_layout_table`) become plain ``div`` containers first; data tables stay.
    """
    for table in reversed(list(root.iter("table"))):  # inner tables first
        if is_layout_table(table):
            _unwrap_table(table)
    for element in list(root.iter(*_CONTAINERS)):
        if _has_loose_text(element):
            _wrap_runs(element)


def is_layout_table(table: lxml.html.HtmlElement) -> bool:
    """Tell whether a table lays out a page rather than holding data: a cell holds blocks (paragraphs,
    lists, other tables), several line breaks or a long text, or every row has a single cell."""
    cells = [cell for cell in table.iter("td", "th") if _owning_table(cell) is table]
    if not cells:
        return True
    rows: dict[lxml.html.HtmlElement | None, int] = {}
    for cell in cells:
        if any(True for _ in cell.iter(*_LAYOUT_CHILDREN)) or len(cell.findall("br")) >= 2:
            return True
        if len(cell.text_content()) > _LAYOUT_CELL_CHARS:
            return True
        rows[cell.getparent()] = rows.get(cell.getparent(), 0) + 1
    return max(rows.values()) == 1


def mark_table_headers(body: lxml.html.HtmlElement) -> None:
    """Make the first row of a data table without header cells its header (``<th>``), so the Markdown
    table's header is that row rather than an empty one."""
    for table in body.iter("table"):
        rows = [row for row in table.iter("tr") if _owning_table(row) is table]
        if rows and not any(_owning_table(cell) is table for cell in table.iter("th")):
            for cell in rows[0]:
                if cell.tag == "td":
                    cell.tag = "th"


def _owning_table(part: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The nearest table above a table part."""
    return next(part.iterancestors("table"), None)


def _unwrap_table(table: lxml.html.HtmlElement) -> None:
    """Turn a layout table's own parts into ``div`` containers (nested data tables are left alone)."""
    parts = [part for part in table.iter(*_TABLE_PARTS) if part is table or _owning_table(part) is table]
    for part in parts:
        part.tag = "div"
        part.attrib.pop("colspan", None)
        part.attrib.pop("rowspan", None)


def _has_loose_text(element: lxml.html.HtmlElement) -> bool:
    """Tell whether a container holds words outside any block child (and is not itself inline content)."""
    if element.tag in {"span", "font"} and (
        element.find("br") is None or not any(isinstance(c.tag, str) and c.tag not in _INLINE for c in element)
    ):
        return False  # a span is a paragraph only when it holds line breaks next to block children
    text = element.text
    if text and not text.isspace():  # words (``isspace`` is ``not strip()`` without the copy)
        return True
    for child in element:  # a plain loop: most containers are walked to the end, most tails are None
        tail = child.tail
        if tail and not tail.isspace():
            return True
    return False


def _wrap_runs(element: lxml.html.HtmlElement) -> None:
    """Replace the container's children by block children and ``<p>`` runs of the rest."""
    items: list[str | lxml.html.HtmlElement] = [element.text or ""]
    for child in list(element):
        items.append(child)
        items.append(child.tail or "")
        child.tail = None
        element.remove(child)
    element.text = None
    run: list[str | lxml.html.HtmlElement] = []
    index = 0
    while index < len(items):
        item = items[index]
        if isinstance(item, str) or (isinstance(item.tag, str) and item.tag in _INLINE and item.tag != "br"):
            run.append(item)
        elif not isinstance(item.tag, str):  # a comment: dropped with the other non-content later
            pass
        elif item.tag == "br" and not _next_is_break(items, index + 1):
            run.append(item)
        else:
            _flush(element, run)
            run = []
            if item.tag == "br":
                index = _skip_breaks(items, index)
            else:
                element.append(item)
        index += 1
    _flush(element, run)


def _next_is_break(items: list[str | lxml.html.HtmlElement], index: int) -> bool:
    """Tell whether the next item after blank text is a ``<br>`` (a paragraph break) or a block."""
    while index < len(items):
        item = items[index]
        if isinstance(item, str):
            if item.strip():
                return False
        else:
            return isinstance(item.tag, str) and (item.tag == "br" or item.tag not in _INLINE)
        index += 1
    return True


def _skip_breaks(items: list[str | lxml.html.HtmlElement], index: int) -> int:
    """The index of the last ``<br>`` (or blank text) in the run of breaks starting at ``index``."""
    while index + 1 < len(items):
        following = items[index + 1]
        if isinstance(following, str):
            if following.strip():
                break
        elif not (isinstance(following.tag, str) and following.tag == "br"):
            break
        index += 1
    return index


def _flush(element: lxml.html.HtmlElement, run: list[str | lxml.html.HtmlElement]) -> None:
    """Append a run to the container: in a new ``<p>`` when it holds words, else as it was."""
    words = sum(len(item.strip()) if isinstance(item, str) else len(item.text_content().strip()) for item in run)
    while run and not isinstance(run[-1], str) and run[-1].tag == "br":
        run.pop()
    target = element
    if words >= _MIN_RUN_CHARS:
        target = lxml.html.Element("p")
        element.append(target)
    for item in run:
        if isinstance(item, str):
            _append_text(target, item)
        else:
            target.append(item)


def _append_text(target: lxml.html.HtmlElement, text: str) -> None:
    if not text:
        return
    if len(target):
        last = target[-1]
        last.tail = (last.tail or "") + text
    else:
        target.text = (target.text or "") + text
