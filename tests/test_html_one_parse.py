"""One HTML parse: the page is parsed once, without the whole sanitiser before it, and markdownify reads a
tree built from that parse. Both must give what the longer way gave: the text cleaned, the Markdown of the
body as markdownify gives it from the body's HTML."""

from __future__ import annotations

import lxml.html
import pytest
from lxml import etree
from markdownify import MarkdownConverter

from digest.core.ingest import parse_article
from digest.core.ingest.html_markdown import body_markdown
from digest.core.sanitize import clean_line, is_safe, markup_text

_PARAGRAPH = "The council vo{c}ted on Tuesday to close the old bridge for repairs until the spring."
_PAGE = (
    "<html><head><title>Bridge clo{c}sed for repairs</title></head><body><article>"
    "<h1>Bridge clo{c}sed for repairs</h1><p>{paragraph}</p>"
    "<p>Engineers found cracks in two of its piers during an inspection last month.</p>"
    "<p>Drivers are asked to use the ring road, which adds about ten minutes to a trip.</p>"
    "</article></body></html>"
)
_CHARACTERS = {
    "C0 control": "\x01",
    "escape sequence": "\x1b[31m",
    "C1 control": "\x85\x9b",
    "lone surrogate": "\ud800",
    "bidi override": "\u202e",
    "zero-width space": "\u200b",
    "soft hyphen": "\u00ad",
    "no-break space": "\u00a0",
    "line separator": "\u2028",
    "combining accent (not NFC)": "e\u0301",
}


def _page(character: str) -> str:
    return _PAGE.format(c=character, paragraph=_PARAGRAPH.format(c=character))


@pytest.mark.parametrize("character", list(_CHARACTERS.values()), ids=list(_CHARACTERS))
def test_a_page_holding_controls_or_invisible_characters_gives_the_sanitised_text(character: str) -> None:
    article = parse_article(_page(character), "page.html", "html")
    assert article.title == clean_line(f"Bridge clo{character}sed for repairs")
    first = article.sections[0].paragraphs[0]
    assert first == clean_line(_PARAGRAPH.format(c=character))
    assert is_safe(article.title) and all(is_safe(section.text) for section in article.sections)


@pytest.mark.parametrize("character", ["\u202e", "\u200b", "\u00ad", "\u00a0"])
def test_a_character_written_literally_or_as_a_reference_gives_the_same_article(character: str) -> None:
    reference = f"&#x{ord(character):x};"
    literal = parse_article(_page(character), "page.html", "html")
    referenced = parse_article(_page(reference), "page.html", "html")
    assert literal.title == referenced.title and literal.sections == referenced.sections


def test_markup_needing_no_cleaning_before_parsing_is_kept_as_it_is() -> None:
    markup = "<p>Caf\u00e9 \u201cquoted\u201d \u202e\u00a0done</p>\n"
    assert markup_text(markup) is markup
    assert markup_text("<p>a\r\nb\x1b[1m</p>") == "<p>a\nb</p>"
    assert markup_text("<p>a\x01b</p>") == "<p>ab</p>"


_BODIES = [
    "<div><p>Plain <b>bold</b> and <a href='https://example.org/a' title='t' class='c'>a link</a> tail.</p></div>",
    "<div><h2>Part one</h2><p>Text &lt;not a tag&gt; &amp; more</p>  <p>Second\n  paragraph\twith   spaces</p></div>",
    "<div><ul><li>one<ul><li>nested</li></ul></li><li>two</li></ul><ol><li>first</li><li>second</li></ol></div>",
    "<div><table><tr><th>Name</th><th>Count</th></tr><tr><td>alpha</td><td>3</td></tr></table></div>",
    "<div><pre>  keep\n    its   spacing</pre><blockquote><p>quoted words</p></blockquote>line<br>break</div>",
    "<section>loose text <em>inline</em><p>block</p> after block<br><br>more</section>",
]


@pytest.mark.parametrize("html", _BODIES)
def test_the_body_markdown_is_markdownify_reading_the_body_html(html: str) -> None:
    document = lxml.html.document_fromstring(f"<html><body>{html} body tail</body></html>")
    body = document.body[0]
    for element in body.iter():
        for name in [name for name in element.attrib if name != "href"]:
            del element.attrib[name]
    expected = MarkdownConverter(heading_style="ATX", strip=["img"]).convert(etree.tostring(body, encoding="unicode"))
    assert body_markdown(body) == expected
