"""Body finding on unseen sites: the failure classes of the extraction benchmark, on small synthetic pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from digest.core.ingest.html_clean import furniture_word
from tests.test_html import MORE_PROSE, PROSE, page, parse

ROOT = Path(__file__).resolve().parent.parent
THIRD = (
    "Analysts said the agreement, if signed, would be the first of its kind in the region and could serve "
    "as a model for the neighbouring states that have watched the negotiations closely."
)


@pytest.mark.parametrize(
    ("names", "word"),
    [
        ("one-sidebar", "sidebar"),
        ("no_sidebar_border", "sidebar"),
        ("relatedPosts", "related"),
        ("comments", "comment"),
        ("sharebar", "share"),
        ("read-more", "read more"),
        ("sidebar2", "sidebar"),
        ("Page-ad-margins", "ad"),
        ("shareholder-letter", None),
        ("adventure-story", None),
        ("socialite-profile", None),
        ("breadboard", None),
        ("c-entry-content", None),
        ("bio-tech", "bio"),
        ("biology", None),
    ],
)
def test_furniture_words_match_whole_tokens_only(names: str, word: str | None) -> None:
    assert furniture_word(names) == word


@pytest.mark.parametrize(
    "wrapper",
    [
        '<body class="page one-sidebar sidebar-second">',
        '<body class="mm-use-consent-management-enabled">',
        '<body><div class="Page-ad-margins">',
        '<body><div class="container penci_sidebar">',
        '<body><div class="widget Blog">',
    ],
)
def test_furniture_word_on_a_wrapper_never_vetoes_the_article(wrapper: str) -> None:
    html = page(f"<p>{PROSE}</p><p>{MORE_PROSE}</p><p>{THIRD}</p>").replace("<body>", wrapper, 1)
    article = parse(html)
    assert article.text == f"{PROSE}\n\n{MORE_PROSE}\n\n{THIRD}"


def test_a_small_furniture_block_inside_the_article_is_still_dropped() -> None:
    html = page(
        f"<p>{PROSE}</p><div class='related-links'><p>Another story about the talks that you may like</p></div>"
        f"<p>{MORE_PROSE}</p>"
    ).replace("<body>", '<body class="one-sidebar">', 1)
    assert parse(html).text == f"{PROSE}\n\n{MORE_PROSE}"


def test_unrelated_words_containing_a_furniture_word_keep_their_text() -> None:
    body = f"<div class='shareholder-letter'><p>{PROSE}</p></div><div class='adventure'><p>{MORE_PROSE}</p></div>"
    assert parse(page(body)).text == f"{PROSE}\n\n{MORE_PROSE}"


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("<div>", "</div>"),
        ("<section>", "</section>"),
        ("<table><tr><td>", "</td></tr></table>"),
        ("<span>", "</span>"),
    ],
)
def test_text_loose_in_a_container_with_line_breaks_is_the_body(opening: str, closing: str) -> None:
    body = (
        f"<div class='post-body'>{opening}{PROSE}<br><br>{MORE_PROSE}<br>\n<br>"
        f"<div class='separator'><a href='/i.jpg'><img src='/i.jpg'></a></div>{THIRD}{closing}</div>"
    )
    html = (
        "<html><head><title>Talks - Blog</title></head><body><div class='menu'><a href='/'>Home</a></div>"
        f"{body}<div class='links'><a href='/a'>Archive</a> <a href='/b'>About</a></div></body></html>"
    )
    article = parse(html)
    assert article.text == f"{PROSE}\n\n{MORE_PROSE}\n\n{THIRD}"


def test_single_line_breaks_stay_inside_one_paragraph() -> None:
    html = page(f"<div>{PROSE}<br>{MORE_PROSE}</div><p>{THIRD}</p>")
    assert parse(html).text == f"{PROSE} {MORE_PROSE}\n\n{THIRD}"


def test_a_longer_story_next_to_the_article_is_not_taken() -> None:
    other = "<p>Another story entirely: the harbour authority said the new ferry terminal would open in May.</p>"
    html = (
        "<html><head><title>Talks make progress</title></head><body>"
        f"<div class='story'><div class='head'><h1>Talks make progress</h1></div>"
        f"<div class='text'><p>{PROSE}</p><p>{MORE_PROSE}</p><p>{THIRD}</p></div></div>"
        f"<div class='below'><div class='next'><h2>Ferry terminal to open in May</h2>{other * 12}</div></div>"
        "</body></html>"
    )
    article = parse(html)
    assert article.text == f"{PROSE}\n\n{MORE_PROSE}\n\n{THIRD}"


def test_without_a_matching_headline_the_page_prose_decides() -> None:
    html = page(f"<p>{PROSE}</p><p>{MORE_PROSE}</p><p>{THIRD}</p>", "<title>Something else entirely</title>")
    assert parse(html).text == f"{PROSE}\n\n{MORE_PROSE}\n\n{THIRD}"


def _long_page() -> str:
    """A page with a three-paragraph article and enough markup around it to be a real saved page."""
    menu = "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(60))
    return page(f"<p>{PROSE}</p><p>{MORE_PROSE}</p><p>{THIRD}</p>").replace("<nav>", f"<nav><ul>{menu}</ul>")


def _finds_nothing(document: object, headline: str | None = None, headings: object = None) -> object:
    """Stands in for the own rules' body finder when they find nothing."""
    import lxml.html

    return lxml.html.fromstring("<div></div>")


