"""Nationality words before a name and for a person (twenty-sixth session, the lead): invented sports reports."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

RACE = """The last place in Sunday's final went to {intro} after the second heat was started again.

The meet director, Dr Hanne Ostby, said a false start had been missed by the starter.

{surname} was cheerful. "A final is a final, however you get into it," he said."""


def _race(intro: str) -> str:
    """The race scene with ``intro`` for the runner, and its last word as his surname."""
    return RACE.format(intro=intro, surname=intro.split()[-1])


def test_a_nationality_before_a_known_first_name_is_no_word_of_the_name() -> None:
    """'the American Gordon Quennock' names Gordon Quennock: the lone surname and 'he' stand for him."""
    assert direct_speaker_of(_race("the American Gordon Quennock"), "A final is a final") == "Gordon Quennock"


def test_a_nationality_noun_before_an_unknown_first_name_is_no_word_of_the_name() -> None:
    """'the Pole Wojmir Zaleszak', 'Dutchman Ruudo Veltkamp': a noun only a nationality is (not also an adjective)
    stands before the name even when the first name is unknown."""
    assert direct_speaker_of(_race("the Pole Wojmir Zaleszak"), "A final is a final") == "Wojmir Zaleszak"
    assert direct_speaker_of(_race("Dutchman Ruudo Veltkamp"), "A final is a final") == "Ruudo Veltkamp"


def test_a_country_possessive_before_a_name_is_no_word_of_the_name() -> None:
    """'Sweden's Oskvald Lindrup' names Oskvald Lindrup (the possessive made the pair read as no one's)."""
    assert direct_speaker_of(_race("Sweden's Oskvald Lindrup"), "A final is a final") == "Oskvald Lindrup"


STAGE = """Kenya's Kipruto Mwakesi won the mountain stage alone, 40 seconds ahead of Sweden's Oskvald Lindrup.

Mwakesi attacked on the last climb and was never caught, though Lindrup chased him down the valley road.

Lindrup, in his first season with the team, lost more time on the final bend.

"My legs were empty for the last five kilometres," the Swede said. "I had nothing left to chase with."
"""


def test_the_noun_of_a_country_stands_for_the_one_introduced_by_its_possessive() -> None:
    """'the Swede' is the one person written as 'Sweden's NAME', though another man was named near."""
    assert direct_speaker_of(STAGE, "My legs were empty") == "Oskvald Lindrup"


def test_the_noun_of_another_country_is_not_the_one_named_last() -> None:
    """A near case: 'the Kenyan' after a sentence about the Swede is not the Swede."""
    assert direct_speaker_of(STAGE.replace("the Swede", "the Kenyan"), "My legs were empty") != "Oskvald Lindrup"
