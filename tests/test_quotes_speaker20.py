"""Who spoke (issue 15, twentieth session): names after a word that only ends like 'in' or 'of', nationality
and job epithets for the person just named, and other speaker shapes. Invented sentences."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, quotes_of


def test_name_after_a_word_ending_in_in_is_read() -> None:
    """'captain Ivo Marsh' was no name ('captain' ends in 'in', read as the word 'in'): his later quote went to
    the bare surname, not the person named in full."""
    text = (
        "The coach said captain Ivo Marsh would miss the opening fixture.\n\n"
        'Marsh, who hurt his knee in training, was philosophical. "It happens," Marsh said.'
    )
    assert direct_speaker_of(text, "It happens") == "Ivo Marsh"


def test_place_after_in_is_still_no_name() -> None:
    """Guard: a pair of capitals after the word 'in' is a place, never a speaker."""
    text = 'The ferry docked in Port Selwyn at noon. "We were lucky with the tide," a deckhand said.'
    assert all(speaker != "Port Selwyn" for _, speaker, _ in quotes_of(text))
