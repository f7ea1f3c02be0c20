"""Property tests: the parsers never raise on arbitrary text, never emit controls, invent no characters."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.core.errors import IngestError
from digest.core.ingest import parse_article
from digest.core.model import Article

_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\ufeff]")
_ADDED_BY_LAYOUT = set(" \n\u2026-.|0123456789")
"""Characters the parsers may add: spaces and newlines between paragraphs, the ellipsis of a derived title,
and the markers of list and table paragraphs (``- item``, ``2. item``, ``| cell |``)."""

article_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list('\n\n\n#>*-_"\u201c\u201d[]()\x1b\u202e<p></h2>')),
    ),
    max_size=600,
)


def source_chars(text: str) -> set[str]:
    """The characters of the input after the sanitiser's NFC normalisation."""
    return set(unicodedata.normalize("NFC", text)) | set(text)


def check(article: Article, source_text: str) -> None:
    """The invariants every parsed article keeps."""
    assert article.title.strip()
    for text in [article.title, *(s.title or "" for s in article.sections), *(s.text for s in article.sections)]:
        assert not _FORBIDDEN.search(text)


@settings(max_examples=150, deadline=None)
@given(article_text)
def test_plain_text_parser(text: str) -> None:
    article = parse_article(text, "x.txt", "text")
    check(article, text)
    invented = set(article.text) - source_chars(text) - _ADDED_BY_LAYOUT
    assert not invented


@settings(max_examples=150, deadline=None)
@given(article_text)
def test_markdown_parser(text: str) -> None:
    article = parse_article(text, "x.md", "markdown")
    check(article, text)
    if "&" not in text and "\\" not in text:  # entities and backslash escapes legitimately turn into other characters
        invented = set(article.text) - source_chars(text) - _ADDED_BY_LAYOUT
        assert not invented, invented


@settings(max_examples=100, deadline=None)
@given(article_text)
def test_html_parser(text: str) -> None:
    try:
        article = parse_article(f"<html><body><article>{text}</article></body></html>", "x.html", "html")
    except IngestError:
        return
    check(article, text)


def test_control_characters_in_html_markup_do_not_break_the_parser() -> None:
    article = parse_article("<html><body><article>\x1b<?>0 and text\x00 here</article></body></html>", "x.html", "html")
    assert "text here" in article.text
