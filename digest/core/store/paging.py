"""A sequence read a page at a time: the base of the app's article list and stories view."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import TypeVar, overload

ItemT = TypeVar("ItemT")

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
