"""Shapes of names read as speakers (issue 15): particles inside a name, names of three words, a generational or
regnal suffix, and title words of many cultures. Invented sentences."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_capitalised_particle_does_not_cut_a_name() -> None:
    """'Samir El Maroudi' was read as 'Samir El' for a later 'he'."""
    text = 'Samir El Maroudi, pressed on the delay, shrugged. "The cranes arrive in March," he said.'
    assert direct_speaker_of(text, "cranes arrive") == "Samir El Maroudi"


def test_lower_case_particles_inside_a_name() -> None:
    """'Anneke van der Molen' was no name at all: the quotation went unattributed."""
    text = 'Anneke van der Molen, the harbourmaster, was brief. "No ships sail tonight," she said.'
    assert direct_speaker_of(text, "No ships") == "Anneke van der Molen"


def test_three_word_name_after_a_known_first_name() -> None:
    """'Jasper Faruk Siddiqi' was cut to its first two words."""
    text = 'Jasper Faruk Siddiqi, asked about the budget, frowned. "It is thinner than last year," he said.'
    assert direct_speaker_of(text, "thinner") == "Jasper Faruk Siddiqi"


def test_title_of_chieftaincy_before_a_name_with_a_regnal_number() -> None:
    """'Nana' is a title before the name (it was read as the first name: 'Nana Kwaku')."""
    text = (
        "Lena Dorr opened the meeting.\n\n"
        'Nana Kwaku Ampofo II, the paramount chief, raised his staff. "Let the drums rest," he said.'
    )
    assert direct_speaker_of(text, "drums rest") == "Kwaku Ampofo"


def test_long_run_of_capitals_is_no_longer_name() -> None:
    """Guard: a run of capitalised words of a job before a name is not read as one long name."""
    text = 'Night Desk Editor Paul Brand, asked about the cuts, sighed. "We lose two pages," he said.'
    assert direct_speaker_of(text, "two pages") != "Night Desk Editor Paul Brand"


def test_short_form_of_a_given_name_opens_a_full_name() -> None:
    """'Md' is a given name written short: the role later names the three-word name, not 'Md Rafiq'."""
    text = (
        "Union leader Rosa Elwin said the strike would go on.\n\n"
        "Transport and Works Secretary Md Rafiq Islam said the ferries would sail again by June. "
        '"The crews will be paid," the secretary said.'
    )
    speaker = direct_speaker_of(text, "crews will be paid")
    assert speaker is not None and speaker.endswith("Md Rafiq Islam")


def test_role_opening_the_sentence_before_a_name_names_that_person() -> None:
    """'The coroner of Dunlow, NAME, ...' then 'the coroner said': the role is the person named after it."""
    text = (
        "Lena Dorr spoke first.\n\n"
        'The coroner of Dunlow, Yusuf Demir, opened the inquest. "We will sit again in May," the coroner said.'
    )
    assert direct_speaker_of(text, "sit again") == "Yusuf Demir"


def test_role_inside_the_sentence_before_a_name_is_someone_else() -> None:
    """Guard: 'Questioned by the coroner, NAME denied it' does not make NAME the coroner."""
    text = (
        "Lena Dorr spoke first.\n\n"
        'Questioned by the coroner, Yusuf Demir denied it. "Were you asleep?" the coroner asked.'
    )
    assert direct_speaker_of(text, "asleep") == "coroner"


def test_title_and_given_name_is_the_full_name_written_before() -> None:
    """'Sheikh Omar' after 'Sheikh Omar bin Rashid Al Hamli': the given name after a title is that person."""
    text = (
        "Sheikh Omar bin Rashid Al Hamli chairs the board. Tom Reed, an analyst, doubted the plan.\n\n"
        'Sheikh Omar waved the report aside. "Every new port looks too big at first," he said.'
    )
    speaker = direct_speaker_of(text, "too big at first")
    assert speaker is not None and speaker.endswith("Omar bin Rashid Al Hamli")


def test_title_and_name_alone_adds_no_person() -> None:
    """Guard: 'Senator Quenby' with no full name written before is not made a person for a later 'he' (a title and
    one name taken alone gave pronouns to 'President NAME' over others)."""
    text = 'Tom Reed spoke first.\n\nSenator Quenby, asked about the vote, smiled. "We have the numbers," he said.'
    assert direct_speaker_of(text, "the numbers") != "Senator Quenby"


def test_name_with_a_role_in_apposition_is_a_person_for_a_later_pronoun() -> None:
    """'NAME, a retired surveyor,' is a person's name though its first name is unknown: the 'he' of the same
    sentence is NAME, not the man named before."""
    text = (
        "Tom Reed spoke first.\n\n"
        'Kesh Obiri-Lane, a retired surveyor, still walks what he calls "the long mile" every morning.'
    )
    assert direct_speaker_of(text, "the long mile") == "Kesh Obiri-Lane"


def test_name_with_a_thing_in_apposition_stays_no_person() -> None:
    """Guard: 'NAME, a brewery,' is no person's name: the 'he' goes to the man named before."""
    text = 'Tom Reed spoke first.\n\nGull Harbour, a brewery, still brews what he calls "the long mile" every spring.'
    assert direct_speaker_of(text, "the long mile") == "Tom Reed"


def test_accented_name_is_a_name() -> None:
    """'Verónica Marín Soto' was no name at all (the name lists read unaccented capitals): 'she' went to the woman
    named before."""
    text = 'Ada Kell spoke.\n\nVerónica Marín Soto, asked about the port, shrugged. "We will know in May," she said.'
    assert direct_speaker_of(text, "know in May") == "Verónica Marín Soto"


def test_article_joined_by_a_hyphen_inside_a_name() -> None:
    """'Yusuf al-Harbi': the second word opens with 'al-'."""
    text = 'Tom Reed spoke first.\n\nYusuf al-Harbi, asked about the port, shrugged. "We will know in May," he said.'
    assert direct_speaker_of(text, "know in May") == "Yusuf al-Harbi"
