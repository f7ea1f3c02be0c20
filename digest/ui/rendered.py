"""Which articles keep their rendered widgets: the few opened last (an LRU of article indexes).

A rendered article (its document, contents pane and quote sidebar) takes a few megabytes; keeping every
article ever opened made memory grow without bound. The screen keeps :data:`KEPT_ARTICLES` of them and
rebuilds any other from the article and its cached analysis when it is opened again.
"""

from __future__ import annotations

from collections import OrderedDict

from textual.widget import Widget

KEPT_ARTICLES = 4
"""How many opened articles keep their rendered widgets: each costs about 3 MB (peak memory after opening 200
distinct articles, ``benchmarks/reader_memory.py``, thirty-fourth session: 125 MB with 4 kept, 132 MB with 6,
beside 66 MB for the bare one-``Markdown`` app; issue 16's bound is 2x that app)."""


class RenderedArticles:
    """The indexes of the articles whose widgets are kept, least recently opened first."""

    def __init__(self, limit: int = KEPT_ARTICLES) -> None:
        """Keep at most ``limit`` (at least 1) articles rendered."""
        self.limit = max(1, limit)
        self._order: OrderedDict[int, None] = OrderedDict()

    def __contains__(self, index: object) -> bool:
        return index in self._order

    def __len__(self) -> int:
        return len(self._order)

    def opened(self, index: int) -> list[int]:
        """Note that article ``index`` is shown; return the articles whose widgets must now go."""
        self._order[index] = None
        self._order.move_to_end(index)
        gone = []
        while len(self._order) > self.limit:
            oldest, _ = self._order.popitem(last=False)
            gone.append(oldest)
        return gone


def discard(widget: Widget) -> None:
    """Remove a rendered widget, first emptying the line caches of it and its children.

    Textual keeps a removed widget's styles cache (its rendered lines) reachable for a while from a cache
    of its own; emptying the caches (a ``refresh``) keeps those lines from piling up article after article.
    """
    for part in (widget, *widget.walk_children()):
        part.refresh()
    widget.remove()
