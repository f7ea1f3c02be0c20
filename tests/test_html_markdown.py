"""The body's Markdown, made straight from the lxml tree, is what markdownify makes of the same body
(written out and parsed again by BeautifulSoup, as digest did before): on generated trees of every
element markdownify has a rule for, and on the development extraction pages when ../shared is present."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from markdownify import MarkdownConverter

from digest.core.ingest.decode import decode
from digest.core.ingest.html import _ELEMENT_CLASSES
from digest.core.ingest.html_content import article_body
from digest.core.ingest.html_markdown import body_markdown
from digest.core.ingest.html_meta import page_title
from tests.conftest import ROOT

_MARKDOWNIFY = MarkdownConverter(heading_style="ATX", strip=["img"], bs4_options={"features": "lxml"})
TAGS = [
    "p",
    "div",
    "span",
    "a",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "h1",
    "h2",
    "h3",
    "h6",
    "br",
    "hr",
    "blockquote",
    "pre",
    "code",
    "kbd",
    "samp",
    "section",
    "article",
    "main",
    "dl",
    "dt",
    "dd",
    "q",
    "del",
    "s",
    "sub",
    "sup",
    "figure",
    "figcaption",
    "img",
    "video",
]
TEXTS = ["word", " ", "\n  ", "a_b", "x*y", " two  spaces ", "line\nbreak", "`tick`", "1. item", "# hash", "\xa0", "."]
PAGES = ROOT.parent / "shared" / "extraction" / "html"


def markdownify_of(body: Any) -> str:
    """What digest made before: markdownify of the body written out (with its tail) and parsed again."""
    for element in body.iter():
        for name in [name for name in element.attrib if name != "href"]:
            del element.attrib[name]
    return str(_MARKDOWNIFY.convert(etree.tostring(body, encoding="unicode")))


@st.composite
def fragments(draw: st.DrawFn, depth: int = 4) -> str:
    """HTML made of markdownify's elements, nested at random, with text that its rules escape or fold."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth and draw(st.booleans()):
            tag = draw(st.sampled_from(TAGS))
            if tag in ("br", "hr", "img"):
                parts.append(f"<{tag}>")
                continue
            link = ' href="https://example.org/a_b"' if tag == "a" and draw(st.booleans()) else ""
            parts.append(f'<{tag}{link} class="x">{draw(fragments(depth - 1))}</{tag}>')
        else:
            parts.append(draw(st.sampled_from(TEXTS)))
    return "".join(parts)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fragments(), st.sampled_from(["", " tail", "\n"]), st.sampled_from(["div", "section", "body"]))
def test_generated_trees_convert_as_markdownify_converts_them(inner: str, tail: str, wrapper: str) -> None:
    page = f"<html><body><div><{wrapper}>{inner}</{wrapper}>{tail}</div></body></html>"
    if wrapper == "body":
        page = f"<html><body>{inner}</body></html>{tail}"
    ours, theirs = (_wrapper(lxml.html.document_fromstring(page), wrapper) for _ in range(2))
    assert body_markdown(ours) == markdownify_of(theirs)


def _wrapper(document: Any, wrapper: str) -> Any:
    return document.body if wrapper == "body" else document.body[0][0]


def test_lists_tables_and_headings_keep_markdown_structure() -> None:
    page = (
        "<html><body><article><h2>Plan</h2><p>One *two* three_four.</p><ol><li>first</li><li>second</li></ol>"
        "<ul><li>a<ul><li>b</li></ul></li></ul><table><tr><th>k</th><th>v</th></tr><tr><td>x</td><td>1</td></tr>"
        "</table><pre>  code\n  block</pre></article></body></html>"
    )
    markdown = body_markdown(lxml.html.document_fromstring(page).body[0])
    assert markdown == (
        "## Plan\n\nOne \\*two\\* three\\_four.\n\n1. first\n2. second\n\n* a\n  + b\n\n"
        "| k | v |\n| --- | --- |\n| x | 1 |\n\n```\n  code\n  block\n```"
    )
    assert markdown == markdownify_of(lxml.html.document_fromstring(page).body[0])


@pytest.mark.skipif(not PAGES.is_dir(), reason="../shared/extraction is not beside this clone")
def test_development_pages_convert_as_markdownify_converts_them() -> None:
    pages = sorted(PAGES.glob("*.html"))
    assert len(pages) >= 90
    for path in pages:
        bodies = [_cleaned_body(decode(path.read_bytes(), path.name)) for _ in range(2)]
        assert body_markdown(bodies[0]) == markdownify_of(bodies[1]), path.name


def _cleaned_body(text: str) -> Any:
    parser = lxml.html.HTMLParser()
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    document = lxml.html.document_fromstring(text, parser=parser)
    return article_body(document, page_title(document))


def test_a_body_without_words_gives_no_markdown() -> None:
    assert body_markdown(lxml.html.document_fromstring("<html><body><div> </div></body></html>").body[0]) == ""
