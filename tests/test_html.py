"""HTML ingestion: body finding, boilerplate removal, headings (real and pseudo) and entities."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.core.errors import IngestError
from digest.core.ingest import load_article, parse_article
from digest.core.model import Article

PROSE = (
    "The minister said on Tuesday that the talks, which began in the spring, had made real progress "
    "on trade and security, though several questions remained open for the negotiators."
)
MORE_PROSE = (
    "Officials from both countries will meet again next month in Geneva, where they hope to settle the "
    "remaining issues before the summer recess of parliament begins."
)


def page(body: str, head: str = "<title>Talks make progress - Example News</title>") -> str:
    """A page with the given article body between typical navigation and footer."""
    return (
        f"<!doctype html><html><head>{head}</head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        '<div class="page"><div class="main"><article>'
        f"{body}"
        "</article></div>"
        '<div class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Other story</a></li></ul></div>'
        "</div><footer>Copyright 2024 Example News</footer></body></html>"
    )


def parse(html: str) -> Article:
    """Parse HTML text as a page."""
    return parse_article(html, "page.html", "html")


def body_text(article: Article) -> str:
    """All section text and titles, for leak checks."""
    return "\n".join([article.text, *article.section_titles])


def test_paragraphs_and_real_headings_become_sections() -> None:
    article = parse(
        page(
            f"<h1>Talks make progress</h1><p>{PROSE}</p><h2>Next steps</h2><p>{MORE_PROSE}</p>"
            f"<h3>Reaction</h3><p>{PROSE}</p>"
        )
    )
    assert article.title == "Talks make progress"
    assert [s.title for s in article.sections] == [None, "Next steps", "Reaction"]
    assert article.sections[1].text == MORE_PROSE
    assert "Home" not in article.text and "Copyright" not in article.text and "Other story" not in article.text


@pytest.mark.parametrize(
    "furniture",
    [
        '<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share this article</a></div>',
        '<div class="social-tools"><span>Tweet</span> Follow us on Twitter and Facebook for the latest</div>',
        '<div class="related-stories"><h3>Related</h3><ul><li><a href="/a">A related story headline</a></li>'
        '<li><a href="/b">Another related story</a></li></ul></div>',
        '<div class="newsletter-box"><p>Sign up for our daily newsletter and get the news first</p></div>',
        '<div id="cookie-consent"><p>We use cookies to improve your experience on this site.</p></div>',
        '<figure><img src="x.jpg"><figcaption>The minister arrives in Geneva (Getty Images)</figcaption></figure>',
        '<div class="image-caption">The minister arrives in Geneva on Monday evening for the first round.</div>',
        '<div class="video-player"><span class="video-title">Watch: the minister speaks to reporters</span></div>',
        '<div style="display:none">191119052250266</div>',
        '<p class="byline">By Jane Doe and John Roe</p>',
        "<p>By JANE DOE, Associated Press</p>",
        "<p>Advertisement</p>",
        '<p><i><a href="/other">[Read: Why the talks matter for the region]</a></i></p>',
        "<p><strong>Read more:</strong></p><p><a href='/x'>Earlier talks collapsed in acrimony</a></p>",
        "<p><strong>Internal memo: </strong>Officials were warned about the deadline months ago</p>",
        "<h4>More:</h4><ul><li><h4><a href='/y'>Earlier talks collapsed in acrimony</a></h4></li></ul>",
        '<div class="promo-box"><p>Subscribe now for just 99 cents a week</p></div>',
        "<p>Media playback is unsupported on your device</p><p>Image copyright Reuters</p>",
        "<p>Jane Doe contributed to this report.</p>",
        "<aside><p>Analysts said the deal was the most important in years and would last.</p></aside>",
    ],
)
def test_boilerplate_is_dropped(furniture: str) -> None:
    article = parse(page(f"<p>{PROSE}</p>{furniture}<p>{MORE_PROSE}</p>"))
    assert article.text == f"{PROSE}\n\n{MORE_PROSE}"
    assert article.section_titles == []


def test_all_bold_short_paragraph_is_a_heading() -> None:
    article = parse(
        page(
            f"<p>{PROSE}</p><p><strong>The border crossing</strong></p><p>{MORE_PROSE}</p>"
            f"<p><b>\u201cNo one is leaving\u201d</b></p><p>{PROSE}</p>"
        )
    )
    assert article.section_titles == ["The border crossing", "\u201cNo one is leaving\u201d"]


def test_bold_lead_sentence_is_not_a_heading() -> None:
    article = parse(page(f"<p><strong>{PROSE}</strong></p><p>{MORE_PROSE}</p>"))
    assert article.section_titles == []
    assert article.text.startswith(PROSE)


@pytest.mark.parametrize("credit", ["\u2013 Hal B.", "\u2014 Greta Moll, Oslo", "- Ines"])
def test_a_bold_credit_line_under_a_quotation_is_no_heading(credit: str) -> None:
    quotation = "<blockquote><p>\u201cThe crossing was calm and the crew was kind.\u201d</p></blockquote>"
    article = parse(page(f"<p>{PROSE}</p>{quotation}<p><strong>{credit}</strong></p><p>{MORE_PROSE}</p>"))
    assert article.section_titles == []
    assert credit in article.text


def test_a_bold_heading_framed_by_dashes_is_still_a_heading() -> None:
    article = parse(page(f"<p>{PROSE}</p><p><strong>\u2013 Part Two \u2013</strong></p><p>{MORE_PROSE}</p>"))
    assert article.section_titles == ["\u2013 Part Two \u2013"]


def test_title_like_paragraph_between_prose_is_a_heading() -> None:
    article = parse(page(f"<p>{PROSE}</p><p>Where do the talks go from here?</p><p>{MORE_PROSE}</p>"))
    assert article.section_titles == ["Where do the talks go from here?"]


def test_short_sentence_paragraph_is_not_a_heading() -> None:
    article = parse(page(f"<p>{PROSE}</p><p>The talks will resume in May.</p><p>{MORE_PROSE}</p>"))
    assert article.section_titles == []
    assert "The talks will resume in May." in article.text


def test_byline_under_a_heading_is_dropped() -> None:
    article = parse(
        page(
            f"<p>{PROSE}</p><h2>A deal at last</h2>"
            f"<p><strong>Jane Doe, diplomatic correspondent</strong></p><p>{MORE_PROSE}</p>"
        )
    )
    assert article.section_titles == ["A deal at last"]
    assert article.sections[1].text == MORE_PROSE


def test_headline_h1_in_body_is_not_a_section() -> None:
    head = '<meta property="og:title" content="Talks progress">'
    article = parse(page(f"<h1>Officials say the talks made real progress</h1><p>{PROSE}</p>", head))
    assert article.title == "Officials say the talks made real progress"  # the visible headline
    assert article.section_titles == []


def test_an_h1_the_metadata_does_not_back_is_not_the_title() -> None:
    head = '<meta property="og:title" content="Talks progress in Geneva">'
    article = parse(page(f"<h1>World news desk</h1><p>{PROSE}</p>", head))
    assert article.title == "Talks progress in Geneva"


def test_markdown_syntax_never_reaches_the_text() -> None:
    article = parse(
        page(
            f"<p><em>Emphasis</em> and <a href='/x'>a link</a> and <b>bold</b>: {PROSE}</p>"
            f"<ul><li>One <i>point</i> made</li><li>Another point made</li></ul><p>{MORE_PROSE}</p>"
        )
    )
    assert "*" not in article.text and "](" not in article.text and "_" not in article.text
    assert "One point made" in article.text


def test_entities_soft_hyphens_and_nbsp_are_normalised() -> None:
    article = parse(page(f"<p>Smith &amp; Sons said &ldquo;no&rdquo; to Netan&shy;yahu&nbsp;today. {PROSE}</p>"))
    assert "Smith & Sons said \u201cno\u201d to Netanyahu today." in article.text
    assert "\u00ad" not in article.text and "\u00a0" not in article.text


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<title>Talks make progress - The Washington Post</title>", "Talks make progress"),
        ("<title>Talks make progress | World News | Al Jazeera</title>", "Talks make progress"),
        (
            '<meta property="og:title" content="Talks make progress | Al Bawaba">'
            '<meta property="og:site_name" content="Al Bawaba">',
            "Talks make progress",
        ),
        (
            '<meta property="og:title" content="Talks make progress - BBC News">'
            '<meta property="og:site_name" content="BBC News"><title>BBC News</title>',
            "Talks make progress",
        ),
        ("<title>Example News</title><meta property='og:site_name' content='Example News'>", "A headline in h1"),
    ],
)
def test_title_without_site_name(head: str, expected: str) -> None:
    h1 = "<h1>A headline in h1</h1>" if "<title>Example News" in head else ""
    article = parse(page(f"{h1}<p>{PROSE}</p>", head))
    assert article.title == expected


def test_page_wrapped_in_a_form_keeps_its_body() -> None:
    html = page(f"<p>{PROSE}</p><p>{MORE_PROSE}</p>").replace("<body>", "<body><form id='aspnet'>")
    article = parse(html.replace("</body>", "</form></body>"))
    assert article.text == f"{PROSE}\n\n{MORE_PROSE}"


def test_canonical_url_is_kept() -> None:
    article = parse(page(f"<p>{PROSE}</p>", '<link rel="canonical" href="https://example.com/a"><title>T</title>'))
    assert article.url == "https://example.com/a"


def test_deeply_nested_page_does_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + PROSE + "</div>" * 100_000 + "</body></html>")
    try:
        article = load_article(path)
    except IngestError as error:
        assert "deep.html" in str(error)
    else:
        assert article.text.strip()


def test_all_script_page_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "script.html"
    path.write_text("<html><body>" + "<script>var x = 1;</script>" * 1000 + "</body></html>")
    with pytest.raises(IngestError, match="script.html"):
        load_article(path)


def test_legacy_encoding_page(tmp_path: Path) -> None:
    path = tmp_path / "legacy.html"
    html = page(
        f"<p>Caf\u00e9 owners in S\u00e3o Paulo protested. {PROSE}</p>",
        '<meta charset="iso-8859-1"><title>Caf\u00e9 owners protest - Example News</title>',
    )
    path.write_bytes(html.encode("iso-8859-1"))
    article = load_article(path)
    assert article.title == "Caf\u00e9 owners protest"
    assert "S\u00e3o Paulo" in article.text


def test_long_comment_thread_is_dropped_even_with_more_prose_than_the_article() -> None:
    comment = "<p>I do not agree with this at all, the talks were a waste of time and everyone knows it.</p>"
    html = page(f"<p>{PROSE}</p><p>{MORE_PROSE}</p>").replace(
        "</article>", f"</article><section class='comments'>{comment * 30}</section>"
    )
    article = parse(html)
    assert article.text == f"{PROSE}\n\n{MORE_PROSE}"
