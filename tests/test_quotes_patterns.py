"""Quote patterns on small texts of our own: one test per rule of the Quotes issue."""

from __future__ import annotations

import pytest

from digest.core.model import Article, Section
from digest.core.quotes import QuoteReport, extract_quotes


def run(*paragraphs: str) -> QuoteReport:
    text = "\n\n".join(paragraphs)
    report = extract_quotes(Article("t", "x", (Section(None, text),)))
    for q in report.quotes:
        assert text[q.start : q.end] == q.text
    return report


def pairs(report: QuoteReport) -> list[tuple[str, str, str]]:
    return [(q.speaker, q.kind, q.text) for q in report.quotes]


@pytest.mark.parametrize(
    "text",
    [
        'Anna Berg said, "We will win the vote."',
        "Anna Berg said: “We will win the vote.”",
        '"We will win the vote," Anna Berg said.',
        "“We will win the vote,” said Anna Berg, a lawyer for the union.",
        "«We will win the vote», Anna Berg said.",
    ],
)
def test_direct_quote_marks_and_verb_positions(text: str) -> None:
    report = run(text)
    assert [(q.speaker, q.kind) for q in report.quotes] == [("Anna Berg", "direct")]
    assert report.quotes[0].text.rstrip(".") == "We will win the vote"


def test_speaker_after_verb_keeps_appositive_role() -> None:
    report = run('"It is over," said Avi Bell, senior fellow at the Kohelet Policy Forum.')
    assert report.quotes[0].speaker == "Avi Bell"


def test_short_attributed_fragment() -> None:
    report = run('Mayor Tom Reed condemned the attack, describing it as "barbaric."')
    assert pairs(report) == [("Mayor Tom Reed", "direct", "barbaric.")]


def test_split_quote_two_quotes_one_speaker() -> None:
    report = run('"We tried," Tom Reed said, "and we failed."')
    assert pairs(report) == [("Tom Reed", "direct", "We tried"), ("Tom Reed", "direct", "and we failed.")]


def test_quote_after_attribution_in_next_sentence() -> None:
    report = run('"We tried," Tom Reed said. "We failed."')
    assert [q.speaker for q in report.quotes] == ["Tom Reed", "Tom Reed"]


def test_multi_paragraph_quote() -> None:
    report = run(
        'Tom Reed said: "The first part of the speech goes on.',
        '"And the second part ends here," he added.',
    )
    assert [q.speaker for q in report.quotes] == ["Tom Reed", "Tom Reed"]
    assert report.quotes[0].text == "The first part of the speech goes on."


def test_paragraph_only_a_quote_keeps_previous_speaker() -> None:
    report = run('"We tried," Tom Reed said.', '"We will try again next year."')
    assert [q.speaker for q in report.quotes] == ["Tom Reed", "Tom Reed"]


def test_unattributed_quote_paragraph_without_previous_speaker_is_dropped() -> None:
    report = run("The weather was fine.", '"We will try again next year."')
    assert report.quotes == []


def test_nested_quote_stays_with_outer_speaker() -> None:
    report = run("“I never said ‘yes’ to that,” Tom Reed said.")
    assert pairs(report) == [("Tom Reed", "direct", "I never said ‘yes’ to that")]


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        ("Tom Reed said that the bridge would reopen in May.", "Tom Reed", "the bridge would reopen in May"),
        ("Tom Reed said the bridge would reopen in May.", "Tom Reed", "the bridge would reopen in May"),
        ("Tom Reed told reporters that the bridge would reopen in May.", "Tom Reed", "the bridge would reopen in May"),
        ("The bridge would reopen in May, according to Tom Reed.", "Tom Reed", "The bridge would reopen in May"),
        ("The bridge would reopen in May, a city official said.", "city official", "The bridge would reopen in May"),
        ("Tom Reed announced that the bridge would reopen in May.", "Tom Reed", "the bridge would reopen in May"),
        ("Tom Reed warned that the bridge would stay closed.", "Tom Reed", "the bridge would stay closed"),
        ("Tom Reed stressed that the bridge would stay closed.", "Tom Reed", "the bridge would stay closed"),
        ("Tom Reed confirmed that the bridge would stay closed.", "Tom Reed", "the bridge would stay closed"),
    ],
)
def test_reported_speech(text: str, speaker: str, clause: str) -> None:
    report = run(text)
    assert [(q.speaker, q.kind, q.text) for q in report.quotes] == [(speaker, "indirect", clause)]


