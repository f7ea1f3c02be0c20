"""Names given to things ('a choir called "X"', 'the "X" badge', 'acted in "A" and "B"'): no one's words outside
anyone's reported speech (invented sentences)."""

from __future__ import annotations

import pytest

from tests.quote_support import direct_quotes as _direct


@pytest.mark.parametrize(
    "text",
    [
        'Marta Quill praised a reading group called "The Lamp Circle" for keeping the library open.',
        'Volunteers from a support network called "Harbour Hands" cleared the beach on Friday, Orla Benn said.',
        'The clip first appeared on an account named "Gullwatch," Orla Benn said.',
    ],
)
def test_a_thing_brought_in_and_named_is_no_quote(text: str) -> None:
    """'a group called "X"', 'an account named "X"': the thing's name, no one's words."""
    assert _direct(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Orla Benn attacked a budget the treasurer called "a careful start" on Monday.',
        'Orla Benn said nothing about the plan, which a rival dubbed "a costly folly."',
        'Orla Benn mocked the plan a rival dubbed "a costly folly" on Monday.',
    ],
)
def test_words_a_subject_called_something_stay_quoted(text: str) -> None:
    """A verb of calling with a subject of its own before it quotes that subject's words: the quotation stays (its
    speaker is not asserted: 'the treasurer called "X"' still goes to the sentence's subject, a wrong speaker left
    open)."""
    assert [quoted.rstrip(".") for _, quoted in _direct(text)] == [text.split('"')[1].rstrip(".")]


def test_a_name_inside_a_speakers_reported_clause_is_no_quote() -> None:
    """Inside a speaker's reported clause the name is still no one's words (PolNeAR's annotators count such a name as
    the speaker's wording; the figures say so)."""
    assert _direct('Orla Benn said she had founded a reading group called "The Lamp Circle" in 2009.') == []


@pytest.mark.parametrize(
    "text",
    [
        'Her group, "Kelby Mothers," has 400 members, Nell Farrow said.',
        'The ferry, the "Northern Gull," ran aground at 3 a.m., the coastguard said.',
    ],
)
def test_a_name_set_off_by_commas_after_a_noun_of_a_thing_is_no_quote(text: str) -> None:
    """'her group, "X,"', 'the ferry, the "X,"': the thing's name in apposition."""
    assert _direct(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Her reply, "Not This Year," came an hour later, Nell Farrow said.',
        'Nell Farrow told the crew, "Bring Her Home," and the ferry sailed.',
        'Nell Farrow wrote to the club, "Thank You All," after the match.',
    ],
)
def test_words_set_off_after_a_noun_stay_quoted_when_said(text: str) -> None:
    """A noun of something said is no named thing ('her reply, "Not This Year,"'), nor is a noun after a verb of
    speech or 'to' ('told the crew, "Bring Her Home,"'): the words stay quoted, Nell Farrow's."""
    assert _direct(text) == [("Nell Farrow", text.split('"')[1].rstrip(","))]


def test_a_title_joined_to_a_title_is_no_quote() -> None:
    """'opens with "A" and "B"': B, joined by 'and' to a title, is a title as well."""
    text = 'The festival opens on Friday with "Low Tide" and "Grey Harbour," two films by Kit Dorran, Nell Farrow said.'
    assert _direct(text) == []


def test_words_joined_to_a_title_stay_quoted() -> None:
    """Only a quotation in a title's capitals joins a title: lower-case words after 'and' are said."""
    text = '"I was so proud of it," Kit Dorran said of "Low Tide" and "every soul who worked on it."'
    assert _direct(text) == [("Kit Dorran", "I was so proud of it"), ("Kit Dorran", "every soul who worked on it.")]


def test_a_quoted_label_paragraph_is_no_quote() -> None:
    """'"Update:"' as a paragraph of its own: a label's word and its colon, no one's words."""
    text = (
        '"We will reopen the pier in spring," Nell Farrow told the council.\n\n"Update:"\n\nThe pier reopened in May.'
    )
    assert _direct(text) == [("Nell Farrow", "We will reopen the pier in spring")]


