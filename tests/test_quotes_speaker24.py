"""Who spoke (twenty-fourth session): invented sentences, each failing without its change or guarding a near case."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

_ASKED_ABOUT = (
    "Councillor Ravelstoke said the ferry timetable should be cut.\n\n"
    'Within the hour, Oswin Quennick, who runs the Selby Quay ferries, answered. "She has never sailed at dawn," he'
    " said.\n\n"
    'Later, Mr Ravelstoke defended his plan to the harbour board. "I stand by every word," he said. {opener}, he'
    ' laughed: "He knows where I live."'
)


def test_a_name_inside_a_fronted_clause_of_asking_is_not_the_next_he() -> None:
    for opener in ("Asked about Mr Quennick", "Asked whether he had met Mr Quennick"):
        text = _ASKED_ABOUT.format(opener=opener)
        assert direct_speaker_of(text, "where I live") == "Councillor Ravelstoke", opener


def test_a_fronted_clause_of_asking_naming_no_one_keeps_the_speaker() -> None:
    for opener in ("Asked about the timetable", "When pressed on Quennick's reply"):
        text = _ASKED_ABOUT.format(opener=opener)
        assert direct_speaker_of(text, "where I live") == "Councillor Ravelstoke", opener