def test_quoted_as_saying_goes_to_the_quoted_person() -> None:
    report = run("The agency quoted Tom Reed as saying that the bridge would reopen in May.")
    assert pairs(report) == [("Tom Reed", "indirect", "the bridge would reopen in May")]


def test_noting_that_belongs_to_the_subject() -> None:
    report = run("Tom Reed blamed the council for the delay, noting that the bridge was old.")
    assert pairs(report) == [("Tom Reed", "indirect", "the bridge was old")]


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    report = run(
        'The so-called "smart" bridge opened on Monday.',
        'She watched the film "Gone with the Wind" again.',
        'The museum is known as the "Blue House" in the city.',
        "Dana Pike hosted an event called “Vote Early Now” on Monday.",
        "Dana Pike praised the film “The Long Road” on Monday.",
    )
    assert report.quotes == []


def test_title_split_from_name_and_surname_merges() -> None:
    report = run(
        'US Secretary of State Mike Pompeo said, "We act now."',
        '"We act together," Pompeo added.',
    )
    assert [a.name for a in report.actors] == ["Mike Pompeo"]
    assert report.actors[0].role == "US Secretary of State"
    assert report.actors[0].quotes == 2


def test_role_only_mention_merges_into_named_actor() -> None:
    report = run(
        'For his part, the Turkish delegate to the council, Ali Kaya said, "We will respond."',
        'The Turkish representative added, "There is no doubt."',
    )
    assert {q.speaker for q in report.quotes} == {"Ali Kaya"}


def test_pronouns_follow_gender_and_kind() -> None:
    report = run(
        '"We are ready," Anna Berg said.',
        "The ministry said that the talks were over.",
        '"We go on," she added.',
        '"The talks are over," it said.',
    )
    assert [q.speaker for q in report.quotes] == ["Anna Berg", "ministry", "Anna Berg", "ministry"]


def test_he_added_is_the_last_speaker_even_when_another_man_was_named_since() -> None:
    report = run('"We are ready," Tom Reed said.', "Later John Smith arrived in town.", '"We go on," he added.')
    assert [q.speaker for q in report.quotes] == ["Tom Reed", "Tom Reed"]


def test_he_said_after_another_man_was_named_is_the_man_named_first_in_the_latest_sentence() -> None:
    report = run(
        '"We are ready," Tom Reed said.',
        "John Smith, 58, a farmer near Mary Lane, backs the plan.",
        '"We go on," he said.',
    )
    assert [q.speaker for q in report.quotes] == ["Tom Reed", "John Smith"]


def test_a_name_inside_a_quotation_is_no_antecedent() -> None:
    report = run('"We are ready," Tom Reed said.', '"Ask John Smith," he said.')
    assert [q.speaker for q in report.quotes] == ["Tom Reed", "Tom Reed"]


def test_pronoun_inside_reported_speech_belongs_to_that_speaker() -> None:
    report = run(
        '"Hello," Tom Reed said.',
        'Anna Berg said that the council had failed, which she described as "shameful."',
    )
    assert ("Anna Berg", "direct", "shameful.") in pairs(report)


def test_misspelled_surname_merges_with_recent_name() -> None:
    report = run(
        "The envoy met Kelly Craft on Monday.",
        "Kraft added that the talks were over.",
    )
    assert [q.speaker for q in report.quotes] == ["Kelly Craft"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The Kremlin said, "The talks are over."', "Kremlin"),
        ("A senior State Department official said that the talks were over.", "senior State Department official"),
        ("Informed sources said that the talks were over.", "Informed sources"),
        ("The Turkish Ministry of Defense said that the talks were over.", "Turkish Ministry of Defense"),
    ],
)
def test_organisations_and_anonymous_sources_are_actors(text: str, speaker: str) -> None:
    assert [q.speaker for q in run(text).quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        '"Stop," 42 said.',
        '"Stop," 123e4567-e89b-12d3-a456-426614174000 said.',
        '"Stop," he said.',
    ],
)
def test_never_a_junk_speaker(text: str) -> None:
    assert run(text).quotes == []


def test_list_introduced_by_said_colon() -> None:
    report = run(
        "In the interview, President Ann Lee also said:",
        "The bridge must stay open to traffic",
        "Taxes will not rise next year",
        "The council met on Monday.",
    )
    assert pairs(report) == [
        ("President Ann Lee", "indirect", "The bridge must stay open to traffic"),
        ("President Ann Lee", "indirect", "Taxes will not rise next year"),
    ]


