"""Quoted stretches that are not speech (thirty-third session, notquote33): invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_quotes

BEEKEEPER = (
    "Rosalind Tchakarova has kept bees on the allotments behind Wexcombe station since 1998.\n\n"
    '"They are calmer than the trains," she said.\n\n'
    'Neighbours refer to her tin-roofed shed as "the Hum House", and children leave drawings of wasps on its door.'
)

PARKING_LEVY = (
    "Councillor Ysolde Makepeace-Ogun criticised the new parking levy at the Wednesday meeting.\n\n"
    'She called the plan "a tax on nurses" and complained that officers had brushed aside a petition.\n\n'
    '"Nobody asked the overnight porters," she said.'
)


def test_a_name_given_to_a_place_is_not_a_quote() -> None:
    """'Neighbours refer to her shed as "the Hum House"': a short stretch in a title's capitals that names a thing is
    no one's quote (the parent listed it as the neighbours' words); the speaker's own quote stays."""
    assert direct_quotes(BEEKEEPER) == [("Rosalind Tchakarova", "They are calmer than the trains")]


def test_a_quoted_fragment_of_speech_stays() -> None:
    """'She called the plan "a tax on nurses"': a fragment the speaker said stays her quote."""
    assert ("Councillor Ysolde Makepeace-Ogun", "a tax on nurses") in direct_quotes(PARKING_LEVY)
