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
import sys
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
