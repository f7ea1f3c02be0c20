"""Decoding untrusted files: encodings, BOMs, binary and empty files, the size limit."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from digest.core.errors import IngestError
from digest.core.ingest import load_article
from digest.core.ingest.decode import _read_to_limit, decode, read_bytes


def test_utf8_bom_and_utf16() -> None:
    assert decode("caf\u00e9".encode("utf-8-sig"), "x") == "caf\u00e9"
    assert decode("caf\u00e9 au lait".encode("utf-16"), "x") == "caf\u00e9 au lait"


def test_declared_legacy_charset_in_html() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>caf\u00e9 \u201cquoted\u201d</p></body></html>'
    assert "caf\u00e9 \u201cquoted\u201d" in decode(html.encode("cp1252"), "x")


def test_undeclared_latin1_is_detected() -> None:
    text = "Le gar\u00e7on a dit que le caf\u00e9 \u00e9tait tr\u00e8s bon, et la cr\u00e8me aussi. " * 5
    assert "gar\u00e7on" in decode(text.encode("latin-1"), "x")


def test_crlf_becomes_lf() -> None:
    assert decode(b"a\r\nb\rc", "x") == "a\nb\nc"


def test_binary_is_refused() -> None:
    with pytest.raises(IngestError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "img.txt")


def test_empty_and_whitespace_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n ")
    with pytest.raises(IngestError, match="empty"):
        read_bytes(path)


def test_size_limit_refuses_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 1000)
    with pytest.raises(IngestError, match="too large") as caught:
        load_article(path, max_bytes=100)
    assert str(path) in str(caught.value)


def test_unsupported_type_and_missing_file(tmp_path: Path) -> None:
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(IngestError, match="unsupported"):
        load_article(pdf)
    with pytest.raises(IngestError, match="no such file"):
        load_article(tmp_path / "missing.txt")


def test_mixed_encodings_keep_both_parts_readable() -> None:
    data = "Caf\u00e9 au lait, ".encode() + "na\u00efve gar\u00e7on".encode("cp1252")
    assert decode(data, "x") == "Caf\u00e9 au lait, na\u00efve gar\u00e7on"


def test_a_file_is_read_whole_up_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"<p>The pier reopened.</p>\n" * 400)
    assert read_bytes(path, max_bytes=20_000) == path.read_bytes()
    assert read_bytes(path, max_bytes=len(path.read_bytes())) == path.read_bytes()
    with pytest.raises(IngestError, match="too large"):
        read_bytes(path, max_bytes=len(path.read_bytes()) - 1)


def test_a_file_longer_than_its_size_said_is_read_on_to_the_limit() -> None:
    data = b"x" * 1000
    assert _read_to_limit(io.BytesIO(data), 0, 5000) == data  # size unknown (as /proc files report it)
    assert _read_to_limit(io.BytesIO(data), 10, 5000) == data  # the file grew after its size was read
    assert _read_to_limit(io.BytesIO(data), 10, 500) == data[:501]  # one byte past the limit: refused after
    assert _read_to_limit(io.BytesIO(data), 1000, 5000) == data
