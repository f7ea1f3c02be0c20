"""Who spoke (issue 15, twenty-third session): speaker phrases read at the wrong bounds. Each test an invented
sentence of a class of English where a quotation went to words near the speaker instead of the speaker."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, quotes_of, speaker_of


def test_party_label_before_a_relative_clause_is_not_the_speaker() -> None:
    text = (
        "The measure now heads to the upper chamber.\n\n"
        'Sen. Hesper Quenby-Ashe, D-Millhaven, who sponsors a competing measure, labelled that "a smokescreen."\n\n'
        '"They had hours to spare for a state fossil," she said.'
    )
    assert direct_speaker_of(text, "a smokescreen") == "Sen. Hesper Quenby-Ashe"
    assert direct_speaker_of(text, "a state fossil") == "Sen. Hesper Quenby-Ashe"


def test_party_label_of_several_words_before_a_relative_clause() -> None:
    text = "Rep. Barnaby Dromgoole, R-Glass Meadow, who authored the plan, said it would scrap a raffle for clinics."
    assert speaker_of(text, "a raffle for clinics") == "Rep. Barnaby Dromgoole"


def test_abbreviated_party_label_before_a_relative_clause() -> None:
    text = 'Sen. Isaura Gwilliam, D-Ore., who leads the caucus, told reporters: "This vote is finished."'
    assert direct_speaker_of(text, "This vote is finished") == "Sen. Isaura Gwilliam"


def test_bracketed_party_label_still_reads_the_name() -> None:
    text = 'Rep. Barnaby Dromgoole (R-Glass Meadow), who authored the plan, called it "long awaited."'
    assert direct_speaker_of(text, "long awaited") == "Rep. Barnaby Dromgoole"


def test_speaker_for_a_legislator_keeps_the_spokesman() -> None:
    text = 'A spokesman for Sen. Isaura Gwilliam, D-Ore., who leads the caucus, called it "a stunt."'
    assert direct_speaker_of(text, "a stunt") == "spokesman for Sen. Isaura Gwilliam"


def test_town_and_state_before_a_mayor_are_not_the_speaker() -> None:
    text = (
        '"We pick up the shovel when the levee cracks," said Fenwold, Iowa, Mayor Corisande Pirrie, the head of the '
        'guild, at its lunch. "We foot the bill as well."'
    )
    assert direct_speaker_of(text, "the levee cracks") == "Corisande Pirrie"
    assert direct_speaker_of(text, "We foot the bill") == "Corisande Pirrie"


def test_town_and_abbreviated_state_before_a_mayor() -> None:
    text = '"Nobody is coming to rescue us," said Gull Harbor, Fla., Mayor Corisande Pirrie.'
    plain = '"Nobody is coming to rescue us," said Mayor Corisande Pirrie.'
    assert direct_speaker_of(text, "Nobody is coming") == direct_speaker_of(plain, "Nobody is coming")
    assert direct_speaker_of(text, "Nobody is coming") == "Mayor Corisande Pirrie"


def test_town_state_and_a_long_appositive_after_the_mayor() -> None:
    text = (
        '"We mend the roads nobody else will," said Harlow Springs, Neb., Mayor Ines Padget, the head of the '
        "Council of Prairie Towns and its longest-serving member, in a speech on Friday."
    )
    assert direct_speaker_of(text, "We mend the roads") == "Ines Padget"


def test_town_and_state_without_a_title_are_left_alone() -> None:
    text = '"The river came up in an hour," said Ines Padget, Harlow Springs, who runs the feed store.'
    assert direct_speaker_of(text, "The river came up") == "Ines Padget"


def test_abbreviated_party_label_then_a_lower_case_aside() -> None:
    text = (
        'Sen. Isaura Gwilliam, D-Ore., despite conceding that she had doubts about "greedy insurers" and general '
        '"paper trails" that could be a worry, the families "deserve a hearing" and she does think the count is there.'
    )
    assert direct_speaker_of(text, "greedy insurers") == "Sen. Isaura Gwilliam"
    assert direct_speaker_of(text, "deserve a hearing") == "Sen. Isaura Gwilliam"


def test_abbreviated_party_label_before_the_verb_and_a_colon() -> None:
    text = 'Rep. Ivo Sandell, R-Tenn., delivered a curt warning to the chair: "Stop stalling and call the vote."'
    assert direct_speaker_of(text, "Stop stalling") == "Rep. Ivo Sandell"


def test_fronted_place_with_a_state_then_a_described_subject_gives_no_place_speaker() -> None:
    text = (
        "On stage, she seemed unhurried. At a forum that autumn in Quillby, Colo., the retired diver ended her "
        'speech by reciting a family saying: "Every tide turns."'
    )
    # Guard: the engine drops this quotation after a colon today; what matters is that no speaker "Colo" is made.
    assert quotes_of(text) == []


def test_the_force_is_the_police_named_before() -> None:
    text = (
        "Grimsditch Police have warned drivers that the ring road will stay shut until noon.\n\n"
        '"Please leave early and expect queues," the force said.'
    )
    assert direct_speaker_of(text, "Please leave early") == "Grimsditch Police"


def test_the_force_with_no_police_named_stays_the_force() -> None:
    text = (
        "Grimsditch Council has warned drivers that the ring road will stay shut until noon.\n\n"
        '"Please leave early and expect queues," the force said.'
    )
    assert direct_speaker_of(text, "Please leave early") == "force"


def test_role_of_a_place_then_a_title_after_the_is_the_named_person() -> None:
    text = (
        "The chaplain of St Eanswythe, the Rev Lancelyn Pettigrew, said the hall would serve soup on Mondays. He told "
        "parishioners that no one should eat alone.\n\n"
        '"Hunger keeps no sabbath," he wrote.'
    )
    assert speaker_of(text, "the hall would serve soup") == "Rev Lancelyn Pettigrew"
    assert direct_speaker_of(text, "Hunger keeps no sabbath") == "Rev Lancelyn Pettigrew"


def test_a_job_in_capitals_is_the_person_who_holds_it() -> None:
    text = (
        "Chief financial officer Dara Quillfeather said the group had cash to spare. Ms Quillfeather said the "
        "dividend was unchanged.\n\n"
        '"We are being careful, not timid," the CFO said.'
    )
    assert direct_speaker_of(text, "careful, not timid") == "Dara Quillfeather"


def test_a_job_in_capitals_keeps_its_modifier_as_a_role() -> None:
    text = (
        "Perdita Ollerenshaw has taken Kelderby for the Liberal Democrats.\n\n"
        'At the count, the new MP said she had walked "every street" in the rain.'
    )
    assert direct_speaker_of(text, "every street") == "new MP"


def test_letters_after_a_name_leave_the_name() -> None:
    text = 'For the Crown, Perdita Ollerenshaw KC said the fraud was "greed in a suit".'
    assert direct_speaker_of(text, "greed in a suit") == "Perdita Ollerenshaw"


def test_the_statement_is_the_subject_that_issued_it() -> None:
    text = (
        "Quarry Lane Athletic have parted with manager Quentin Farrelly after six defeats.\n\n"
        "The club announced the parting in a brief statement late on Monday.\n\n"
        '"The directors wish Quentin every success," the statement read.'
    )
    assert direct_speaker_of(text, "The directors wish Quentin") == "Quarry Lane Athletic"


def test_the_judgment_is_the_judge_who_gave_it() -> None:
    text = (
        'In a judgment handed down on Wednesday, District Judge Morwenna Tregear said Mrs Fenby was "evasive".\n\n'
        '"The court does not accept the landlord\'s account of the rent," the judgment said.'
    )
    assert direct_speaker_of(text, "The court does not accept") == "District Judge Morwenna Tregear"


def test_an_adverb_read_into_the_subject_issues_nothing() -> None:
    text = (
        "The label flat-out denied the claims in a statement on its website.\n\n"
        '"We never blocked her tour," the statement said.'
    )
    assert direct_speaker_of(text, "We never blocked") == "statement"


def test_a_fragment_a_body_had_warned_of_is_the_bodys() -> None:
    text = 'Pell Vance said the council had warned that the taps could run dry "for weeks".'
    assert direct_speaker_of(text, "for weeks") == "council"


def test_a_fragment_in_an_email_from_a_body_is_the_bodys() -> None:
    text = 'Pell Vance said the newest letter from the council had warned that the taps could run dry "for weeks".'
    assert direct_speaker_of(text, "for weeks") == "council"


def test_a_fragment_a_named_person_had_told_is_that_persons() -> None:
    text = 'Pell Vance said Ysolde Quist had told him the repairs were "a scandal".'
    assert direct_speaker_of(text, "a scandal") == "Ysolde Quist"


def test_a_fragment_after_a_body_agreeing_stays_the_outer_speakers() -> None:
    text = 'Pell Vance said the council had agreed that repairs were "overdue".'
    assert direct_speaker_of(text, "overdue") == "Pell Vance"


def test_a_firms_name_is_no_one_a_pronoun_may_stand_for() -> None:
    text = (
        "Ada Brill, a fiddler, grew up in Hazel Gap.\n\n"
        '"I was ashamed of it," she says.\n\n'
        "Moss Lantern Records says it has signed her for three albums.\n\n"
        '"They knew me as a child," she says.'
    )
    assert direct_speaker_of(text, "They knew me as a child") == "Ada Brill"


def test_a_body_named_before_a_noun_after_a_is_no_one_a_pronoun_may_stand_for() -> None:
    text = (
        "At a Silver Gull shelter in Fenn Lock, Ambrosine Threadgold perched on a camp bed with her daughter. "
        "She said the family had fled their flat on Sunday.\n\n"
        '"We have nothing now," she said.'
    )
    assert direct_speaker_of(text, "We have nothing now") == "Ambrosine Threadgold"


def test_a_relative_named_by_first_name_alone_is_whom_he_stands_for() -> None:
    text = (
        "Wenna Brell, 38, walked the coast path for the ward. She said she cried near St Aidans.\n\n"
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
        "Pope Evaristus met Edmund Vardaman on Thursday.\n\n"
        "Several of his aides, including his wife, Saoirse, also attended the audience. He said that there had been "
        'no "mention of elections whatsoever."'
    )
    assert direct_speaker_of(text, "mention of elections") == "Edmund Vardaman"


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
        'The survey states that there is "scant demand" for a bus shelter on the lane.\n\n'
        'That irks residents. Ivo Brask, 82, has caught buses there as a boy - "and got soaked since I was 6," he adds.'
    )
    assert direct_speaker_of(text, "got soaked since I was 6") == "Ivo Brask"


def test_a_person_who_spoke_before_is_still_the_he_that_adds() -> None:
    text = '"We queued here for sixty years," said Ivo Brask. "Every week," he added.'
    assert direct_speaker_of(text, "Every week") == "Ivo Brask"


def test_it_said_after_a_firm_read_as_a_name_is_the_firm() -> None:
    text = (
        'Inspectors found that the dairy neglected its apprentice, calling the training "slapdash".\n\n'
        'In a reply, Thornmere Creamery said it was "saddened" to read the findings.\n\n'
        '"Thornmere Creamery has taught apprentices for decades," it said.'
    )
    assert direct_speaker_of(text, "taught apprentices") == "Thornmere Creamery"


def test_it_said_after_a_person_is_not_that_person() -> None:
    text = (
        'Inspectors found that the dairy neglected its apprentice, calling the training "slapdash".\n\n'
        'Outside, Jordan Quell said the dairy had been "negligent".\n\n'
        '"The dairy neglected its apprentice," it said.'
    )
    # The bare quotation after a person's words is given to no one (not to Jordan Quell).
    assert direct_speaker_of(text, "The dairy neglected") is None
