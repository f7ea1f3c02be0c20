"""The Markdown of a body is what markdownify makes of the body's HTML, though no HTML is written or re-parsed.

``markdownify_body`` hands markdownify a BeautifulSoup tree built straight from the lxml body, and
``body_markdown`` writes most bodies without markdownify at all; this checks both against markdownify run the
plain way (serialised HTML, parsed again), so an upgrade of BeautifulSoup or markdownify that changes how the
tree must be built, or what markdownify writes, shows here.
"""

from __future__ import annotations

import copy
from pathlib import Path

import lxml.html
import pytest
from lxml import etree
from markdownify import markdownify

from digest.core.ingest.html_markdown import body_markdown
from digest.core.ingest.html_markdownify import markdownify_body
from tests.conftest import SEEDS

BODIES = [
    "<div><h2>Dirty war</h2><p>One <b>bold</b> and <i>italic</i> word, a <a href='/x' class='c'>link</a>.</p></div>",
    "<div><p>Tail text</p>after the paragraph<ul><li>one<ul><li>nested</li></ul></li><li>two</li></ul>end</div>",
    "<div><pre>  keep\n    its   spaces\n</pre><p>a  b\tc\nd</p><blockquote><p>quoted</p></blockquote></div>",
    "<div><table><tr><th>Head</th><th>Other</th></tr><tr><td>1</td><td>2 &amp; 3</td></tr></table></div>",
    "<div><p>&lt;not a tag&gt; &amp;amp; “curly” — dash <img src='x.png' alt='pic'> <br>line</p><hr><ol>"
    "<li>first</li><li>second</li></ol></div>",
    "<article><h3>Heading <em>with</em> markup</h3><p><code>x = 1</code> and <strong>end</strong></p></article>",
]


def _plain_markdownify(body: lxml.html.HtmlElement) -> str:
    """markdownify the ordinary way: the body's HTML (only ``href`` kept), parsed again by BeautifulSoup."""
    for element in body.iter():
        for name in [name for name in element.attrib if name != "href"]:
            del element.attrib[name]
    return str(markdownify(etree.tostring(body, encoding="unicode"), heading_style="ATX", strip=["img"]))


def _bodies_of_pages() -> list[Path]:
    return sorted(SEEDS.glob("*.html"))


@pytest.mark.parametrize("html", BODIES)
def test_a_body_converts_as_markdownify_converts_its_html(html: str) -> None:
    body = lxml.html.fragment_fromstring(html)
    expected = _plain_markdownify(copy.deepcopy(body))
    assert markdownify_body(copy.deepcopy(body)) == expected
    assert body_markdown(copy.deepcopy(body)) == expected


@pytest.mark.parametrize("page", _bodies_of_pages(), ids=lambda path: path.name)
def test_a_whole_page_converts_as_markdownify_converts_its_html(page: Path) -> None:
    body = lxml.html.fromstring(page.read_bytes()).body
    expected = _plain_markdownify(copy.deepcopy(body))
    assert markdownify_body(copy.deepcopy(body)) == expected
    assert body_markdown(copy.deepcopy(body)) == expected
