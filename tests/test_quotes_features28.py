"""Who spoke in features (invented text): the subject of a sentence after a fronted clause a subordinator opens,
not the person that clause names."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_the_subject_after_a_fronted_clause_is_the_next_she() -> None:
    text = (
        "Wilhemina Oxtoby has sold flowers at the market for ten years. Corisande Pyefinch owns the van they share.\n\n"
        "“Tulips in April, dahlias in August,” Oxtoby said.\n\n"
        "The two women have known each other since school. When Pyefinch suggested that the stall should also sell "
        "umbrellas on wet Saturdays, Oxtoby put down her shears.\n\n"
        "“We argued about umbrellas all spring,” she said."
    )
    assert direct_speaker_of(text, "We argued about umbrellas") == "Wilhemina Oxtoby"


def test_a_short_fronted_clause_before_a_role_and_its_name_keeps_the_name() -> None:
    text = (
        "When reached, the spokeswoman for the harbour board, Captain Isaura Quellinby, confirmed that the pier "
        "would reopen. “Nobody will fish from it until May,” she said."
    )
    assert direct_speaker_of(text, "Nobody will fish") == "Isaura Quellinby"
