"""A stored story centroid in a compact binary form, cheap to write and read back exactly.

Every arrival that joins or starts a story writes the story's trimmed centroid (its heaviest features per
namespace, each with its rounded weight). As JSON, most of that write is spelling out a few hundred floats;
here the features are joined by a separator and the weights kept as 64-bit floats, so reading them back gives
the very same floats. The form::

    b"C1" + namespaces ("w200,e180,n40": each namespace and how many features it keeps) + b"\\n"
          + the features' UTF-8 length (4 bytes, little-endian) + the features joined by U+001F
          + their weights (8-byte little-endian floats, in the features' order)

A centroid whose features hold the separator, or a namespace that is not one ASCII letter, is written as
JSON, as every centroid was before schema version 9; :func:`decode_centroid` reads both.
"""

from __future__ import annotations

import json
import math
import sys
import zlib
from array import array
from collections.abc import Sequence
from itertools import repeat
from operator import mul, sub, truediv

_MAGIC = b"C1"
MEMBER_DIGITS = 5
"""Decimal digits a member's stored weights keep (a weight is stored as an integer of 10**-5)."""
MEMBER_SCALE = 10**MEMBER_DIGITS
_SEPARATOR = "\x1f"
_SWAP = sys.byteorder != "little"
"""Whether this machine's floats must be byte-swapped to be stored little-endian."""


def _is_namespace(name: str) -> bool:
    """Whether a namespace can be stored in the binary form's head: one ASCII letter."""
    return len(name) == 1 and name.isascii() and name.isalpha()


_FAST_LIMIT = 1e9
"""Largest scaled weight rounded by :func:`scaled_round`'s fast path (its float is then exact to 1.2e-7)."""

_NEAR_HALF = 0.5 - 1e-6
"""A scaled weight this far or further from its nearest integer may lie on either side of a half: it is rounded
the slow, exact way."""


def scaled_round(weights: Sequence[float], digits: int) -> list[int] | None:
    """Each weight rounded to ``digits`` decimals as ``round`` rounds it, as an integer of ``10 ** -digits``:
    ``n / 10 ** digits == round(w, digits)`` to the last bit, so that ``n / 10 ** digits`` is the rounded weight
    (division is exact to the nearest float, and ``round`` gives the float nearest its decimal). None unless
    every weight is finite and above 0 (a zero may be signed: ``round`` keeps the sign, an integer does not).

    ``w * 10 ** digits`` is within half a unit in its last place of the exact product, so rounding it to an
    integer gives the exact product's integer unless the product lies within that much of a half: those few
    (closer than 1e-6 to a half) are rounded through ``round(w, digits)``."""
    if not weights:
        return []
    if not all(map(math.isfinite, weights)) or min(weights) <= 0.0:
        return None
    scale = 10**digits
    products = [weight * scale for weight in weights]
    if max(products) >= _FAST_LIMIT:
        return [round(round(weight, digits) * scale) for weight in weights]
    numbers: list[int] = list(map(round, products))
    if max(map(abs, map(sub, products, numbers))) > _NEAR_HALF:
        for position, (product, number) in enumerate(zip(products, numbers, strict=True)):
            if abs(product - number) > _NEAR_HALF:
                numbers[position] = round(round(weights[position], digits) * scale)
    return numbers


Centroid = dict[str, list[tuple[str, float]]]
"""A trimmed centroid: each namespace's kept features with their weights, heaviest first."""


def encode_centroid(centroid: Centroid) -> bytes | str:
    """The stored form of a trimmed centroid (JSON text when the binary form cannot hold it)."""
    features = [feature for pairs in centroid.values() for feature, _ in pairs]
    joined = _SEPARATOR.join(features)
    if joined.count(_SEPARATOR) != max(len(features) - 1, 0) or not all(map(_is_namespace, centroid)):
        return json.dumps(centroid, separators=(",", ":"))
    weights = array("d", [weight for pairs in centroid.values() for _, weight in pairs])
    if _SWAP:
        weights.byteswap()
    head = ",".join(f"{namespace}{len(pairs)}" for namespace, pairs in centroid.items()).encode("ascii")
    text = joined.encode("utf-8")
    return b"".join((_MAGIC, head, b"\n", len(text).to_bytes(4, "little"), text, weights.tobytes()))


