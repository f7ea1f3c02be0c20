"""The sanitiser: escape sequences, controls, bidi and zero-width junk never survive."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from digest.core.sanitize import clean_line, clean_text, is_safe

_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\ufeff]")


def test_csi_and_osc_sequences_are_removed() -> None:
    assert clean_text("a\x1b[31mred\x1b[0m b") == "ared b"
    assert clean_text("x\x1b]52;c;SGVsbG8=\x07y") == "xy"
    assert clean_text("x\x1b]8;;http://e.vil\x1b\\link\x1b]8;;\x1b\\y") == "xlinky"


def test_bidi_zero_width_soft_hyphen_and_nbsp() -> None:
    assert clean_text("ab\u202ecd\u2066e\u200bf\u00adg\u00a0h") == "abcdefg h"


def test_tabs_newlines_and_ordinary_text_are_kept() -> None:
    text = "Caf\u00e9 \u201cquoted\u201d \u2014 na\u00efve\tend\nnext \U0001f468\u200d\U0001f469"
    assert clean_text(text) == text


def test_clean_line_folds_whitespace() -> None:
    assert clean_line("  a\n b\t c ") == "a b c"


@given(st.text())
def test_output_never_contains_controls_and_is_stable(text: str) -> None:
    cleaned = clean_text(text)
    assert not _FORBIDDEN.search(cleaned)
    assert is_safe(cleaned)
