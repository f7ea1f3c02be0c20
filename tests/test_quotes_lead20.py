"""The lead's twentieth-session classes: a role noun opening a sentence before a name, after a connective
('Meanwhile, candidate NAME, ... what he calls "A"'); a participle phrase opening a sentence is no person."""

from __future__ import annotations

import pytest

from tests.quote_support import direct_speaker_of, quotes_of, speaker_of

_RIVAL = (
    "The first candidate, Joren Balik, a notary, said the canal had been promised twice. "
    "Balik also said he would hire more wardens.\n\n"
)


@pytest.mark.parametrize("lead", ["Meanwhile, candidate ", "But independent candidate ", "Meanwhile, councillor "])
def test_a_role_opening_the_sentence_makes_its_name_the_next_pronoun(lead: str) -> None:
    text = _RIVAL + f'{lead}Oskar Feyne, a retired pilot, has stood mainly on what he calls "plain dealing".'
    assert direct_speaker_of(text, "plain dealing") == "Oskar Feyne"


def test_a_participle_phrase_opening_the_lead_is_no_speaker() -> None:
    text = (
        "MORRIN, May 4 - Canvassing for the Tollan Vale state seat wound up on Sunday.\n\n"
        "Meanwhile, candidate Idris Pellam, a vet, has campaigned on roads. "
        "At a hall in Upper Tollan Vale, he told farmers that the road would be rebuilt."
    )
    assert speaker_of(text, "road would be rebuilt") == "Idris Pellam"


@pytest.mark.parametrize("role", ["Candidate", "Striker", "Parent", "Sheriff"])
def test_a_role_word_opening_a_full_name_is_not_its_first_name(role: str) -> None:
    text = (
        "The count ended late.\n\n"
        f"{role} Tamsin Ordway, a keen sailor, watched from the gallery. "
        '"Nobody expected this," she said.'
    )
    assert direct_speaker_of(text, "Nobody expected") == "Tamsin Ordway"


def test_a_kin_word_inside_a_relative_clause_says_nothing_of_the_speakers_sex() -> None:
    text = (
        "The report was published on Friday.\n\n"
        "Ines Bartel, whose son is in the first year, said she had seen a change. "
        '"He reads every night now," she said.'
    )
    assert direct_speaker_of(text, "reads every night") == "Ines Bartel"


def test_an_office_opening_with_first_is_a_speaker() -> None:
    text = 'Ailsa Brodie answered for the government.\n\n"I will take that as praise," said the First Minister.'
    assert direct_speaker_of(text, "as praise") == "First Minister"


def test_first_alone_is_no_speaker() -> None:
    text = 'Ailsa Brodie answered for the government.\n\n"I will take that as praise," First said.'
    assert direct_speaker_of(text, "as praise") is None


@pytest.mark.parametrize(
    "sentence",
    [
        '"I saw the lorry far too late," her statement said. "I still see it."',
        'Her statement said: "I saw the lorry far too late."',
    ],
)
def test_her_statement_said_is_hers(sentence: str) -> None:
    text = "A statement from the rider, Noor Vossberg, was read to the inquest. " + sentence
    assert direct_speaker_of(text, "far too late") == "Noor Vossberg"


def test_the_statement_of_an_organisation_stays_its_own() -> None:
    text = 'In a statement, Harbour Rail said services would resume. "We apologise," the statement said.'
    assert direct_speaker_of(text, "We apologise") == "Harbour Rail"


@pytest.mark.parametrize("subject", ["The chair, Rhona Vask,", "Rhona Vask, the chair,"])
@pytest.mark.parametrize("verb", ["intervened", "shrugged"])
def test_a_named_apposition_sets_its_person_up_to_speak(subject: str, verb: str) -> None:
    text = f'Ewan Quarle tried to speak. {subject} {verb}. "Order. We will hear Mr Quarle first."'
    assert direct_speaker_of(text, "hear Mr Quarle") == "Rhona Vask"


def test_a_group_with_an_apposition_sets_no_one_up() -> None:
    text = 'The crowd, mostly students, shrugged. "We will see what the board says."'
    assert direct_speaker_of(text, "board says") is None


