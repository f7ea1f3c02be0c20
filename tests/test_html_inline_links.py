"""Inline links and spans inside a paragraph's running text are its words, never furniture (invented pages)."""

from __future__ import annotations

import lxml.html
import pytest

from digest.core.ingest import parse_article
from digest.core.ingest.html_clean import TextMemo, in_running_text
from digest.core.ingest.html_content import _unwrap_inline
from tests.test_html import MORE_PROSE, page, parse
from tests.test_linear_time import GROWTH_LIMIT, growth

CARD_LINKS = (
    '<span class="person-card-box"><span><a href="/p/ana-soto">Ana Soto</a>'
    '<a href="/a/1">Soto backs new rules for river shipping and port fees</a> '
    '<a href="/a/2">Lawmakers split over the harbour budget</a> <a href="/p/ana-soto">MORE</a></span></span>'
)
CARD_REPEAT = '<span class="person-card-box"><span>Ana Soto, member for the fourth district</span></span>'


@pytest.mark.parametrize(
    ("paragraph", "sentence"),
    [
        (
            '<p>According to the <span><a href="/r/audit">audit</a></span>, published on Monday, the bridge had '
            "needed repairs for years.</p>",
            "According to the audit, published on Monday, the bridge had needed repairs for years.",
        ),
        (
            '<p>"We warned the council twice," said <span><a href="/p/iv">Ines Volkova</a></span>, the city '
            "engineer.</p>",
            '"We warned the council twice," said Ines Volkova, the city engineer.',
        ),
        (
            '<p>"We are thrilled to be back on the road," said <a id="auto-tag_jo-bell" href="/t/jo-bell/">Jo '
            "Bell</a> in a statement.</p>",
            '"We are thrilled to be back on the road," said Jo Bell in a statement.',
        ),
        (
            '<p>The army withdrew from <a class="meta-place" href="/topics/lowland">Lowland</a> on Friday, '
            "officials said.</p>",
            "The army withdrew from Lowland on Friday, officials said.",
        ),
        (
            '<p>The harbour index <span>(<span><a href="/q/hbx">HBX</a></span>)</span> fell 0.4%, while the '
            "river index rose.</p>",
            "The harbour index (HBX) fell 0.4%, while the river index rose.",
        ),
        (
            '<p><span><a href="/p/iv">Ines Volkova</a></span> said the council would close the old bridge for '
            "repairs.</p>",
            "Ines Volkova said the council would close the old bridge for repairs.",
        ),
        (
            "<p>The council voted on <span>March 3, 2021</span>, to close the old bridge for repairs.</p>",
            "The council voted on March 3, 2021, to close the old bridge for repairs.",
        ),
        (
            '<p>"This bill is a mistake," said Rep. <span class="person-card"><a href="/p/ana-soto">Ana Soto</a>'
            f"{CARD_LINKS}</span> (D-Ore.) on Tuesday.</p>",
            '"This bill is a mistake," said Rep. Ana Soto (D-Ore.) on Tuesday.',
        ),
        (
            '<p>"This bill is a mistake," said Rep. <span class="person-card"><a href="/p/ana-soto">Ana Soto</a>'
            f"{CARD_REPEAT}</span> on Tuesday.</p>",
            '"This bill is a mistake," said Rep. Ana Soto on Tuesday.',
        ),
    ],
)
def test_inline_link_text_in_a_sentence_is_kept(paragraph: str, sentence: str) -> None:
    article = parse(page(f"{paragraph}<p>{MORE_PROSE}</p><p>{MORE_PROSE}</p>"))
    assert article.text.split("\n\n")[0] == sentence


