"""What was said (reported24, twenty-fourth session): an attribution set inside a sentence ('A, she says, B') reports
the whole clause it breaks into (invented sentences)."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of


def _reported(text: str) -> list[tuple[str, str]]:
    return [(speaker, quoted) for kind, speaker, quoted in quotes_of(text) if kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Wendel Pashby keeps bees above the quarry. It was, he says, the wettest June any hive of his had known.",
            "Wendel Pashby",
            "It was, he says, the wettest June any hive of his had known",
        ),
        (
            "Tomasz Kettridge lost the boundary case. The ruling was, Kettridge maintains, unjust.",
            "Tomasz Kettridge",
            "The ruling was, Kettridge maintains, unjust",
        ),
        (
            "Ilse Brenneck farms the upper terraces alone. The rent, she adds cheerfully, is paid in duck eggs.",
            "Ilse Brenneck",
            "The rent, she adds cheerfully, is paid in duck eggs",
        ),
        (
            "Ilse Brenneck bred the grey ram herself. The old ram, she admits, limped home.",
            "Ilse Brenneck",
            "The old ram, she admits, limped home",
        ),
        (
            "Bettany Crowe sells kites on the harbour wall. One buyer, she says, once paid twice what the green"
            " dragon was worth.",
            "Bettany Crowe",
            "One buyer, she says, once paid twice what the green dragon was worth",
        ),
    ],
)
def test_an_attribution_inside_a_clause_reports_all_of_it(text: str, speaker: str, words: str) -> None:
    """The words before the attribution are the clause's subject and verb, or a subject whose verb comes after it:
    the whole clause is what was said (the attribution's words inside, as the sets' gold writes it), however short
    the part after it, and a manner adverb may follow the verb ('she adds cheerfully')."""
    assert _reported(text) == [(speaker, words)]


def test_a_clause_before_a_semicolon_is_the_writers() -> None:
    """'A; B, she says, C': the attribution breaks into the clause after the semicolon; the one before is the
    writer's."""
    text = "Odile Pashby runs the ferry. She keeps the ledger; her brother, she says, was born on the water."
    assert _reported(text) == [("Odile Pashby", "her brother, she says, was born on the water")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Magda Ferreol runs the smokehouse. Every winter, she says, she cures forty sides of mutton.",
            "she cures forty sides of mutton",
        ),
        (
            "Magda Ferreol runs the smokehouse. Rather, she said, the herring paid the bills.",
            "the herring paid the bills",
        ),
    ],
)
def test_a_lead_that_only_sets_the_scene_stays_out(text: str, words: str) -> None:
    """A short lead that is no subject (a time, a sentence adverb) stays out of the span, as before."""
    assert _reported(text) == [("Magda Ferreol", words)]


@pytest.mark.parametrize(
    "text",
    [
        "Hennick Yarrowby has skippered the old tug since 1998. He calls it “the Grey Widow”, and says so fondly.",
        'The divers found the wreck beyond the reef, in what the crews call "the gap", Thrale Dunstane said.',
        'Bakers have trimmed every loaf by an inch, a habit shoppers call "loafshrink", Sionainn Thrale said.',
        'Nobody fished the stretch below the weir, which the older hands called "the drop", Aled Pryer said.',
    ],
)
def test_a_pet_name_or_a_groups_term_is_no_quote(text: str) -> None:
    """A name in capitals after 'calls it', and a term right after a verb of calling whose subject is a group of
    common nouns (after a relative word or a noun), are names used by habit, no one's words."""
    assert [q for q in quotes_of(text) if q[0] == "direct"] == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Ros Alderton railed against what she calls "paper walls" in the planning office.',
            "paper walls",
            "Ros Alderton",
        ),
        ('Ros Alderton said the levy was what some call "the quiet tax" on renters.', "the quiet tax", "Ros Alderton"),
        (
            'Ros Alderton said the buyers took what the growers called "a swindle" in good part.',
            "a swindle",
            "Ros Alderton",
        ),
        ('Ros Alderton calls the bypass "the worst road in Tarnbury".', "the worst road", "Ros Alderton"),
    ],
)
def test_a_speakers_own_word_for_a_thing_stays_hers(text: str, words: str, speaker: str) -> None:
    """A single speaker's 'what she calls', a vague 'some', a judgement opened by 'a' or ranked ('the worst') stay
    the speaker's words."""
    assert [s for k, s, q in quotes_of(text) if k == "direct" and words in q] == [speaker]


