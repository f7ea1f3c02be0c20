"""Holding Python's cyclic garbage collector off while the app starts and a screen fills with many long-lived
objects.

Start-up makes hundreds of thousands of objects that live as long as the app (modules, classes, styles,
widgets, rows) and almost no cyclic garbage, so the collections it sets off walk everything made so far and
free nothing: about a tenth of the time to import Textual, and a pause of about half a second while a list of
100,000 rows fills. Once the first screen is up, what start-up made is frozen (moved out of the collector's
generations), so no later pass walks it either. Reference counting frees objects all along.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def hold_collector() -> None:
    """Hold the cyclic collector off from now (before the app's imports) until :func:`release_collector`."""
    gc.disable()


def release_collector() -> None:
    """Freeze every object made so far and let the collector run again (once the first screen is painted)."""
    gc.freeze()
    gc.enable()


@contextmanager
def collector_held_off() -> Iterator[None]:
    """Hold the cyclic collector off while the block makes many long-lived objects, then freeze them.

    The collector is enabled again afterwards only if it was enabled before (see :func:`hold_collector`).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
