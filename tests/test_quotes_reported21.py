"""Reported speech, twenty-first session: where a reported clause ends before the speaker's next act, and cues
(invented sentences)."""

from __future__ import annotations

from tests.quote_support import quotes_of


def _reported(text: str) -> list[tuple[str, str]]:
    return [(speaker, quoted) for kind, speaker, quoted in quotes_of(text) if kind == "indirect"]


def test_asking_the_hearers_after_and_is_the_speakers_next_act() -> None:
    text = (
        "The head teacher said the boiler was broken and the hall was now cold, and asked the council to send a "
        "surveyor."
    )
    assert _reported(text) == [("head teacher", "the boiler was broken and the hall was now cold")]


def test_advising_and_appealing_and_thanking_end_the_clause() -> None:
    advised = (
        "The vet said ticks were now far more common on the moor and advised dog owners to check their pets daily."
    )
    assert _reported(advised) == [("vet", "ticks were now far more common on the moor")]
    appealed = (
        "The station manager added that two bicycles had gone missing from the racks and appealed for passengers "
        "with photos to get in touch."
    )
    assert _reported(appealed)[0][1] == "two bicycles had gone missing from the racks"
    thanked = "The organisers said the fair had raised a record sum and thanked every stallholder."
    assert _reported(thanked)[0][1] == "the fair had raised a record sum"


def test_the_clauses_own_subject_asking_the_way_goes_on() -> None:
    text = "The guard said the lorry driver had stopped at the barrier and asked the way to the quarry."
    assert _reported(text) == [
        ("guard", "the lorry driver had stopped at the barrier and asked the way to the quarry"),
    ]


def test_encouraged_by_is_the_clauses_adjective() -> None:
    text = "The organiser said the volunteers were tired and encouraged by the turnout at the weekend."
    assert _reported(text) == [("organiser", "the volunteers were tired and encouraged by the turnout at the weekend")]


def test_a_speaker_telling_their_own_deeds_goes_on_past_asking() -> None:
    text = "The senator said she rang the port authority on Friday and asked its chairman to delay the vote."
    assert _reported(text)[0][1] == "she rang the port authority on Friday and asked its chairman to delay the vote"


def test_pointing_out_that_is_a_further_statement_of_the_speaker() -> None:
    text = (
        "Their manager said the youth scheme set up years ago was finally paying off, pointing out that seven of "
        "Sunday's side had come through the county's development squad."
    )
    assert _reported(text) == [
        ("Their manager", "the youth scheme set up years ago was finally paying off"),
        ("Their manager", "seven of Sunday's side had come through the county's development squad"),
    ]


def test_an_audiences_reaction_drawn_is_no_part_of_what_was_said() -> None:
    text = "The alderman added that he was no enemy of cyclists, or of buses, drawing jeers from the gallery."
    assert _reported(text) == [("alderman", "he was no enemy of cyclists, or of buses")]


def test_a_deed_of_the_clause_in_the_past_goes_on() -> None:
    text = "The neighbours said the intruder ran across the lawn, pointing a torch at the windows."
    assert _reported(text) == [("neighbours", "the intruder ran across the lawn, pointing a torch at the windows")]


def test_a_named_persons_family_is_the_speaker_not_the_person() -> None:
    text = "Mr Fennimore's family said they would hold a small funeral in the village."
    assert _reported(text) == [("Mr Fennimore's family", "they would hold a small funeral in the village")]


def test_a_noun_in_ly_before_the_verb_is_no_adverb() -> None:
    text = "A veteran Merrow ally said the mayor would seek a third term."
    assert _reported(text) == [("veteran Merrow ally", "the mayor would seek a third term")]


def test_an_appositive_summing_up_the_clause_is_the_writers() -> None:
    text = (
        "The ferry operator said all bookings would be refunded in full within a week, a reversal that has angered "
        "its shareholders."
    )
    assert _reported(text) == [("ferry operator", "all bookings would be refunded in full within a week")]


def test_an_appositive_to_a_person_in_the_clause_goes_on() -> None:
    text = "The novelist said she had modelled the hero on her uncle, a ferryman at the old port."
    assert _reported(text) == [("novelist", "she had modelled the hero on her uncle, a ferryman at the old port")]


def test_a_possessive_opens_the_clause_after_an_inserted_phrase() -> None:
    text = "The harbour board said in a statement its pilots had followed every procedure that night."
    assert _reported(text) == [("harbour board", "its pilots had followed every procedure that night")]


def test_a_possessive_after_the_preposition_is_the_phrases_own() -> None:
    text = "The chairwoman said in her closing remarks that the fleet would be renewed by the autumn."
    assert _reported(text) == [("chairwoman", "the fleet would be renewed by the autumn")]


