"""Who spoke in features (invented text): a pronoun chain's own person, named again inside it, is no one else."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_a_chain_pronoun_naming_its_own_person_again_keeps_that_person() -> None:
    text = (
        "Martin Ashbourne-Vey, 44, will fight again in March after three years away.\n\n"
        "‘He moves like a man half his age,’ said his trainer, Domnall Pryce-Yarrow.\n\n"
        "Ashbourne-Vey retired in 2021 after losing his belt to the Ulsterman Caradoc Fenwright. "
        "He now runs a youth gym by the canal, where the children still call him Martin.\n\n"
        "Asked about his return, he grinned. ‘They think I’ve lost my marbles,’ he said."
    )
    assert direct_speaker_of(text, "They think I’ve lost my marbles") == "Martin Ashbourne-Vey"


def test_a_name_ending_in_a_street_word_is_a_place_not_a_pronoun_s_person() -> None:
    text = (
        "Ambrose Quellyn-Tarr, who died last month at 88, spent half a century mending the bells of the valley.\n\n"
        "Raised above a bakery on Gorsefield Row, the eldest of five, he quit lessons at fourteen. His first post was "
        "sweeping a clockmaker’s floor, a chore he later called ‘the only job where the customers never interrupted’."
    )
    assert direct_speaker_of(text, "the only job where") == "Ambrose Quellyn-Tarr"


def test_a_restrictive_who_on_a_description_apposed_to_a_name_is_that_person() -> None:
    text = (
        "Voters in Carrowmere have chosen Yolanthe Brisk-Amadi as their first independent warden.\n\n"
        "Ms Brisk-Amadi, a retired midwife who vowed at every hustings to “light the towpath before winter”, "
        "won the final round by 88 votes."
    )
    assert direct_speaker_of(text, "light the towpath") == "Yolanthe Brisk-Amadi"


def test_a_name_in_a_fronted_clause_naming_the_asker_is_not_the_pronoun_s_person() -> None:
    text = (
        "Former night porter Wilhelmina Ostrova-Dunne told the tribunal the lifts had failed for a month.\n\n"
        "“We carried trays up six floors,” Ms Ostrova-Dunne said.\n\n"
        "Questioned by the tribunal’s chair, Helen Haldane-Moss, whether she had complained to the owners, "
        "she said that two letters had gone to head office.\n\n"
        "“Both letters are in my kitchen drawer,” she said."
    )
    assert direct_speaker_of(text, "Both letters are in my kitchen drawer") == "Wilhelmina Ostrova-Dunne"


def test_a_county_before_a_name_is_the_place_the_person_stands_in() -> None:
    text = (
        "High in a hayloft in Kilbrennan, Co Roscommon, Fergal Gethings-Mahr counts the swifts as they return. "
        "He began the tally in 1998.\n\n"
        "“Fewer come back every year, but they still come back,” he says, closing his notebook."
    )
    assert direct_speaker_of(text, "they still come back") == "Fergal Gethings-Mahr"


def test_a_role_a_copula_names_is_that_person_for_the_next_pronoun() -> None:
    text = (
        "The Saltcombe lido opens at dawn from May to October.\n\n"
        "The lido's oldest swimmer is Ambrose Tenterden-Fyfe, 84, a former ferryman. He first dived in from the high "
        "board in 1961. He still swims forty lengths before breakfast.\n\n"
        "“Cold water has never once lied to me,” he said."
    )
    assert direct_speaker_of(text, "Cold water has never") == "Ambrose Tenterden-Fyfe"


def test_paying_tribute_in_quoted_words_is_a_cue() -> None:
    text = (
        "The ferry trust’s chair, Winnifred Ostergaard-Lyle, paid tribute to the retiring pilot’s “forty winters "
        "without a scrape” and said the estuary was “safer because of him”.\n\n"
        "At the civic dinner, Tobiah Ferncastle paid tribute to his deputy as “the steadiest pair of hands "
        "in the county”."
    )
    assert direct_speaker_of(text, "forty winters without a scrape") == "Winnifred Ostergaard-Lyle"
    assert direct_speaker_of(text, "safer because of him") == "Winnifred Ostergaard-Lyle"
    assert direct_speaker_of(text, "the steadiest pair of hands") == "Tobiah Ferncastle"


def test_two_roles_joined_by_and_before_a_name_after_said_are_that_person() -> None:
    text = (
        "“The weir never floods two winters running,” said her landlord and fishing partner Odalys Fennimore-Quast, "
        "who moored beside her."
    )
    assert direct_speaker_of(text, "weir never floods") == "Odalys Fennimore-Quast"


def test_a_reply_taking_up_the_last_words_and_speaking_to_their_speaker_is_the_other_one_s() -> None:
    text = (
        "Two neighbours on the Pelham Road allotments share a water butt and little else.\n\n"
        "“That marrow grew on my half of the plot,” said Ignatius Wembley-Court, 80.\n\n"
        "“It grew from my seed,” said Hortensia Delacroix-Amu, 79.\n\n"
        "“Your seed grew in my soil, so the marrow stays with me.”"
    )
    assert direct_speaker_of(text, "Your seed grew") == "Ignatius Wembley-Court"
