"""Quote rules found on unseen articles: pronoun antecedents, appositives, quote-led clauses, 'told' objects."""

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


def said(report: QuoteReport, prefix: str) -> tuple[str, str]:
    found = [(q.speaker, q.kind) for q in report.quotes if q.text.startswith(prefix)]
    assert found, f"no quote starting {prefix!r}: {[(q.speaker, q.text) for q in report.quotes]}"
    return found[0]


def test_pronoun_never_refers_to_a_name_written_after_it() -> None:
    report = run(
        "Mark Dunn testified in the morning. Paul Keller testified on Tuesday.",
        "Keller did mention his earlier answers, in which he said two guards had voiced doubts about Dunn's accounts.",
    )
    assert said(report, "two guards had voiced doubts") == ("Paul Keller", "indirect")


def test_pronoun_prefers_the_previous_sentence_subject_over_its_object() -> None:
    report = run(
        "“We messed up,” Mark Dunn told a supervisor.",
        "Paul Keller, who represents Dunn, said his client would not sign the offer.",
        "Keller declined to say whether Dunn left the gate open. “Once the facts are out,” he said, “you will see.”",
    )
    assert said(report, "Once the facts") == ("Paul Keller", "direct")
    assert said(report, "you will see") == ("Paul Keller", "direct")


def test_speaker_name_then_appositive_then_verb() -> None:
    report = run(
        "Mark Dunn spoke first.",
        '"If he had concerns, I would have expected to hear them," Keller, Dunn\'s superior, said.',
    )
    assert said(report, "If he had concerns") == ("Keller", "direct")


def test_appositive_without_a_speech_verb_is_not_a_speaker() -> None:
    report = run('"We are ready," Keller, a farmer from Ohio, walked away.')
    assert not [q for q in report.quotes if q.speaker == "Keller"]


def test_trailing_attribution_of_a_quote_led_clause_is_a_direct_quote() -> None:
    report = run("“Right now nothing seems likely to convince them” to slow down their plans, Nora Vance said.")
    assert [(q.speaker, q.kind, q.text) for q in report.quotes] == [
        ("Nora Vance", "direct", "Right now nothing seems likely to convince them")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A worker at the plant said that the health agency’s claim is “simply not right.”",
        "A worker at the plant, who asked not to be named, said that the health agency’s claim is “simply not right.”",
    ],
)
def test_speech_verb_form_used_as_a_noun_is_not_a_verb(text: str) -> None:
    direct = [(q.speaker, q.text) for q in run(text).quotes if q.kind == "direct"]
    reported = [(q.speaker, q.text) for q in run(text).quotes if q.kind == "indirect"]
    assert direct == [("worker at the plant", "simply not right.")]
    assert all(speaker == "worker at the plant" and text.startswith("the health") for speaker, text in reported)


def test_told_object_is_not_part_of_the_reported_clause() -> None:
    report = run(
        "Nora Vance told the board she tried to reach the builder.",
        "Inspectors told reporters the ruling had been made after two visits.",
        "Tom Reed told reporters aboard the ferry.",
    )
    texts = [(q.speaker, q.text) for q in report.quotes if q.kind == "indirect"]
    assert ("Nora Vance", "she tried to reach the builder") in texts
    assert ("Inspectors", "the ruling had been made after two visits") in texts
    assert not any(t.startswith("aboard") for _, t in texts)


def test_quote_only_sentence_after_reported_speech_keeps_its_speaker() -> None:
    report = run(
        "Paul Keller represents the guard.",
        'Sometimes staff do not follow the rules, Keller said. "But does that mean they should lose their jobs?"',
    )
    assert said(report, "But does that mean") == ("Paul Keller", "direct")


def test_speaker_name_opening_with_a_particle() -> None:
    report = run('"The lake is so calm that they may see the wreck," said van Rooden.')
    assert said(report, "The lake is so calm") == ("van Rooden", "direct")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Environmental groups sued the agency last year. They argue that the agency overstepped its authority.",
            "Environmental groups",
        ),
        (
            "Some county aides welcomed the plan. But they stressed that the bridge needed a new deck.",
            "Some county aides",
        ),
        ("The two senators met on Monday. They said the bridge would reopen in May.", "two senators"),
        ("Local voters lined up early on Monday. They said the bridge would reopen in May.", "Local voters"),
        ("Local economists met on Monday. They said the bridge would reopen in May.", "Local economists"),
    ],
)
def test_they_refers_to_people_opening_the_sentence_before(text: str, speaker: str) -> None:
    report = extract_quotes(Article("t", "x", (Section(None, text),)))
    assert [q.speaker for q in report.quotes if q.kind == "indirect"] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The new rules were published on Monday. They said the bridge would reopen in May.",
        # a plural ending in -ers, -ors or -ans is no person unless the word names people
        "Those numbers rose again last week. They said the bridge would reopen in May.",
        "Student loans rose again last week. They said the bridge would reopen in May.",
        "The orders came on Monday. They said the bridge would reopen in May.",
    ],
)
def test_they_never_refers_to_things(text: str) -> None:
    assert [q for q in extract_quotes(Article("t", "x", (Section(None, text),))).quotes] == []


def test_a_speaker_before_a_relative_clause_set_off_by_commas() -> None:
    report = run(
        'Dana Pike, who has led the union since 2019, said the deal was "a bad joke."',
        'After the vote, the mayor, who had been silent, said that the deal was "a mistake."',
    )
    direct = [(q.speaker, q.text) for q in report.quotes if q.kind == "direct"]
    assert ("Dana Pike", "a bad joke.") in direct
    # a clause that does not open the sentence gives no speaker of its own to the rule
    assert all(speaker != "vote" for speaker, _ in direct)


def test_a_person_is_shown_with_the_short_title_the_article_wrote_before_the_name() -> None:
    report = run(
        "Mayor Dana Pike opened the bridge on Monday.",
        '"It took ten years," the mayor said.',
        '"We will keep it open," Pike added.',
    )
    assert [q.speaker for q in report.quotes] == ["Mayor Dana Pike", "Mayor Dana Pike"]
    [actor] = report.actors
    assert actor.role == "Mayor" and "Dana Pike" in actor.aliases and "the mayor" in actor.aliases


@pytest.mark.parametrize(
    "text",
    [
        # a role that is no short title (it holds a lower-case word) stays the actor's role
        '"It took ten years," said Secretary of State Dana Pike.',
        # a title never written before the name is not added to it
        '"It took ten years," said Dana Pike, the mayor.',
    ],
)
def test_a_role_that_is_no_title_written_before_the_name_stays_out_of_it(text: str) -> None:
    assert [q.speaker for q in run(text).quotes] == ["Dana Pike"]


def test_an_honorific_and_a_surname_name_the_person_a_later_pronoun_refers_to() -> None:
    report = run('What Mr. Reed has seen instead are the charts. "And they are frightening," he said in an interview.')
    assert [(q.speaker, q.text) for q in report.quotes] == [("Mr. Reed", "And they are frightening")]


def test_a_pronoun_skips_a_person_named_with_an_honorific_of_the_other_gender() -> None:
    report = run('What Ms. Berg has seen instead are the charts. "And they are frightening," he said in an interview.')
    assert report.quotes == []
