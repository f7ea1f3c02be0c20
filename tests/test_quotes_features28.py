"""Who spoke in features (invented text): the subject of a sentence after a fronted clause a subordinator opens,
not the person that clause names; schools, papers and eating places are no one; a lone first name the tables do not
know takes the sex its full name was set off with."""

from __future__ import annotations

from digest.core.quotes.actors import Registry
from digest.core.quotes.first_names_met import met_gender
from digest.core.quotes.gender import org_name
from digest.core.quotes.speakers import Mention
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


def test_a_school_a_paper_or_an_eating_place_is_no_person() -> None:
    assert org_name("Brackleby Academy")
    assert org_name("Harbrook Gazette")
    assert org_name("Casa Loriel")
    assert not org_name("Ikenna Tolcarne")


def test_a_lone_first_name_takes_the_sex_its_full_name_was_set_off_with() -> None:
    registry = Registry()
    para = "Ikenna Tolcarne bakes at night. His wife, Seo-yun Tolcarne, keeps the till."
    registry.note_names(1, ["Ikenna Tolcarne"], para, 0)
    registry.note_names(2, ["Seo-yun Tolcarne"], para, 32)
    assert met_gender(registry, Mention("Seo-yun", "Seo-yun", None, "person")) == "f"