def test_when_the_own_rules_find_nothing_a_second_opinion_finds_the_body(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("trafilatura")

    from digest.core.ingest import html

    monkeypatch.setattr(html, "article_body", _finds_nothing)
    article = parse(_long_page())
    assert PROSE in article.text and THIRD in article.text


def test_without_the_second_opinion_the_own_result_stands(monkeypatch: pytest.MonkeyPatch) -> None:

    from digest.core.ingest import html

    monkeypatch.setattr(html, "article_body", _finds_nothing)
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # an install without it
    assert parse(_long_page()).text == ""


def test_an_ordinary_page_never_imports_the_second_opinion() -> None:
    code = (
        "import sys\nfrom digest.core.ingest import parse_article\nfrom tests.test_html_body import _long_page\n"
        "assert parse_article(_long_page(), 'p.html', 'html').text\nprint('trafilatura' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == "False"


def test_a_quoted_post_in_an_embed_box_is_kept_and_the_box_is_not() -> None:
    embed = (
        "<div class='embed-widget'><span class='embed-label'>Embedded post</span>"
        "<blockquote><p>We are proud of the agreement and thank everyone who worked on it.</p></blockquote>"
        "<div class='embed-ids'>1196551514896162816</div></div>"
    )
    article = parse(page(f"<p>{PROSE}</p>{embed}<p>{MORE_PROSE}</p>"))
    assert "We are proud of the agreement" in article.text
    assert "Embedded post" not in article.text and "1196551514896162816" not in article.text


def test_a_list_holding_most_of_the_prose_is_part_of_the_body_not_all_of_it() -> None:
    items = "".join(f"<li>{text}</li>" for text in (PROSE, MORE_PROSE, THIRD))
    html = page(f"<p>Good morning! Here is the news you need to know today.</p><ol>{items}</ol>")
    assert parse(html).sections[0].paragraphs == [
        "Good morning! Here is the news you need to know today.",
        f"1. {PROSE}\n2. {MORE_PROSE}\n3. {THIRD}",
    ]


def test_an_unrendered_shortcode_is_not_text() -> None:
    shortcode = '<p>[button link="/submit" type="big"] Send us your review[/button]</p>'
    assert parse(page(f"<p>{PROSE}</p>{shortcode}<p>{MORE_PROSE}</p>")).text == f"{PROSE}\n\n{MORE_PROSE}"
