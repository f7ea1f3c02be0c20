"""Quote extraction never raises on arbitrary text, and its offsets always locate the quoted text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes

_PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        ",",
        ".",
        ":",
        " ",
        "\n\n",
        "\n",
        "he said",
        "said",
        "Mike Pompeo",
        "the official",
        "according to",
        "told reporters",
        "that",
        "added",
        "It",
        "She",
        "-",
        "—",
        "(",
        ")",
        "?",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=3))
def test_extraction_never_raises_and_offsets_hold(texts: list[str]) -> None:
    article = Article("t", "x", tuple(Section(None if i == 0 else f"s{i}", t) for i, t in enumerate(texts)))
    report = extract_quotes(article)
    names = {a.name for a in report.actors}
    for q in report.quotes:
        assert article.sections[q.section_index].text[q.start : q.end] == q.text
        assert q.text.strip()
        assert q.speaker in names
        assert q.speaker.lower() not in ("he", "she", "it", "they")
    assert sum(a.quotes for a in report.actors) == len(report.quotes)
