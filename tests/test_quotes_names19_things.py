"""Quotation marks around no one's words (issue 15): the names of craft and songs, titles of reports, a name given
in passing ('branded "X"'), a name after 'name:', and the words of a note. Invented sentences."""

from __future__ import annotations

from tests.quote_support import direct_quotes, direct_speaker_of


def test_names_of_craft_after_their_noun() -> None:
    text = 'The harbour office said the tug "Brisk Lady" had towed the ferry "Morning Tern" back to port overnight.'
    assert direct_quotes(text) == []


def test_long_title_after_titled() -> None:
    text = (
        'Engineers said their paper, titled "Why the north pier moved eleven centimetres in one winter and what it '
        'will cost to stop it", was sent to the council on Friday.'
    )
    assert direct_quotes(text) == []


def test_name_after_name_and_colon() -> None:
    text = 'Storm Edda (local name: "Bora") flattened the harbour wall, officials said on Friday.'
    assert direct_quotes(text) == []


def test_name_given_in_passing() -> None:
    text = 'Ashwell Rail said its new sleeper carriage, branded "The Night Owl", would run from March.'
    assert direct_quotes(text) == []


def test_name_given_in_passing_with_a_comma_inside() -> None:
    text = 'Ewan Garrow said the fund, billed "Homes First, Jobs Next," was only a start.'
    assert direct_quotes(text) == []


def test_name_given_in_passing_by_someone_stays() -> None:
    """Guard: 'by' after the name says whose words they are."""
    text = 'Ewan Garrow said the plan, branded "Dead in the Water" by rivals, was sound.'
    assert [words for _, words in direct_quotes(text)] == ["Dead in the Water"]


def test_craft_named_at_the_end_of_a_sentence() -> None:
    text = '"Nobody sails for the money," Ewan Garrow said as he coiled a rope aboard his yacht, the "Blue Wren."'
    assert direct_quotes(text) == [("Ewan Garrow", "Nobody sails for the money")]


def test_words_said_to_people_at_the_end_of_a_sentence_stay() -> None:
    """Guard: a quotation after 'told his crew,' closing the sentence is words said to them."""
    text = '"Nobody sails for the money," Ewan Garrow said on Sunday, and told his crew, "Haul Away."'
    assert direct_speaker_of(text, "Haul Away") == "Ewan Garrow"


def test_words_of_a_note_read() -> None:
    text = 'Ewan Garrow said there was a card under his door reading "NO HAWKERS" when he got home.'
    assert direct_quotes(text) == []