@pytest.mark.parametrize(
    "second",
    [', and Tomas Greve called it "a slogan, not a policy".', ', but Greve described it as "a slogan, not a policy".'],
)
def test_a_coordinated_clause_with_its_own_subject_is_not_inside_the_first(second: str) -> None:
    text = "Tomas Greve and Ilse Marden debated on Tuesday. Ilse Marden said the cap would fail in court" + second
    assert direct_speaker_of(text, "a slogan") == "Tomas Greve"


def test_a_fragment_inside_a_reported_clause_stays_its_speakers() -> None:
    text = 'Tomas Greve spoke first. Ilse Marden said she was sure Greve would stay "a thorn in our side".'
    assert direct_speaker_of(text, "thorn") == "Ilse Marden"


def test_a_family_name_written_first_is_the_same_person() -> None:
    text = (
        "The rival candidate, Quah Mei Lan, a notary, said the bridge had been promised twice. "
        'Quah also said she would hire more wardens. "It is late," Quah said.'
    )
    assert {speaker for _, speaker, _ in quotes_of(text)} == {"Quah Mei Lan"}


def test_a_long_run_of_capitals_is_not_a_name_to_join() -> None:
    text = (
        "Kessling Tells Guest Rural Crime is Beyond Belief.\n\n"
        "When guests on her show made the point, host Ada Kessling said it was wrong.\n\n"
        '"That is simply untrue!" Kessling replied.'
    )
    assert direct_speaker_of(text, "simply untrue") == "Ada Kessling"


def test_a_surname_with_its_particle_capitalised_is_the_same_person() -> None:
    text = (
        "Club manager Joost van Aardenne stood by his side.\n\n"
        'Van Aardenne said he had not seen the replay. "It was a dive," Van Aardenne said.'
    )
    assert {speaker for _, speaker, _ in quotes_of(text)} == {"Joost van Aardenne"}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("According to a draft plan seen by this newspaper, the port will close two berths.", "draft plan"),
        ("According to a memo obtained by the Fenwray Post, the port will close two berths.", "memo"),
        ("The port will close two berths, according to a memo seen by the Fenwray Post.", "memo"),
    ],
)
def test_a_document_seen_by_a_newspaper_is_the_source(sentence: str, source: str) -> None:
    assert speaker_of(sentence, "close two berths") == source


def test_a_document_published_by_a_body_is_that_bodys() -> None:
    assert speaker_of("Fares rose, according to figures published by the regulator.", "Fares rose") == "regulator"


@pytest.mark.parametrize("abbreviation", ["4 a.m.", "6 p.m.", "the U.S."])
def test_a_quotation_after_a_closing_abbreviation_opens_a_sentence(abbreviation: str) -> None:
    text = (
        f'"It went well," said Dr. Ilse Marn, the keeper, who drove in from {abbreviation} '
        '"Quennell found the leak. We kept well back."'
    )
    assert direct_speaker_of(text, "Quennell found the leak") == "Dr. Ilse Marn"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Kolbe of Brannick, Nebrida, said she had heard a rattle for months.",
        "Dana Kolbe of Brannick, Nebrida, who drives a pickup, said she had heard a rattle for months.",
        "Dana Kolbe from Brannick, New Nebrida, said she had heard a rattle for months.",
    ],
)
def test_a_state_after_a_town_is_not_the_speaker(sentence: str) -> None:
    assert speaker_of(sentence, "heard a rattle") == "Dana Kolbe"


def test_a_name_after_a_fronted_place_is_the_speaker() -> None:
    text = "Ivo Quellan flew home in May. Back in Nebrida, Mr. Quellan said, he decided to sell the farm."
    assert speaker_of(text, "sell the farm") == "Ivo Quellan"


def test_an_age_no_one_was_given_after_a_named_speaker_is_that_speaker() -> None:
    text = (
        "Winger Ivo Quellan scored early. Captain Tom Ferrand was booked late on.\n\n"
        "Ferrand declined to stop, but manager Olaf Brenn said his captain was gutted.\n\n"
        "Varrowby rarely threatened after the break. Quellan, whose volley was his third of the month, "
        "told local radio that the mood was flat.\n\n"
        '"We switched off and paid for it," the 26-year-old said.'
    )
    assert direct_speaker_of(text, "switched off") == "Ivo Quellan"
