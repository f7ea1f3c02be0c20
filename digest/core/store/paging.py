"""Sequences read a piece at a time: the base of the app's article list and stories view.

:class:`KeysetIds` holds the ids a list shows, in order, read from an index in growing chunks;
:class:`PagedSequence` holds the rows of those ids, read a page at a time when first drawn.
"""

from __future__ import annotations

import copy
import sqlite3
from array import array
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import Any, Self, TypeVar, overload

ItemT = TypeVar("ItemT")

FIRST_IDS = 500
"""Ids read when a list is made (a few screens); each later read doubles what is known."""

KEPT_PAGES = 20
"""Pages kept in memory (the least recently used is dropped first)."""


class PagedSequence(Sequence[ItemT]):
    """A sequence of known length whose items are read :attr:`page_size` at a time, when first needed."""

    page_size = 100
    """Items read together."""

    def __init__(self) -> None:
        """No page read yet."""
        self._pages: OrderedDict[int, list[ItemT]] = OrderedDict()

    def read_page(self, number: int) -> list[ItemT]:
        """Read page ``number`` (items ``number * page_size`` on, as many as there are)."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> ItemT: ...

    @overload
    def __getitem__(self, index: slice) -> list[ItemT]: ...

    def __getitem__(self, index: int | slice) -> ItemT | list[ItemT]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        number, offset = divmod(index, self.page_size)
        return self.page(number)[offset]

    def __iter__(self) -> Iterator[ItemT]:
        for number in range((len(self) + self.page_size - 1) // self.page_size):
            yield from self.page(number)

    def page(self, number: int) -> list[ItemT]:
        """Page ``number``, read now unless it is kept."""
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self.read_page(number)
        self._pages[number] = page
        if len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        return page

    def kept_page(self, number: int) -> list[ItemT] | None:
        """Page ``number`` if it is kept (None when it would have to be read)."""
        return self._pages.get(number)


class KeysetIds(Sequence[int]):
    """The ids of a list in a fixed order, counted when made, read from an index in growing chunks.

    Making it counts the ids and reads the first :data:`FIRST_IDS`; the others are read when a position past
    them is needed, each read starting after the last id read (its sort key) and doubling what is known, so
    that a list of 100,000 costs what its first screen shows. A listed row removed meanwhile shows as id -1;
    one added after the count is left out. Subclasses say how to count and how to read a chunk.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        """Count the ids and read the first chunk through ``connection``."""
        self.connection = connection
        self._count = self.count_ids()
        self._ids = array("q")
        self._last: tuple[Any, ...] | None = None
        self._complete = False
        self._read(FIRST_IDS)

    def count_ids(self) -> int:
        """How many ids the list holds."""
        raise NotImplementedError

    def ids_after(self, last: tuple[Any, ...] | None, count: int) -> list[tuple[Any, ...]]:
        """Up to ``count`` rows of (id, its sort key...) after the row whose sort key is ``last`` (None: the first)."""
        raise NotImplementedError

    def reading_through(self, connection: sqlite3.Connection) -> Self:
        """The same ids, the rest read through ``connection`` (one of the thread that draws the list)."""
        moved = copy.copy(self)
        moved.connection = connection
        moved._ids = array("q", self._ids)  # each reads on from its own last id
        return moved

    def _read(self, count: int) -> None:
        rows = self.ids_after(self._last, count)
        self._ids.extend(row[0] for row in rows)
        if rows:
            self._last = tuple(rows[-1][1:])
        self._complete = len(rows) < count

    def _at(self, index: int) -> int:
        while index >= len(self._ids) and not self._complete:
            self._read(max(FIRST_IDS, len(self._ids)))
        return self._ids[index] if index < len(self._ids) else -1

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self._at(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._at(index)

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        """The position of the id ``value``: the ids read so far are searched first, more are read only while it is
        not found; ValueError when it is not listed."""
        stop = len(self) if stop is None else min(stop, len(self))
        while True:
            try:
                return self._ids.index(value, start, stop)  # type: ignore[arg-type]
            except ValueError:
                if self._complete or len(self._ids) >= stop:
                    raise
            start = max(start, len(self._ids))
            self._read(max(FIRST_IDS, len(self._ids)))
