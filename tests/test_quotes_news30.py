"""Who spoke in news and sports (thirtieth session, news30): invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, speaker_of

DRIVER = (
    "Tressa Ormsgill, 51, has driven the night bus out of the depot since 2009, and she voted for the stoppage. "
    '"Enough is enough," she said.\n\n'
    'Asked whether she expected to lose a week of pay, the driver shrugged. "My pay costs me already."'
)


def test_a_role_standing_for_no_one_named_is_whom_the_pronoun_of_the_question_stands_for() -> None:
    """The scene: 'Asked whether she ..., the ROLE shrugged. "A"', the role being no one's title: 'she', the one
    asked, is the role's person, so the quotation is hers, not a speaker of its own."""
    assert direct_speaker_of(DRIVER, "My pay costs me already.") == "Tressa Ormsgill"


MANAGER = (
    'Lowmere Athletic manager Ardith Quellby said the draw flattered his team. "We were lucky," he said.\n\n'
    'The manager grinned. "Lucky counts for plenty."'
)


def test_a_role_pausing_in_a_sentence_of_its_own_speaks_the_quotation_after_it() -> None:
    """The scene: 'The ROLE grinned. "A"' after the person holding that role was quoted."""
    assert direct_speaker_of(MANAGER, "Lucky counts for plenty.") == "Ardith Quellby"


CHOIR = (
    'Conductor Oona Faircloth led the Brisewood choir to first prize. "It was a blur," Faircloth said.\n\n'
    "Asked whether her singers would now enter the national contest next spring as well, she laughed: "
    '"Let them sleep first."'
)


def test_a_long_question_opening_the_sentence_before_a_gesture_and_a_colon() -> None:
    """The scene: 'Asked whether ... (more than ten words), she laughed: "A"': the question is a fronted clause of
    any length a participle clause may run to, so 'she' is the subject whose colon introduces the quotation."""
    assert direct_speaker_of(CHOIR, "Let them sleep first.") == "Oona Faircloth"


TICKETS = (
    'Quarry Rangers club secretary Ilsabet Moravcik defended the new ticket prices, calling them "fair for everyone".'
)


def test_a_body_then_a_plain_word_and_a_role_before_a_name_is_one_speaker_phrase() -> None:
    """The scene: 'ORG club secretary NAME defended A, calling them "B"': the body's name, a plain word and a
    singular role before a name are one phrase for the person, not the body alone as the subject."""
    assert direct_speaker_of(TICKETS, "fair for everyone") == "Ilsabet Moravcik"


FERRIES = (
    "Harbour manager Branwenna Tavistre said the quay would stay open all week. "
    '"We are ready," she said.\n\n'
    "Quillon Ferries will run a late sailing on Saturdays, she said.\n\n"
    '"Nobody will be left on the pier," she said.'
)


def test_a_pronoun_cue_closing_a_sentence_is_not_the_subject_of_its_own_clause() -> None:
    """The scene: 'NAME2 will run A, she said.': 'she' stands for someone met before the clause (the manager),
    not for the name opening the clause it reports, nor does the next 'she said' then go to that name."""
    assert speaker_of(FERRIES, "Quillon Ferries will run a late sailing") == "Branwenna Tavistre"
    assert direct_speaker_of(FERRIES, "Nobody will be left on the pier") == "Branwenna Tavistre"


WEBSITE = 'The Kelvingrove Anglers Association, on its website, called the ruling "a patient and fair hearing."'
LETTER = (
    "The Kelvingrove Anglers Association, in a letter to its members, thanked the bailiffs for what it called "
    '"a patient and fair hearing."'
)


def test_a_phrase_of_where_it_spoke_between_commas_after_the_subject() -> None:
    """The scene: 'ORG, in a letter to its members, thanked A for what it called "B"': the aside of where the body
    spoke is passed, so the body opening the sentence is the subject whose words are quoted (on main before the
    rule, no one); 'ORG, on its website, called A "B"' was read so before and still is."""
    assert direct_speaker_of(LETTER, "a patient and fair hearing.") == "Kelvingrove Anglers Association"
    assert direct_speaker_of(WEBSITE, "a patient and fair hearing.") == "Kelvingrove Anglers Association"
