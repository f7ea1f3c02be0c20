"""Direct quotes given to the wrong speaker (issue 15, eighteenth session): each test an invented sentence of a class
of English where a quotation was credited to someone other than the person whose words it is."""

from __future__ import annotations

import pytest

from tests.quote_support import direct_speaker_of as speaker_of
from tests.quote_support import quotes_of


def test_fragment_in_earlier_clause_keeps_its_speaker_before_a_later_attribution() -> None:
    text = (
        'Nadia Ferreira said on Tuesday that the tram depot was "a monument to delay," and Colm Bright said he agreed.'
    )
    assert speaker_of(text, "a monument to delay") == "Nadia Ferreira"


def test_fragment_in_fronted_clause_is_not_the_main_clause_speakers() -> None:
    text = (
        'Once Nadia Ferreira had told the board the tram depot was "a monument to delay," Colm Bright replied: '
        '"Then we will build it faster."'
    )
    assert speaker_of(text, "a monument to delay") == "Nadia Ferreira"
    assert speaker_of(text, "build it faster") == "Colm Bright"


def test_relaying_attribution_after_a_fragment_yields_to_the_clause_speaker() -> None:
    text = 'Nadia Ferreira said the tram depot was "a monument to delay," the transit office said in a note.'
    assert speaker_of(text, "a monument to delay") == "Nadia Ferreira"


def test_as_x_said_after_a_fragment_still_names_the_speaker() -> None:
    text = (
        'Owen Tate said the marchers wore shirts printed with the words "Not one more tree," as Lidia Moran, '
        "kneeling by the river, said before the vote."
    )
    assert speaker_of(text, "Not one more tree") == "Lidia Moran"


def test_subject_of_a_subordinate_clause_says_the_fragment_inside_it() -> None:
    text = 'Ida Marsh resigned from the trust once the harbour master declared the old canal "beyond saving."'
    assert speaker_of(text, "beyond saving") == "harbour master"


def test_fragment_after_a_subordinate_subject_is_not_the_sentence_subjects() -> None:
    text = (
        "The minister apologised to the committee because a skipper in Port Ardle, Mayo, wrote that the quota was "
        '"a death sentence" for islands.'
    )
    assert speaker_of(text, "a death sentence") is None


def test_fragment_in_a_while_clause_is_not_the_sentence_subjects() -> None:
    text = (
        "The council voted to shut the reading room, although its librarian, Ada Quist, had urged that they "
        '"keep the atlases for the school."'
    )
    assert speaker_of(text, "keep the atlases") == "Ada Quist"  # not the council's: the librarian's, named


def test_names_with_bracketed_tags_joined_by_and_speak_together() -> None:
    text = 'Sen. Ada Quist (D-Vt.) and Sen. Colm Bright (D-Ore.) said the levy was "a tax on winter."'
    assert speaker_of(text, "a tax on winter") == "Sen. Ada Quist and Sen. Colm Bright"


def test_a_list_of_tagged_names_speaks_together() -> None:
    text = (
        "Rep. Ada Quist (D-Vt.), Rep. Colm Bright (R-Ohio) and Rep. Tom Reyes wrote that the levy was "
        '"a tax on winter."'
    )
    assert speaker_of(text, "a tax on winter") == "Rep. Ada Quist, Rep. Colm Bright and Rep. Tom Reyes"


def test_object_of_told_ending_in_a_long_name_is_not_the_clause() -> None:
    text = "In a letter, the ferry company told longtime Kelby council member Ida Marsh that the route would close."
    assert ("indirect", "ferry company", "the route would close") in quotes_of(text)


def test_someone_talking_with_an_outlet_is_the_speaker() -> None:
    text = (
        "Asked about the storm, a lifeboat volunteer speaking to Kelby Radio described the night as "
        '"the worst in memory."'
    )
    assert speaker_of(text, "the worst in memory") == "lifeboat volunteer"


def test_a_clause_about_nothing_said_is_no_speaker_phrase() -> None:
    text = 'Whatever the minister announced "comes too late for the island," the skipper warned.'
    assert speaker_of(text, "comes too late") == "skipper"


