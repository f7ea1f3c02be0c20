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
        ('"Is the bridge safe, isn\'t it?" Mrs. Pike said. "We will see."', "Pike", None),
        # an appositive with commas of its own between the name and the verb
        ('"It was a long winter," Mr. Wong, now 81 and retired in Salem, Ore., said by telephone.', "Wong", None),
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
        'Mayor Dana Pike said the tape should be released but said "the question is the timing." '
        'Gov. Lee Wong said it would be "improper" to speak now.'
    )
    assert [(q.speaker, q.text) for q in report.quotes if q.kind == "direct"] == [
        ("Dana Pike", "the question is the timing."),
        ("Lee Wong", "improper"),
    ]
