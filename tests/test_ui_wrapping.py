"""Cutting and wrapping lines: one ellipsis where a library row is cut, hanging indents under summary bullets."""

from __future__ import annotations

import pytest
from textual.content import Content

from digest.ui.library_list import clip_line
from digest.ui.summary_panel import hanging


@pytest.mark.parametrize(
    ("text", "width", "shown"),
    [
        ("A title that is a cut lede…  2026-11-30", 28, "A title that is a cut lede…"),
        ("A title that is a cut lede…  2026-11-30", 30, "A title that is a cut lede…"),
        ("A plain headline  2026-11-30", 12, "A plain hea…"),
        ("A plain headline  2026-11-30", 18, "A plain headline…"),
        ("Short  2026-11-30", 40, "Short  2026-11-30"),
    ],
)
def test_a_cut_line_ends_in_exactly_one_ellipsis(text: str, width: int, shown: str) -> None:
    clipped = clip_line(Content(text), width)
    assert clipped.plain == shown
    assert clipped.cell_length <= width
    assert "……" not in clipped.plain


def test_clipping_keeps_the_styles_of_what_is_kept() -> None:
    line = Content.assemble(Content.styled("Bold title", "bold"), Content.styled("  dim date", "dim"))
    clipped = clip_line(line, 8)
    assert clipped.plain == "Bold ti…"
    assert any(span.style == "bold" and span.start == 0 for span in clipped.spans)


def test_summary_sentences_wrap_under_their_text_past_the_bullet() -> None:
    text = Content.assemble(Content.styled("• ", "bold"), Content("one two three four five six"), "\n", "a note")
    shown = hanging(text, 12).plain.split("\n")
    assert shown == ["• one two", "  three four", "  five six", "a note"]
    assert all(len(line) <= 12 for line in shown)
