"""Who spoke (invented text): nouns of trades and of fellows ('ferryman', 'crofter', 'classmate', 'colleague') name
people by role, as 'warden' and 'teacher' do: such a role telling inside another's report says the fragment, and a
role before a name set off by commas is no part of the name."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_a_trade_role_telling_inside_another_s_report_says_the_fragment() -> None:
    text = (
        "Fog closed the Kessock narrows for a fourth morning, and the tearoom by the slipway sold out of soup by "
        "ten.\n\n"
        "Its owner, Wenna Trebilcock-Hale, said the ferryman had warned her at dawn that the crossing was “off "
        "until the gulls come back.”"
    )
    assert direct_speaker_of(text, "gulls come back") == "ferryman"


def test_a_fellow_s_role_before_a_titled_name_leaves_the_name_whole() -> None:
    text = (
        "Tobiah Wrenfold carves decoy ducks in a shed on the salt marsh and sells them to nobody.\n\n"
        "His classmate, Dr Ilse Marrable-Vonk, a dentist, calls him “a man who can hear a duck think.”"
    )
    assert direct_speaker_of(text, "hear a duck think") == "Ilse Marrable-Vonk"