def test_an_appositive_holding_a_name_in_quotation_marks_is_the_writers() -> None:
    """', a part of what boatmen call "the Sump".' closing the sentence sums up the place the clause ends with: the
    quoted name is one of the appositive's words, and the reported clause ends before the appositive."""
    text = 'Ines Korda said the silt builds up in the lower basin, a part of what boatmen call "the Sump".'
    assert quotes_of(text) == [("indirect", "Ines Korda", "the silt builds up in the lower basin")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Merryn Treloweth said the mill would reopen in May, and she hoped the old looms could be saved.",
            "the mill would reopen in May, and she hoped the old looms could be saved",
        ),
        (
            "Merryn Treloweth said the mill would reopen in May, but she could promise nothing after that.",
            "the mill would reopen in May, but she could promise nothing after that",
        ),
        (
            "Merryn Treloweth said the mill would reopen in May, and she left the meeting early.",
            "the mill would reopen in May",
        ),
    ],
)
def test_a_pronoun_with_a_backshifted_modal_goes_on_with_the_report(text: str, words: str) -> None:
    """After ', and' or ', but', a pronoun and 'would', 'could' or 'hoped' is still what was said; a pronoun and
    another past verb is the writer's next sentence about the speaker."""
    assert quotes_of(text) == [("indirect", "Merryn Treloweth", words)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'Corran Vesey said the quarry had called the slate roofs "unsafe" — a word the council now repeats.',
            'the quarry had called the slate roofs "unsafe"',
        ),
        (
            "Corran Vesey said the quarry had cut its workforce by a third — a loss felt in every village on the hill.",
            "the quarry had cut its workforce by a third",
        ),
        (
            "Corran Vesey said the quarry needed three things — a new road, a loan and a buyer.",
            "the quarry needed three things — a new road, a loan and a buyer",
        ),
    ],
)
def test_an_appositive_after_a_dash_sums_up_as_the_writer(text: str, words: str) -> None:
    """After a dash, 'a' or 'an' opening a noun phrase that closes the sentence sums up the clause: the writer's
    gloss, not more of what was said; a list after the dash goes on with the clause."""
    assert [q for k, _, q in quotes_of(text) if k == "indirect"] == [words]


def test_a_verb_of_speech_before_of_is_a_noun() -> None:
    """', and press reports of A were unhelpful': 'reports' before 'of' is a noun, no other report; the clause goes
    on."""
    text = (
        "Corran Vesey said the survey did not find the ice shelf near collapse, and press reports of an imminent"
        " breakup were unhelpful."
    )
    words = (
        "the survey did not find the ice shelf near collapse, and press reports of an imminent breakup were unhelpful"
    )
    assert quotes_of(text) == [("indirect", "Corran Vesey", words)]


@pytest.mark.parametrize(
    "text",
    [
        "Tobin Ashgrove keeps a walled garden. He says most of his pears have names like “Ruddy Meg” and “Owl's Ear”.",
        'At the depot the board flashes a "amber nine" — the drivers\' term for a closed line, Tobin Ashgrove said.',
    ],
)
def test_names_given_as_examples_and_glossed_terms_are_no_quotes(text: str) -> None:
    """Quotations after 'names like' (each of a list), and one glossed after it as a term for something, are names
    and terms, no one's words."""
    assert [q for q in quotes_of(text) if q[0] == "direct"] == []


def test_a_speakers_own_word_for_a_thing_stays_a_quote() -> None:
    """'"A", her word for B': a speaker's possessive before the noun of a term keeps the quotation hers."""
    text = 'Ida Renn called the budget a "shambles", her word for most things the council does.'
    assert [(s, q) for k, s, q in quotes_of(text) if k == "direct"] == [("Ida Renn", "shambles")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The Harlow Ferry Company, which was wound up in 1990, said at the auction it had kept every ledger.",
            "it had kept every ledger",
        ),
        (
            "Lys Orban runs the kiln. She said in a voicemail later she was sick of the quarrel.",
            "she was sick of the quarrel",
        ),
        ("Lys Orban runs the kiln. She said on the radio that she would stand again.", "she would stand again"),
    ],
)
def test_a_clause_after_a_phrase_of_occasion_opens_on_a_pronoun(text: str, words: str) -> None:
    """'said at the auction it had ...': after a preposition and a few plain words of the occasion, a subject
    pronoun and a finite auxiliary open the reported clause, as 'that' does."""
    assert [q for k, _, q in quotes_of(text) if k == "indirect"] == [words]


@pytest.mark.parametrize(
    "text",
    [
        "The ferrymen tar the jetty each spring. A volunteer stencilled two words on the gate: “Mind Heads”.",
        "Volunteers gather by the board, where someone has scrawled in chalk: “NETS OUT BY NINE”.",
    ],
)
def test_words_painted_or_scrawled_are_no_speech(text: str) -> None:
    """A quotation a few words after a verb of putting words on a surface (painted, scrawled, carved) is words on a
    thing, no one's speech."""
    assert [q for q in quotes_of(text) if q[0] == "direct"] == []


def test_a_speech_verb_after_carving_out_keeps_the_quote() -> None:
    """'carved out a following ..., told me: "A"': the verb of speech between keeps the quotation speech."""
    text = 'Ned Alcorn, who carved out a following in the valley, told me: "We grew slowly."'
    assert [(s, q) for k, s, q in quotes_of(text) if k == "direct"] == [("Ned Alcorn", "We grew slowly.")]
