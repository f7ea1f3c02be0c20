"""Bare quotation paragraphs of a question-and-answer exchange alternate between asker and answerer."""

from __future__ import annotations

from tests.quote_support import direct_quotes

_TURNS = (
    "Under questioning by counsel Ada Morrow, the former treasurer Ivo Maddox said he had no memory of it.\n\n"
    '"Mr Maddox, you signed the cheque. And you never asked what it was for?" Ms Morrow asked.\n\n'
    '"I trusted the finance committee. That is its job," Maddox replied.\n\n'
    '"So the clerk is at fault?"\n\n'
    '"That is not what I said."\n\n'
    '"Then who is?"\n\n'
    '"Ask the auditors, not me."\n\n'
)
_EXCHANGE = (
    _TURNS + "The hearing continues on Monday.\n\n" + '"It was a long day," Maddox said outside.\n\n"Are you worried?"'
)


def test_bare_turns_after_a_question_and_a_reply_alternate() -> None:
    speakers = dict((text, speaker) for speaker, text in direct_quotes(_EXCHANGE))
    assert speakers["So the clerk is at fault?"] == "Ada Morrow"
    assert speakers["That is not what I said."] == "Ivo Maddox"
    assert speakers["Then who is?"] == "Ada Morrow"
    assert speakers["Ask the auditors, not me."] == "Ivo Maddox"


def test_narrative_ends_the_exchange() -> None:
    text = _TURNS + 'The hearing continues on Monday.\n\n"Are you worried?"'
    speakers = dict((text, speaker) for speaker, text in direct_quotes(text))
    assert speakers.get("Are you worried?") != "Ada Morrow"


def test_a_question_after_an_ordinary_attribution_stays_with_its_speaker() -> None:
    speakers = dict((text, speaker) for speaker, text in direct_quotes(_EXCHANGE))
    assert speakers["Are you worried?"] == "Ivo Maddox"


def test_a_reply_written_with_said_opens_no_exchange() -> None:
    text = (
        'Reporters waited outside the depot for Mayor Lenn Ostby. "Will you resign?" one of them asked Ostby.\n\n'
        '"No," Ostby said.\n\n'
        '"Why would I, when the budget is balanced?"'
    )
    speakers = dict((text, speaker) for speaker, text in direct_quotes(text))
    assert speakers["Why would I, when the budget is balanced?"] == "Lenn Ostby"
