"""Who spoke in news and sports (thirtieth session, news30): invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

WELDER = (
    "Among the pickets stood Tressa Ormsgill, 51, who has welded hulls at the yard for 20 years. "
    '"We have waited long enough," she said.\n\n'
    'Asked whether she could afford to strike, the welder shrugged. "Every shift is short already."'
)


def test_a_role_standing_for_no_one_named_is_whom_the_pronoun_of_the_question_stands_for() -> None:
    """The scene: 'Asked whether she ..., the ROLE shrugged. "A"', the role being no one's title: 'she', the one
    asked, is the role's person, so the quotation is hers, not a speaker of its own."""
    assert direct_speaker_of(WELDER, "Every shift is short already.") == "Tressa Ormsgill"


COACH = (
    'Lowmere Athletic coach Ardith Quellby said his side had been second best for an hour. "We were flat," he '
    "said.\n\n"
    'The third-year coach paused. "We owe them nothing."'
)


def test_a_role_pausing_in_a_sentence_of_its_own_speaks_the_quotation_after_it() -> None:
    """The scene: 'The ROLE paused. "A"' after the person holding that role was quoted."""
    assert direct_speaker_of(COACH, "We owe them nothing.") == "Ardith Quellby"
