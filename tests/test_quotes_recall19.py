"""Quotes the nineteenth session's recall pass recovers (issue 15): invented sentences, worded apart from any data."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

_WRITE_UP = (
    "Tomasz Wierzbicki-Penrose has spent a decade restoring harbour lighthouses. His account of the work, "
    "'Keeper', is out now, and we met the restorer at his workshop in Garrow Bay.\n\n"
    "Most people would have retired by now. Why keep climbing the towers?\n\n"
    '"Because nobody else will. The lamps outlast the men who trim them, and I like that arithmetic."\n\n'
    "The Coastal Trust, which funds half of his work, called the memoir 'overdue'.\n\n"
    "**Do you ever get afraid up there?**\n\n"
    '"Every single time. Fear keeps your hands on the rail."'
)


def test_answer_after_a_question_in_an_unlabelled_write_up_is_the_interviewees() -> None:
    assert direct_speaker_of(_WRITE_UP, "Because nobody else will") == "Tomasz Wierzbicki-Penrose"
    assert direct_speaker_of(_WRITE_UP, "Fear keeps your hands") == "Tomasz Wierzbicki-Penrose"


def test_one_question_then_a_quotation_is_no_interview() -> None:
    text = (
        "Ilse Brandvold runs the only ferry left on the fjord.\n\n"
        "Will the service survive the winter?\n\n"
        '"Nobody has told us anything about the timetable."'
    )
    assert direct_speaker_of(text, "Nobody has told us") is None


def test_a_person_remembering_before_a_quotation_paragraph_says_it() -> None:
    text = (
        "The ferry ran aground in what the harbourmaster later called a 'freak swell'. Sunniva Varro, who cooked "
        "for the crew that winter, still remembers the noise.\n\n"
        '"The deck tilted and the lights went out. Nobody screamed, which was the strange part."'
    )
    assert direct_speaker_of(text, "The deck tilted") == "Sunniva Varro"


def test_a_gesture_or_a_pause_before_a_quotation_paragraph_says_it() -> None:
    text = (
        "Kalinda Vikse has coached the under-twelves for nine seasons.\n\n"
        "Would she do it all again? She considered the question for a long while.\n\n"
        '"Probably. The mud never gets any easier, though."'
    )
    assert direct_speaker_of(text, "The mud never gets") == "Kalinda Vikse"


def test_a_persons_view_as_the_subject_introduces_the_quotation_after_it() -> None:
    text = (
        '"It was a fair deal," Rafe Kimsey said.\n\n'
        'His advice to first-time buyers is simpler. "Wait a year. Prices in this valley always come back down."'
    )
    assert direct_speaker_of(text, "Wait a year") == "Rafe Kimsey"


def test_a_person_speaking_in_an_opening_phrase_says_the_quotation_after_it() -> None:
    text = (
        "Addressing drivers at the bus depot on Friday, Amara Oduya played down the delay. "
        '"Two weeks is nothing. The new routes will open before the schools go back."'
    )
    assert direct_speaker_of(text, "Two weeks is nothing") == "Amara Oduya"


def test_a_group_or_a_thing_set_up_so_names_no_speaker() -> None:
    crowd = 'The crowd remembers the final vividly.\n\n"It was the loudest night this stadium has known."'
    book = 'Her second book is simpler. "A river, a boat and a long summer."'
    assert direct_speaker_of(crowd, "loudest night") is None
    assert direct_speaker_of(book, "A river, a boat") is None


def test_a_turn_taken_before_a_quotation_says_it() -> None:
    text = (
        "Emrys Prothero defended the new levy at the depot.\n\n"
        'Asked whether drivers had been consulted, he hit back, "Consulted? They wrote half of it."'
    )
    assert direct_speaker_of(text, "They wrote half of it") == "Emrys Prothero"


def test_an_office_of_a_one_word_body_taking_a_turn_after_a_quotation_says_it() -> None:
    text = (
        'The minister listed the new ferry routes at length.\n\n"And the fares?" the Chair of the Assembly fired back.'
    )
    assert direct_speaker_of(text, "And the fares?") == "Chair of the Assembly"


def test_a_turn_taken_by_a_role_of_plain_words_after_a_quotation_says_it() -> None:
    text = 'Tamsin Lowry read out the figures.\n\n"Is that all of it?" the head of the tenants\' panel shot back.'
    assert direct_speaker_of(text, "Is that all of it?") == "head of the tenants' panel"


def test_a_quotation_written_as_someones_own_words_is_theirs() -> None:
    text = (
        "Maria Quennell finished the relay in fourth place. It was her best result, and she marked it by sitting in "
        'the stands and, in her own words, "eating the biggest ice cream in town."'
    )
    assert direct_speaker_of(text, "biggest ice cream") == "Maria Quennell"


def test_a_names_exact_words_before_a_colon_are_theirs() -> None:
    text = (
        "Arvid Lomax, the depot's engineer, was more careful.\n\n"
        'Lomax\'s exact words were: "I would not drive it over the bridge yet."'
    )
    assert direct_speaker_of(text, "drive it over the bridge") == "Arvid Lomax"


def test_a_firm_in_a_relative_clause_of_describing_says_the_quotation() -> None:
    text = 'The album is out on Corm Records, which calls it "a record of the lost summers".'
    assert direct_speaker_of(text, "lost summers") == "Corm Records"


def test_a_plain_thing_before_which_names_no_speaker() -> None:
    text = 'The town kept the old quay, which has been described as "the ugliest pier in the north".'
    assert direct_speaker_of(text, "ugliest pier") is None


def test_rupees_abbreviated_before_a_sum_do_not_end_the_sentence() -> None:
    text = (
        "Nimal Perera, the port's chief, spoke last.\n\n"
        'He put the bill for the new crane at Rs. 80 million and called it "cheap at twice the price".'
    )
    assert direct_speaker_of(text, "cheap at twice") == "Nimal Perera"


def test_a_name_opening_a_fronted_clause_is_what_the_main_clauses_pronoun_stands_for() -> None:
    own = 'As soon as Peter Oxley had locked the shed, his mood was, in his own words, "somewhere near the floor."'
    asked = (
        "When Audra Varga, the ferry's owner, was asked at the dock whether fares would rise, she smiled and said, "
        '"Not this year."'
    )
    assert direct_speaker_of(own, "near the floor") == "Peter Oxley"
    assert direct_speaker_of(asked, "Not this year") == "Audra Varga"


def test_a_name_inside_a_fronted_clause_past_its_opening_is_not_the_pronoun() -> None:
    text = 'Gwen Abara spoke next.\n\nWhen the board fired Tomas Eller, she said, "We lost our best engineer."'
    assert direct_speaker_of(text, "best engineer") == "Gwen Abara"
