"""Near misses of the twenty-second session's quote rules: invented news English close to each rule's shape."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, speaker_of


def test_a_short_bare_quotation_after_a_source_named_in_full_goes_on_with_that_source() -> None:
    text = (
        '"We will have the ferry running by spring," said Harbour Master Elin Storbeck.\n\n'
        '"The hull needs more than paint," said marine surveyor Joss Arkwright.\n\n'
        '"Two of the frames are cracked."'
    )
    assert direct_speaker_of(text, "Two of the frames are cracked") == "Joss Arkwright"


def test_a_short_bare_retort_in_a_scene_still_goes_to_the_one_spoken_to() -> None:
    text = (
        "The twins are arguing over the last slice.\n\n"
        '"You had two already," Pim says.\n\n'
        '"I had one," Saskia says.\n\n'
        '"You had two."'
    )
    assert direct_speaker_of(text, "You had two.") == "Pim"


def test_a_named_speaker_inside_a_chain_of_he_sentences_does_not_take_the_chain_s_quote() -> None:
    text = (
        "Mayor Teodor Vasko opened the new depot on Thursday. He praised Councillor Emil Rask, who called the "
        'project "overdue". He promised two more depots by 2030.\n\n'
        '"This is only the first," he said.'
    )
    assert direct_speaker_of(text, "This is only the first") == "Mayor Teodor Vasko"


def test_plural_side_takers_before_of_speak_not_the_one_named_after() -> None:
    text = 'Supporters of Councillor Wenna Trask said the vote was "a stitch-up".'
    assert direct_speaker_of(text, "a stitch-up") == "Supporters of Councillor Wenna Trask"


def test_a_possessive_with_plural_allies_keeps_its_reading() -> None:
    text = 'Some of Councillor Wenna Trask\'s oldest allies said the vote was "a stitch-up".'
    assert direct_speaker_of(text, "a stitch-up") == "Some of Councillor Wenna Trask's oldest allies"


def test_a_fragment_in_a_relative_after_a_summing_up_noun_is_the_relative_s_speaker() -> None:
    text = 'Harbour officials said the slipway would shut, a decision which fishermen called "daft and hasty".'
    assert direct_speaker_of(text, "daft and hasty") == "fishermen"


def test_a_fragment_after_a_summing_up_noun_and_a_pronoun_stays_with_the_reporter() -> None:
    text = 'Harbour officials said the slipway would shut, a decision which they called "sad but needed".'
    assert direct_speaker_of(text, "sad but needed") == "Harbour officials"


def test_a_short_bare_quotation_after_two_sources_named_by_surname_goes_on_when_no_one_talks_to_anyone() -> None:
    text = (
        '"Every pump was running by dawn," Okonjo said.\n\n'
        '"The council ignored the forecasts," Brierley said.\n\n'
        '"We warned them in March."'
    )
    assert direct_speaker_of(text, "We warned them in March") == "Brierley"


def test_a_man_whose_words_go_on_with_he_added_is_no_company() -> None:
    text = (
        '"We got the timing wrong," Alaric Pennock said. "The fault is ours," he added.\n\n'
        "The company said it would refund every ticket."
    )
    assert speaker_of(text, "it would refund every ticket") == "company"
