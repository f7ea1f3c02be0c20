"""Quotation marks that are no one's words, second round: the words a sign carries, names a group gives a place,
names with '&' (invented sentences)."""

from __future__ import annotations

import pytest

from tests.quote_support import direct_quotes as _direct


@pytest.mark.parametrize(
    "text",
    [
        'Pell Rourke said a hand-painted sign at the gate read "Geese Have Right of Way" all summer.',
        'Ada Mirren, in a faded cap bearing the words "Tidewater Rowing 1998," said she had never been prouder.',
        'Dozens of pickets wore shirts that said, "Not One More Closure," outside the depot, Lio Vance said.',
        'Lio Vance held up a placard which read: "No Toll On Our Bridge." He said the council had not listened.',
    ],
)
def test_the_words_a_sign_carries_are_no_quote(text: str) -> None:
    """'a sign read "X"', 'a banner reading "X"', 'bearing the words "X"', 'emblazoned with "X"': no one speaks."""
    assert _direct(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('The sign, Juno Pascoe said, "is a lie and always was."', "is a lie and always was."),
        ('Juno Pascoe read the banner aloud and said, "We will be back next spring."', "We will be back next spring."),
    ],
)
def test_a_speaker_beside_a_sign_still_speaks(text: str, words: str) -> None:
    """A person who says something about a sign, or reads it and speaks, still speaks: the quotation stays."""
    assert _direct(text) == [("Juno Pascoe", words)]


def test_words_on_a_sign_the_writer_gives_to_a_speaker_stay_quoted() -> None:
    """'a placard bearing "X," as NAME had said at the rally': the writer names whose words the sign carries."""
    text = 'Crews held a placard bearing the words "Fix the Slipway First," as Rona Kell had said at the rally.'
    assert _direct(text) == [("Rona Kell", "Fix the Slipway First")]


@pytest.mark.parametrize(
    "text",
    [
        'Her restaurant, "Gull & Anchor," closed in May, Tova Reyes said.',
        'Tova Reyes said her café, "Salt Kitchen," would close in May.',
        'Tova Reyes said the old pub, the "Lamp & Ladder," had been sold.',
    ],
)
def test_a_business_named_in_apposition_is_no_quote(text: str) -> None:
    """'her restaurant, "X & Y,"', and after 'said', where the noun opens the reported clause: the place's name."""
    assert _direct(text) == []


def test_a_self_described_label_is_no_quote() -> None:
    """'a self-described "harbour rat"', 'the self-styled "X"': a label the person goes by, not words said here."""
    assert _direct('Tova Reyes, a self-described "harbour rat," said the quay had been her playground.') == []


@pytest.mark.parametrize(
    "text",
    [
        'Locals call the bend "Gull Elbow," Ferris Dunn said, because of its shape.',
        'Ferris Dunn said residents have long called the estate "the Maze" and avoided it after dark.',
        'Ferris Dunn said the storm, which forecasters named "Hurricane Ada," would make landfall on Sunday.',
        'Ferris Dunn said she renamed the boat "Sea Lark" after her mother died.',
    ],
)
def test_a_name_a_group_gives_a_place_or_a_thing_is_no_quote(text: str) -> None:
    """'Locals call the bend "X"', 'which forecasters named "X"': a name given, in a title's capitals."""
    assert _direct(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Ferris Dunn called the plan "a disgrace" on Monday.', "a disgrace"),
        ('Ferris Dunn called the plan "A Total Disaster" on Monday.', "A Total Disaster"),
        ('Critics call the scheme "Project Gloom," Ferris Dunn said.', "Project Gloom"),
    ],
)
def test_a_judgement_after_call_stays_quoted(text: str, words: str) -> None:
    """A person's or critics' 'called the plan "X"' is their judgement, in any case: the quotation stays (reported
    by Ferris Dunn in each)."""
    assert _direct(text) == [("Ferris Dunn", words)]


