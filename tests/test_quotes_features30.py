"""Who spoke in features (invented text): a verb after a quotation and its speaker, then an object pronoun closing
the sentence ('"...," his mother corrected him.')."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_a_verb_and_an_object_pronoun_after_a_quotation() -> None:
    text = (
        "Ortensia Vaskelund, 61, keeps bees behind the chapel. Her son, Jarvik, helps on Sundays.\n\n"
        "“She talks to them every morning,” said Jarvik Vaskelund, 30.\n\n"
        "“They hum back to me,” his mother corrected him."
    )
    assert direct_speaker_of(text, "They hum back to me") == "Ortensia Vaskelund"


def test_an_object_pronoun_after_a_quotation_and_a_plain_verb() -> None:
    text = "“Mind the third step,” Quillon Ardrey reminded her."
    assert direct_speaker_of(text, "Mind the third step") == "Quillon Ardrey"
