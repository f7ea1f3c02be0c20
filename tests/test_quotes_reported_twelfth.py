"""Reported speech, twelfth session: the speaker of a verb of speech in a relative clause on a noun phrase that is
not the sentence's subject ('..., a young deckhand, who said A', 'NAME, the head of the board, who said A',
'harbour workers who say A'). Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "The last word was from a young deckhand, who said the ferry was late.",
            "young deckhand",
            "the ferry was late",
        ),
        (
            "The plan was backed by Dana Pike, the head of the harbour board, who said the boats were ready.",
            "Dana Pike",
            "the boats were ready",
        ),
        (
            "It was written by Dana Pike, a novelist from Kelby, who said the book took ten years.",
            "Dana Pike",
            "the book took ten years",
        ),
        (
            "The council faced anger from anglers and harbour workers who say the quota is too low.",
            "harbour workers",
            "the quota is too low",
        ),
    ],
)
def test_a_relative_clause_on_an_object_names_its_antecedent(sentence: str, speaker: str, clause: str) -> None:
    assert reported(sentence) == [(speaker, clause)]


def test_the_one_told_is_not_the_speaker_of_a_relative_clause() -> None:
    sentence = "Dana Pike told a young man who suggested that the ferry was late that the boat would wait."
    assert all(speaker != "young man" for speaker, _ in reported(sentence))


def test_a_noun_after_a_preposition_in_a_description_is_not_who_spoke() -> None:
    sentence = '"No," said one captain familiar with the talks, who added that the board seemed tired.'
    assert all(speaker != "talks" for speaker, _ in reported(sentence))


def test_a_relative_clause_inside_a_reported_clause_leaves_it_whole() -> None:
    sentence = "Dana Pike said she had a source who told her the ferry was late."
    assert reported(sentence)[0] == ("Dana Pike", "she had a source who told her the ferry was late")


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour, which the mayor visited in May, was closed for a week.",
        "The captain who won the race thanked the crew of the ferry.",
        "The ferry carried a young deckhand, who waved at the crowd on the pier.",
        "Anglers and harbour workers who fish at night asked for brighter lamps.",
    ],
)
def test_relative_clauses_without_speech_report_nothing(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Six in 10 harbour workers said the quota is too low.", "Six in 10 harbour workers"),
        ("Six in 10 Kelbians say that the quota is too low.", "Six in 10 Kelbians"),
        ("Nearly half of Kelbians say the quota is too low.", "Nearly half of Kelbians"),
    ],
)
def test_a_share_of_people_polled_is_the_whole_phrase(sentence: str, speaker: str) -> None:
    assert reported(sentence) == [(speaker, "the quota is too low")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Both men claimed that the quota was too low.", "Both men"),
        ("Most of the senators said the quota was too low.", "Most of the senators"),
    ],
)
def test_a_quantified_group_of_people_speaks(sentence: str, speaker: str) -> None:
    assert reported(sentence) == [(speaker, "the quota was too low")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The walk was the third time Dana Pike said the quota was too low.", "Dana Pike"),
        ("A third source said the quota was too low.", "source"),
    ],
)
def test_an_ordinal_is_no_share(sentence: str, speaker: str) -> None:
    assert reported(sentence) == [(speaker, "the quota was too low")]


@pytest.mark.parametrize(
    "sentence",
    ["Both said the quota was too low.", "Most of the money said little about the quota."],
)
def test_a_quantifier_alone_or_before_things_is_no_group(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Pike, who calls the new pier a “folly,” said the board should wait.",
        'Dana Pike, who called the pier "a folly", said the board should wait.',
        'Dana Pike, the "harbour queen," said the board should wait.',
        "Dana Pike, host of the radio show “Harbour Hour,” suggested the board should wait.",
        'Dana Pike - who once vowed to "sink" the ferry - said the board should wait.',
        'Dana Pike, citing "the pull of the sea," said the board should wait.',
    ],
)
def test_a_quotation_inside_an_inserted_phrase_leaves_the_name_before_it(sentence: str) -> None:
    assert reported(sentence) == [("Dana Pike", "the board should wait")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The title of the show, “Harbour Hour,” said little about the tides.",
        "The ferry, known as “the Slug,” announced its last trip.",
        'The word "folly," said Dana Pike, was too strong.',
    ],
)
def test_a_quoted_insertion_after_a_thing_names_no_speaker(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "According to Dana Pike, a harbour pilot, the channel is silting up.",
        "According to Dana Pike, writing in the Kelby Gazette, the channel is silting up.",
        "In addition, according to Dana Pike, a retired harbour pilot, the channel is silting up.",
    ],
)
def test_an_appositive_after_the_source_of_according_to_is_not_what_was_said(sentence: str) -> None:
    assert reported(sentence) == [("Dana Pike", "the channel is silting up")]


@pytest.mark.parametrize(
    "clause",
    ["the channel, which is silting up, will close", "the channel, the widest in the port, is silting up"],
)
def test_a_subject_with_its_own_aside_after_according_to_stays_whole(clause: str) -> None:
    assert reported(f"According to Dana Pike, {clause}.") == [("Dana Pike", clause)]


def test_a_coordinated_predicate_after_according_to_is_no_clause_of_the_source() -> None:
    sentence = (
        'The gale put the fleet "through the wringer," according to the harbour master in a report, and has delayed'
        " the regatta."
    )
    assert all(not text.startswith("and ") for _, text in reported(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour workers who said the bridge was safe voted for the plan.",
        "Only the workers who said the bridge was safe were paid.",
        "Turnout was high, and the workers who said the bridge mattered backed the plan.",
    ],
)
def test_a_relative_clause_in_the_sentence_s_subject_reports_nothing(sentence: str) -> None:
    assert reported(sentence) == []


def test_the_verb_before_a_plural_of_people_is_not_part_of_the_speaker() -> None:
    sentence = "The council met harbour workers who said the bridge was safe."
    assert reported(sentence) == [("harbour workers", "the bridge was safe")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        ("The mayor rejected the survey that said the bridge was unsafe.", "survey", "the bridge was unsafe"),
        (
            "The harbour board posted a notice that said the ferry would skip Sunday.",
            "notice",
            "the ferry would skip Sunday",
        ),
        ("She quoted the audit, which concluded that the fares were too high.", "audit", "the fares were too high"),
        ("Ann Bell wrote a book that argued the bridge was unsafe.", "book", "the bridge was unsafe"),
    ],
)
def test_a_document_named_by_the_object_speaks_in_its_relative_clause(sentence: str, speaker: str, clause: str) -> None:
    assert reported(sentence) == [(speaker, clause)]


def test_a_book_that_argued_is_not_the_writer_s_clause() -> None:
    assert all(
        not text.startswith("a book") for _, text in reported("Ann Bell wrote a book that argued the pier was unsafe.")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The survey that said the bridge was unsafe was never sent.",
        "The audit, which concluded that the fares were too high, was published in May.",
        "Dana Pike argued the study that warned of floods was ignored.",
    ],
)
def test_a_document_in_the_subject_or_without_a_clause_of_its_own_is_no_speaker(sentence: str) -> None:
    assert all(speaker not in ("survey", "audit", "study") for speaker, _ in reported(sentence))


def test_a_report_after_an_article_is_a_noun_not_a_cue() -> None:
    assert all(
        not speaker.startswith("mayor")
        for speaker, _ in reported("The mayor rejected the report that said the pier was unsafe.")
    )


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "The skipper argued the divers who claimed they saw a wreck had lied.",
            "skipper",
            "the divers who claimed they saw a wreck had lied",
        ),
        (
            "Dana Pike insisted the survey that claimed the pier was safe was badly made.",
            "Dana Pike",
            "the survey that claimed the pier was safe was badly made",
        ),
    ],
)
def test_after_a_verb_taking_a_clause_the_object_with_a_speaking_relative_is_its_subject(
    sentence: str, speaker: str, clause: str
) -> None:
    assert reported(sentence) == [(speaker, clause)]


def test_an_object_whose_relative_verb_reports_no_clause_stays_in_the_clause() -> None:
    sentence = "Dana Pike argued the study that warned of floods was ignored."
    assert reported(sentence) == [("Dana Pike", "the study that warned of floods was ignored")]


def test_it_and_a_past_in_ed_open_a_clause_before_a_preposition() -> None:
    assert reported("Dana Pike admitted it happened in July.") == [("Dana Pike", "it happened in July")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Pike noted it in passing.",
        "The harbour police reported it stolen to the insurers.",
        "A courier reported it damaged on arrival at the depot.",
        "The skipper found it flooded in the morning.",
    ],
)
def test_it_as_an_object_opens_no_clause(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    "tail",
    [
        "but declined to name the new captain",
        "but would not say when",
        "and did not identify the buyer",
        "and asked whether the fares would rise",
        "but questioned why the council had waited",
    ],
)
def test_the_speaker_declining_to_say_more_or_asking_ends_the_clause(tail: str) -> None:
    assert reported(f"Dana Pike said the ferry will run all winter {tail}.") == [
        ("Dana Pike", "the ferry will run all winter")
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "the skipper posed a danger and refused to drop anchor",
        "the skipper was not arrested and did not have a permit",
        "the ferry was late, and would not reach Kelby before dark",
        "the skipper lied to the coastguard and refused to explain where the cargo went",
        "the driver got out of the van and asked why the police had stopped him",
        "the owner sold the boat and did not disclose the damage",
    ],
)
def test_a_coordinated_predicate_of_what_was_said_stays_in_the_clause(clause: str) -> None:
    assert reported(f"Dana Pike said {clause}.") == [("Dana Pike", clause)]


@pytest.mark.parametrize(
    "gloss",
    [
        "reflecting the mood of the harbour",
        "echoing the mayor's warning",
        "throwing the race wide open",
        "citing the cost of fuel",
    ],
)
def test_a_participle_glossing_the_statement_ends_the_clause(gloss: str) -> None:
    assert reported(f"Dana Pike said the ferry will run all winter, {gloss}.") == [
        ("Dana Pike", "the ferry will run all winter")
    ]


@pytest.mark.parametrize(
    "tail",
    [
        "leaving the pier empty",
        "bringing more visitors to Kelby",
    ],
)
def test_a_participle_of_what_was_said_stays_in_the_clause(tail: str) -> None:
    assert reported(f"Dana Pike said the ferry will stop in May, {tail}.") == [
        ("Dana Pike", f"the ferry will stop in May, {tail}")
    ]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Dana Pike backed the old ferry but has since said the route needs a new boat.", "the route needs a new boat"),
        ("Dana Pike explained through a spokesman that she had wanted to help.", "she had wanted to help"),
        (
            "Dana Pike urged “patience,” before cheerfully predicting that the vote would heal the town.",
            "the vote would heal the town",
        ),
    ],
)
def test_small_gaps_between_speaker_verb_and_clause(sentence: str, clause: str) -> None:
    assert reported(sentence) == [("Dana Pike", clause)]


def test_then_before_a_verb_of_speech_still_coordinates() -> None:
    sentence = "Dana Pike thanked the crew, then said the ferry would sail at dawn."
    assert reported(sentence) == [("Dana Pike", "the ferry would sail at dawn")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The band played “Harbour Lights,” before leaving the pier at dusk.",
        "Dana Pike sailed through a storm that nearly sank the ferry.",
        "Since the vote, the council has met twice.",
    ],
)
def test_small_gaps_without_speech_report_nothing(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Friends and former rivals say the skipper is the right choice.", "Friends and former rivals"),
        ("Her advisers and allies say the skipper is the right choice.", "Her advisers and allies"),
    ],
)
def test_two_plurals_of_people_joined_by_and_speak_as_a_group(sentence: str, speaker: str) -> None:
    assert reported(sentence) == [(speaker, "the skipper is the right choice")]


@pytest.mark.parametrize(
    "sentence",
    ["Boats and nets say little about the harbour.", "His boats and nets say little about the harbour."],
)
def test_two_plurals_of_things_are_no_speakers(sentence: str) -> None:
    assert reported(sentence) == []


def test_a_name_and_others_still_speak() -> None:
    assert reported("Dana Pike and others said the skipper is the right choice.") == [
        ("Dana Pike and others", "the skipper is the right choice")
    ]


@pytest.mark.parametrize(
    "tail",
    [
        "throwing two deckhands into the sea",
        "pointing its bow at the harbour wall",
        "putting the winter timetable at risk",
    ],
)
def test_a_participle_of_a_deed_after_a_past_event_stays_in_the_clause(tail: str) -> None:
    assert reported(f"Dana Pike said the ferry struck the pier in May, {tail}.") == [
        ("Dana Pike", f"the ferry struck the pier in May, {tail}")
    ]


def test_an_adjective_in_ed_is_no_past_tense_of_the_clause() -> None:
    assert reported("Dana Pike said the increased fares are hurting trade, pointing to the empty seats.") == [
        ("Dana Pike", "the increased fares are hurting trade")
    ]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "According to the coastguard, a diver, two deckhands and the skipper were rescued.",
            "a diver, two deckhands and the skipper were rescued",
        ),
        (
            "According to the harbour board, spending on fuel, the largest cost of the ferry, rose by a third.",
            "spending on fuel, the largest cost of the ferry, rose by a third",
        ),
    ],
)
def test_a_list_or_a_subject_with_its_aside_after_according_to_is_no_appositive(sentence: str, clause: str) -> None:
    assert [text for _, text in reported(sentence)] == [clause]
