"""Quotes the nineteenth session's recall pass recovers (issue 15): invented sentences, worded apart from any data."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

_WRITE_UP = (
    "Tomasz Wierzbicki-Hale has spent a decade restoring harbour lighthouses. His new memoir, 'Keeper', came out "
    "this week, and we met the restorer at his workshop in Dunmore.\n\n"
    "Most people would have retired by now. Why keep climbing the towers?\n\n"
    '"Because nobody else will. The lamps outlast the men who trim them, and I like that arithmetic."\n\n'
    "The Coastal Trust, which funds half of his work, called the memoir 'overdue'.\n\n"
    "**Do you ever get afraid up there?**\n\n"
    '"Every single time. Fear keeps your hands on the rail."'
)


def test_answer_after_a_question_in_an_unlabelled_write_up_is_the_interviewees() -> None:
    assert direct_speaker_of(_WRITE_UP, "Because nobody else will") == "Tomasz Wierzbicki-Hale"
    assert direct_speaker_of(_WRITE_UP, "Fear keeps your hands") == "Tomasz Wierzbicki-Hale"


def test_one_question_then_a_quotation_is_no_interview() -> None:
    text = (
        "Ilse Brandvold runs the only ferry left on the fjord.\n\n"
        "Will the service survive the winter?\n\n"
        '"Nobody has told us anything about the timetable."'
    )
    assert direct_speaker_of(text, "Nobody has told us") is None
