"""Fixes of the twenty-fourth session's review (invented text)."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

_FLOODED = (
    "Ada Kellaway chairs the county flood committee.\n\n"
    '{city} was under water again in November. "We were not ready," she said. Shops in {city} stayed shut for a week.'
)


def test_a_city_named_like_a_woman_is_no_she() -> None:
    assert direct_speaker_of(_FLOODED.format(city="Florence"), "not ready") == "Ada Kellaway"


def test_a_first_name_written_alone_and_never_after_a_place_word_still_counts() -> None:
    text = (
        "Ada Kellaway chairs the county flood committee.\n\n"
        'Hermione is her deputy and lives by the river. "We were not ready," she said. Shops stayed shut for a week.'
    )
    assert direct_speaker_of(text, "not ready") == "Hermione"


_STORM = (
    "Hamish Treloar runs the harbour trust.\n\n"
    'The storm hit the town on Sunday night. {lead} battered. "We have never seen waves like it," he said.'
)


def test_a_plural_noun_that_is_also_a_first_name_is_no_he() -> None:
    for lead in ("Piers were", "Miles of sea wall were"):
        assert direct_speaker_of(_STORM.format(lead=lead), "waves like it") == "Hamish Treloar", lead


def test_a_pronoun_passing_over_the_person_its_quotation_names_leaves_that_persons_sex_open() -> None:
    text = (
        "Sam Pellinore and Kit Marrable have run the bakery on the quay for a decade.\n\n"
        '"Sam does the bread and I do the cakes," she said.\n\n'
        'Pellinore was up at four, as always. "I like the quiet," he said.'
    )
    assert direct_speaker_of(text, "I do the cakes") == "Kit Marrable"
    assert direct_speaker_of(text, "I like the quiet") == "Sam Pellinore"
