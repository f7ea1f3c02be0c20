"""Speakers that are not the speaker (thirty-third session, roles33): a speaker phrase that names no person, met in
passing, never takes the words of the person the paragraph is about. Invented scenes."""

from __future__ import annotations

from digest.core.quotes.things import thing_headed
from tests.quote_support import direct_speaker_of

WINTER_SWIMMER = (
    "Thaddeus Morrow-Quist has swum the estuary every New Year's Day since 1971.\n\n"
    "His swimming club wrote to its members that the dip would go ahead without him.\n\n"
    '"The water never got warmer, I just got slower," he said.'
)

MODEL_TRAINS = (
    "Leopold Asante-Vick, a retired signalman, restores model engines in his garage.\n\n"
    "The local museum said it would put three of them on show next spring.\n\n"
    '"They wanted the green one, and I refused," he said.'
)


def test_he_or_she_never_stands_for_a_thing_met_in_passing() -> None:
    """'His swimming club wrote that A', 'The local museum said A': a body named by a lower-case noun of no person
    (read as the role 'swimming club', 'local museum') is no one 'he' or 'she' can be; the pronoun goes on with the
    person the piece is about. (Scenes rewritten by review33: the first ones retold development sentences.)"""
    assert direct_speaker_of(WINTER_SWIMMER, "never got warmer") == "Thaddeus Morrow-Quist"
    assert direct_speaker_of(MODEL_TRAINS, "the green one") == "Leopold Asante-Vick"


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


PUFFIN_COUNT = (
    "For eleven summers Ingeborg Lachance-Obi has counted puffins on a rock with no trees and one hut.\n\n"
    "Skerry Light North, which pays for her boat, said her tallies were the longest unbroken series it held.\n\n"
    "The birdwatcher is unmoved by praise. She said the birds had never once thanked her.\n\n"
    '"They bite," she said. "Hard, and on purpose."'
)


def test_a_speaking_name_written_before_which_is_a_things_never_she() -> None:
    """'NAME, which pays for her boat, said A': the name before ', which' is a body's, even when
    it is met only as the one who speaks; 'she' in the paragraphs after goes on with the woman the piece follows."""
    assert direct_speaker_of(PUFFIN_COUNT, "They bite") == "Ingeborg Lachance-Obi"
    assert direct_speaker_of(PUFFIN_COUNT, "on purpose") == "Ingeborg Lachance-Obi"


REGATTA_DINNER = (
    "Ottoline Vear founded the Marsh Lane sailing club in 1988 and still runs its winter lectures.\n\n"
    "At the regatta dinner, the syndicate's hostess said the club deserved a new slipway.\n\n"
    '"This coast needs a lifeboat more than a slipway," she said.'
)


def test_a_person_noun_outside_the_role_lists_is_no_thing() -> None:
    """'the syndicate's hostess said A. "B," she said': a noun of a person with no agent's ending and outside the role
    lists ('hostess', 'heiress', 'cop', 'schoolboy', 'chauffeur') heads a person, whom 'she' may stand for."""
    assert direct_speaker_of(REGATTA_DINNER, "needs a lifeboat more than") == "syndicate's hostess"


FERRY_TALKS = (
    "Talks over the ferry franchise stalled again on Friday.\n\n"
    "A lawyer familiar with both bids said neither side had moved since March.\n\n"
    '"Nobody is even pretending any more," she said.'
)

CASINO_LICENCE = (
    "The casino licence for the old tram depot was granted on Monday.\n\n"
    "The gambling tycoon behind the scheme said the hotel wing would open within a year.\n\n"
    '"We waited nine winters for this," he said.'
)

TRAFFIC_COURT = (
    "The appeal over the parking fines was dismissed on Tuesday.\n\n"
    "The magistrate said the wardens had photographed every car lawfully.\n\n"
    '"There is nothing left to decide," she said.'
)


def test_a_person_described_past_the_head_or_outside_the_lists_is_no_thing() -> None:
    """(review33) 'A lawyer familiar with both bids said A. "B," she said', 'The gambling tycoon behind the scheme',
    'The magistrate': the head of a description that runs on ('familiar with', 'behind', 'who ...') is before
    those words, and nouns of a person outside the role lists ('tycoon', 'magistrate', 'someone', 'runner-up')
    are people: 'he' or 'she' may stand for them."""
    assert direct_speaker_of(FERRY_TALKS, "even pretending") == "lawyer familiar with both bids"
    assert direct_speaker_of(CASINO_LICENCE, "nine winters") == "gambling tycoon behind the scheme"
    assert direct_speaker_of(TRAFFIC_COURT, "nothing left to decide") == "magistrate"
    for person in ("runner-up", "top seed", "aide who gave no name", "person familiar with both plans"):
        assert not thing_headed(person), person
