"""Who spoke in features (invented text): a pronoun chain's own person, named again inside it, is no one else."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_a_chain_pronoun_naming_its_own_person_again_keeps_that_person() -> None:
    text = (
        "Ingrid Vasquez-Holm, 51, has run the Tarnley library chess club for nine winters.\n\n"
        "‘She sees the whole board at once,’ said its treasurer, Pieter Oduya-Lind.\n\n"
        "Vasquez-Holm lost the county final in March to the Norwegian Solveig Aamodt-Berg. "
        "She now teaches beginners on Tuesdays, where the pupils simply call her Ingrid.\n\n"
        "Questioned about a rematch, she shrugged. ‘My knight still remembers the way,’ she said."
    )
    assert direct_speaker_of(text, "My knight still") == "Ingrid Vasquez-Holm"


def test_a_name_ending_in_a_street_word_is_a_place_not_a_pronoun_s_person() -> None:
    text = (
        "Cornelius Abernethy-Roe, who died in June at 93, repaired the organs of half the county's chapels.\n\n"
        "Brought up behind a chandler's shop on Tidewell Lane, he was apprenticed at twelve to a piano tuner. "
        "The work was mostly carrying, a trade he later dubbed ‘lifting other people’s music’."
    )
    assert direct_speaker_of(text, "lifting other people") == "Cornelius Abernethy-Roe"


def test_a_restrictive_who_on_a_description_apposed_to_a_name_is_that_person() -> None:
    text = (
        "Parishioners in Ellowby have elected Rosalind Tegwen-Ashe to chair the restoration fund.\n\n"
        "Ms Tegwen-Ashe, an accountant who pledged in her leaflet to “mend the spire before the bells”, took 212 of "
        "the 300 votes cast."
    )
    assert direct_speaker_of(text, "mend the spire") == "Rosalind Tegwen-Ashe"


def test_a_name_in_a_fronted_clause_naming_the_asker_is_not_the_pronoun_s_person() -> None:
    text = (
        "Rowing coach Henrike Vasquez-Moor told the club's annual meeting that the boathouse roof still leaked.\n\n"
        "“We bail out the eight before every outing,” Ms Vasquez-Moor said.\n\n"
        "Pressed by the club's treasurer, Miriam Ashcombe-Rhys, whether she meant to coach another season, "
        "she said that new oars were already on order.\n\n"
        "“Nobody orders oars they do not mean to use,” she said."
    )
    assert direct_speaker_of(text, "Nobody orders oars") == "Henrike Vasquez-Moor"


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
        "Mud swallowed half the parking field of the Fenwold folk festival, and the stewards stayed until dawn.\n\n"
        "Its director, Ysolde Marchetti-Brough, paid tribute to the stewards’ “patience in ankle-deep mud” and "
        "called the clean-up “a small miracle”.\n\n"
        "At the closing ceilidh, Osric Penhallow-Dyer pays tribute to his fiddler as “the only metronome that "
        "drinks cider”."
    )
    assert direct_speaker_of(text, "patience in ankle-deep mud") == "Ysolde Marchetti-Brough"
    assert direct_speaker_of(text, "a small miracle") == "Ysolde Marchetti-Brough"
    assert direct_speaker_of(text, "the only metronome") == "Osric Penhallow-Dyer"


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
