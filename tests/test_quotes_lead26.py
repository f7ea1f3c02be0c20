"""Nationality words before a name and for a person (twenty-sixth session, the lead): invented sports reports."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

RACE = """Bronze went to {intro}, whose late surge was the talk of the stadium.

The race referee, Dr Hanne Ostby, confirmed that the photo finish had taken ten minutes to read.

{surname} was cheerful. "Third is a medal, and medals are not easy," he said."""


def _race(intro: str) -> str:
    return RACE.format(intro=intro, surname=intro.split()[-1])


def test_a_nationality_before_a_known_first_name_is_no_word_of_the_name() -> None:
    """'the American Julian Quennock' names Julian Quennock: the lone surname and 'he' stand for him."""
    assert direct_speaker_of(_race("the American Julian Quennock"), "Third is a medal") == "Julian Quennock"


def test_a_nationality_noun_before_an_unknown_first_name_is_no_word_of_the_name() -> None:
    """'the Pole Wojmir Zaleszak', 'Dutchman Ruudo Veltkamp': a noun only a nationality is (not also an adjective)
    stands before the name even when the first name is unknown."""
    assert direct_speaker_of(_race("the Pole Wojmir Zaleszak"), "Third is a medal") == "Wojmir Zaleszak"
    assert direct_speaker_of(_race("Dutchman Ruudo Veltkamp"), "Third is a medal") == "Ruudo Veltkamp"


def test_a_country_possessive_before_a_name_is_no_word_of_the_name() -> None:
    """'Sweden's Oskvald Lindrup' names Oskvald Lindrup (the possessive made the pair read as no one's)."""
    assert direct_speaker_of(_race("Sweden's Oskvald Lindrup"), "Third is a medal") == "Oskvald Lindrup"


GOLF = """The Argentine closed with a 66 to win by two shots from Sweden's Oskvald Lindrup and Kenya's Kipruto Mwakesi.

Quarrendo began the final round behind overnight leader Lindrup but moved in front with four birdies.

Lindrup, chasing his second win of the season, dropped shots at the 14th and 16th.

"I did not play badly," the Swede said. "The putts would not drop."
"""


def test_the_noun_of_a_country_stands_for_the_one_introduced_by_its_possessive() -> None:
    """'the Swede' is the one person written as 'Sweden's NAME', though another man was named near."""
    assert direct_speaker_of(GOLF, "I did not play badly") == "Oskvald Lindrup"


def test_the_noun_of_another_country_is_not_the_one_named_last() -> None:
    """A near case: 'the Kenyan' after a sentence about the Swede is not the Swede."""
    assert direct_speaker_of(GOLF.replace("the Swede", "the Kenyan"), "I did not play badly") != "Oskvald Lindrup"