@pytest.mark.parametrize(
    "text",
    [
        'Kit Dorran, a fisherman known on the quays as "Skipper," said the quota was unfair.',
        'Nell Farrow, who led Operation "Quiet Harbour" in 2011, said the navy was ready.',
        'Nell Farrow, nicknamed "the Iron Gull" by colleagues, said she would not resign.',
        'The proposal, dubbed "Pier 2030" by planners, would add 300 berths, Nell Farrow said.',
        'Kit Dorran, whose boat is named "Sea Lark," said the catch was the worst in years.',
        'Kit Dorran, 54, who goes by "Dorry," said the ferry was late again.',
    ],
)
def test_a_name_a_person_or_thing_goes_by_is_no_quote(text: str) -> None:
    """Names given in an appositive or the passive ('a fisherman known on the quays as "X"', 'nicknamed "the X" by
    colleagues', 'is named "X"'), after 'goes by' or a capitalised 'Operation': no one's words."""
    assert _direct(text) == []


def test_a_phrase_dubbed_with_an_object_after_it_stays_quoted() -> None:
    """'dubbed "A" her finest hour': the subject's words about A, not a name given in the passive."""
    text = 'Nell Farrow, the harbour master, dubbed "the Year of the Gull" her finest hour.'
    assert _direct(text) == [("Nell Farrow", "the Year of the Gull")]


@pytest.mark.parametrize(
    "text",
    [
        'Under the banner "Hands Off Our Harbour," about 300 people marched on Saturday, organiser Nell Farrow said.',
        'Kit Dorran wrote under the name "J. K. Gull" for a decade, his publisher said.',
        'Her mantra, "Slow and Steady," got her through the strike, Nell Farrow said.',
        'Kit Dorran, whose stage name is "Dizzy Gull," said the tour was sold out.',
    ],
)
def test_a_name_or_banner_named_by_its_noun_is_no_quote(text: str) -> None:
    """'under the banner "X"', 'the name "X"', 'her mantra, "X,"', 'whose stage name is "X"': the word named."""
    assert _direct(text) == []


def test_a_motto_joined_by_is_stays_quoted() -> None:
    """Only a noun of a name joins its quotation through 'is': 'the motto is "X"' may be the speaker's words."""
    text = 'The shop\'s motto is "Mend Before You Spend," its owner, Nell Farrow, said.'
    assert _direct(text) == [("Nell Farrow", "Mend Before You Spend")]


@pytest.mark.parametrize(
    "text",
    [
        'Nell Farrow watched "Harbour Nights" every Sunday as a child, she said.',
        'Kit Dorran played "Low Water Blues" on the fiddle, and the crowd cheered, Nell Farrow said.',
    ],
)
def test_a_work_performed_or_watched_is_no_quote(text: str) -> None:
    """'watched "X"', 'played "X"': a title in a title's capitals right after a verb of performing or watching."""
    assert _direct(text) == []


def test_a_name_set_off_by_dashes_after_a_noun_of_a_thing_is_no_quote() -> None:
    """'a referendum — "X" —': the referendum's name, set off by dashes."""
    text = (
        'In May the island votes on the trust\'s referendum — "Keep the Ferry Public" — and Nell Farrow says she will '
        "campaign for it."
    )
    assert _direct(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'The "Kelby Five," as the protesters became known, were released on bail, Nell Farrow said.',
        'Officers used "stop and search," as the tactic is called, on 400 people last year, Nell Farrow said.',
    ],
)
def test_a_quotation_as_it_is_known_is_no_quote(text: str) -> None:
    """'"X," as the protesters became known', '"X," as the tactic is called': a name or term, no one's words."""
    assert _direct(text) == []


def test_a_coinage_as_a_person_dubbed_it_stays_theirs() -> None:
    """'"X," as NAME dubbed her blog': the person's own coinage stays quoted."""
    assert _direct('"Harbour Watch," as Nell Farrow dubbed her blog, drew few readers.') == [
        ("Nell Farrow", "Harbour Watch")
    ]
