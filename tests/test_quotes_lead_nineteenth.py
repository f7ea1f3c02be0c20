"""The nineteenth session's quote classes (issue 15), each from invented sentences."""

from __future__ import annotations

import pytest

from tests.quote_support import direct_speaker_of, quotes_of


def test_an_honorific_without_a_full_stop_names_the_person_a_pronoun_refers_to() -> None:
    """British and Irish style writes 'Mr Ostrowe' where American style writes 'Mr. Ostrowe': both name a person
    whom a later 'he' or 'she' can refer to."""
    text = 'Mr Ostrowe shrugged at the ferry timetable. "Nobody reads these any more," he said.'
    assert direct_speaker_of(text, "Nobody reads") == "Mr Ostrowe"
    text = 'Mrs Delacey kept the shop open until nine. "The regulars expect it," she said.'
    assert direct_speaker_of(text, "regulars expect") == "Mrs Delacey"
    text = 'Ms Varga paused over the ledger for a while.\n\n"Two of these invoices were never paid," she said.'
    assert direct_speaker_of(text, "invoices were never") == "Ms Varga"


def test_a_doctors_or_professors_title_before_a_surname_names_a_person() -> None:
    text = 'Dr Fennimore studied the scan again. "It is smaller than in March," she said.'
    assert direct_speaker_of(text, "smaller than in March") == "Dr Fennimore"
    text = 'Professor Tallis waved the draft away. "Too timid by half," he said.'
    assert direct_speaker_of(text, "Too timid") == "Professor Tallis"


def test_the_honorific_still_tells_the_pronoun_its_sex() -> None:
    """'Mr Ostrowe' is no antecedent of 'she': the quote goes to the woman named before him."""
    text = 'Greta Linnane met Mr Ostrowe at the quay. "We leave at six," she said.'
    assert direct_speaker_of(text, "We leave at six") == "Greta Linnane"


def test_a_title_without_a_full_stop_is_the_person_named_in_full_before() -> None:
    text = (
        "Dr Lena Ostrowe, who chairs the inquiry, opened the session.\n\n"
        'Later Dr Ostrowe leaned back. "We have heard enough for one day," she said.'
    )
    speaker = direct_speaker_of(text, "heard enough")
    assert speaker in ("Lena Ostrowe", "Dr Lena Ostrowe")  # the person named in full, with or without her title


def test_a_name_before_of_the_plain_words_of_a_place_is_the_speaker() -> None:
    """'NAME of the fishing community of PLACE said': the place after the second 'of' is no speaker (the plain
    words between stopped the walk back to the name)."""
    text = "Osric Penhale of the small boatbuilding community of Tern Haven said nobody had asked them."
    assert quotes_of(text) == [("indirect", "Osric Penhale", "nobody had asked them")]
    text = 'Tamsin Kimsey of the Gaelic choir of Port Ellery said: "We sing whatever the weather."'
    assert direct_speaker_of(text, "whatever the weather") == "Tamsin Kimsey"


def test_a_group_before_of_a_place_keeps_its_words() -> None:
    text = "Tenants of the new estate of Marl Cross said the repairs had never come."
    assert quotes_of(text)[0][:2] == ("indirect", "Tenants of the new estate of Marl Cross")


def test_a_word_of_speech_in_s_before_an_auxiliary_is_a_plural_noun_not_a_verb() -> None:
    """'Fresh promises had come to nothing': 'promises' heads the subject, so 'Fresh' is no speaker, and the
    'she' of the trailing cue is the woman named before."""
    text = "Marisol Quent toured the flooded farms on Friday. Fresh promises had come to nothing, she said."
    assert quotes_of(text) == [("indirect", "Marisol Quent", "Fresh promises had come to nothing")]
    text = "Daveth Penrose walked out of the inquiry. Earlier warnings were brushed aside by the trust, he said."
    assert quotes_of(text)[0][:2] == ("indirect", "Daveth Penrose")


