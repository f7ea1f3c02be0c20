"""Body finding on unseen sites: the failure classes of the extraction benchmark, on small synthetic pages."""

from __future__ import annotations

import pytest

from digest.core.ingest.html_clean import furniture_word
from tests.test_html import MORE_PROSE, PROSE, page, parse

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