@pytest.mark.parametrize(
    "text",
    [
        'Hollis Brand said a "Coats for Kids" drive had collected 300 jackets by Friday.',
        'Hollis Brand praised the annual "Paint the Pier Blue" weekend on Monday.',
        'Hollis Brand said the "Keep Kelby Tidy" signs were stolen.',
    ],
)
def test_a_name_before_its_noun_is_no_quote(text: str) -> None:
    """'a "Coats for Kids" drive': a name of three or more title words between an article and its noun."""
    assert _direct(text) == []


def test_a_judgement_in_title_capitals_before_a_conjunction_stays_quoted() -> None:
    """'called it a "X" and left': no noun follows, the words are the speaker's."""
    text = 'Hollis Brand called it a "Total Waste of Money" and left.'
    assert _direct(text) == [("Hollis Brand", "Total Waste of Money")]


@pytest.mark.parametrize(
    "text",
    [
        'Nadia Orme said the door marked "Crew Only" had been left open all night.',
        'Nadia Orme said the bins were labelled "Glass" but held plastic.',
    ],
)
def test_the_words_of_a_label_on_a_thing_are_no_quote(text: str) -> None:
    """'a door marked "X"', 'the bins were labelled "X"': a label's words, no one's."""
    assert _direct(text) == []


def test_a_person_labelling_a_plan_still_speaks() -> None:
    """'labelled the plan "a sham"': a person's judgement, not a label on a thing."""
    assert _direct('Nadia Orme labelled the plan "a sham" on Monday.') == [("Nadia Orme", "a sham")]


@pytest.mark.parametrize(
    "text",
    [
        'Locals know the cove as "Smugglers\' Rest," Bryn Keough said.',
        'Bryn Keough said residents knew it as "the Hollow" long before the estate was built.',
    ],
)
def test_a_name_a_group_knows_a_place_by_is_no_quote(text: str) -> None:
    """'Locals know the cove as "X"': the place's name among them."""
    assert _direct(text) == []


def test_a_short_name_before_a_sign_is_no_quote() -> None:
    """'a "Keep Out" sign': the sign's words, though only two."""
    assert _direct('Bryn Keough said a "Keep Out" sign had been torn down.') == []


@pytest.mark.parametrize(
    "text",
    [
        'Tam Ostrow pointed at the plaque: "Founded 1881 by the Guild of Coopers."',
        'Greta Lund held up her placard: "No Cuts to the Night Bus."',
    ],
)
def test_the_words_of_a_sign_after_its_noun_and_a_colon_are_no_quote(text: str) -> None:
    """'pointed at the plaque: "X"': what the plaque says."""
    assert _direct(text) == []


def test_words_claimed_after_a_sign_and_a_colon_stay_quoted() -> None:
    """'turned to the banner: "X," she said': a verb of speech after the quotation makes it hers."""
    text = 'Greta Lund turned to the banner: "That is a lie," she said.'
    assert _direct(text) == [("Greta Lund", "That is a lie")]


def test_a_name_given_in_the_passive_with_no_giver_is_no_quote() -> None:
    """'NAME has been called "the quiet one" at every regatta': a name given in the passive, no one named as
    giving it, is no one's words."""
    text = (
        'Halmar Strude, 41, has been called "the quiet one" at every regatta since he was a boy.'
        ' "I quite like it," he said.'
    )
    assert _direct(text) == [("Halmar Strude", "I quite like it")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'Halmar Strude was labelled "the laziest man in the club" by his coach, Wenna Polkerris.',
            "the laziest man in the club",
        ),
        ('Wenna Polkerris said the plan, which was branded "too timid by half", would go ahead.', "too timid by half"),
    ],
)
def test_a_passive_name_with_a_giver_or_a_fragment_stays_quoted(text: str, words: str) -> None:
    """A giver named after 'by', or a lower-case fragment that is no name, stays a quotation."""
    assert words in [w for _, w in _direct(text)]
