"""Near misses of this session's speaker rules: invented sentences the rules' shapes also match, where the rule
would name the wrong person."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, quotes_of


def test_a_judge_after_a_defendant_who_spoke_is_someone_else() -> None:
    text = 'Ivo Quarrel, 41, said he had only borrowed the van. "You have shown no remorse at all," the judge said.'
    assert direct_speaker_of(text, "no remorse") != "Ivo Quarrel"


def test_a_referee_or_a_manager_after_a_player_who_spoke_is_someone_else() -> None:
    booked = 'Dale Ferrin, who was booked twice, said he had slipped. "It was a reckless lunge," the referee said.'
    assert direct_speaker_of(booked, "reckless lunge") != "Dale Ferrin"
    praised = 'Tomas Vell, who scored the winner, said he felt sharp. "He ran all day," the manager said.'
    assert direct_speaker_of(praised, "ran all day") != "Tomas Vell"


def test_the_officer_after_a_constable_who_spoke_is_she() -> None:
    text = (
        "PC Ada Quell, who patrols the ring road, said the van had drifted onto the verge. "
        'The officer added: "The tyres were worn to the canvas."'
    )
    assert direct_speaker_of(text, "worn to the canvas") == "Ada Quell"


def test_a_job_no_one_was_given_after_a_player_who_spoke_is_still_he() -> None:
    text = 'Dale Ferrin, who was booked twice, said he had slipped. "I owe the lads one," the winger said.'
    assert direct_speaker_of(text, "owe the lads") == "Dale Ferrin"


def test_a_first_name_alone_is_not_the_woman_whose_longer_name_opens_with_it() -> None:
    text = (
        "Rosa Lyn Tarvish runs the orchard with her niece. Her niece, Rosa, a forester, had other ideas. "
        '"The pears will not last the winter," Rosa said.'
    )
    assert direct_speaker_of(text, "pears will not last") != "Rosa Lyn Tarvish"


def test_a_family_name_written_first_is_still_that_person() -> None:
    text = 'Seow Kai Lun opened the noodle stall in 1998. "The queue starts at six," Seow said.'
    assert direct_speaker_of(text, "queue starts") == "Seow Kai Lun"


def test_a_question_the_answerer_asks_of_herself_is_hers() -> None:
    text = (
        '"Is the footbridge safe?" Nils Ardery asked.\n\n"It is," Petra Quenby replied.\n\n'
        '"Would I walk my own dog across it otherwise?"\n\n"The engineers were out there in March."'
    )
    assert direct_speaker_of(text, "walk my own dog") == "Petra Quenby"
    assert direct_speaker_of(text, "out there in March") == "Petra Quenby"


def test_a_question_put_to_the_answerer_is_still_the_askers() -> None:
    text = (
        '"You opened the sluice?" the advocate asked.\n\n"I did," Petra Quenby answered.\n\n'
        '"And did I hear you say you were alone?"\n\n"Yes, quite alone."'
    )
    assert direct_speaker_of(text, "were alone") == "advocate"
    assert direct_speaker_of(text, "quite alone") == "Petra Quenby"


def test_the_lawyers_for_a_man_from_a_town_and_state_are_the_speaker_not_the_state() -> None:
    text = "Counsel for Ewan Dorrimer of Millbeck, Osterland, said he would appeal the fine."
    speakers = [speaker for _, speaker, quoted in quotes_of(text) if "appeal the fine" in quoted]
    assert speakers and "Osterland" not in speakers[0] and speakers[0].startswith("Counsel for Ewan Dorrimer")


def test_a_described_fragment_after_and_her_critics_is_the_critics() -> None:
    text = 'Wenna Salk said the toll would be scrapped, and her critics called it "a bribe with a bow on".'
    assert direct_speaker_of(text, "bribe with a bow") not in (None, "Wenna Salk")


def test_a_described_fragment_inside_her_own_clause_is_still_hers() -> None:
    text = 'Wenna Salk said the toll would be scrapped because her critics had called it "a bribe with a bow on".'
    assert direct_speaker_of(text, "bribe with a bow") == "Wenna Salk"


def test_a_fragment_in_an_aside_with_another_name_saying_it_is_that_persons() -> None:
    text = "Wenna Salk said the depot had flooded, which Odran Pilbeam said was \"nobody's fault but the board's\"."
    assert direct_speaker_of(text, "nobody's fault") == "Odran Pilbeam"


def test_a_fragment_in_an_aside_she_says_herself_is_still_hers() -> None:
    text = "Wenna Salk said the depot had flooded twice, which she said was \"nobody's fault but the board's\"."
    assert direct_speaker_of(text, "nobody's fault") == "Wenna Salk"


def test_an_event_named_with_a_possessive_is_no_one_a_pronoun_stands_for() -> None:
    text = 'At Prime Minister\'s Questions, Ffion Garrod pressed the point. "The ferries are a shambles," she said.'
    assert direct_speaker_of(text, "ferries are a shambles") == "Ffion Garrod"
