"""Reading untrusted files into text: size limit, binary detection, encodings and newlines."""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path
from typing import BinaryIO

from digest.core.errors import IngestError

DEFAULT_MAX_BYTES = 20_000_000
"""Files larger than this (20 MB) are refused before they are read."""

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def max_bytes_from_env() -> int:
    """The size limit: ``DIGEST_MAX_BYTES`` when set to a whole number, else the default."""
    value = os.environ.get("DIGEST_MAX_BYTES", "")
    return int(value) if value.isdigit() else DEFAULT_MAX_BYTES


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """Read a file, refusing missing, unreadable, oversized and empty ones with an IngestError."""
    limit = max_bytes_from_env() if max_bytes is None else max_bytes
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IngestError(name, "no such file") from None
    except OSError as error:
        raise IngestError(name, f"cannot read ({error.strerror or error})") from None
    if not path.is_file():
        raise IngestError(name, "not a regular file")
    if size > limit:
        raise IngestError(name, f"too large ({_megabytes(size)}; the limit is {_megabytes(limit)})")
    try:
        with path.open("rb") as handle:
            data = _read_to_limit(handle, size, limit)
    except OSError as error:
        raise IngestError(name, f"cannot read ({error.strerror or error})") from None
    if len(data) > limit:
        raise IngestError(name, f"too large (over the limit of {_megabytes(limit)})")
    if data.isspace() or not data:
        raise IngestError(name, "empty file")
    return data


def _read_to_limit(handle: BinaryIO, size: int, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of an open file whose size was ``size``: asked for by its size (asking
    for ``limit + 1`` at once makes Python allocate that much, 20 MB, for every file), then on to the
    limit when the file gave that much (it grew, or its size was not known, as for ``/proc`` files)."""
    wanted = min(size, limit) + 1
    data = handle.read(wanted)
    if len(data) == wanted and wanted <= limit:
        data += handle.read(limit + 1 - wanted)
    return data


def decode(data: bytes, source: str) -> str:
    """Decode bytes from a file into text with LF newlines.

    Order: a BOM (UTF-8, UTF-16, UTF-32); strict UTF-8; UTF-8 with stray legacy bytes (mixed
    encodings: the bad bytes read as Windows-1252); a declared charset (HTML meta, XML prolog);
    detection with charset-normalizer; Windows-1252 as the last resort. Binary data (NUL bytes,
    many control bytes) is refused with an IngestError.
    """
    return decode_as_is(data, source)[0]


def decode_as_is(data: bytes, source: str) -> tuple[str, bool]:
    """:func:`decode`'s text, and whether it is the bytes' own UTF-8 as they are (no BOM, no stray byte, no
    CR): then ``text.encode("utf-8") == data``, and a parser may read the bytes instead of the text."""
    text = _decode_with_bom(data)
    as_is = False
    if text is None:
        if _looks_binary(data):
            raise IngestError(source, "binary file, not text")
        try:
            text, as_is = data.decode("utf-8"), True
        except UnicodeDecodeError:
            text = _decode_without_bom(data)
    if "\r" in text:  # a search for one character is far cheaper than a replace that finds nothing
        text, as_is = text.replace("\r\n", "\n").replace("\r", "\n"), False
    if _too_many_controls(text):
        raise IngestError(source, "binary file, not text")
    if text.isspace() or not text:  # as ``not text.strip()``, without copying the text
        raise IngestError(source, "empty file")
    return text, as_is


def _decode_with_bom(data: bytes) -> str | None:
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    return None


def _decode_without_bom(data: bytes) -> str:
    """The text of bytes that are neither marked by a BOM nor strict UTF-8."""
    if _UTF8_MULTIBYTE.search(data):
        return data.decode("utf-8", errors=_MIXED_HANDLER)
    head = data[:4096]
    match = _DECLARED_CHARSET.search(head) or _XML_ENCODING.search(head)
    if match:
        encoding = match.group(1).decode("ascii", "ignore")
        try:
            codecs.lookup(encoding)
        except LookupError:
            encoding = ""
        if encoding and codecs.lookup(encoding).name not in {"utf-8", "ascii"}:
            return data.decode(encoding, errors="replace")
    detected = _detect(data)
    if detected:
        return data.decode(detected, errors="replace")
    return data.decode("cp1252", errors="replace")


def _legacy_bytes(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read bytes that are not UTF-8 as Windows-1252 (mixed-encoding files)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return chunk.decode("cp1252", errors="replace"), error.end


_MIXED_HANDLER = "digest-legacy-bytes"
codecs.register_error(_MIXED_HANDLER, _legacy_bytes)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return None if best is None else str(best.encoding)


_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])
"""C0 control bytes other than tab, line feed, vertical tab, form feed and carriage return."""
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
"""The same control characters in decoded text, and the replacement character."""


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) // 20


def _too_many_controls(text: str) -> bool:
    head = text[:8192]
    controls = len(_CONTROL_CHARS.findall(head))
    return controls > max(16, len(head) // 10)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