def test_two_fragments_in_one_clause_share_the_speaker() -> None:
    report = run('Tom Reed said it was "sad" to see the bridge closed "after all these years".')
    assert [(q.speaker, q.text) for q in report.quotes if q.kind == "direct"] == [
        ("Tom Reed", "sad"),
        ("Tom Reed", "after all these years"),
    ]


def test_fragment_is_not_attributed_to_a_later_clause() -> None:
    report = run('Tom Reed told the officials they would need to "deliver" before the council would agree to meet.')
    assert [(q.speaker, q.text) for q in report.quotes if q.kind == "direct"] == [("Tom Reed", "deliver")]


def test_any_verb_after_a_quotation_closed_by_a_comma_or_question_mark_attributes_it() -> None:
    report = run('"We are ready," Tom Reed surmised.', '"Is it over?" answered Anna Berg.')
    assert pairs(report) == [("Tom Reed", "direct", "We are ready"), ("Anna Berg", "direct", "Is it over?")]


def test_a_verb_after_a_quotation_without_closing_punctuation_is_no_attribution() -> None:
    assert run('The "war room" Tom Reed built.').quotes == []


def test_quoted_titles_are_not_quotes() -> None:
    report = run(
        'Tom Reed told "Good Morning America" that he would run.',
        'Anna Berg spoke on the podcast "The Axe Files" on Monday.',
        'Tom Reed said on CNN\'s "The Lead with Jake Tapper," that he was ready.',
    )
    assert [q.text for q in report.quotes if q.kind == "direct"] == []


def test_an_attribution_set_off_by_commas_after_the_quotations_words() -> None:
    report = run('"A big truck" plowed through the barriers, Tom Reed said, and "everyone started running."')
    assert pairs(report) == [("Tom Reed", "direct", "A big truck"), ("Tom Reed", "direct", "everyone started running.")]


def test_told_after_a_comma_names_the_listener_not_the_speaker() -> None:
    report = run('"We are ready" to talk, the spokesman, Tom Reed, told Radio Nord.')
    assert [q.speaker for q in report.quotes] == ["Tom Reed"]
    # the role and the name in either order; a role alone stays the speaker
    report = run('"We are ready" to talk, Tom Reed, the spokesman, told Radio Nord on Monday.')
    assert [q.speaker for q in report.quotes] == ["Tom Reed"]
    report = run('"We will wait" for the vote, the spokesman said.')
    assert [q.speaker for q in report.quotes] == ["spokesman"]


def test_an_opening_participle_or_comparison_is_not_the_subject() -> None:
    report = run(
        'Continuing his speech, Tom Reed rejected the idea, saying he would "fix it."',
        'Like Reed, Anna Berg also rejected the plan, arguing that there is "room for the council" to act.',
    )
    assert [q.speaker for q in report.quotes if q.kind == "direct"] == ["Tom Reed", "Anna Berg"]


def test_a_phrase_with_a_pronoun_or_verb_of_being_is_no_speaker() -> None:
    report = run('"We built it" there and in other states, the memo stated.')
    assert [q.speaker for q in report.quotes] == ["memo"]


def test_a_quotation_after_a_colon_ending_the_sentence_is_the_subjects() -> None:
    report = run('Tom Reed gave the idea a whirl in an interview on Tuesday: "We can win this."')
    assert pairs(report) == [("Tom Reed", "direct", "We can win this.")]


def test_words_opening_a_sentence_are_no_speakers() -> None:
    report = run(
        'Each election cycle, there is a threat many people make: "If he wins, I am moving away!"',
        '"We lost," His said.',
    )
    assert [q.speaker for q in report.quotes if q.kind == "direct"] == []


def test_a_name_before_of_or_in_and_a_hyphenated_job_before_a_name() -> None:
    report = run(
        '"There is a passion," said Tom Reed of the New York delegation.',
        '"It is against the law," said House Speaker Anna Berg in a statement.',
        '"You may have material," security co-founder Omar Lind said.',
    )
    assert [q.speaker for q in report.quotes] == ["Tom Reed", "House Speaker Anna Berg", "Omar Lind"]


def test_a_quoted_fragment_after_a_verb_of_judging_or_publishing_is_the_subjects() -> None:
    report = run(
        'Tom Reed blasted the plan as "a disaster for the town."',
        'Anna Berg calls the mayor "a fine leader."',
    )
    assert pairs(report) == [
        ("Tom Reed", "direct", "a disaster for the town."),
        ("Anna Berg", "direct", "a fine leader."),
    ]