def test_words_called_out_in_an_opening_clause_are_its_subjects() -> None:
    text = 'Once a man on the pier shouted, "Cast off," the skipper nodded and said nothing more.'
    assert speaker_of(text, "Cast off") == "man on the pier"


def test_one_of_a_group_is_named_with_its_share_word() -> None:
    assert speaker_of('"Louder," one of the fans yelled.', "Louder") == "one of the fans"


def test_a_pair_with_a_relative_clause_after_the_first_speaks_together() -> None:
    text = 'Ada Quist, who chairs the ferry board, and Colm Bright wrote that the timetable was "a fantasy."'
    assert speaker_of(text, "a fantasy") == "Ada Quist and Colm Bright"


def test_a_fragment_in_a_named_claims_content_is_the_claimants() -> None:
    assert (
        speaker_of('Ada Quist mocked Colm Bright\'s claim that the ferry "runs on time."', "runs on time")
        == "Colm Bright"
    )


def test_a_verdict_on_a_named_claim_stays_the_speakers() -> None:
    text = 'Ada Quist said that Colm Bright\'s claim that the ferry runs on time is "pure fiction."'
    assert speaker_of(text, "pure fiction") == "Ada Quist"


def test_a_verb_inside_a_closed_relative_clause_is_no_cue() -> None:
    text = (
        "Bo Tennant stood by his charge that the crews, whom the minister praised at the launch, had been "
        '"treated like cargo" for years.'
    )
    assert speaker_of(text, "treated like cargo") == "Bo Tennant"


def test_a_relative_clause_introducing_the_quotation_still_names_its_speaker() -> None:
    text = 'Among the guests was Colm Bright, who said of the new pier, "It will outlast us all."'
    assert speaker_of(text, "outlast us all") == "Colm Bright"


def test_an_asker_named_after_an_outlet_and_a_job() -> None:
    text = (
        "At the hustings on Friday, Ida Marsh was asked by Kelby Radio presenter Bo Tennant if the toll would "
        '"drive the farmers out."'
    )
    assert speaker_of(text, "drive the farmers out") == "Bo Tennant"


def test_a_named_answer_given_with_was_that_is_the_answerers() -> None:
    text = 'Pressed on the toll, Ida Marsh\'s reply was that "the sums add up" and nothing more.'
    assert speaker_of(text, "the sums add up") == "Ida Marsh"


def test_a_pronoun_after_a_sentence_takes_its_subject_not_a_person_met_inside_it() -> None:
    text = (
        "Ida Marsh wrote a long letter to the paper on Monday about Nora Tennant and her plans.\n\n"
        "Ms. Tennant has chaired the board since Ms. Marsh left it in 2019. "
        '"I will not give up," she told the Gazette.'
    )
    speaker = speaker_of(text, "I will not give up")
    assert speaker is not None and speaker.endswith("Tennant")


def test_a_quotation_after_a_participle_is_not_inverted_with_the_said_after_it() -> None:
    text = 'Ida Marsh, quoting "the harbour rules of 1922," told the board the toll was unlawful.'
    assert speaker_of(text, "the harbour rules of 1922") == "Ida Marsh"


def test_a_fragment_in_a_new_clause_after_a_coordinator_is_not_the_first_subjects() -> None:
    text = (
        'Ida Marsh said a few words of welcome, and when the treasurer began on "the usual figures," half the hall '
        "dozed."
    )
    assert speaker_of(text, "the usual figures") is None


def test_words_brought_in_by_with_after_a_verb_of_speech_are_its_subjects() -> None:
    text = 'Ida Marsh retorted at once with, "About time!" Bo Tennant told the hall, "Someone must pay."'
    assert speaker_of(text, "About time") == "Ida Marsh"
    assert speaker_of(text, "Someone must pay") == "Bo Tennant"


def test_a_new_speaker_taking_the_turn_after_an_attribution_says_the_next_quotation() -> None:
    text = (
        'At the quay Lidia Moran pointed at the empty berths. "Gone before dawn," she told us, but her nephew Ivo '
        'Saldana jumped in. "They always go when the wind turns, every single year."'
    )
    assert speaker_of(text, "Gone before dawn") == "Lidia Moran"
    assert speaker_of(text, "wind turns") == "Ivo Saldana"