class CorruptStoryData(ValueError):
    """A stored centroid or member that cannot be read back (truncated, or bytes changed): the one error the
    decoders raise for any bad stored form, so that a caller can recover (:mod:`digest.core.store.stories`)."""

    def __init__(self, message: str = "stored story data cannot be read") -> None:
        """The error, with its one message unless told."""
        super().__init__(message)


UNREADABLE = (zlib.error, ValueError, LookupError, TypeError, AttributeError)
"""What reading a bad stored form (compressed JSON, or fields of the wrong type) raises, besides
:class:`CorruptStoryData`."""


def _check(condition: bool) -> None:
    """Raise :class:`CorruptStoryData` unless ``condition`` holds."""
    if not condition:
        raise CorruptStoryData()


def _head(data: bytes, start: int) -> tuple[list[tuple[str, int]], int, int]:
    """The namespaces with their counts written from ``start`` to the first newline, where the features' text
    starts and how long it is (checked to lie within ``data``)."""
    head_end = data.find(b"\n", start)
    _check(head_end >= 0 and head_end + 5 <= len(data))
    text = data[start:head_end]
    _check(text.isascii())
    parts = [] if head_end == start else text.decode("ascii").split(",")
    namespaces = []
    for part in parts:
        _check(len(part) > 1 and _is_namespace(part[0]) and part[1:].isdigit() and part[1:] == str(int(part[1:])))
        namespaces.append((part[0], int(part[1:])))
    _check(len({namespace for namespace, _ in namespaces}) == len(namespaces))
    size = int.from_bytes(data[head_end + 1 : head_end + 5], "little")
    _check(head_end + 5 + size <= len(data))
    return namespaces, head_end + 5, size


def _features(text: bytes, total: int) -> list[str]:
    """The ``total`` features joined in ``text`` (checked: UTF-8, as many as the head counts)."""
    try:
        joined = text.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CorruptStoryData() from error
    features = joined.split(_SEPARATOR) if total else []
    _check(len(features) == total and (total > 0 or not joined))
    return features


def decode_centroid(stored: bytes | str) -> Centroid:
    """The trimmed centroid that :func:`encode_centroid` stored (or JSON text stored before, whose pairs are
    lists); :class:`CorruptStoryData` for anything else."""
    if isinstance(stored, str):
        return _json_centroid(stored)
    _check(stored.startswith(_MAGIC))
    namespaces, start, size = _head(stored, len(_MAGIC))
    total = sum(count for _, count in namespaces)
    features = _features(stored[start : start + size], total)
    _check(len(stored) - start - size == 8 * total)
    weights = array("d")
    weights.frombytes(stored[start + size :])
    if _SWAP:
        weights.byteswap()
    _check(all(map(math.isfinite, weights)))
    centroid: Centroid = {}
    position = 0
    for namespace, count in namespaces:
        centroid[namespace] = list(
            zip(features[position : position + count], weights[position : position + count], strict=True)
        )
        position += count
    return centroid


def _json_centroid(stored: str) -> Centroid:
    """A centroid stored as JSON text (checked: namespaces of feature and weight pairs)."""
    try:
        decoded = json.loads(stored)
    except ValueError as error:
        raise CorruptStoryData() from error
    _check(isinstance(decoded, dict))
    for pairs in decoded.values():
        _check(isinstance(pairs, list))
        for pair in pairs:
            _check(isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str))
            _check(isinstance(pair[1], (int, float)) and not isinstance(pair[1], bool))
    centroid: Centroid = decoded
    return centroid


_MEMBER_MAGIC = b"M1"


