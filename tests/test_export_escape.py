"""Hostile article text cannot break the digest's Markdown: it renders as the same visible text, no markup."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from digest.core.export import ExportOptions, render_analysed
from digest.core.export.escape import inline, link_destination, visible
from tests.export_support import HTML_TOKENS, MARKUP_FROM_TEXT, analysed, flat, make_article, outline

OPTIONS = ExportOptions(date=dt.date(2024, 5, 1), full_text=True)
HOSTILE = [
    "# heading",
    "## closing hashes ##",
    "> quote",
    "- item",
    "+ item",
    "* item",
    "1. item",
    "2) item",
    "===",
    "---",
    "***",
    "~~~",
    "```python",
    "a | b | c",
    "`code` and ``more``",
    "<script>alert(1)</script>",
    "<!-- comment -->",
    "<div>block</div>",
    "[link](http://x) and ![img](y.png) and [ref]: /url",
    "<http://autolink.example>",
    "&amp; &lt;b&gt; &#65; &#x41; &copy",
    "ends with a backslash\\",
    "*em* _em_ **strong** __strong__ ~~strike~~",
    "$x^2$ and ^sup^ and ~sub~",
    "@citation and :smile: and 10:30:00",
    "\x1b[31mred\x1b[0m \x1b]52;c;SGVsbG8=\x07 \u202ereversed",
    "    four spaces of code",
    "line one\nline two\n=====",
    "\\# escaped already \\*",
]


def hostile_document(text: str) -> str:
    article = make_article(text, (None, text), (text, text), source=text)
    other = make_article("Other", (None, "x"))
    items = [
        analysed(
            article, [text, text], [(f"Ann {text}", text, text, "direct", 1), ("Someone", None, text, "indirect", 0)]
        ),
        analysed(other, [], [(f"Ann {text}", None, "echo", "direct", 0)]),
    ]
    return render_analysed(items, OPTIONS)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_stays_text(text: str) -> None:
    read = outline(hostile_document(text))
    assert not read.types & (HTML_TOKENS | MARKUP_FROM_TEXT), read.types
    shown = visible(text)
    assert [level for level, _ in read.headings].count(2) == 3  # two articles, shared actors
    assert (2, shown) in read.headings and (4, f"Ann {shown}, {shown}") in read.headings
    assert read.blockquotes == [shown, shown, "echo"]
    assert read.list_items.count(shown) >= 3  # two summary sentences and the outline entry
    assert "\x1b" not in hostile_document(text)


def test_inline_escapes_are_readable() -> None:
    assert inline('Mike Pompeo\'s "despicable" remark, 3.5% (Oct. 25)') == (
        'Mike Pompeo\'s "despicable" remark, 3.5% (Oct. 25)'
    )
    assert inline("1. first") == "1\\. first"
    assert inline("<b>") == "\\<b>"
    assert inline("AT&T &amp;") == "AT&T \\&amp;"


def test_only_web_links_are_linked() -> None:
    assert link_destination("https://example.org/a b(c)") == "https://example.org/a%20b%28c%29"
    assert link_destination("javascript:alert(1)") is None
    assert link_destination("/local/file.txt") is None
    assert link_destination(None) is None


MARKDOWN_CHARACTERS = list("#>-+*=1.)`~|\\<>[]()!&;_:@^$ \n\t\"'/") + ["&amp;", "<!--", "-->", "```", "\x1b[1m"]
hostile_text = st.lists(st.one_of(st.sampled_from(MARKDOWN_CHARACTERS), st.characters()), min_size=1, max_size=30).map(
    "".join
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(title=hostile_text, quote=hostile_text, sentence=hostile_text, name=hostile_text)
def test_any_text_round_trips(title: str, quote: str, sentence: str, name: str) -> None:
    assume(all(visible(t) for t in (title, quote, sentence)))
    name = f"Ann {name}"  # a named actor, so the shared-actors table lists them
    article = make_article(title, (None, sentence), (title, quote))
    other = make_article("Other", (None, "x"))
    items = [
        analysed(article, [sentence], [(name, None, quote, "direct", 1)]),
        analysed(other, [], [(name, None, "echo", "indirect", 0)]),
    ]
    document = render_analysed(items, OPTIONS)
    read = outline(document)
    assert not {t.type for t in flat(document)} & (HTML_TOKENS | MARKUP_FROM_TEXT)
    levels = [level for level, _ in read.headings]
    assert levels.count(1) == 1 and levels.count(2) == 3 and levels.count(3) == 8
    assert read.headings[1] == (2, visible(title))
    assert read.blockquotes == [visible(quote), "echo"]
    assert visible(sentence) in read.list_items
    assert read.table_cells[4] == visible(name)
    assert read.links[0] == (visible(title), "#" + read.links[0][1][1:])
