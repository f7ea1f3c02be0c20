"""Classes of English the seventeenth session's lead found on a fresh set of invented articles (issue 15); every
sentence here is our own, with invented names."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of


def _reported(text: str) -> list[tuple[str, str]]:
    return [(speaker, words) for kind, speaker, words in quotes_of(text) if kind == "indirect"]


@pytest.mark.parametrize(
    "text",
    [
        "Also, a teacher, Funke Adeyemi, said the closure would hurt families.",
        "Separately, a teacher, Funke Adeyemi, said the closure would hurt families.",
        "Instead, the head of the school board, Funke Adeyemi, said the closure would hurt families.",
    ],
)
def test_fronted_adverb_before_role_and_name(text: str) -> None:
    """A sentence adverb and its comma before 'a ROLE, NAME,' are no name: the named person speaks."""
    assert _reported(text) == [("Funke Adeyemi", "the closure would hurt families")]


def test_name_before_appositive_after_adverb_still_speaks() -> None:
    text = "However, Kofi Mensah, a teacher at the school, said the closure would hurt families."
    assert _reported(text) == [("Kofi Mensah", "the closure would hurt families")]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # a verb of speech other than 'say' and a bare clause whose verb is a regular past of a linking verb
        ("Lerato Dube insisted the rail plan remained on track.", "the rail plan remained on track"),
        ("Lerato Dube admitted the rail plan needed more money.", "the rail plan needed more money"),
        # after a time, a plain noun opens the clause when a finite verb follows
        ("The Harbour Alliance said Thursday cargo volumes had fallen.", "cargo volumes had fallen"),
        ("The Harbour Alliance said on Monday 40 jobs would go.", "40 jobs would go"),
        # a subject with a place after an amount, or a list of nouns
        ("Ravi Menon warned more farms in the district could close.", "more farms in the district could close"),
        (
            "The bank said no names, addresses or account numbers had been exposed.",
            "no names, addresses or account numbers had been exposed",
        ),
        (
            "The bank said wages, rents and the price of bread had risen.",
            "wages, rents and the price of bread had risen",
        ),
    ],
)
def test_bare_clauses(text: str, clause: str) -> None:
    assert [c for _, c in _reported(text)] == [clause]


def test_second_bare_clause_after_but_insisted() -> None:
    text = "Lerato Dube conceded the delay was a blow but insisted the rail plan remained on track."
    assert _reported(text) == [
        ("Lerato Dube", "the delay was a blow"),
        ("Lerato Dube", "the rail plan remained on track"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Lerato Dube denied the allegations leveled against him.",
        "Ravi Menon said no to the plan.",
        "Ravi Menon said goodbye, and the ferry was gone.",
        # two items take no comma: no list subject
        "Ravi Menon said little, and reporters were left waiting.",
    ],
)
def test_no_clause(text: str) -> None:
    assert _reported(text) == []


def test_list_ends_at_a_second_predicate() -> None:
    """'reported flat growth and weak revenue, and said it was ...': the nouns reported are no list subject."""
    text = "In May, Corvane reported thin sales and rising debts, and said it was still losing money on every order."
    assert _reported(text) == [("Corvane", "it was still losing money on every order")]


def _direct(text: str) -> list[tuple[str, str]]:
    return [(speaker, words) for kind, speaker, words in quotes_of(text) if kind == "direct"]


@pytest.mark.parametrize(
    "text",
    [
        'In a statement on Thursday, the county said it was reviewing the ruling. "We remain committed to safe'
        ' streets," the statement said.',
        'The county said in a brief statement that it was reviewing the ruling. "We remain committed to safe'
        ' streets," the statement read.',
    ],
)
def test_the_statement_is_its_issuers(text: str) -> None:
    """'the statement' after 'In a statement, X said' is X's statement: its words are X's."""
    assert _direct(text) == [("county", "We remain committed to safe streets")]


def test_a_statement_of_unknown_issuer_is_nobodys() -> None:
    """A second statement introduced without its issuer speaking ('X sent out an email appeal') is not the
    earlier issuer's: 'the email' stays a document."""
    text = (
        'In an email on Monday, Dara Vole said the race was close. Her rival sent out an email appeal. "We need'
        ' everyone to step up," the email said.'
    )
    assert [s for s, _ in _direct(text)] == ["email"]


def test_told_object_then_during_a_briefing() -> None:
    text = "Marta Quell told journalists during a visit to Ostrava that crews were clearing the line."
    assert _reported(text) == [("Marta Quell", "crews were clearing the line")]