def encode_member_fields(
    kept: Centroid,
    counts: dict[str, list[int]],
    years: list[str],
    published: float | None,
) -> bytes | None:
    """A story member's stored form: its kept features with their weights (rounded to 5 decimals), their counts,
    years and publication time, compressed (zlib, level 1: smaller than its JSON at level 6, in half the time);
    None when the binary form cannot hold them exactly (then the caller stores JSON). The weights are kept as
    integers of 1e-5 that divide back to the very same floats (checked)."""
    features = [feature for pairs in kept.values() for feature, _ in pairs]
    weights = [weight for pairs in kept.values() for _, weight in pairs]
    if not all(map(math.isfinite, weights)):
        return None
    scaled = list(map(round, map(mul, weights, repeat(MEMBER_SCALE))))
    if list(map(truediv, scaled, repeat(MEMBER_SCALE))) != weights:
        return None
    numbers = [count for namespace in kept for count in counts.get(namespace, [])]
    if len(numbers) != len(features):
        return None
    sizes = [(namespace, len(pairs)) for namespace, pairs in kept.items()]
    return encode_scaled_member(sizes, features, scaled, numbers, years, published)


def encode_scaled_member(
    sizes: list[tuple[str, int]],
    features: list[str],
    scaled: list[int],
    counts: list[int],
    years: list[str],
    published: float | None,
) -> bytes | None:
    """:func:`encode_member_fields`' stored form from its parts laid flat: each namespace with how many of the
    ``features`` (in order) are its, their weights as integers of 1e-5 (whose quotients by ``MEMBER_SCALE`` are
    the weights stored) and their counts; None when the binary form cannot hold them."""
    joined = _SEPARATOR.join(features)
    if (
        joined.count(_SEPARATOR) != max(len(features) - 1, 0)
        or not all(_is_namespace(namespace) for namespace, _ in sizes)
        or not -(2**31) < min(scaled, default=0) <= max(scaled, default=0) < 2**31
        or any(_SEPARATOR in year for year in years)
        or not 0 <= min(counts, default=0) <= max(counts, default=0) < 2**32
    ):
        return None
    integers, amounts = array("i", scaled), array("I", counts)
    time = array("d", [published if published is not None else math.nan])
    if _SWAP:
        for numbers_array in (integers, amounts, time):
            numbers_array.byteswap()
    head = ",".join(f"{namespace}{size}" for namespace, size in sizes).encode("ascii")
    text = joined.encode("utf-8")
    body = (head, b"\n", len(text).to_bytes(4, "little"), text, integers.tobytes(), amounts.tobytes(), time.tobytes())
    return _MEMBER_MAGIC + zlib.compress(b"".join((*body, _SEPARATOR.join(years).encode("utf-8"))), 1)


MemberFields = tuple[Centroid, dict[str, list[int]], list[str], float | None]
"""A member's kept features with their weights, their counts, years and publication time."""


def decode_member_fields(packed: bytes) -> MemberFields | None:
    """What :func:`encode_member_fields` stored, or None for a member stored in another form (JSON);
    :class:`CorruptStoryData` for a binary form that cannot be read back."""
    if not packed.startswith(_MEMBER_MAGIC):
        return None
    try:
        data = zlib.decompress(packed[len(_MEMBER_MAGIC) :])
    except zlib.error as error:
        raise CorruptStoryData() from error
    namespaces, start, size = _head(data, 0)
    total = sum(count for _, count in namespaces)
    features = _features(data[start : start + size], total)
    numbers = start + size
    _check(len(data) >= numbers + 8 * total + 8)
    integers, amounts, time = array("i"), array("I"), array("d")
    integers.frombytes(data[numbers : numbers + 4 * total])
    amounts.frombytes(data[numbers + 4 * total : numbers + 8 * total])
    time.frombytes(data[numbers + 8 * total : numbers + 8 * total + 8])
    if _SWAP:
        for numbers_array in (integers, amounts, time):
            numbers_array.byteswap()
    _check(math.isnan(time[0]) or math.isfinite(time[0]))
    try:
        tail = data[numbers + 8 * total + 8 :].decode("utf-8")
    except UnicodeDecodeError as error:
        raise CorruptStoryData() from error
    kept: Centroid = {}
    counts: dict[str, list[int]] = {}
    position = 0
    for namespace, count in namespaces:
        span = slice(position, position + count)
        kept[namespace] = [(f, n / MEMBER_SCALE) for f, n in zip(features[span], integers[span], strict=True)]
        counts[namespace] = list(amounts[span])
        position += count
    return kept, counts, tail.split(_SEPARATOR) if tail else [], None if math.isnan(time[0]) else time[0]
