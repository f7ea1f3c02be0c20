"""Direct quotes: attributions after a quotation that the segmenter or the speaker rules used to lose (issue 15),
on texts of our own."""

from __future__ import annotations

import pytest

from tests.test_quotes_patterns import run


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # '?' or '!' closing the quotation, then the attribution and more of the sentence after a comma
        (
            '"All the way!" Dana Pike shouted, a slogan of the campaign all the way to the end.',
            "Dana Pike",
            "All the way!",
        ),
        ('"Who do they think they are?" Lee Wong said of the council in May, when it balked.', "Lee Wong", None),
        # an abbreviation inside the attribution: 'Mrs. Pike said.'
        ('"Is the bridge safe, isn\'t it?" Mrs. Pike said. "We will see."', "Mrs. Pike", None),
        # an appositive with commas of its own between the name and the verb
        ('"It was a long winter," Mr. Wong, now 81 and retired in Salem, Ore., said by telephone.', "Mr. Wong", None),
        # after the words continuing the quotation: 'said NAME, a role that ...'
        (
            '"We are happy" about the ruling, said Dana Pike, director of the nurses\' union, a group that has '
            "broken away from the others.",
            "Dana Pike",
            None,
        ),
        # a long role before the name
        (
            '"The vote will move," Oregon Rep. Lee Wong\'s chief of staff, Dana Pike, told the paper on Monday.',
            "Dana Pike",
            None,
        ),
    ],
)
def test_attribution_after_a_quotation(text: str, speaker: str, quote: str | None) -> None:
    report = run(text)
    assert report.quotes, text
    assert report.quotes[0].speaker == speaker
    if quote is not None:
        assert report.quotes[0].text == quote


def test_three_apostrophes_close_a_single_quote_inside_a_double_one() -> None:
    report = run("''They tell me, 'Go back home,''' said Dana Pike, who was born abroad. ''This is my home.''")
    assert [(q.speaker, q.text) for q in report.quotes] == [
        ("Dana Pike", "They tell me, 'Go back home,'"),
        ("Dana Pike", "This is my home."),
    ]


def test_a_quotation_ending_in_a_full_stop_is_not_joined_to_the_next_speakers_sentence() -> None:
    report = run(
        'Mayor Dana Pike said the report should be public but said "the hard part is the date." '
        'Gov. Lee Wong said a reply then would be "unwise" to give.'
    )
    assert [(q.speaker, q.text) for q in report.quotes if q.kind == "direct"] == [
        ("Mayor Dana Pike", "the hard part is the date."),
        ("Gov. Lee Wong", "unwise"),
    ]


def test_a_credit_line_after_a_dash_names_the_speaker() -> None:
    report = run(
        "“We need a plan for the river towns.” ― Dana Pike\n“Maybe we can build a bridge around him.” ― Lee Wong."
    )
    assert [(q.speaker, q.text) for q in report.quotes] == [
        ("Dana Pike", "We need a plan for the river towns."),
        ("Lee Wong", "Maybe we can build a bridge around him."),
    ]


def test_a_dash_and_a_byline_after_a_fragment_credit_no_quote() -> None:
    report = run('Dana Pike said her party was "still the first force in the state."--Lee Wong.')
    assert [q.speaker for q in report.quotes if q.kind == "direct"] == ["Dana Pike"]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        ('Dana Pike stood by his comment on Monday that "the river will flood."', "Dana Pike", "the river will flood."),
        ('Lee Wong refers to the mayor, his old rival, as "the bridge builder."', "Lee Wong", "the bridge builder."),
    ],
)
def test_a_fragment_after_words_of_saying_is_the_subjects(text: str, speaker: str, quote: str) -> None:
    assert [(q.speaker, q.text) for q in run(text).quotes] == [(speaker, quote)]


@pytest.mark.parametrize(
    "text",
    [
        'Dana Pike drove past the "Gang of Eight" office in his campaign video.',  # a title, not words said
        'Officials spoke of the "attack" in their statement.',  # a one-word opener is no speaker
        'Dana Pike drove to the "old mill" on Sunday.',  # no word of saying before the fragment
    ],
)
def test_a_fragment_without_a_speaker_stays_out(text: str) -> None:
    assert [q for q in run(text).quotes if q.kind == "direct"] == []


def test_a_fragment_inside_reported_speech_stays_with_its_speaker() -> None:
    report = run('Dana Pike said she is certain Lee Wong will continue to be "a champion for the river towns."')
    assert [(q.speaker, q.text) for q in report.quotes if q.kind == "direct"] == [
        ("Dana Pike", "a champion for the river towns.")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Dana Pike, pastor of the Salem Church of Christ, said: "I have heard many prayers."', "Dana Pike"),
        ("Dana Pike, technology analyst at a bank, agreed: ''They have a great brand.''", "Dana Pike"),
        ('Her senior policy adviser, Lee Wong, said: "The plan works. It always did."', "Lee Wong"),
        ('"We will win," the campaign manager, Lee Wong, said.', "Lee Wong"),
    ],
)
def test_a_speaker_with_an_appositive_before_the_verb(text: str, speaker: str) -> None:
    assert [q.speaker for q in run(text).quotes if q.kind == "direct"] == [speaker]


def test_a_short_sentence_of_speaker_and_verb_introduces_the_quotation_after_it() -> None:
    report = run('The lawyer Dana Pike explained. "The ruling stands. We will appeal."')
    assert [(q.speaker, q.text) for q in report.quotes] == [("Dana Pike", "The ruling stands. We will appeal.")]


def test_person_names_come_from_the_writers_words_only() -> None:
    from digest.core.quotes.marks import find_marks
    from digest.core.quotes.names import names_outside_quotes
    from digest.core.quotes.tokens import tokenize

    text = 'Later Dana Pike met Lee Wong in South Carolina, saying "Ask Mark Twain."'
    tokens = tokenize(text, 0, len(text), find_marks(text))
    assert names_outside_quotes(text, tokens) == ["Dana Pike", "Lee Wong"]


@pytest.mark.parametrize(
    "text",
    [
        # a label before a colon is no speaker
        "Update: “We lost the vote and we will appeal.”",
        "Breaking News: “The bridge has closed for the winter.”",
        "Summary - Key Points: “The bridge has closed for the winter.”",
        "Related: “Figures kept by the office say so.”",
        "More from Dana Pike: “Figures kept by our office say so.”",
        # a verb after the quotation that is no verb of speaking
        "“Hamilton,” Dana Pike watched and loved it.",
    ],
)
def test_a_label_or_a_verb_of_no_speaking_gives_no_speaker(text: str) -> None:
    assert [q.speaker for q in run(text).quotes] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dana Pike: “The bridge has closed for the winter.”", "Dana Pike"),
        ("From Dana Pike: “The bridge has closed for the winter.”", "Dana Pike"),
        ("“Go back to your desk,” Dana Pike snapped and walked out.", "Dana Pike"),
        # a describing verb before an event noun: words said, not the event's title
        ("Dana Pike called the event “A Total Disaster.”", "Dana Pike"),
        ("Dana Pike called the summit “Total Madness.”", "Dana Pike"),
    ],
)
def test_a_name_before_a_colon_a_manner_of_speaking_or_a_describing_verb_names_the_speaker(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in run(text).quotes] == [speaker]
