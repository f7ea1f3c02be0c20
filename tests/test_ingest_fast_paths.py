"""The fast paths of HTML ingestion give the same results as the general tools they stand in for."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdownify import markdownify

from digest.core.ingest.boilerplate import is_boilerplate_text
from digest.core.ingest.html_markdown import body_markdown
from digest.core.ingest.markdown import parse_markdown
from digest.core.sanitize import clean_text

_PIECES = [
    "word", "Some plain words", " ", "  ", "\t", "\n", "\n\n", "\n \n", "#", "## ", "###### ", "####### ",
    "> ", "- ", "* ", "+ ", "1. ", "2) ", "2019.", "---", "===", "`", "```", "~~~", "    ", "[a]", "[a]: /u",
    "](x)", "![i](j)", "&amp;", "&copy;", "<http://x.y>", "<b>", "\\*", "*em*", "_u_", "| a | b |\n|---|---|",
    "\u00a0", "\u00e9", ":", "!", "\x1b[31m", "\u2028", "\u2022 ", ":---", "|", "words  \n", "=", "Two words\nthree",
]  # fmt: skip
markdown_text = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(markdown_text)
@example("[a] link\n\nplain words\n\n[a]: /u")  # a link reference reaches across the whole text
@example("~~~\n\nplain words\n\n~~~")  # a fence reaches across blank lines
@example("```\n\nplain words")
@example("Fish & chips\n\nAT&T &copy; &#169; &#xA9; &unknown; &no\n\n# R&D &amp; more")  # only references decode
@example("> quoted words\n\n>  indented\n\n> > nested\n\n> # heading\n\n> - item\n\n>\n\n> ")  # block quotes
@example("Lines of\nplain words  \nin one paragraph\n\n\u2022 one\n\u2022 two\n\nhead | er\n:--- | ---\n\nword\n===")
def test_simple_markdown_path_matches_markdown_it(text: str) -> None:
    assert parse_markdown(text, "a.md", simple=True) == parse_markdown(text, "a.md")


def test_simple_markdown_path_reads_plain_blocks() -> None:
    text = "# Title\n\nFirst paragraph of words.\n\n## Part\n\nSecond *one* & more.\n\n    code\n"
    article = parse_markdown(text, "a.md", simple=True)
    assert article.title == "Title"
    assert [(s.title, s.text) for s in article.sections] == [
        (None, "First paragraph of words."),
        ("Part", "Second one & more.\n\ncode"),
    ]


_HTML_PIECES = [
    "word", "two  spaces", "tab\there", "line\nbreak", " ", "\n", "<p>", "</p>", "<h2>", "</h2>", "<pre>",
    "</pre>", "<code>", "</code>", "<ul><li>", "</li></ul>", "<blockquote>", "</blockquote>", "<br>",
    "<a href='/x'>", "</a>", "*", "_", "&amp;", "<table><tr><td>", "</td></tr></table>", "<div>", "</div>",
]  # fmt: skip
html_text = st.lists(st.sampled_from(_HTML_PIECES), max_size=40).map(lambda parts: f"<div>{''.join(parts)}</div>")


@settings(max_examples=200, deadline=None)
@given(html_text)
def test_body_conversion_matches_markdownify(html: str) -> None:
    import lxml.html
    from lxml import etree

    body = lxml.html.document_fromstring(f"<html><body>{html}</body></html>").body
    expected = markdownify(
        etree.tostring(body, encoding="unicode"), heading_style="ATX", strip=["img"], bs4_options="lxml"
    )
    assert body_markdown(body) == expected


def test_credit_and_contact_lines_are_furniture_in_any_case() -> None:
    assert is_boilerplate_text("Jane Doe CONTRIBUTED to this Report.")
    assert is_boilerplate_text("John Smith can be Reached at john@example.org")
    assert is_boilerplate_text("Reporters may be emailed at desk@example.org or by phone")
    assert not is_boilerplate_text("The report said the minister would be reached by phone at home on Tuesday.")
    assert not is_boilerplate_text("The minister said the talks made real progress on trade.")


def test_sanitiser_still_removes_escapes_and_line_separators() -> None:
    assert clean_text("a\x1b[31mred\x1b[0m b\u2028c\r\nd") == "ared b\nc\nd"