def test_a_verb_of_speech_in_s_before_its_clause_still_reports() -> None:
    text = "Marisol Quent warns the harbour will flood by 2040."
    assert quotes_of(text) == [("indirect", "Marisol Quent", "the harbour will flood by 2040")]


def test_who_after_an_age_and_an_appositive_is_the_person_named() -> None:
    text = "A letter came from Wilma Ostrander, 66, a lock keeper from Penwyth, who said the sluice gates leaked."
    assert quotes_of(text) == [("indirect", "Wilma Ostrander", "the sluice gates leaked")]


def test_who_after_two_joined_descriptions_is_the_person_named() -> None:
    text = (
        "The loudest voice belonged to Bram Ellery, a beekeeper and the village's only vet, who told the council "
        "that the spraying must stop."
    )
    assert quotes_of(text)[0][:2] == ("indirect", "Bram Ellery")


def test_who_after_a_second_name_joined_by_and_is_that_name() -> None:
    text = "It was backed by Ola Brandt, the mayor, and Piet Loxley, who said the harbour must stay open."
    assert quotes_of(text)[0][:2] == ("indirect", "Piet Loxley")


@pytest.mark.parametrize("role", ["chief forecaster", "senior epidemiologist", "resident chaplain", "lead geologist"])
def test_a_role_of_science_media_or_church_before_a_name_between_commas(role: str) -> None:
    text = f'The observatory\'s {role}, Hallam Rusk, said: "Expect the worst of it by Thursday."'
    assert direct_speaker_of(text, "worst of it") == "Hallam Rusk"


def test_a_subject_lengthened_by_amounts_still_opens_a_reported_clause() -> None:
    text = "Ostwin Foods said growers with some 60 per cent of the 2029 harvest contracts had signed up."
    assert quotes_of(text) == [
        ("indirect", "Ostwin Foods", "growers with some 60 per cent of the 2029 harvest contracts had signed up")
    ]


def test_a_filing_introduced_as_the_companys_medium_is_the_company_later() -> None:
    text = (
        "Ostwin Foods answered the regulator in a filing on Monday, and said its bankers would wait. "
        'It would "fight the fine all the way", the filing said.'
    )
    assert direct_speaker_of(text, "fight the fine") == "Ostwin Foods"


def test_an_amount_in_a_noun_phrase_with_a_relative_clause_makes_no_clause() -> None:
    text = "Ilse Brant recalled a rumour from the 1998 mayoral race that the harbour master had been bribed."
    assert quotes_of(text) == []


def test_an_office_named_by_a_list_then_the_name_between_commas_is_the_speaker() -> None:
    """'The Minister of Health, Science and Innovation, NAME, said': the commas of the office's own list are no
    appositive ('Science and Innovation' was taken for the speaker)."""
    text = "The Secretary for Fisheries, Forestry and Water, Dr Ilse Marangoni, said the quotas would be cut."
    assert quotes_of(text) == [("indirect", "Dr Ilse Marangoni", "the quotas would be cut")]


@pytest.mark.parametrize("verb", ["appealed to", "encouraged"])
def test_a_verb_of_urging_before_a_quoted_infinitive_gives_the_words_to_its_subject(verb: str) -> None:
    text = f"Brisa Calloway {verb} voters to “read the small print before Friday”."
    assert direct_speaker_of(text, "small print") == "Brisa Calloway"


def test_words_named_as_words_are_no_ones_speech() -> None:
    text = 'Ivo Brandt says he has never used the term "toll cartel" in public. "That is their label," he said.'
    assert [q for _, _, q in quotes_of(text) if q.split()[-1] == "cartel"] == []
    assert direct_speaker_of(text, "their label") == "Ivo Brandt"
    text = 'The word "resilience" appears 41 times in the council\'s plan, Tom Garrow noted.'
    assert [k for k, _, q in quotes_of(text) if q == "resilience"] == []


def test_words_someone_is_said_to_use_stay_theirs() -> None:
    text = 'Ivo Brandt used the phrase "a new dawn for the valley" three times in his speech.'
    assert direct_speaker_of(text, "new dawn") == "Ivo Brandt"