def test_verb_after_a_subjects_aside_is_no_main_clause() -> None:
    """A fronted 'after noon,' then 'X said A, together with B, had ...': the comma before 'had' opens no main
    clause (a verb with no subject), so the reported clause runs on to its end."""
    text = (
        "In a notice posted after dawn, the water board said the leaks, together with repairs at a pump, had"
        " drained 300 tanks."
    )
    assert _reported(text) == [("water board", "the leaks, together with repairs at a pump, had drained 300 tanks")]


def test_it_after_a_body_opening_the_sentence_before() -> None:
    """An 'it' no actor stands for is the body the previous sentence opened with ('The council ...')."""
    text = "The commission went further on Friday. In a short filing, it said the port had ignored its own limits."
    assert _reported(text) == [("commission", "the port had ignored its own limits")]


def test_it_after_a_named_thing_opening_the_sentence_before_is_nobody() -> None:
    text = "The Brandt treaty is short. It states that ships must not dock after dark."
    assert _reported(text) == []


def test_surname_with_an_appositive_opening_the_sentence_is_a_later_he() -> None:
    """'Brandt, a former sculler ..., stayed away. ... he said A': the surname opening the sentence before an
    appositive is its subject, so the later 'he' is Brandt, not the man quoted before."""
    text = (
        'The Vessa Rowers dropped their coach Ivo Brandt on Friday. "We had no choice," said club president Lina'
        " Roos. Roos said the members had voted twice. Brandt, a former sculler who took the crew to two finals,"
        ' stayed away. Through his lawyer, he said he was "grateful for every season on the water".'
    )
    speakers = {words: speaker for _, speaker, words in quotes_of(text)}
    assert speakers["grateful for every season on the water"] == "Ivo Brandt"


def test_a_quoted_heading_paragraph_is_no_quote() -> None:
    """A paragraph that is only a short quotation in a title's capitals is a heading quoting a phrase."""
    text = '"The plan will work," Tom Vale said. "It is cheap."\n\n"Every Road Leads Home."\n\nVale said it was dead.'
    assert "Every Road Leads Home." not in [words for _, _, words in quotes_of(text)]


def test_a_capitalised_quote_after_a_quote_in_its_paragraph_stays_a_quote() -> None:
    text = '"We will not sell the quay," Tom Vale added. "Kelby Stays Open."'
    assert _direct(text) == [("Tom Vale", "We will not sell the quay"), ("Tom Vale", "Kelby Stays Open.")]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Pike is now saying the scheme will fail.",
        "Ann Pike kept saying that the scheme will fail.",
        "Ann Pike is still arguing that the scheme will fail.",
    ],
)
def test_progressive_with_an_adverb_or_after_keep(text: str) -> None:
    assert _reported(text) == [("Ann Pike", "the scheme will fail")]


def test_a_thing_before_was_saying_is_no_speaker() -> None:
    assert _reported("The mistake was saying that the scheme would fail.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The head of the water board said the plan would go ahead.", "head of the water board"),
        ("A member of the harbour board said the plan would go ahead.", "member of the harbour board"),
        ("A spokesman for the port authority said the plan would go ahead.", "spokesman for the port authority"),
        ("An analyst at the city water board said the plan would go ahead.", "analyst at the city water board"),
    ],
)
def test_role_of_a_body_with_a_plain_modifier(text: str, speaker: str) -> None:
    """'the head of the water board': the role and its body, not the body's last word ('board')."""
    assert [s for s, _ in _reported(text)] == [speaker]


def test_list_of_speakers_after_a_fronted_clause() -> None:
    """'After the court ruled, A, B and C said': the fronted clause is no member; the three speak together."""
    text = "After the court ruled, Ann Pike, Bo Reed and Cy Tam said the law was unfair."
    assert [s for s, _ in _reported(text)] == ["Ann Pike, Bo Reed and Cy Tam"]


def test_a_list_inside_the_fronted_clause_is_not_the_speaker() -> None:
    text = "After Ann Pike, Bo Reed and Cy Tam spoke, the mayor said the law was unfair."
    assert [s for s, _ in _reported(text)] == ["mayor"]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Pike, Democrat of Oregon, said the scheme failed.",
        "Ann Pike, Republican from Ohio, said the scheme failed.",
    ],
)
def test_party_and_state_after_a_name_describe_it(text: str) -> None:
    """'NAME, Democrat of Oregon, said': the capitalised party and state are no name; NAME speaks."""
    assert _reported(text) == [("Ann Pike", "the scheme failed")]


def test_floating_quantifier_is_no_part_of_the_speaker() -> None:
    text = "Ann Pike and Bo Reed both hinted that the ferry fares would rise."
    assert _reported(text) == [("Ann Pike and Bo Reed", "the ferry fares would rise")]