def test_a_short_sentence_of_taking_the_turn_introduces_the_next_quotation() -> None:
    text = '"We kept the lamps lit all night," Tove Brandt said. Her cousin Remi Okafor piped up. "Two of them."'
    assert speaker_of(text, "Two of them") == "Remi Okafor"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('It was something "nobody expected," said Nell Farrow, the harbour master.', "nobody expected"),
        ('By Monday morning "the whole town was out," said Nell Farrow.', "the whole town"),
        ('Back in Reading "prices are rising again," said Nell Farrow.', "prices are rising"),
    ],
)
def test_a_word_ending_in_ing_before_a_quotation_is_no_participle(text: str, words: str) -> None:
    """Only a lower-case -ing word set off by a comma ('X, quoting "A," told') keeps the quotation from the 'said X'
    after it: 'something', 'morning' or a place before the quotation does not."""
    assert speaker_of(text, words) == "Nell Farrow"


def test_a_quotation_after_a_comma_and_a_coordinator_is_the_attributions() -> None:
    """', but "A," Y said' opens a clause of its own: the words are Y's, not the earlier reported clause's."""
    text = 'Ida Marsh said the plan was fine, but "it must be funded," Bo Tennant said.'
    assert speaker_of(text, "it must be funded") == "Bo Tennant"


def test_a_judgment_of_a_named_answer_stays_the_speakers() -> None:
    """Only 'NAME's answer was that "A"' gives the answer's words: 'the minister's response was "B"' after a verb of
    speech is the speaker's judgment of it."""
    assert speaker_of('Ida Marsh said the minister\'s response was "pathetic."', "pathetic") == "Ida Marsh"


def test_a_pronoun_after_a_titled_name_with_a_tag_opening_its_sentence_is_that_name() -> None:
    text = (
        "Ivo Saldana sold tide tables to the harbour board for years. Councillor Nadia Ferreira (Lab.) waved a sheaf "
        'of them at him; "wrong, every one," she said.'
    )
    assert speaker_of(text, "every one") == "Nadia Ferreira"


def test_a_quotation_after_a_colon_then_a_participle_phrase_is_the_main_subjects() -> None:
    text = (
        "Ivo Saldana wanted the crossings cut. Nadia Ferreira did not hold back at the meeting: "
        '"Then the town runs the boats itself," slamming the minute book shut.'
    )
    assert speaker_of(text, "runs the boats itself") == "Nadia Ferreira"
    text = (
        'Though Ivo Saldana had warned of losses, the skipper was defiant at the meeting: "We sail in January," '
        "banging the table."
    )
    assert speaker_of(text, "We sail in January") == "skipper"


def test_a_question_put_to_someone_before_he_answered_is_not_his() -> None:
    text = (
        'Tomas Brede kept the lamp for thirty winters. Brede got the obvious question, "Was the lamp ever dark on '
        'your watch?" He responded, "Never, not once."'
    )
    assert speaker_of(text, "ever dark") is None
    assert speaker_of(text, "Never, not once") == "Tomas Brede"


def test_the_answer_after_a_lone_question_is_the_one_answering() -> None:
    text = 'The ferry sailed at last. "Will it run all winter?" Ada Quist replied: "Only if the ice allows."'
    assert speaker_of(text, "run all winter") is None
    assert speaker_of(text, "ice allows") == "Ada Quist"


def test_words_after_a_condition_are_not_the_conditions_subjects() -> None:
    """'If anyone asks, "A," X told staff': no one in a condition said A; the attribution after it names the speaker."""
    text = 'If anyone asks, "we are closed for the winter," the manager told her staff.'
    assert speaker_of(text, "closed for the winter") == "manager"


def test_a_question_put_to_the_subject_is_not_ranked_for_the_subject() -> None:
    text = (
        "Ida Marsh ran the port for twenty years. Before the vote on the new breakwater, which had split the town "
        'for months, the retiring harbour master Ida Marsh was asked: "Would you build it again, knowing what it '
        'cost?"'
    )
    assert speaker_of(text, "build it again") is None
