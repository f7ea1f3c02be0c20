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

_MAGIC = b"C1"
_SEPARATOR = "\x1f"
_SWAP = sys.byteorder != "little"
"""Whether this machine's floats must be byte-swapped to be stored little-endian."""


def _is_namespace(name: str) -> bool:
    """Whether a namespace can be stored in the binary form's head: one ASCII letter."""
    return len(name) == 1 and name.isascii() and name.isalpha()


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


def decode_centroid(stored: bytes | str) -> Centroid:
    """The trimmed centroid that :func:`encode_centroid` stored (or JSON text stored before, whose pairs are
    lists)."""
    if isinstance(stored, str):
        decoded: Centroid = json.loads(stored)
        return decoded
    head_end = stored.index(b"\n")
    parts = stored[len(_MAGIC) : head_end].decode("ascii").split(",") if head_end > len(_MAGIC) else []
    size = int.from_bytes(stored[head_end + 1 : head_end + 5], "little")
    start = head_end + 5
    features = stored[start : start + size].decode("utf-8").split(_SEPARATOR) if parts else []
    weights = array("d")
    weights.frombytes(stored[start + size :])
    if _SWAP:
        weights.byteswap()
    centroid: Centroid = {}
    position = 0
    for part in parts:
        count = int(part[1:])
        centroid[part[0]] = list(
            zip(features[position : position + count], weights[position : position + count], strict=True)
        )
        position += count
    return centroid


_MEMBER_MAGIC = b"M1"


def encode_member_fields(
    kept: Centroid, counts: dict[str, list[int]], years: list[str], published: float | None
) -> bytes | None:
    """A story member's stored form: its kept features with their weights (rounded to 5 decimals), their counts,
    years and publication time, compressed (zlib, level 1: smaller than its JSON at level 6, in half the time);
    None when the binary form cannot hold them exactly (then the caller stores JSON). The weights are kept as
    integers of 1e-5 that divide back to the very same floats (checked)."""
    features = [feature for pairs in kept.values() for feature, _ in pairs]
    weights = [weight for pairs in kept.values() for _, weight in pairs]
    joined = _SEPARATOR.join(features)
    scaled = [round(weight * 100000) for weight in weights]
    if (
        joined.count(_SEPARATOR) != max(len(features) - 1, 0)
        or not all(map(_is_namespace, kept))
        or [number / 100000 for number in scaled] != weights
        or not all(-(2**31) < number < 2**31 for number in scaled)
        or any(_SEPARATOR in year for year in years)
    ):
        return None
    numbers = [count for namespace in kept for count in counts.get(namespace, [])]
    if len(numbers) != len(features) or not all(0 <= count < 2**32 for count in numbers):
        return None
    integers, amounts = array("i", scaled), array("I", numbers)
    time = array("d", [published if published is not None else math.nan])
    if _SWAP:
        for numbers_array in (integers, amounts, time):
            numbers_array.byteswap()
    head = ",".join(f"{namespace}{len(pairs)}" for namespace, pairs in kept.items()).encode("ascii")
    text = joined.encode("utf-8")
    body = (head, b"\n", len(text).to_bytes(4, "little"), text, integers.tobytes(), amounts.tobytes(), time.tobytes())
    return _MEMBER_MAGIC + zlib.compress(b"".join((*body, _SEPARATOR.join(years).encode("utf-8"))), 1)


MemberFields = tuple[Centroid, dict[str, list[int]], list[str], float | None]
"""A member's kept features with their weights, their counts, years and publication time."""


def decode_member_fields(packed: bytes) -> MemberFields | None:
    """What :func:`encode_member_fields` stored, or None for a member stored in another form (JSON)."""
    if not packed.startswith(_MEMBER_MAGIC):
        return None
    data = zlib.decompress(packed[len(_MEMBER_MAGIC) :])
    head_end = data.index(b"\n")
    parts = data[:head_end].decode("ascii").split(",") if head_end else []
    size = int.from_bytes(data[head_end + 1 : head_end + 5], "little")
    start = head_end + 5
    features = data[start : start + size].decode("utf-8").split(_SEPARATOR) if parts else []
    total = len(features)
    integers, amounts, time = array("i"), array("I"), array("d")
    integers.frombytes(data[start + size : start + size + 4 * total])
    amounts.frombytes(data[start + size + 4 * total : start + size + 8 * total])
    time.frombytes(data[start + size + 8 * total : start + size + 8 * total + 8])
    if _SWAP:
        for numbers_array in (integers, amounts, time):
            numbers_array.byteswap()
    tail = data[start + size + 8 * total + 8 :].decode("utf-8")
    kept: Centroid = {}
    counts: dict[str, list[int]] = {}
    position = 0
    for part in parts:
        count = int(part[1:])
        span = slice(position, position + count)
        kept[part[0]] = [(f, n / 100000) for f, n in zip(features[span], integers[span], strict=True)]
        counts[part[0]] = list(amounts[span])
        position += count
    return kept, counts, tail.split(_SEPARATOR) if tail else [], None if math.isnan(time[0]) else time[0]