def test_a_noun_form_of_a_verb_of_judging_is_no_cue() -> None:
    report = run('The officials began an attack on the "deal" at noon.', 'Tom Reed\'s post about the "plan" is gone.')
    assert [q for q in report.quotes if q.kind == "direct"] == []


def test_a_sentence_ending_in_a_colon_introduces_the_quotation_paragraph_after_it() -> None:
    report = run(
        "Tom Reed issued the following statement:",
        '"We are saddened by the loss."',
        "Stated Anna Berg:",
        '"The stakes are high."',
    )
    assert [q.speaker for q in report.quotes] == ["Tom Reed", "Anna Berg"]


def test_a_quotation_after_adding_that_is_the_same_speakers() -> None:
    report = run('"We are ready," Tom Reed said, adding that "the party will come together."')
    assert pairs(report) == [
        ("Tom Reed", "direct", "We are ready"),
        ("Tom Reed", "direct", "the party will come together."),
    ]


def test_a_thing_named_by_a_common_noun_before_read() -> None:
    report = run('"Let me be blunt. I can win," the email read.')
    assert [q.speaker for q in report.quotes] == ["email"]


def test_a_heading_ending_in_a_colon_without_a_verb_introduces_no_speaker() -> None:
    report = run("Partial transcript as follows:", '"We are ready to talk."')
    assert report.quotes == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('"We will win," Tom Reed\'s campaign manager said.', ["Tom Reed's campaign manager"]),  # not "Tom Reed's"
        ('WASHINGTON - "It is over," WASHINGTON said.', []),  # a dateline is no speaker
        ('"We lost," the admiral has said.', ["admiral"]),  # not "admiral has"
        ('"We lost," Tom Reed had said.', ["Tom Reed"]),
    ],
)
def test_a_possessive_a_dangling_phrase_or_a_dateline_is_no_speaker(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in run(text).quotes] == speakers


def test_a_quotation_paragraph_after_narrative_with_a_verb_of_speaking_is_its_subjects() -> None:
    report = run("Tom Reed continued his scathing remarks.", '"She was winning! And all of a sudden she lost."')
    assert [q.speaker for q in report.quotes] == ["Tom Reed"]


def test_a_quotation_paragraph_after_plain_narrative_stays_unattributed() -> None:
    report = run("Tom Reed walked to the podium.", '"She was winning! And all of a sudden she lost."')
    assert report.quotes == []


def test_a_speaker_phrase_with_an_appositive_or_a_parenthesis_before_said() -> None:
    report = run(
        '"Somebody entered," the White House spokesman, Tom Reed, said on Thursday.',
        '"There is energy," Rep. Anna Berg (D-Ore.) said.',
        '"It changes," said one well-connected Democrat familiar with the talks.',
    )
    assert [q.speaker for q in report.quotes] == [
        "Tom Reed",
        "Rep. Anna Berg",
        "well-connected Democrat familiar with the talks",
    ]


def test_but_said_x_is_x() -> None:
    report = run('But, said Tom Reed, "we will not fight back."')
    assert [q.speaker for q in report.quotes] == ["Tom Reed"]


def test_after_an_appositive_said_names_no_speaker_after_it() -> None:
    report = run('Tom Reed, a former vice president, said Anna Berg "was heavily involved."')
    assert {q.speaker for q in report.quotes} == {"Tom Reed"}  # the quotation, and the clause holding it


def test_lower_case_modifiers_before_a_job_or_name_after_said() -> None:
    report = run(
        '"It is her best role," said conservative activist Tom Reed.',
        '"We need him," his wife, Anna Berg, wrote in a letter.',
    )
    assert [q.speaker for q in report.quotes] == ["Tom Reed", "Anna Berg"]


def test_a_fragment_in_a_relative_clause_on_the_speaker() -> None:
    report = run('"It was weak," said one aide, Tom Reed, who added that the staff seemed "rattled."')
    assert pairs(report) == [
        ("Tom Reed", "direct", "It was weak"),
        ("Tom Reed", "indirect", 'the staff seemed "rattled."'),
        ("Tom Reed", "direct", "rattled."),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Until Anna Berg publishes the figures, Tom Reed said, "nothing will change."', "Tom Reed"),
        ("Typically Tom Reed says that the budget is fine.", "Tom Reed"),
        ('Once Anna Berg arrived, "we can start," she said.', "Anna Berg"),
        ("Kelly Smith said the talks would resume.", "Kelly Smith"),
    ],
)
def test_a_sentence_opener_before_a_name_is_no_part_of_it(text: str, speaker: str) -> None:
    assert [q.speaker for q in run(text).quotes] == [speaker]
