"""What was said (reported25, twenty-fifth session): where a reported clause ends and when a quoted stretch is
nobody's speech (invented sentences)."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of


def _reported(text: str) -> list[tuple[str, str]]:
    return [(speaker, quoted) for kind, speaker, quoted in quotes_of(text) if kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Lucan Pryor said he had told the harbour board in writing about the silt, and that the dredger never"
            " came.",
            "Lucan Pryor",
            "he had told the harbour board in writing about the silt, and that the dredger never came",
        ),
        (
            "Rosamund Pethwick says her scrapbook holds the riddles children have told her at the library, and that"
            " she solved only three.",
            "Rosamund Pethwick",
            "her scrapbook holds the riddles children have told her at the library, and that she solved only three",
        ),
    ],
)
def test_and_that_after_an_inner_verbs_object_continues_the_outer_clause(text: str, speaker: str, words: str) -> None:
    """', and that B' after the object and a phrase of a verb inside a reported clause ('had told the crew in May
    about A', 'riddles guests have told her in the hall') is the outer clause's second clause: one report, none of
    its own for the inner verb."""
    assert _reported(text) == [(speaker, words)]


def test_told_with_its_own_that_clause_still_reports() -> None:
    """Guard: 'told NAME at the depot that A' keeps its clause (the 'that' follows a word of the phrase)."""
    text = "Hesper Quill told Anselm Roke at the depot that the lorries would be late."
    assert ("Hesper Quill", "the lorries would be late") in _reported(text)


@pytest.mark.parametrize(
    "text",
    [
        'Bramwell Tuckery can recite any tide table. Shipmates soon began calling him "The Almanac".',
        'Petronella Vask won the county mile at fifteen. The tabloids called her "the Pellingford Comet" for a summer.',
    ],
)
def test_a_groups_nickname_for_a_person_is_no_ones_words(text: str) -> None:
    """A name in a title's capitals that a group of common nouns calls a person by ('Shipmates soon began calling him
    "The A"', 'The tabloids called her "the B"') is how the person is known: no quotation."""
    assert [q for q in quotes_of(text) if q[0] == "direct"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ('Ottoline Marsh called him "Lord Dampness" at the hustings.', "Ottoline Marsh", "Lord Dampness"),
        ('Reviewers called her "a bore" after the premiere.', "Reviewers", "a bore"),
    ],
)
def test_a_single_callers_name_or_a_groups_judgement_stays_theirs(text: str, speaker: str, words: str) -> None:
    """Guards: a named caller's name for a person ('NAME called him "Lord A"') and a group's lower-case judgement
    ('Reviewers called her "a bore"') stay the caller's words, as PolNeAR's annotators read them."""
    assert ("direct", speaker, words) in quotes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The third book's working title was 'Salt Orchard', Marisol Quent told the festival audience, though her"
        " editor wants a shorter one.",
        'Dunstan Oakhill kept goal for Brackenmoor. The keeper\'s nickname among the apprentices was "the Lamp",'
        " Oakhill said.",
    ],
)
def test_a_name_stated_after_a_noun_of_naming_is_no_ones_words(text: str) -> None:
    """A proper name after 'the book's working title was' or 'his nickname among X was' is the name itself: no
    quotation."""
    assert [q for q in quotes_of(text) if q[0] == "direct"] == []


def test_a_judgement_after_a_noun_used_as_a_modifier_stays_the_speakers() -> None:
    """Guard: in 'the title race was "A"' the noun of naming modifies another noun, and the quotation stays the
    speaker's."""
    text = 'Ingrid Tamm said the title race was "Far From Over".'
    assert ("direct", "Ingrid Tamm", "Far From Over") in quotes_of(text)


def test_a_fragment_after_by_and_a_gerund_is_the_sentence_subjects() -> None:
    """'NAME, the holder, set the tone by warning the newcomers that they "A"': a quoted fragment after 'by' and a
    gerund of speech is said by the subject opening the sentence, past an appositive."""
    text = (
        "Ambrose Tellwick, the title holder, set the tone by warning the newcomers that they"
        ' "will learn manners at this table".'
    )
    assert ("direct", "Ambrose Tellwick", "will learn manners at this table") in quotes_of(text)


def test_a_fragment_after_by_inside_a_subordinate_clause_is_not_the_openers() -> None:
    """Guard: 'X kept his seat, although Y won over the hall by calling himself "A"': the sentence's opener did not
    say it."""
    text = (
        "Tavish Ormsby kept his seat in May, although Edwin Sarrow won over the hall by calling himself"
        ' "the plain man".'
    )
    assert all(speaker != "Tavish Ormsby" for _, speaker, _ in quotes_of(text))


def test_a_shows_number_named_in_apposition_is_a_title() -> None:
    """'the revue's closing number, "Lamps Over Skelby",': a title in capitals set off by commas after a noun of a
    show's song is its name, and the reported clause runs on through it."""
    text = (
        'Perpetua Gallowglass said the revue\'s closing number, "Lamps Over Skelby", was finished on a night bus'
        " to Brackwater."
    )
    assert quotes_of(text) == [
        (
            "indirect",
            "Perpetua Gallowglass",
            'the revue\'s closing number, "Lamps Over Skelby", was finished on a night bus to Brackwater',
        )
    ]


def test_words_a_petition_is_headed_with_are_its_title() -> None:
    """'a petition headed "A"' (or a leaflet, a letter): the words heading a document are its title, no one's
    speech, and the reported clause holding them stays whole."""
    text = 'The swimmers said a petition headed "Keep Our Lido Warm" would reach the council on Monday.'
    assert [q for q in quotes_of(text) if q[0] == "direct"] == []


def test_declining_to_blame_someone_is_the_speakers_act_after_the_clause() -> None:
    """'said A, but declined to blame NAME': refusing to judge aloud is the speaker's own next act, not part of what
    was said."""
    text = (
        "Leofric Fallowby said the board had broken every promise about the training ground, but declined to blame"
        " the chairman directly."
    )
    assert ("Leofric Fallowby", "the board had broken every promise about the training ground") in _reported(text)


def test_not_blaming_after_and_stays_in_the_clause() -> None:
    """Guard: 'said the harvest had failed twice and did not blame the weather': a state the clause reports."""
    text = "Leofric Fallowby said the harvest had failed twice and did not blame the weather."
    assert ("Leofric Fallowby", "the harvest had failed twice and did not blame the weather") in _reported(text)


def test_said_by_phone_that_reports_the_clause() -> None:
    """'said by phone that A', 'said by email on Sunday that A': a means of sending after 'by' is a phrase of
    how it was said, and the clause after 'that' is reported."""
    text = "The ferrywoman Ottilie Branscombe said by email on Sunday that two of her moorings had drifted."
    assert ("Ottilie Branscombe", "two of her moorings had drifted") in _reported(text)


def test_told_by_an_agent_that_is_a_passive() -> None:
    """Guard: 'was told by the harbourmaster that A': 'by' opens a passive's agent; the subject reports nothing."""
    text = "Ottilie Branscombe was told by the harbourmaster that the nets had been cut twice."
    assert ("Ottilie Branscombe", "the nets had been cut twice") not in _reported(text)


def test_in_the_words_of_before_a_preposition_and_a_fragment() -> None:
    """'the roof was paid for, in the words of its treasurer NAME, with "A"': the source of 'in the words of' speaks
    the quoted object of the preposition after its comma."""
    text = 'The new roof was paid for, in the words of treasurer Rosalind Feake, with "every jumble sale since 1987".'
    assert ("direct", "Rosalind Feake", "every jumble sale since 1987") in quotes_of(text)
