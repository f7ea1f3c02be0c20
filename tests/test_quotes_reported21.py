"""Reported speech, twenty-first session: where a reported clause ends before the speaker's next act, and cues
(invented sentences)."""

from __future__ import annotations

from tests.quote_support import quotes_of


def _reported(text: str) -> list[tuple[str, str]]:
    return [(speaker, quoted) for kind, speaker, quoted in quotes_of(text) if kind == "indirect"]


def test_asking_the_hearers_after_and_is_the_speakers_next_act() -> None:
    text = (
        "Counsel Ruth Ambler said Varney had lost his farm tenancy and was now living in a caravan, and asked the "
        "magistrates to adjourn sentencing until spring."
    )
    assert _reported(text) == [
        ("Counsel Ruth Ambler", "Varney had lost his farm tenancy and was now living in a caravan"),
    ]


def test_advising_and_appealing_and_thanking_end_the_clause() -> None:
    advised = (
        "The agronomist said the new mildew strain now made up half the samples and advised orchard owners to "
        "spray every week."
    )
    assert _reported(advised) == [("agronomist", "the new mildew strain now made up half the samples")]
    appealed = (
        "Sergeant Ola Brenner added that officers were studying doorbell footage from the estate and appealed for "
        "anyone who saw the van to come forward."
    )
    assert _reported(appealed)[0][1] == "officers were studying doorbell footage from the estate"
    thanked = "Her parents said they were shaken but grateful and thanked the lifeboat crew who pulled her out."
    assert _reported(thanked)[0][1] == "they were shaken but grateful"


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
    text = "Neighbours said the intruder ran across the lawn, pointing a torch at the windows."
    assert _reported(text) == [("Neighbours", "the intruder ran across the lawn, pointing a torch at the windows")]


def test_a_named_persons_family_is_the_speaker_not_the_person() -> None:
    text = (
        "In a statement issued through the coastguard, Ms Orvell's family said they were devastated and asked for "
        "privacy."
    )
    assert _reported(text) == [("Ms Orvell's family", "they were devastated")]


def test_a_noun_in_ly_before_the_verb_is_no_adverb() -> None:
    text = "A longtime Pardoe ally suggested the councillor would switch parties before the spring."
    assert _reported(text) == [("longtime Pardoe ally", "the councillor would switch parties before the spring")]


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
    text = (
        "Asked about the queues at the depot, a press officer for the regional bus system said extra staff "
        "had been hired."
    )
    assert _reported(text) == [
        ("press officer for the regional bus system", "extra staff had been hired"),
    ]


def test_a_result_set_against_the_markets_estimate_is_the_writers() -> None:
    text = "The brewer said it made 41 cents a share in the spring quarter, beating the consensus of 35 cents."
    assert _reported(text) == [("brewer", "it made 41 cents a share in the spring quarter")]


def test_a_measure_below_a_limit_goes_on() -> None:
    text = "The inspector said the tram was running at 20mph, below the limit for the bend, when it tipped."
    assert _reported(text)[0][1] == "the tram was running at 20mph, below the limit for the bend, when it tipped"


def test_a_concession_without_a_verb_qualifies_what_was_said() -> None:
    text = "The treasurer said the new fees covered most of the repair bill, though not the whole of it."
    assert _reported(text) == [
        ("treasurer", "the new fees covered most of the repair bill, though not the whole of it")
    ]


def test_a_concession_with_a_verb_still_ends_the_clause() -> None:
    text = "The treasurer said the new fees covered most of the repair bill, though auditors disputed the sums."
    assert _reported(text)[0] == ("treasurer", "the new fees covered most of the repair bill")


def test_a_time_between_and_and_a_coordinated_verb_of_speech() -> None:
    text = "Pellan Moreau left the tribunal in 2009, and in 2014 told a select committee that the rules were unfair."
    assert _reported(text) == [("Pellan Moreau", "the rules were unfair")]
    later = "Pellan Moreau left the tribunal in 2009 and later wrote that the rules were unfair."
    assert _reported(later) == [("Pellan Moreau", "the rules were unfair")]


def test_a_phrase_fronted_in_a_clause_without_that_is_the_clauses() -> None:
    text = "Union secretary Mo Hadley said under the new rota, no porter could be sent to two wards in one shift."
    assert _reported(text) == [
        ("Mo Hadley", "under the new rota, no porter could be sent to two wards in one shift"),
    ]


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
        "9:05 p.m. — The Ostrander team, in a message to volunteers, asked them to stay at the polls. "
        "The message said lawyers were checking every rejected ballot."
    )
    assert _reported(text) == [("Ostrander team", "lawyers were checking every rejected ballot")]


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
