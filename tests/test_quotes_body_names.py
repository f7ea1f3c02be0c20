"""Who spoke (invented text): a name that a noun of a body introduces ('the brass band NAME', 'a building firm, NAME,')
is a band's or a firm's, never the 'she' or 'he' of the next quotation."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_a_name_right_after_a_noun_of_a_group_is_no_pronoun_s_person() -> None:
    text = (
        "Agnes Pottinger-Lowe has kept bees behind Henwick chapel since the winter of 1971.\n\n"
        "On summer evenings the brass band Copper Wren rehearses on the green beyond her hives. "
        "She carries out a jug of barley water at the interval.\n\n"
        "“The bees sulk whenever the trombones tune up,” she said."
    )
    assert direct_speaker_of(text, "the trombones tune up") == "Agnes Pottinger-Lowe"


def test_a_name_set_off_after_a_noun_of_a_firm_is_no_pronoun_s_person() -> None:
    text = (
        "Petra Vell-Ashby has mown the square at the Fenbridge cricket ground since 1994.\n\n"
        "This spring the club borrowed a heavy roller from a building firm, Harlowe Stone, at a price nobody "
        "would name. She walked beside it along the opening lengths.\n\n"
        "“It leaves stripes like a zebra,” she said."
    )
    assert direct_speaker_of(text, "stripes like a zebra") == "Petra Vell-Ashby"
