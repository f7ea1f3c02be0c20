"""Option types with bounds: an absurd number (``inf``, ``nan``, negative, huge) is refused by argparse
with one clear message and exit status 2, instead of a traceback or an overloaded machine."""

from __future__ import annotations

import argparse
import math

MAX_TIMEOUT = 3600.0
"""Longest network timeout accepted, in seconds."""
MAX_WORKERS = 64
"""Most parallel workers accepted."""
MAX_RESULTS = 1_000_000
"""Most results a listing may ask for."""
MAX_BYTES_LIMIT = 2**40
"""Largest size limit accepted, in bytes."""


def timeout_seconds(text: str) -> float:
    """A network timeout: a finite number of seconds, more than 0 and at most :data:`MAX_TIMEOUT`."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if not math.isfinite(value) or not 0 < value <= MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(f"'{text}': give seconds between 0 and {MAX_TIMEOUT:g}")
    return value


def worker_count(text: str) -> int:
    """A number of parallel workers, 1 to :data:`MAX_WORKERS`."""
    return _bounded_int(text, 1, MAX_WORKERS, "workers")


def result_limit(text: str) -> int:
    """A number of results, 1 to :data:`MAX_RESULTS`."""
    return _bounded_int(text, 1, MAX_RESULTS, "results")


def byte_count(text: str) -> int:
    """A size limit in bytes, 1 to :data:`MAX_BYTES_LIMIT`."""
    return _bounded_int(text, 1, MAX_BYTES_LIMIT, "bytes")


def _bounded_int(text: str, low: int, high: int, unit: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of {unit}") from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"'{text}': give {low} to {high} {unit}")
    return value


def sentence_count(text: str) -> int | None:
    """The ``--sentences`` value as a whole number of at least 1, or None when it is not one.

    Commands report None with :data:`SENTENCES_ERROR` and exit 2 (the check is not argparse's, so the
    error stays the one line every command prints for bad input).
    """
    try:
        count = int(text)
    except ValueError:
        return None
    return count if count >= 1 else None


SENTENCES_ERROR = "--sentences: expected a whole number of at least 1, got {!r}"
"""The one-line error for a bad ``--sentences`` value (format it with the value given)."""
