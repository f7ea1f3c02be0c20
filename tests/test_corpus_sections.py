"""General properties of titles and sections on every corpus article (skipped without the corpus).

No expected results for particular files here: only properties every well-extracted article has.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from digest.core.blocks import list_items, table_rows
from digest.core.ingest import load_article
from tests.conftest import corpus_files, needs_corpus

ARTICLES = corpus_files(".html", ".txt")
HTML = corpus_files(".html")

BOILERPLATE = re.compile(
    r"\b\d{9,}\b|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|\bshare this\b|\bshare on (?:facebook|twitter)\b|\bread more\b|\[read:|\bcontinue reading\b"
    r"|\bsign up\b|\bsubscribe\b|\bnewsletter\b|^related\b|\brelated (?:coverage|stories|articles)\b"
    r"|^\s*advertisement\s*$|\bcopyright\b|\u00a9|\bimage (?:copyright|caption)\b|\bmedia (?:caption|playback)\b"
    r"|\bgetty images\b|\bcookies?\b|\bfollow (?:us|him|her)\b|\bcontributed to this report\b"
    r"|\badditional reporting\b|^by [A-Z][a-z]+ [A-Z]|\bfull screen\b|\bautoplay\b|\bclick here\b",
    re.I | re.M,
)
MARKDOWN = re.compile(r"\]\(|\*\*|^#{1,6} |^[-*] |<[a-z]+[ >]", re.M)


def _running_text(paragraph: str) -> list[str]:
    """A paragraph's words without list and table syntax (the only Markdown a paragraph may hold)."""
    items = list_items(paragraph)
    if items is not None:
        return [item.text for item in items]
    rows = table_rows(paragraph)
    return [cell for row in rows for cell in row] if rows is not None else [paragraph]


@needs_corpus
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_sections_hold_body_text_only(path: Path) -> None:
    article = load_article(path)
    assert article.title.strip()
    for section in article.sections:
        assert section.text.strip(), f"section {section.title!r} has no body"
        for paragraph in section.paragraphs:
            assert not BOILERPLATE.search(paragraph), paragraph[:120]
            for words in _running_text(paragraph):
                assert not MARKDOWN.search(words), words[:120]
        if section.title is not None:
            assert 1 <= len(section.title.split()) <= 15 and len(section.title) <= 140, section.title
            assert not BOILERPLATE.search(section.title), section.title
    assert sum(len(s.text.split()) for s in article.sections) >= 200


@needs_corpus
@pytest.mark.parametrize("path", HTML, ids=lambda p: p.name)
def test_html_title_is_the_headline_not_the_site_name(path: Path) -> None:
    article = load_article(path)
    document = lxml.html.fromstring(path.read_bytes())
    sites = [str(s).strip().lower() for s in document.xpath('//meta[@property="og:site_name"]/@content')]
    assert article.title.lower() not in sites
    assert not any(article.title.lower().endswith(site) for site in sites if site)
    assert 3 <= len(article.title.split()) <= 30
    assert not re.search(r"\s[|\u2013\u2014-]\s*$", article.title)
    assert article.title not in article.section_titles


@needs_corpus
@pytest.mark.parametrize("path", corpus_files(".txt"), ids=lambda p: p.name)
def test_text_title_is_short_and_never_a_fragment(path: Path) -> None:
    article = load_article(path)
    assert 3 <= len(article.title.split()) <= 25
    assert article.title not in article.section_titles
