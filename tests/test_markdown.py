"""Markdown ingestion: ATX and setext headings, the first H1 as title, plain-text bodies."""

from __future__ import annotations

from digest.core.ingest.markdown import parse_markdown


def test_atx_headings_split_sections_and_h1_is_title() -> None:
    text = (
        "# The Title\n\nLead with a [link](http://x.org) and *emphasis*.\n\n"
        "## Part one\n\nBody one.\n\n## Part two\n\nBody two.\n"
    )
    article = parse_markdown(text, "a.md")
    assert article.title == "The Title"
    assert article.section_titles == ["Part one", "Part two"]
    assert article.sections[0].text == "Lead with a link and emphasis."


def test_setext_headings() -> None:
    text = "The Title\n=========\n\nLead.\n\nA part\n------\n\nBody.\n"
    article = parse_markdown(text, "a.md")
    assert article.title == "The Title"
    assert article.section_titles == ["A part"]


def test_no_h1_derives_title_from_lead() -> None:
    article = parse_markdown("Some lead text that is here. And more.\n\n## Part\n\nBody.\n", "a.md")
    assert article.title == "Some lead text that is here"


def test_a_list_stays_one_list_paragraph_and_code_keeps_text() -> None:
    article = parse_markdown("# T\n\n- one item\n- two `code` item\n", "a.md")
    assert article.sections[0].paragraphs == ["- one item\n- two code item"]


def test_raw_html_in_markdown_stays_literal_text() -> None:
    article = parse_markdown("# T\n\nText <script>alert(1)</script> here.\n", "a.md")
    assert article.sections[0].text == "Text <script>alert(1)</script> here."  # shown as text, never run
