"""Reported speech, thirtieth session: invented sentences for each class (a statement noun, a time and an addressee
before a participle of speech; a phrase opened by 'without' between a verb and 'that'; a lone surname written after
a known first name is a person's, never the organisation a later 'the club' stands for)."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of

_INTRO = "The Corvale Lapidary Guild met on Monday. Its secretary, Ysolde Varnum, chaired the meeting."


def reported(text: str) -> list[tuple[str, str]]:
    """(speaker, text) of the reported clauses of an invented article: the introduction, then ``text``."""
    return [(speaker, clause) for kind, speaker, clause in quotes_of(f"{_INTRO}\n\n{text}") if kind == "indirect"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Varnum sent an email Thursday saying that the slipway winch had seized.",
        "Varnum sent a letter to the harbour board on Monday saying that the slipway winch had seized.",
        "Varnum sent a letter this week saying that the slipway winch had seized.",
        "Varnum sent a message to her deputy Brin Hallet saying that the slipway winch had seized.",
    ],
)
def test_a_statement_sent_then_a_participle_of_speech(sentence: str) -> None:
    """'sent an email Thursday saying that A', 'sent a letter to the board on Monday saying that A': past a time and
    the statement's addressee, the participle reports what the statement said, for its sender."""
    assert reported(sentence) == [("Ysolde Varnum", "the slipway winch had seized")]


def test_a_statement_noun_right_before_the_participle_still_reports() -> None:
    """The shape read before: 'issued a statement saying A'."""
    assert reported("Varnum issued a statement saying the slipway winch had seized.") == [
        ("Ysolde Varnum", "the slipway winch had seized")
    ]


def test_a_participle_after_a_plain_noun_and_a_time_is_no_statement() -> None:
    """A near case: 'left the oars on Monday saying nothing': no statement noun before the time, no report."""
    assert reported("Varnum left the oars on the slipway on Monday saying nothing.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Varnum said without hesitation that the slipway winch had seized.",
        "Varnum hit back, insisting without a shred of proof that the slipway winch had seized.",
    ],
)
def test_a_phrase_opened_by_without_before_that(sentence: str) -> None:
    """'said without hesitation that A', 'insisting without a shred of proof that A': the phrase is how it was said."""
    assert reported(sentence) == [("Ysolde Varnum", "the slipway winch had seized")]


_SCENERY = "The rain never stopped. The stand was half empty. The pies ran out early. The band played at the break."


def test_a_lone_surname_after_a_full_name_is_no_organisation() -> None:
    """'Diarmuid Abbeywell limped off' far back, then 'Abbeywell watched ...', then 'The club said A': the lone surname
    stands for a person the article named in full, never for the club a later 'the club' names."""
    text = "\n\n".join(
        [
            "Hexmoor Athletic beat Quarrendon 3-1 on Saturday, though Diarmuid Abbeywell limped off with a bad ankle.",
            _SCENERY,
            _SCENERY,
            _SCENERY,
            "Athletic manager Brin Hallet praised his back four. The second half was scrappy.",
            "Abbeywell watched the rest from the bench with his boot off. Hallet said Abbeywell would see a physio.",
            "The club said season-ticket sales had passed 3,000 for the first time.",
        ]
    )
    speakers = [speaker for speaker, clause in quotes_of_reported(text) if clause.startswith("season-ticket")]
    assert speakers and "Abbeywell" not in speakers[0]


def quotes_of_reported(text: str) -> list[tuple[str, str]]:
    """(speaker, text) of the reported clauses of an invented article of ``text`` alone."""
    return [(speaker, clause) for kind, speaker, clause in quotes_of(text) if kind == "indirect"]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Varnum said her £4 million gift had paid for the new kiln hall.",
            "her £4 million gift had paid for the new kiln hall",
        ),
        (
            "Varnum said her €4 million gift had paid for the new kiln hall.",
            "her €4 million gift had paid for the new kiln hall",
        ),
    ],
)
def test_a_currency_sign_inside_the_subject(sentence: str, clause: str) -> None:
    """'said her £4 million gift had paid for A': a pound or euro sign is read inside a clause's subject as '$' was."""
    assert reported(sentence) == [("Ysolde Varnum", clause)]


def test_a_name_after_a_role_then_a_second_appositive() -> None:
    """'The ferry's new skipper, NAME, a former trawlerman from the north coast, said A': the name between the role and
    the second appositive is the speaker."""
    sentence = (
        "The ferry's new skipper, Odran Veitchley, a former trawlerman from the north coast, said the crossing would "
        "be slower in winter."
    )
    assert reported(sentence) == [("Odran Veitchley", "the crossing would be slower in winter")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            'The guild\'s yearbook, entitled "Stones in Hand", said the kiln would close for the winter.',
            "guild's yearbook",
            "the kiln would close for the winter",
        ),
        (
            'The choir, which took up the motto "Sing Out", said rehearsals would move to Tuesdays.',
            "choir",
            "rehearsals would move to Tuesdays",
        ),
    ],
)
def test_a_quoted_title_inside_the_subjects_appositive(sentence: str, speaker: str, clause: str) -> None:
    """'The yearbook, entitled "A", said B', 'The choir, which took up the motto "A", said B': a title or a motto in
    quotation marks inside the subject's appositive names a thing, so the verb after it keeps its subject."""
    assert reported(sentence) == [(speaker, clause)]


def test_it_opening_the_sentence_after_a_body_named_without_a_first_name() -> None:
    """'The operator, NAME, said A. It said B': a speaker whose name is no person's (no first name, age or person's
    role) is the 'it' opening the next sentence."""
    text = (
        "The operator, Quarvex, said on Tuesday the last bus would leave at ten. It said drivers were in short supply."
    )
    assert quotes_of_reported(text) == [
        ("Quarvex", "the last bus would leave at ten"),
        ("Quarvex", "drivers were in short supply"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hildegard Quarvex said on Tuesday the last bus would leave at ten. It said drivers were in short supply.",
        "Quarvex said on Tuesday the last bus would leave at ten. The timetable it called final was printed. Drivers, "
        "it said, were in short supply.",
    ],
)
def test_it_stands_for_no_person_nor_past_its_sentences_opening(text: str) -> None:
    """Near cases: 'Hildegard NAME said A. It said B' (a person is never 'it'); an 'it' inside a sentence after another
    sentence ('The timetable it called ...') is left to the rules as before."""
    assert [clause for _, clause in quotes_of_reported(text)] == ["the last bus would leave at ten"]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("She told her brother she had sold the boat at last.", "she had sold the boat at last"),
        ("Varnum told her younger cousin she would never sell the kiln.", "she would never sell the kiln"),
    ],
)
def test_told_her_and_a_noun_before_a_subject_pronoun(sentence: str, clause: str) -> None:
    """'told her brother she had sold ...': 'her' owns the noun after it (the pronoun that follows opens the clause); it
    is no object pronoun before a clause 'brother she had sold'."""
    assert reported(sentence) == [("Ysolde Varnum", clause)]


def test_told_her_then_that_still_opens_the_clause() -> None:
    """A near case: 'told her that she would ...': 'that' is no noun of hers."""
    assert reported("Varnum told her that she would never sell the kiln.") == [
        ("Ysolde Varnum", "she would never sell the kiln")
    ]


def test_that_before_a_noun_and_another_that_is_a_demonstrative() -> None:
    """'told NAME after that storm that A': 'that storm' is a time; the second 'that' opens the clause."""
    assert reported("Varnum told Brin Hallet after that storm that the kiln would crack.") == [
        ("Ysolde Varnum", "the kiln would crack")
    ]
