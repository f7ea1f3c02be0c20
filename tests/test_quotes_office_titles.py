"""A title of office before a lone surname: 'Cr' (an Australian councillor's title) and an office among relatives
sharing the surname (twenty-eighth session, the lead): invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, speaker_of


def test_cr_before_a_surname_is_the_councillor_named_in_full() -> None:
    """'Cr Ferncastle' is the Mayor Oskarine Ferncastle named before, not a speaker of her own."""
    text = """Mayor Oskarine Ferncastle said the council had applied for funding to raise the levee. Cr Ferncastle said
the application had been "sitting on a desk since May".

"Give us the money and we will start by Easter," she said."""
    assert speaker_of(text, "sitting on a desk since May") == "Mayor Oskarine Ferncastle"
    assert direct_speaker_of(text, "Give us the money") == "Mayor Oskarine Ferncastle"


MEETING = """The hall erupted. It took Mayor Tobias Ferncastle almost a minute to restore order.

Among those who spoke for the plan was Hepzibah Ferncastle, a local accountant and the mayor's sister-in-law. She
said the council had to be honest about what the town could afford.

"Whatever we decide, we will decide it together," {title} Ferncastle told the meeting."""


def test_a_title_of_office_before_a_shared_surname_is_the_office_holder() -> None:
    """'Cr Ferncastle' after the mayor and his sister-in-law, an accountant, both named in full: the councillor is
    the one the article wrote with a title of office, not the relative named last."""
    text = MEETING.format(title="Cr")
    assert direct_speaker_of(text, "Whatever we decide") == "Tobias Ferncastle"


def test_an_honorific_before_a_shared_surname_is_read_by_sex_as_before() -> None:
    """'Ms Ferncastle' names no office: the honorific's sex picks the sister-in-law, as before (a guard)."""
    text = MEETING.format(title="Ms")
    assert direct_speaker_of(text, "Whatever we decide") == "Hepzibah Ferncastle"
