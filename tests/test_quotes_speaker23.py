"""Who spoke (issue 15, twenty-third session): speaker phrases read at the wrong bounds. Each test an invented
sentence of a class of English where a quotation went to words near the speaker instead of the speaker."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, quotes_of, speaker_of


def test_party_label_before_a_relative_clause_is_not_the_speaker() -> None:
    text = (
        "The measure now heads to the upper chamber.\n\n"
        'Sen. Wanda Okafor-Lind, D-Elmbrook, who has drafted a rival bill, called that "a dodge."\n\n'
        '"They found time for a state bird," she said.'
    )
    assert direct_speaker_of(text, "a dodge") == "Sen. Wanda Okafor-Lind"
    assert direct_speaker_of(text, "a state bird") == "Sen. Wanda Okafor-Lind"


def test_party_label_of_several_words_before_a_relative_clause() -> None:
    text = "Rep. Lyle Brandvold, R-Cedar Falls, who wrote the measure, said it would end a lottery for rural schools."
    assert speaker_of(text, "a lottery for rural schools") == "Rep. Lyle Brandvold"


def test_abbreviated_party_label_before_a_relative_clause() -> None:
    text = 'Sen. Oona Petrakis, D-Ore., who leads the caucus, told reporters: "This vote is finished."'
    assert direct_speaker_of(text, "This vote is finished") == "Sen. Oona Petrakis"


def test_bracketed_party_label_still_reads_the_name() -> None:
    text = 'Rep. Lyle Brandvold (R-Cedar Falls), who wrote the measure, called it "overdue."'
    assert direct_speaker_of(text, "overdue") == "Rep. Lyle Brandvold"


def test_speaker_for_a_legislator_keeps_the_spokesman() -> None:
    text = 'A spokesman for Sen. Oona Petrakis, D-Ore., who leads the caucus, called it "a stunt."'
    assert direct_speaker_of(text, "a stunt") == "spokesman for Sen. Oona Petrakis"


def test_town_and_state_before_a_mayor_are_not_the_speaker() -> None:
    text = (
        '"We answer the phone when the dam leaks," said Brackley, Iowa, Mayor Lena Voss, the chair of the league, '
        'in her keynote. "We pay for it too."'
    )
    assert direct_speaker_of(text, "the dam leaks") == "Lena Voss"
    assert direct_speaker_of(text, "We pay for it") == "Lena Voss"


def test_town_and_abbreviated_state_before_a_mayor() -> None:
    text = '"Nobody is coming to rescue us," said Palm Vista, Fla., Mayor Lena Voss.'
    plain = '"Nobody is coming to rescue us," said Mayor Lena Voss.'
    assert direct_speaker_of(text, "Nobody is coming") == direct_speaker_of(plain, "Nobody is coming")
    assert "Lena Voss" in (direct_speaker_of(text, "Nobody is coming") or "")


def test_town_state_and_a_long_appositive_after_the_mayor() -> None:
    text = (
        '"We mend the roads nobody else will," said Harlow Springs, Neb., Mayor Ines Padget, the head of the '
        "Council of Prairie Towns and its longest-serving member, in a speech on Friday."
    )
    assert "Ines Padget" in (direct_speaker_of(text, "We mend the roads") or "")


def test_town_and_state_without_a_title_are_left_alone() -> None:
    text = '"The river came up in an hour," said Ines Padget, Harlow Springs, who runs the feed store.'
    assert direct_speaker_of(text, "The river came up") == "Ines Padget"


def test_abbreviated_party_label_then_a_lower_case_aside() -> None:
    text = (
        'Sen. Oona Petrakis, D-Ore., despite conceding that she had doubts about "greedy insurers" and general '
        '"paper trails" that could be a worry, the families "deserve a hearing" and she does think the count is there.'
    )
    assert direct_speaker_of(text, "greedy insurers") == "Sen. Oona Petrakis"
    assert direct_speaker_of(text, "deserve a hearing") == "Sen. Oona Petrakis"


def test_abbreviated_party_label_before_the_verb_and_a_colon() -> None:
    text = 'Rep. Ivo Sandell, R-Tenn., delivered a curt warning to the chair: "Stop stalling and call the vote."'
    assert direct_speaker_of(text, "Stop stalling") == "Rep. Ivo Sandell"


def test_fronted_place_with_a_state_then_a_described_subject_gives_no_place_speaker() -> None:
    text = (
        "In public, she radiated calm. At a summit that spring in Tarrow, Colo., the former pilot closed her talk "
        'by quoting an old motto: "Every storm passes."'
    )
    assert all(speaker != "Colo" for _, speaker, _ in quotes_of(text))


def test_the_force_is_the_police_named_before() -> None:
    text = (
        "Dunmore Police have warned drivers that the ring road will stay shut until noon.\n\n"
        '"Please leave early and expect queues," the force said.'
    )
    assert direct_speaker_of(text, "Please leave early") == "Dunmore Police"


def test_the_force_with_no_police_named_stays_the_force() -> None:
    text = (
        "Dunmore Council has warned drivers that the ring road will stay shut until noon.\n\n"
        '"Please leave early and expect queues," the force said.'
    )
    assert direct_speaker_of(text, "Please leave early") != "Dunmore Council"


def test_role_of_a_place_then_a_title_after_the_is_the_named_person() -> None:
    text = (
        "The vicar of St Aldhelm, the Rev Hugh Tallis, said the crypt would open on Fridays. He told worshippers "
        "that nobody should go cold.\n\n"
        '"Cold is not a sin," he wrote.'
    )
    assert "Hugh Tallis" in (speaker_of(text, "the crypt would open") or "")
    assert "Hugh Tallis" in (direct_speaker_of(text, "Cold is not a sin") or "")


def test_a_job_in_capitals_is_the_person_who_holds_it() -> None:
    text = (
        "Chief financial officer Dara Quillfeather said the group had cash to spare. Ms Quillfeather said the "
        "dividend was unchanged.\n\n"
        '"We are being careful, not timid," the CFO said.'
    )
    assert direct_speaker_of(text, "careful, not timid") == "Dara Quillfeather"


def test_a_job_in_capitals_keeps_its_modifier_as_a_role() -> None:
    text = (
        "Ines Carrow has won the Dunmere seat for the Green Party.\n\n"
        'Speaking later, the new MP said she had knocked on "every door" twice.'
    )
    assert direct_speaker_of(text, "every door") == "new MP"


def test_letters_after_a_name_leave_the_name() -> None:
    text = 'Prosecuting, Ines Carrow KC said the scheme was "theft with paperwork".'
    assert direct_speaker_of(text, "theft with paperwork") == "Ines Carrow"


def test_the_statement_is_the_subject_that_issued_it() -> None:
    text = (
        "Rexley Rovers have dismissed coach Ivo Penn after a poor run.\n\n"
        "The club confirmed the news in a short statement on its website on Tuesday.\n\n"
        '"The board thanks Ivo for his work," the statement read.'
    )
    assert direct_speaker_of(text, "The board thanks Ivo") == "Rexley Rovers"


def test_the_judgment_is_the_judge_who_gave_it() -> None:
    text = (
        'In a 30-page judgment released on Friday, Employment Judge Ada Brackwell said Mr Lowe had been "candid".\n\n'
        '"The tribunal is satisfied that the claimant was sidelined," the judgment said.'
    )
    assert direct_speaker_of(text, "The tribunal is satisfied") == "Employment Judge Ada Brackwell"


def test_an_adverb_read_into_the_subject_issues_nothing() -> None:
    text = (
        "The label flat-out denied the claims in a statement on its website.\n\n"
        '"We never blocked her tour," the statement said.'
    )
    assert direct_speaker_of(text, "We never blocked") != "label flat-out"


def test_a_fragment_a_body_had_warned_of_is_the_bodys() -> None:
    text = 'Pell Vance said the council had warned that repairs could take "up to a year".'
    assert direct_speaker_of(text, "up to a year") == "council"


def test_a_fragment_in_an_email_from_a_body_is_the_bodys() -> None:
    text = 'Pell Vance said the latest letter from the council had warned that repairs could take "up to a year".'
    assert direct_speaker_of(text, "up to a year") == "council"


def test_a_fragment_a_named_person_had_told_is_that_persons() -> None:
    text = 'Pell Vance said Mara Quist had told him the repairs were "a scandal".'
    assert direct_speaker_of(text, "a scandal") == "Mara Quist"


def test_a_fragment_after_a_body_agreeing_stays_the_outer_speakers() -> None:
    text = 'Pell Vance said the council had agreed that repairs were "overdue".'
    assert direct_speaker_of(text, "overdue") == "Pell Vance"


def test_a_firms_name_is_no_one_a_pronoun_may_stand_for() -> None:
    text = (
        "Ada Brill, a fiddler, grew up in Hazel Gap.\n\n"
        '"I was ashamed of it," she says.\n\n'
        "Cedar Hollow Records says it has booked her on a long tour.\n\n"
        '"They knew me as a child," she says.'
    )
    assert direct_speaker_of(text, "They knew me as a child") == "Ada Brill"


def test_a_body_named_before_a_noun_after_a_is_no_one_a_pronoun_may_stand_for() -> None:
    text = (
        "At a Blue Anchor shelter in Marlow Creek, Tessa Okonkwo sat on a cot with her two sons. She said the "
        "family had left their trailer on Monday.\n\n"
        '"I do not know what is left," she said.'
    )
    assert direct_speaker_of(text, "I do not know what is left") == "Tessa Okonkwo"


def test_a_relative_named_by_first_name_alone_is_whom_he_stands_for() -> None:
    text = (
        "Nia Brell, 38, walked the coast path for the ward. She said she cried near St Aidans.\n\n"
        "Her husband, Bjorn, 41, looked after the children while his wife was away.\n\n"
        '"I knew she was stubborn," he joked.'
    )
    assert direct_speaker_of(text, "I knew she was stubborn") == "Bjorn"


def test_a_wife_named_by_first_name_alone_is_whom_she_stands_for() -> None:
    text = (
        "The driver fled the scene, the court heard.\n\n"
        "In a statement read to the court, Mr Quarmby's wife, Astrid, described the knock at the door.\n\n"
        '"I knew before they spoke," she wrote.'
    )
    assert direct_speaker_of(text, "I knew before they spoke") == "Astrid"


def test_a_wife_named_by_first_name_is_no_he() -> None:
    text = (
        "Pope Anselm met Ruben Vardaman on Saturday.\n\n"
        "Some of his advisers, including his wife, Saoirse, also were at the meeting. He said that there was no "
        '"talk of politics at all."'
    )
    assert direct_speaker_of(text, "talk of politics") == "Ruben Vardaman"


def test_a_fronted_place_before_a_name_and_its_appositive_keeps_the_quotation() -> None:
    text = (
        "The Brisket yard has tripled its orders.\n\n"
        'Across the Tollan Firth, Dagny Holt, a rival, says: "They got lucky with the weather."'
    )
    assert direct_speaker_of(text, "They got lucky") == "Dagny Holt"


def test_a_fronted_place_before_a_name_without_an_appositive() -> None:
    text = 'Beyond the old quay, Dagny Holt says: "They got lucky with the weather."'
    assert direct_speaker_of(text, "They got lucky") == "Dagny Holt"


def test_a_relative_of_a_role_with_an_owner_is_the_speaker() -> None:
    text = 'The widow of the trawler\'s skipper said the hearing "never asked the right questions."'
    assert direct_speaker_of(text, "never asked") == "widow of the trawler's skipper"


def test_a_friend_of_a_role_with_an_owner_is_the_speaker() -> None:
    text = 'A neighbour of the bakery\'s owner said he was "badly shaken."'
    assert direct_speaker_of(text, "badly shaken") == "neighbour of the bakery's owner"


def test_the_people_a_letter_is_sent_to_are_not_its_speaker() -> None:
    text = 'The brewery\'s letter to tenants said the pub had "no future as a going concern."'
    assert direct_speaker_of(text, "no future") == "brewery's letter to tenants"


def test_a_memo_to_people_without_an_owner() -> None:
    text = 'A memo to nurses said the ward was "closed until further notice."'
    assert direct_speaker_of(text, "closed until") == "memo to nurses"


def test_a_document_that_spoke_before_is_no_he_that_adds() -> None:
    text = (
        'The proposal states that there is "little appetite" for a post office in the hamlet.\n\n'
        'That has angered locals. Ivo Brask, 79, has queued there since he was 9 - "and paid since I was 12," he adds.'
    )
    assert direct_speaker_of(text, "paid since I was 12") == "Ivo Brask"


def test_a_person_who_spoke_before_is_still_the_he_that_adds() -> None:
    text = '"We queued here for sixty years," said Ivo Brask. "Every week," he added.'
    assert direct_speaker_of(text, "Every week") == "Ivo Brask"


def test_it_said_after_a_firm_read_as_a_name_is_the_firm() -> None:
    text = (
        'The panel ruled that the yard failed its welder, calling the process "perfunctory".\n\n'
        'In a statement, Brackwater Marine said it was "disappointed" by the ruling.\n\n'
        '"Brackwater Marine has trained women for many years," it said.'
    )
    assert direct_speaker_of(text, "trained women") == "Brackwater Marine"


def test_it_said_after_a_person_is_not_that_person() -> None:
    text = (
        'The panel ruled that the yard failed its welder, calling the process "perfunctory".\n\n'
        'Outside, Jordan Quell said the yard had been "careless".\n\n'
        '"The yard failed its welder," it said.'
    )
    assert direct_speaker_of(text, "The yard failed") != "Jordan Quell"
