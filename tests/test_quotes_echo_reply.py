"""A bare quotation that takes up the words of the one before it is the other person's reply (invented text)."""

from __future__ import annotations

from digest.core.quotes.echo_reply import echoes
from tests.quote_support import direct_quotes

_SCENE = (
    "Maggie Brisco and Joan Hatherleigh have run the tearoom on the pier for twenty years.\n\n"
    "“The menu is too long,” Hatherleigh says. “Nobody reads past the scones.”\n\n"
    "“It is long,” says Brisco.\n\n"
)


def test_a_reply_taking_up_the_words_is_the_other_persons_and_the_turns_go_on() -> None:
    text = (
        _SCENE + "“It's a gloriously long menu.”\n\n“We're cutting the crumpets.”\n\n“We are not cutting the crumpets.”"
    )
    speakers = dict((quoted, speaker) for speaker, quoted in direct_quotes(text))
    assert speakers["It's a gloriously long menu."] == "Joan Hatherleigh"
    assert speakers["We're cutting the crumpets."] == "Maggie Brisco"
    assert speakers["We are not cutting the crumpets."] == "Joan Hatherleigh"


def test_a_subject_and_an_auxiliary_alone_deny_what_was_said_of_the_other() -> None:
    text = (
        "Maggie Brisco and Joan Hatherleigh have run the tearoom on the pier for twenty years.\n\n"
        "Brisco said she did most of the baking these days.\n\n"
        "“She'd burn the toast,” Hatherleigh says of her partner.\n\n"
        "“I would not.”"
    )
    assert dict((quoted, speaker) for speaker, quoted in direct_quotes(text))["I would not."] == "Maggie Brisco"


def test_words_that_take_up_nothing_go_on_with_the_speaker() -> None:
    text = _SCENE + "“We open at nine, whatever the weather.”"
    assert (
        dict((quoted, speaker) for speaker, quoted in direct_quotes(text))["We open at nine, whatever the weather."]
        == "Maggie Brisco"
    )


def test_what_counts_as_an_echo() -> None:
    assert echoes("We are not cutting the crumpets.", "We're cutting the crumpets.")
    assert echoes("I would not.", "She'd burn the toast.")
    assert echoes("No, we didn't!", "You sold the van.")
    assert not echoes("We're cutting the crumpets.", "We're cutting the crumpets.")  # the same words: no reply
    assert not echoes("The crumpets go, and the teacakes, and the whole back page.", "We're cutting the crumpets.")


def test_a_bare_question_after_a_question_and_its_answer_is_the_askers_next() -> None:
    text = (
        "Joan Hatherleigh runs the first-aid class in the church hall every Thursday.\n\n"
        "“What do we check first?” Hatherleigh asks the room.\n\n"
        "“Breathing!” the class shouts back.\n\n"
        "“And what do we never move?”"
    )
    speakers = dict((quoted, speaker) for speaker, quoted in direct_quotes(text))
    assert speakers["And what do we never move?"] == "Joan Hatherleigh"


def test_a_short_question_without_a_verb_takes_the_turn_back() -> None:
    text = (
        "Maggie Brisco has worked beside Joan Hatherleigh in the tearoom for twenty years.\n\n"
        "“I'm keeping the kettle,” Brisco says, counting the float.\n\n"
        "Hatherleigh shrugs. “Keep it, then.”\n\n"
        "“And the urn?”\n\n"
        "“We'll argue about the urn.”"
    )
    speakers = dict((quoted, speaker) for speaker, quoted in direct_quotes(text))
    assert speakers["And the urn?"] == "Maggie Brisco"
    assert speakers["We'll argue about the urn."] == "Joan Hatherleigh"
