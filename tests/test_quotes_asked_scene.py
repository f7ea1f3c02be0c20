"""A question put in quoted words before the one asked reacts: 'Asked about the "X", NAME grinned. "A"'."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_quoted_words_in_the_question_before_a_name_shrugging() -> None:
    text = (
        "Perpetua Ojukwu-Sand has skippered the night ferry to Skellig Vane for eleven winters.\n\n"
        'Questioned about the "lantern rule", which bars phones from the wheelhouse, Ojukwu-Sand shrugged. '
        '"Phones make sailors look down instead of out."'
    )
    assert direct_speaker_of(text, "look down instead") == "Perpetua Ojukwu-Sand"


def test_quoted_words_and_a_dashed_aside_before_a_role_sighing() -> None:
    text = (
        "Harbour pilot Teodor Blaskovic walked the quay at dawn with a clipboard.\n\n"
        'Pressed on the "fog clause" — the port fines any skipper who sails blind — the pilot sighed. '
        '"Nobody reads clause nine until it costs them money."'
    )
    assert direct_speaker_of(text, "Nobody reads clause nine") == "Teodor Blaskovic"
