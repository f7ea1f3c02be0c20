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
    assert pairs(report) == [("Tom Reed", "direct", "barbaric.")]


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


def test_he_is_not_resolved_when_another_man_was_named_since() -> None:
    report = run('"We are ready," Tom Reed said.', "Later John Smith arrived in town.", '"We go on," he added.')
    assert [q.speaker for q in report.quotes] == ["Tom Reed"]


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
        ("Ann Lee", "indirect", "The bridge must stay open to traffic"),
        ("Ann Lee", "indirect", "Taxes will not rise next year"),
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
