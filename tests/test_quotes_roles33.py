"""Speakers that are not the speaker (thirty-third session, roles33): a speaker phrase that names no person, met in
passing, never takes the words of the person the paragraph is about. Invented scenes."""

from __future__ import annotations

from digest.core.quotes.things import thing_headed
from tests.quote_support import direct_speaker_of

SONG_CYCLE = (
    "Wilhelmina Orrick never meant to write a song cycle. The first of them, she explains, started as a tale told "
    "to her nephew, Bastian, on a wet weekend in a caravan near Tenby.\n\n"
    '"He wanted a dragon, and he got one," she says. "Next he wanted the dragon to have a sister."'
)

RETIRING_ADVOCATE = (
    "Ambrose Pellinger intends to fill his retirement with sailing and, perhaps, building a harpsichord. A "
    'typewritten note pinned beside his office door - "Objection noted. Coffee first." - comes down on Monday. He '
    "means to keep it.\n\n"
    '"It won more arguments than I ever did," he said. "Nearly every one."'
)


def test_he_or_she_never_stands_for_a_thing_met_in_passing() -> None:
    """'started as a tale told to her nephew', 'A typewritten note pinned beside his door': the story and the note
    (read as the role 'tale', 'typewritten') are no one 'he' or 'she' can be; the pronoun goes on with the person
    the paragraph is about."""
    assert direct_speaker_of(SONG_CYCLE, "he got one") == "Wilhelmina Orrick"
    assert direct_speaker_of(SONG_CYCLE, "to have a sister") == "Wilhelmina Orrick"
    assert direct_speaker_of(RETIRING_ADVOCATE, "won more arguments") == "Ambrose Pellinger"
    assert direct_speaker_of(RETIRING_ADVOCATE, "Nearly every one") == "Ambrose Pellinger"


def test_thing_headed_judges_lower_case_heads_only() -> None:
    """Nouns of people without an agent's ending ('bride', 'nominee', 'daughter-in-law', 'the 34-year-old', 'the
    older one') head a person; a head written in capitals ('Col', a first name read as a title) is not judged."""
    for person in (
        "bride",
        "Republican nominee",
        "daughter-in-law",
        "34-year-old",
        "older one",
        "Her roommate",
        "heiress",
        "cop",
    ):
        assert not thing_headed(person), person
    for thing in ("tale", "typewritten", "lantern on the quay", "state body"):
        assert thing_headed(thing), thing
    assert not thing_headed("Col")


HARPIST_TOUR = (
    'Tamsin Yarrow-Bligh shrugs off talk of a world tour. "I packed two jumpers and a tuning key," she said.\n\n'
    "Writing by email, Arts Council Northwest, which paid for the pressing, said the record showed what a small "
    "grant could do.\n\n"
    "The harpist has agreed to one trip abroad. She will give three recitals in Bergen in April, though she "
    "promised the goats would not notice she was gone.\n\n"
    '"Three recitals, then home," she said. "The goats keep a diary."'
)


def test_a_speaking_name_written_before_which_is_a_things_never_she() -> None:
    """'Writing by email, NAME, which paid for the pressing, said A': the name before ', which' is a body's, even when
    it is met only as the one who speaks; 'she' in the paragraphs after goes on with the woman the piece follows."""
    assert direct_speaker_of(HARPIST_TOUR, "Three recitals, then home") == "Tamsin Yarrow-Bligh"
    assert direct_speaker_of(HARPIST_TOUR, "keep a diary") == "Tamsin Yarrow-Bligh"


REGATTA_DINNER = (
    "Ottoline Vear founded the Marsh Lane sailing club in 1988 and still runs its winter lectures.\n\n"
    "At the regatta dinner, the syndicate's hostess said the club deserved a new slipway.\n\n"
    '"This coast needs a lifeboat more than a slipway," she said.'
)


def test_a_person_noun_outside_the_role_lists_is_no_thing() -> None:
    """'the syndicate's hostess said A. "B," she said': a noun of a person with no agent's ending and outside the role
    lists ('hostess', 'heiress', 'cop', 'schoolboy', 'chauffeur') heads a person, whom 'she' may stand for."""
    assert direct_speaker_of(REGATTA_DINNER, "needs a lifeboat more than") == "syndicate's hostess"