@pytest.mark.parametrize(
    ("furniture", "leak"),
    [
        ('<p><a href="/other">Read more: Ferry fares rise again</a></p>', "Ferry fares"),
        ('<p><a href="/other">Ferry fares rise again on the northern routes</a></p>', "Ferry fares"),
        ('<div><span class="share-tools"><a href="/f">Facebook</a> <a href="/t">Twitter</a></span></div>', "Twitter"),
        ('<p>Tags: <a class="tag" href="/t/b">Bridges</a>, <a class="tag" href="/t/c">Council</a></p>', "Bridges"),
        ('<p>The council met <span class="visually-hidden">opens a new window</span> on Monday.</p>', "window"),
        (
            '<p>The council met on Monday. <span class="related-link">Related: <a href="/x">Ferry fares rise again'
            "</a></span> The vote was close.</p>",
            "Ferry fares",
        ),
        (
            '<p>The council met on Monday. <span class="newsletter-promo"><a href="/n">Sign up for our morning '
            "newsletter</a></span> The vote was close.</p>",
            "morning newsletter",
        ),
        ('<p>The council met on Monday <span class="ad-label">Advertisement</span> and voted to close it.</p>', "Adv"),
        (
            '<p>The council met on Monday <a class="read-more" href="/b">Read more about the bridge</a> and voted '
            "to close it.</p>",
            "about the bridge",
        ),
        (
            '<p>The old bridge opened in 1932. <span class="photo-credit">Photo: <a href="/p">Jo Bell</a> for '
            "Example News</span> The vote was close.</p>",
            "Example News",
        ),
        (
            '<p>Share this story: <span class="share-tools"><a href="/f">Facebook</a> <a href="/t">Twitter</a>'
            "</span> or copy the link to send it to a friend.</p>",
            "Twitter",
        ),
    ],
)
def test_furniture_outside_running_text_still_goes(furniture: str, leak: str) -> None:
    article = parse(page(f"<p>{MORE_PROSE}</p>{furniture}<p>{MORE_PROSE}</p>"))
    assert leak not in article.text
    assert MORE_PROSE in article.text


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<p>said <a href="/x">Jo Bell</a> in a statement</p>', True),
        ('<p>Nikkei (<span><a href="/x">N</a></span>) fell and so on</p>', True),
        ('<p><a href="/x">Jo Bell</a> said so on Monday</p>', True),
        ('<p><a href="/x">Jo Bell</a> Said So</p>', False),
        ('<p>The town council met and said <a href="/x">Jo Bell</a></p>', False),
        ('<p><span><a href="/x">Read more</a></span></p>', False),
        ('<p>Tags: <a href="/x">Bridges</a>, <a href="/y">Roads</a></p>', False),
        ('<p>The town council met on Monday. <a href="/x">Jo Bell</a> The vote was close.</p>', False),
        ('<p>Was the vote close? <a href="/x">Jo Bell</a> "It was," she said.</p>', False),
        ('<p>The vote was led by Rep. <a href="/x">Jo Bell</a> On the second day</p>', True),
        ('<p>The vote was led by J. <a href="/x">Bell</a> Senior of the council</p>', True),
    ],
)
def test_in_running_text(html: str, expected: bool) -> None:
    paragraph = lxml.html.fragment_fromstring(html)
    link = next(paragraph.iter("a"))
    assert in_running_text(link) is expected


def test_running_text_memory_forgets_a_dropped_sibling() -> None:
    paragraph = lxml.html.fragment_fromstring(
        '<p><span>On Monday the council</span> <a href="/x">Jo Bell</a> Said the vote was close</p>'
    )
    link, memo = next(paragraph.iter("a")), TextMemo()
    assert in_running_text(link, memo)
    span = next(paragraph.iter("span"))
    memo.forget(span)
    span.drop_tree()
    assert not in_running_text(link, memo)
    assert in_running_text(link, memo) is in_running_text(link)


def test_unwrapping_inline_tags_keeps_text_order_and_blocks() -> None:
    body = lxml.html.fragment_fromstring(
        "<div>a<span>b<em>c</em>d<p>e<b>f</b></p>g</span>h<a>i</a><br>j<i>k<i>l</i></i>m</div>"
    )
    _unwrap_inline(body)
    assert lxml.html.tostring(body, encoding="unicode") == "<div>abcd<p>ef</p>ghi<br>jklm</div>"


@pytest.mark.parametrize(
    "unit",
    [
        '<span><a href="/p/jo">Jo Bell</a></span> said, ',
        '<a class="tag" href="/t/jo">Jo Bell</a> said, ',
        '<a class="tag" href="/t"></a>',
        '<span class="meta"> </span>',
    ],
)
def test_a_paragraph_of_many_inline_links_grows_linearly(unit: str) -> None:
    """Many inline elements, named furniture or not, between the two halves of one sentence."""
    ratio = growth(
        lambda text: parse_article(
            f"<html><body><p>The council met on Monday {text} and voted to close it.</p></body></html>",
            "hostile.html",
            "html",
        ),
        lambda size: unit * max(1, size // len(unit)),
    )
    assert ratio <= GROWTH_LIMIT, f"time grows {ratio:.2f}x when the paragraph doubles"
