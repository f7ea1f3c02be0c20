"""Direct quotes given to the wrong speaker (issue 15, eighteenth session): each test an invented sentence of a class
of English where a quotation was credited to someone other than the person whose words it is."""

from __future__ import annotations

from tests.quote_support import quotes_of


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the direct quote of ``text`` holding ``words`` (None when there is none)."""
    return next((who for kind, who, quoted in quotes_of(text) if kind == "direct" and words in quoted), None)


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
    text = (
        "Colm Bright lost the vote on Monday after the harbour master had said on Friday that the pier was "
        '"beyond saving."'
    )
    assert speaker_of(text, "beyond saving") == "harbour master"


def test_fragment_after_a_subordinate_subject_is_not_the_sentence_subjects() -> None:
    text = (
        "Tom Reyes is defending the budget after a pensioner from Sligo, Ireland, wrote to him that it was "
        '"a house of cards" for the old.'
    )
    assert speaker_of(text, "a house of cards") is None


def test_fragment_in_a_while_clause_is_not_the_sentence_subjects() -> None:
    text = (
        "Tom Reyes on Monday signed a decree closing the reading room, while Ada Quist, the county librarian, "
        'proposed they "lend the atlases to the school" instead.'
    )
    assert speaker_of(text, "lend the atlases") is None


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
    text = "The harbour master told Gull Bay FM host Nora Vale on Oct. 4 that the ferry would run all winter."
    assert ("indirect", "harbour master", "the ferry would run all winter") in quotes_of(text)


def test_someone_talking_with_an_outlet_is_the_speaker() -> None:
    text = (
        "One ferry captain talking with the Tidewater Gazette warned that the crossing had become "
        '"a gamble every winter."'
    )
    assert speaker_of(text, "a gamble every winter") == "ferry captain"


def test_a_clause_about_nothing_said_is_no_speaker_phrase() -> None:
    text = 'Everything the mayor promised "is already in the budget," Ada Quist told the council on Monday.'
    assert speaker_of(text, "already in the budget") == "Ada Quist"


def test_words_called_out_in_an_opening_clause_are_its_subjects() -> None:
    text = 'When a fan in the second row yelled, "Louder," Pia Moss joked, "I am trying."'
    assert speaker_of(text, "Louder") == "fan in the second row"
    assert speaker_of(text, "I am trying") == "Pia Moss"


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
        'Ada Quist repeated the claim that the dockers, whom the mayor praised in his speech, were "paid like bankers."'
    )
    assert speaker_of(text, "paid like bankers") != "mayor"


def test_a_relative_clause_introducing_the_quotation_still_names_its_speaker() -> None:
    text = 'Among the guests was Colm Bright, who said of the new pier, "It will outlast us all."'
    assert speaker_of(text, "outlast us all") == "Colm Bright"


def test_an_asker_named_after_an_outlet_and_a_job() -> None:
    text = 'Colm Bright was asked by Harbour FM moderator Nora Vale whether the levy would "punish small farms."'
    assert speaker_of(text, "punish small farms") == "Nora Vale"


def test_a_named_answer_given_with_was_that_is_the_answerers() -> None:
    text = 'Ada Quist\'s answer was that "the harbour comes first," and the hall fell silent.'
    assert speaker_of(text, "the harbour comes first") == "Ada Quist"


def test_a_pronoun_after_a_sentence_takes_its_subject_not_a_person_met_inside_it() -> None:
    text = (
        "Ada Quist spoke for an hour about Nora Vale and the harbour trust on Monday.\n\n"
        "Ms. Vale runs the trust, which has criticised Ms. Quist sharply since the flood. "
        '"We will win on appeal," she told the Gazette.'
    )
    speaker = speaker_of(text, "win on appeal")
    assert speaker is not None and speaker.endswith("Vale")


def test_a_quotation_after_a_participle_is_not_inverted_with_the_said_after_it() -> None:
    text = 'Tom Reyes, citing "the sheer joy of sailing," said the mayor could still win the town over.'
    assert speaker_of(text, "the sheer joy of sailing") == "Tom Reyes"


def test_a_fragment_in_a_new_clause_after_a_coordinator_is_not_the_first_subjects() -> None:
    text = (
        "Ada Quist praised the volunteers, but the hall was emptying fast, and as the harbour master droned on "
        'about "record crossings," people reached for their coats.'
    )
    assert speaker_of(text, "record crossings") is None


def test_words_brought_in_by_with_after_a_verb_of_speech_are_its_subjects() -> None:
    text = (
        'Ada Quist replied to the mayor with, "Why now? Why this week?" Colm Bright then wrote back, '
        '"Because the tide waits for no one."'
    )
    assert speaker_of(text, "Why this week") == "Ada Quist"
    assert speaker_of(text, "the tide waits") == "Colm Bright"


def test_a_new_speaker_taking_the_turn_after_an_attribution_says_the_next_quotation() -> None:
    text = (
        'Lidia Moran counted the empty berths at dawn. "The boats left without a word," Moran said, and her '
        'nephew Ivo Saldana cut in. "They always do when the wind turns."'
    )
    assert speaker_of(text, "left without a word") == "Lidia Moran"
    assert speaker_of(text, "wind turns") == "Ivo Saldana"


def test_a_short_sentence_of_taking_the_turn_introduces_the_next_quotation() -> None:
    text = '"We kept the lamps lit all night," Tove Brandt said. Her cousin Remi Okafor piped up. "Two of them."'
    assert speaker_of(text, "Two of them") == "Remi Okafor"