def test_a_subject_after_an_asked_phrase_runs_to_the_verb() -> None:
    text = "Asked about the noise, a manager for the city's recycling plant said new doors would be fitted."
    assert _reported(text) == [("manager for the city's recycling plant", "new doors would be fitted")]


def test_a_result_set_against_the_markets_estimate_is_the_writers() -> None:
    text = "The brewer said it made 41 cents a share in the spring quarter, beating the consensus of 35 cents."
    assert _reported(text) == [("brewer", "it made 41 cents a share in the spring quarter")]


def test_a_measure_below_a_limit_goes_on() -> None:
    text = "The inspector said the tram was running at 20mph, below the limit for the bend, when it tipped."
    assert _reported(text)[0][1] == "the tram was running at 20mph, below the limit for the bend, when it tipped"


def test_a_concession_without_a_verb_qualifies_what_was_said() -> None:
    text = "The chef said the new menu was cheaper, though not by much."
    assert _reported(text) == [("chef", "the new menu was cheaper, though not by much")]


def test_a_concession_with_a_verb_still_ends_the_clause() -> None:
    text = "The chef said the new menu was cheaper, though suppliers raised prices in May."
    assert _reported(text)[0] == ("chef", "the new menu was cheaper")


def test_a_time_between_and_and_a_coordinated_verb_of_speech() -> None:
    text = "Pellan Moreau left the tribunal in 2009, and in 2014 told a select committee that the rules were unfair."
    assert _reported(text) == [("Pellan Moreau", "the rules were unfair")]
    later = "Pellan Moreau left the tribunal in 2009 and later wrote that the rules were unfair."
    assert _reported(later) == [("Pellan Moreau", "the rules were unfair")]


def test_a_phrase_fronted_in_a_clause_without_that_is_the_clauses() -> None:
    text = "The ranger Jo Pell said after the landslip, the lower path would stay shut until May."
    assert _reported(text) == [("Jo Pell", "after the landslip, the lower path would stay shut until May")]


def test_a_phrase_of_manner_after_said_opens_no_clause() -> None:
    text = "Mo Hadley said with a shrug, and the meeting moved on to the car park."
    assert _reported(text) == []


def test_a_bulletin_named_as_the_medium_is_its_issuers() -> None:
    text = (
        "In its nightly bulletin, the coastguard said two trawlers had been towed to safety.\n\n"
        '"Conditions remain hazardous for small craft," the bulletin read.'
    )
    assert ("direct", "coastguard", "Conditions remain hazardous for small craft") in quotes_of(text)


def test_an_organisation_named_with_for_opening_the_sentence_speaks() -> None:
    text = "Lanterns for Kellmoor said it was alarmed that the lighthouse would be sold."
    assert _reported(text) == [("Lanterns for Kellmoor", "it was alarmed that the lighthouse would be sold")]


def test_a_pronoun_and_an_auxiliary_answer_an_asked_question() -> None:
    text = "Asked whether the ferry would sail on Sunday, harbour master Ilse Brandt said it would."
    assert _reported(text) == [("Ilse Brandt", "it would")]


def test_a_pronoun_and_an_auxiliary_alone_are_no_clause_otherwise() -> None:
    assert _reported("Harbour master Ilse Brandt said it would.") == []


def test_a_subject_before_its_medium_issued_it_whatever_its_verb() -> None:
    text = (
        "10:15 a.m. — The lifeboat station, in a post to followers, asked walkers to keep off the rocks. "
        "The post said two swimmers had been rescued since dawn."
    )
    assert _reported(text) == [("lifeboat station", "two swimmers had been rescued since dawn")]


def test_a_lead_word_before_the_medium_is_no_issuer() -> None:
    text = (
        "But, in a letter to members, the guild gave no date for the vote. "
        "The letter said talks with the studios had stalled."
    )
    assert ("But", "talks with the studios had stalled") not in _reported(text)


def test_a_relative_holding_the_speakers_own_said_is_part_of_the_clause() -> None:
    text = "Kiran Holt said the firm had tested the headset with deaf users, who he said were among its keenest buyers."
    assert _reported(text) == [
        ("Kiran Holt", "the firm had tested the headset with deaf users, who he said were among its keenest buyers"),
    ]


def test_which_he_said_stays_a_report_of_its_own() -> None:
    text = "Kiran Holt said the firm had cut the tour budget, which he said was a mistake."
    assert _reported(text) == [("Kiran Holt", "the firm had cut the tour budget"), ("Kiran Holt", "was a mistake")]
