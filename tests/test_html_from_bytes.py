"""A page read from a file is parsed from its own UTF-8 bytes when they are its text as it is, with the
same result as parsing the text (whatever charset the page declares). The pages are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.core.ingest import load_article, parse_article
from digest.core.ingest.decode import decode_as_is
from digest.core.sanitize import is_safe, markup_text

BODY = (
    "<body><article><h1>Caf\u00e9 reopens on the quay</h1><p>The caf\u00e9 on the quay reopened on Monday, "
    "\u201cwith new chairs\u201d, its owner said.</p><p>Na\u00efve \u00e9l\u00e8ve \u2014 \u65e5\u672c\u8a9e "
    "text follows in a second paragraph of prose.</p></article></body></html>"
)
PAGES = [
    f"<html><head><title>Caf\u00e9 reopens on the quay</title></head>{BODY}",
    f'<html><head><meta charset="windows-1252"><title>Caf\u00e9</title></head>{BODY}',
    f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis"></head>{BODY}',
    f'<?xml version="1.0" encoding="iso-8859-1"?><html>{BODY}',
    f"<html><head><title>Caf\u00e9\x1b[31m red</title></head>{BODY}",
]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_page_file_parses_as_its_text(tmp_path: Path, page: str, newline: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(page.replace("><", f">{newline}<").encode("utf-8"))
    article = load_article(path)
    text, _ = decode_as_is(path.read_bytes(), str(path))
    assert article == parse_article(text, article.source, "html")
    assert "caf\u00e9 on the quay" in article.text


def test_only_utf8_bytes_as_they_are_count_as_the_text() -> None:
    assert decode_as_is("caf\u00e9\n".encode(), "x") == ("caf\u00e9\n", True)
    assert decode_as_is("caf\u00e9\r\n".encode(), "x") == ("caf\u00e9\n", False)
    assert decode_as_is("caf\u00e9".encode("utf-8-sig"), "x") == ("caf\u00e9", False)
    assert decode_as_is("caf\u00e9 ".encode("latin-1") * 20, "x")[1] is False


CONTROLS = {
    "C0 control": "\x01",
    "escape sequence": "\x1b[31m",
    "OSC with controls inside": "\x1b]52;c;\x02\x03\x07",
    "8-bit CSI": "\x9b1m",
    "C1 control": "\x85",
    "bell": "\x07",
    "bidi override": "\u202e",
    "line separator": "\u2028",
}


@pytest.mark.parametrize("control", list(CONTROLS.values()), ids=list(CONTROLS))
def test_controls_in_a_page_file_never_reach_the_article(tmp_path: Path, control: str) -> None:
    page = PAGES[0].replace("reopened on Monday", f"reopened{control} on Monday")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("utf-8"))
    article = load_article(path)
    assert article == parse_article(page, article.source, "html")
    assert is_safe(article.title) and all(is_safe(section.text) for section in article.sections)
    assert "reopened on Monday" in article.text


@pytest.mark.parametrize("control", list(CONTROLS.values()), ids=list(CONTROLS))
def test_the_markup_check_reads_the_bytes_as_it_reads_the_text(control: str) -> None:
    markup = f"<p>Caf\u00e9 \u201cquoted\u201d{control} done</p>\n"
    assert markup_text(markup, markup.encode("utf-8")) == markup_text(markup)