@pytest.mark.parametrize(
    "text",
    [
        "The port authority could deny them berths until the dredging was done.",
        "Ann Pike stressed her love of the old ferry that sank in the gale.",
        "In March the agency warned harbour pilots to check their radios before every crossing.",
        "Tom Vale, once the mayor of Kelby, stressed his housing record and tram plans.",
        "Tom Vale, who trails in every survey, stressed ferry fares and school meals.",
    ],
)
def test_objects_are_no_reported_clauses(text: str) -> None:
    """An object pronoun, a noun phrase after 'stressed' or 'warned', and that object read as an inverted speaker:
    none of them reports anything."""
    assert _reported(text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Ann Pike told fans after the match that she would stay.", "she would stay"),
        ("Ann Pike warned farmers could lose their land.", "farmers could lose their land"),
        ("The organisers claimed nearly 400 delegates took part.", "nearly 400 delegates took part"),
        ("The town kept its trams, which Ann Pike argued keep the streets quiet.", "keep the streets quiet"),
        ("It was a class that Ann Pike argued was failing the city.", "was failing the city"),
    ],
)
def test_clauses_after_those_verbs_still_found(text: str, clause: str) -> None:
    assert [c for _, c in _reported(text)] == [clause]


def test_and_another_subject_with_a_verb_of_speech_ends_the_clause() -> None:
    """'A, and rights groups warned that B': another report, not more of A."""
    text = "Tom Vale said the dredging was behind schedule, and aid groups warned that the channel was silting up."
    assert _reported(text) == [("Tom Vale", "the dredging was behind schedule")]  # aid groups: a group, no speaker


def test_a_relative_clause_goes_on_with_the_clause() -> None:
    """', and the letter Bo wrote was "kind"': a relative clause, no other report: the quoted words stay Ann's."""
    text = 'Ann Pike added that they had written to each other, and the letter Bo wrote was "kind and loving."'
    assert _direct(text) == [("Ann Pike", "kind and loving.")]


def test_an_object_told_goes_on_with_the_clause() -> None:
    text = "Ann Pike said the two had agreed to act, and Bo Reed assured her of his support."
    assert _reported(text) == [("Ann Pike", "the two had agreed to act, and Bo Reed assured her of his support")]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Pike warned voters that the plan would fail.",
        "Ann Pike warned the harbour board that the plan would fail.",
        "Ann Pike cautioned them that the plan would fail.",
    ],
)
def test_the_people_warned_are_no_part_of_the_clause(text: str) -> None:
    assert _reported(text) == [("Ann Pike", "the plan would fail")]


def test_a_verb_after_a_modal_of_the_future_attributes_nothing() -> None:
    """', NAME will insist on ...': what someone will do, no attribution of the words before the comma."""
    text = "Whatever the weather and whatever the tide, the skipper will insist on sailing at dawn."
    assert _reported(text) == []


def test_a_name_that_is_also_a_modal_still_speaks() -> None:
    text = "In particular, Ann Will wrote, the mayor can challenge the governor on housing."
    assert [s for s, _ in _reported(text)] == ["Ann Will"]


@pytest.mark.parametrize(
    "text",
    [
        'Ann Pike wrote the book "Tidewater: A Life in Business at the Top" in 2009.',
        'Sales of "Harbour Lights: How a Small Town Beat the Odds" rose, Ann Pike said on Monday.',
    ],
)
def test_a_title_with_a_subtitle_is_no_quote(text: str) -> None:
    assert _direct(text) == []


def test_title_capitals_after_said_and_a_colon_stay_speech() -> None:
    assert _direct('Ann Pike said: "Look: We Will Win This."') == [("Ann Pike", "Look: We Will Win This.")]


@pytest.mark.parametrize(
    "text",
    [
        'Ann Pike steered clear of the loaded term, "harbour tax," in her speech to the guild.',
        'Tom Vale, whose early poems appeared under the pseudonym "Kit Marrow," said the plan failed.',
        'Posters across town carried the slogan "Keep Kelby Afloat."',
    ],
)
def test_a_word_named_by_a_noun_of_words_is_no_quote(text: str) -> None:
    """'the term "X"', 'the pseudonym "X"', 'the slogan "X"': the word named, no one's words here."""
    assert _direct(text) == []


def test_a_phrase_someone_used_stays_theirs() -> None:
    text = 'Ann Pike used the phrase "a broken promise" three times on Monday.'
    assert _direct(text) == [("Ann Pike", "a broken promise")]


def test_a_one_word_quotation_paragraph_is_no_heading() -> None:
    """A paragraph of one capitalised word in quotation marks goes on from the speaker before: no heading."""
    text = '"We will win the vote," Tom Vale said.\n\n"Absolutely."'
    assert _direct(text) == [("Tom Vale", "We will win the vote"), ("Tom Vale", "Absolutely.")]
