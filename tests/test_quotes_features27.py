"""Who spoke in features (invented text): 'Mrs' and a surname a husband shares, a place ending in a word of
places, a name called out to at a quotation's end."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

_COUPLE = (
    "Hesper Varnhoek asked for one thing on her birthday.\n\n"
    "After the war she married Thaddeus Varnhoek, a saddler. Thaddeus died in 1998.\n\n"
    "Nurse Lenka Broadmire, who has looked after Mrs Varnhoek since she moved in, said the two had become close.\n\n"
    "‘She sings to me,’ Ms Broadmire said. ‘Each dawn.’\n\n"
    "As the party wound down, Mrs Varnhoek was asked whether she had enjoyed the fuss in the end.\n\n"
    "She looked round the room at her family.\n\n"
    "‘It was bearable,’ she said. ‘Never again.’"
)


def test_mrs_and_a_surname_is_not_the_husband_named_last() -> None:
    assert direct_speaker_of(_COUPLE, "It was bearable") == "Hesper Varnhoek"


def test_a_place_ending_in_a_word_of_places_is_no_she() -> None:
    text = (
        "The pager went off at two. Quenby Harlowe was in the boathouse by ten past.\n\n"
        "Harlowe, a 29-year-old teacher, qualified as a helm last year. That night, a punt had lost power two "
        "miles off Scarrowby Head with two men on board.\n\n"
        "‘They were frozen,’ she says. ‘But fine.’"
    )
    assert direct_speaker_of(text, "They were frozen") == "Quenby Harlowe"


def test_a_name_called_out_to_at_the_end_does_not_speak() -> None:
    text = (
        "Ailbhinn Tamberlayne coaches the under-12s on Tuesdays. Afterwards the girls drift home.\n\n"
        "“Same time Friday, Ailbhinn?” she asks."
    )
    assert direct_speaker_of(text, "Same time Friday") != "Ailbhinn Tamberlayne"


def test_a_name_closing_a_reply_is_who_it_was_said_to() -> None:
    text = (
        "Cornelius Abernook and Ysoldine Lowsley had not met since 1944.\n\n"
        "“Were you the girl with the red coat?” he asks.\n\n"
        "“Everyone had red coats, Cornelius.”"
    )
    assert direct_speaker_of(text, "Everyone had red coats") != "Cornelius Abernook"
