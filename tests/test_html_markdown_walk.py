"""The Markdown written straight from the lxml body is byte for byte markdownify's, for every body it takes.

``walk_markdown`` writes paragraphs, headings, divisions, lists, block quotes, breaks, images, rules and
elements without a markdownify rule itself, and leaves every other body to markdownify (it returns None).
Each test compares it with markdownify run on the same body (through ``markdownify_body``, itself held to
plain markdownify by ``tests/test_html_markdown_tree.py``). The HTML is invented.
"""

from __future__ import annotations

import copy
import html
import random

import lxml.html
import pytest
from markdownify import MarkdownConverter

from digest.core.ingest.html_markdown import body_markdown
from digest.core.ingest.html_markdown_walk import MARKDOWNIFY_RULES, walk_markdown
from digest.core.ingest.html_markdownify import markdownify_body

WALKED = [
    "<div><p>The ferry left at <br>noon.</p><p>It came back late.</p></div>",
    "<div><h2>Harbour  works</h2><p>Cranes *arrived* on the_quay.</p><h3>\n  Next\tsteps </h3><p>More.</p></div>",
    "<section><ul><li>one<ul><li>nested<ul><li>deeper</li></ul></li></ul></li><li>two</li></ul>after</section>",
    "<article><ol><li>first</li><li></li><li>third <p>with a paragraph</p></li></ol><ol><li>again</li></ol></article>",
    "<div><blockquote><p>Quoted line</p><p>Second line</p></blockquote><blockquote> </blockquote><hr>x</div>",
    "<div>loose text <img src='a.png' alt='a picture'> more<br><br>text\n\n  spaced   out\t</div>",
    "<main><center>Centred words</center><p>Then a paragraph</p>  <output>an output</output></main>",
    "<div><h4>Heading with <p>a paragraph</p> <br> and <blockquote>a quote</blockquote> <div>a block</div></h4></div>",
    "<div><p>\xa0</p><p>\x0c</p><p> \xa0 text \xa0 </p>\n<ul>\n<li>\n item\n</li>\n</ul>\n<p>end</p></div>",
    "<div><ul><li>a</li></ul><ol><li>b</li></ol>tail words<ul><li>c</li></ul><p>1. not a list</p># hash</div>",
    "<div><dl><dt> A  term </dt><dd>its meaning<p>over</p><p>lines</p></dd><dt></dt><dd> </dd></dl>after</div>",
    "<div><h3>In a heading: <dl><dt>term</dt><dd>meaning</dd></dl></h3></div>",
    "<div><table><tr><th>Port</th><th>Ships</th></tr><tr><td>North</td><td>4 *big*</td></tr></table></div>",
    "<div><table><caption> Tides </caption><tr><td>a<p>b</p></td><td colspan='2'>c<br>d</td></tr></table></div>",
    "<div><table><thead><tr><th>h</th></tr></thead><tbody><tr><td>1</td></tr><tr><td>2</td></tr></tbody></table></div>",
    "<div><table>\n<tbody>\n<tr><td>x</td><th>y</th></tr>\n</tbody></table><table><tbody><tr><td>z</td></tr>"
    "</tbody><tbody><tr><td><table><tr><td>inner</td></tr></table></td></tr></tbody></table></div>",
    "<div><table><thead><tr><td>one</td></tr><tr><td>two</td></tr></thead><tfoot><tr><td>f</td></tr></tfoot></table></div>",
]
LEFT_TO_MARKDOWNIFY = [
    "<div><pre>  kept\n  spaces</pre></div>",
    "<div><p>some <code>x = 1</code></p></div>",
    "<div><p>some <b>bold</b></p></div>",
    "<div><p>a <a href='/x'>link</a></p></div>",
    "<div><custom-element>text</custom-element></div>",
    "<div><h7>odd level</h7></div>",
]


def _walked_and_markdownified(body: lxml.html.HtmlElement) -> tuple[str | None, str]:
    return walk_markdown(copy.deepcopy(body)), markdownify_body(copy.deepcopy(body))


@pytest.mark.parametrize("fragment", WALKED)
def test_the_walk_writes_what_markdownify_writes(fragment: str) -> None:
    body = lxml.html.document_fromstring(f"<html><body>{fragment}\n</body></html>").body[0]
    walked, expected = _walked_and_markdownified(body)
    assert walked is not None
    assert walked == expected
    assert body_markdown(copy.deepcopy(body)) == expected


@pytest.mark.parametrize("fragment", LEFT_TO_MARKDOWNIFY)
def test_other_bodies_are_left_to_markdownify(fragment: str) -> None:
    body = lxml.html.fragment_fromstring(fragment)
    assert walk_markdown(copy.deepcopy(body)) is None
    assert body_markdown(copy.deepcopy(body)) == markdownify_body(copy.deepcopy(body))


def test_a_whole_page_body_and_its_tail_are_walked_as_markdownify_reads_them() -> None:
    document = lxml.html.document_fromstring("<html><body><p>One</p> loose <ul><li>two</li></ul></body></html>")
    walked, expected = _walked_and_markdownified(document.body)
    assert walked == expected
    assert walk_markdown(document) is None  # a whole page: markdownify's parser sorts it out


def test_every_markdownify_rule_is_known() -> None:
    rules = {name.removeprefix("convert_") for name in dir(MarkdownConverter) if name.startswith("convert_")}
    assert rules - {"_document_", "hN"} <= MARKDOWNIFY_RULES


_TAGS = ["p", "div", "ul", "ol", "li", "blockquote", "br", "img", "hr", "h2", "span", "dl", "dt", "dd"]
_TAGS += ["table", "thead", "tbody", "tr", "td", "th", "caption"]
_TEXTS = ["", " ", "\n", " \n\t", "word", " two words ", "a*b", "_x_", "\xa0", "x\x0cy", "a\nb", "  lead", "end  "]


def _random_body(rng: random.Random, depth: int = 0) -> str:
    tag = rng.choice(_TAGS if depth else ["div", "section", "main"])
    if tag in {"br", "img", "hr"}:
        return f"<{tag}>"
    parts = [f"<{tag}>", html.escape(rng.choice(_TEXTS))]
    for _ in range(rng.randint(0, 4 if depth < 4 else 0)):
        parts += [_random_body(rng, depth + 1), html.escape(rng.choice(_TEXTS))]
    return "".join([*parts, f"</{tag}>"])


def test_random_bodies_of_walked_elements_give_markdownifys_markdown() -> None:
    rng = random.Random(16)
    for _ in range(300):
        page = f"<html><body>{_random_body(rng)}{html.escape(rng.choice(_TEXTS))}</body></html>"
        body = lxml.html.document_fromstring(page).body
        body = body[0] if len(body) else body
        walked, expected = _walked_and_markdownified(body)
        assert walked == expected, page
