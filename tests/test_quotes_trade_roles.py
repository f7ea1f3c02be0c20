"""Who spoke (invented text): nouns of trades and of fellows ('foreman', 'crofter', 'colleague', 'treasurer') name
people by role, as 'warden' and 'teacher' do: such a role telling inside another's report says the fragment, and a
role before a name set off by commas is no part of the name."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_a_trade_role_telling_inside_another_s_report_says_the_fragment() -> None:
    text = (
        "Inspectors fined Corrow Build £40,000 after a wall fell on a bricklayer at Tullow Yard.\n\n"
        "Okafor-Lind said the yard foreman had told inspectors the props would go in “after the tea break.”"
    )
    assert direct_speaker_of(text, "after the tea break") == "yard foreman"


def test_a_fellow_s_role_before_a_titled_name_leaves_the_name_whole() -> None:
    text = (
        "Maren Oduya-Strand studies moths that steer by starlight.\n\n"
        "Her colleague, Dr Anselm van Rijswijk, a chemist, called the moths “tiny compasses with wings.”"
    )
    assert direct_speaker_of(text, "tiny compasses") == "Anselm van Rijswijk"
