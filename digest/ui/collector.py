"""Holding Python's cyclic garbage collector off while a screen fills with many long-lived objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_held_off() -> Iterator[None]:
    """Hold the cyclic collector off while the block makes many long-lived objects, then freeze them.

    Filling a list of 100,000 rows otherwise sets off full collections that walk every object made so far
    (a pause of about half a second at that size); afterwards the objects are frozen (moved out of the
    collector's generations), so no later pass walks them either. Reference counting still frees them.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
