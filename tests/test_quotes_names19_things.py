"""Quotation marks around no one's words (issue 15): the names of craft and songs, titles of reports, a name given
in passing ('branded "X"'), a name after 'name:', and the words of a note. Invented sentences."""

from __future__ import annotations

from tests.quote_support import direct_quotes, direct_speaker_of


def test_names_of_craft_after_their_noun() -> None:
    text = (
        'The freighter "Gannet Star", flying a Panamanian flag, struck the trawler "Ostra Bay" at dawn, the '
        "coastguard said."
    )
    assert direct_quotes(text) == []


def test_long_title_after_titled() -> None:
    text = (
        'The 52-page report, titled "Loss of a fishing vessel off Skerry Point in a northerly gale", found that a '
        "bilge pump had failed."
    )
    assert direct_quotes(text) == []


def test_name_after_name_and_colon() -> None:
    text = 'Storm Edda (local name: "Bora") flattened the harbour wall, officials said on Friday.'
    assert direct_quotes(text) == []


def test_name_given_in_passing() -> None:
    text = 'Renfrew Air said its business cabin, branded "The Dhow Deck", would open in May.'
    assert direct_quotes(text) == []


def test_name_given_in_passing_with_a_comma_inside() -> None:
    text = 'Ewan Tolley said the fund, billed "Homes First, Jobs Next," was only a start.'
    assert direct_quotes(text) == []


def test_name_given_in_passing_by_someone_stays() -> None:
    """Guard: 'by' after the name says whose words they are."""
    text = 'Ewan Tolley said the plan, branded "Dead in the Water" by rivals, was sound.'
    assert [words for _, words in direct_quotes(text)] == ["Dead in the Water"]


def test_craft_named_at_the_end_of_a_sentence() -> None:
    text = '"Nobody fishes for fun," Ewan Tolley said on Sunday, leaning on his trawler, the "Sea Hen II."'
    assert direct_quotes(text) == [("Ewan Tolley", "Nobody fishes for fun")]


def test_words_said_to_people_at_the_end_of_a_sentence_stay() -> None:
    """Guard: a quotation after 'told his crew,' closing the sentence is words said to them."""
    text = '"Nobody fishes for fun," Ewan Tolley said on Sunday, and told his crew, "Haul Away."'
    assert direct_speaker_of(text, "Haul Away") == "Ewan Tolley"


def test_words_of_a_note_read() -> None:
    text = 'Ewan Tolley said someone had tucked a note under his wiper reading "PARK ELSEWHERE".'
    assert direct_quotes(text) == []
