"""When a quoted stretch is speech at all (reported23, twenty-third session): names a thing is called by, whoever
calls it, are no one's words (invented sentences)."""

from __future__ import annotations

import pytest

from tests.quote_support import direct_quotes as _direct
from tests.quote_support import quotes_of


@pytest.mark.parametrize(
    "text",
    [
        'Senate Bill 88, which its author calls the "Grey Spine Act" after a ridge, would fund new footpaths.',
        'A beech that pupils called "Old Grumpy" fell across the lane during the storm, Tilda Marsh said.',
        "Pia Lund mourned her husband last spring.\n\nThe relay, which she called 'Paddles for Pip', raised £9,000.",
        'Campaigners have dubbed the proposed mast "Crag Needle." The parish meets again in July.',
        'Locals have started calling the flood "the Lodger," and Lorcan Hesketh said he saw why.',
    ],
)
def test_a_name_a_thing_is_called_by_is_no_quote(text: str) -> None:
    """A proper name after a verb of calling whose object is a thing (named between them, or a relative's
    antecedent) is the thing's name, no one's words."""
    assert _direct(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Tilda Marsh called the scheme "A Grand Folly" on Tuesday.', "A Grand Folly"),
        ('Tilda Marsh called the scheme "a grand folly" on Tuesday.', "a grand folly"),
        ('Tilda Marsh called the merger "Pure Folly" on Tuesday.', "Pure Folly"),
        ('Tilda Marsh called her old coach "Lady Frost" in her speech.', "Lady Frost"),
    ],
)
def test_a_judgement_or_a_persons_nickname_stays_quoted(text: str, words: str) -> None:
    """A judgement opened by 'A' or in lower case, and a name given to a person, stay the caller's words."""
    assert _direct(text) == [("Tilda Marsh", words)]


@pytest.mark.parametrize(
    "text",
    [
        '"Mind the Gulls," read one hand-painted sign nailed to the pier.',
        'Tilda Marsh said a buyer found the dinghy listed online under the title "Nearly new dinghy - offers only".',
        "Tilda Marsh also questioned the college's notice, run under the headline \"Tutors Find 'Secret' Savings\".",
        'The rule, according to the board\'s parking leaflet "Park It Right", is that blue bays take permits.',
    ],
)
def test_words_a_sign_a_heading_or_a_leaflet_carries_are_no_quote(text: str) -> None:
    """A sign that 'read' the quotation before it, a title or headline named by its noun, a leaflet's title: no
    one's words here (a reported clause may hold them)."""
    assert _direct(text) == []


def test_a_person_who_read_the_words_out_keeps_them() -> None:
    """'read' followed by a person, not a sign's noun: the reader's words."""
    assert _direct('"We are not moving," read Tilda Marsh from a statement.') == [("Tilda Marsh", "We are not moving")]


@pytest.mark.parametrize(
    "text",
    [
        'Tilda Marsh said the gym\'s sign-up form had a "pause" option ticked already.',
        'Tilda Marsh said the county had dropped the "park and stride" scheme after a year.',
        'Tilda Marsh said the club had lost the "gold" rating it won in 2021.',
    ],
)
def test_a_label_before_a_noun_of_a_kind_is_no_quote(text: str) -> None:
    """Plain lower-case words before a noun of a scheme, a rule or a device, or any before a noun of a category or
    setting, name a kind of thing: no one's words."""
    assert _direct(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Tilda Marsh said the council had a "reckless" scheme for the quay.', "reckless"),
        ('Tilda Marsh said the board ran a "rigged" process from the start.', "rigged"),
        ('Tilda Marsh said the port wanted "shared responsibility" options on the table.', "shared responsibility"),
    ],
)
def test_a_judgement_before_a_noun_stays_quoted(text: str, words: str) -> None:
    """An adjective or a participle before a scheme's noun is the speaker's judgement."""
    assert _direct(text) == [("Tilda Marsh", words)]


@pytest.mark.parametrize(
    "text",
    [
        'Tilda Marsh said tenants could report leaks through its "Drip Watch" app from Monday.',
        'Tilda Marsh said the utility had put out the "keep windows shut" notice overnight.',
        'The insurer said tenants could apply under its "Safe Roofs Scheme".',
    ],
)
def test_a_named_service_or_scheme_is_no_quote(text: str) -> None:
    """A proper name before a noun of a service a body runs, and a scheme's name ending in a scheme's noun, are
    no one's words."""
    assert _direct(text) == []


def test_a_grade_in_capitals_stays_quoted() -> None:
    """A capitalised grade before a noun of a category is not taken for a service's name (PolNeAR counts it)."""
    text = 'Tilda Marsh said the files were raised to the "Restricted" level last week.'
    assert _direct(text) == [("Tilda Marsh", "Restricted")]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ('The ferry was, in Oskar Lind\'s words, "a floating shed".', "Oskar Lind", "a floating shed"),
        (
            'In Oskar Lind\'s words, "We rowed out and nobody followed."',
            "Oskar Lind",
            "We rowed out and nobody followed.",
        ),
        ('In the words of one ferryman, "The tide never waits."', "ferryman", "The tide never waits."),
    ],
)
def test_in_someones_words_names_the_speaker(text: str, speaker: str, words: str) -> None:
    """'in NAME's words, "A"' and 'in the words of X, "A"': X said A."""
    assert _direct(text) == [(speaker, words)]


def _reported(text: str) -> list[tuple[str, str]]:
    return [(speaker, quoted) for kind, speaker, quoted in quotes_of(text) if kind == "indirect"]


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Carbury said the ferries had mostly run on time, although one crossing had left an hour late.",
        "Ivo Carbury said the pier could reopen in May, though the railings would need repainting first.",
    ],
)
def test_a_concession_in_reported_tense_is_the_speakers(text: str) -> None:
    """', although' or ', though' and a clause whose first verb is 'had', 'would', 'could' ... in reported tense goes
    on with what was said."""
    assert _reported(text) == [("Ivo Carbury", text.removeprefix("Ivo Carbury said ").rstrip("."))]


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Carbury said the pier could reopen in May, though he did not say who would pay.",
        "Ivo Carbury said the pier could reopen in May, though a contract has not been signed.",
    ],
)
def test_a_concession_in_the_writers_tense_ends_the_report(text: str) -> None:
    """A plain past or a present perfect after ', though' is the writer's: the report ends before it."""
    assert _reported(text) == [("Ivo Carbury", "the pier could reopen in May")]


@pytest.mark.parametrize(
    "follow_up",
    ['"And the side gate?"', '"Which hook?"'],
)
def test_a_short_verbless_question_after_an_answer_is_the_askers(follow_up: str) -> None:
    """'"Where were the keys, Mr Holt?" the lawyer asked.' / '"On the hook," Holt said.' / '"Which hook?"': a
    short question without a verb or a first person, after the answer, is the asker's follow-up (no 'you' needed)."""
    text = f'"Where were the keys, Mr Holt?" the lawyer asked.\n\n"On the hook," Holt said.\n\n{follow_up}'
    assert _direct(text)[-1] == ("lawyer", follow_up.strip('"'))


def test_a_full_question_after_an_answer_stays_the_answerers() -> None:
    """A question with a verb and no 'you' may be the answerer's own point: it is not given to the asker."""
    text = (
        '"Where were the keys, Mr Holt?" the lawyer asked.\n\n"On the hook," Holt said.\n\n'
        '"Why else would the council pay?"'
    )
    assert _direct(text)[-1] == ("Holt", "Why else would the council pay?")


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Carbury said the harbour board would dredge the channel, something fishermen have wanted for years.",
        "Ivo Carbury said the ferry carried 41,000 passengers, a figure that would have seemed absurd a decade ago.",
    ],
)
def test_an_appositive_summing_up_the_clause_is_the_writers(text: str) -> None:
    """', something X have wanted' and ', a figure that ...' after a reported clause sum it up: the writer's."""
    assert _reported(text) == [("Ivo Carbury", text.removeprefix("Ivo Carbury said ").rsplit(", ", 1)[0])]


def test_something_like_an_amount_stays_in_the_report() -> None:
    """', something like 40 boats' is the speaker's own approximation, not a summing-up."""
    text = "Ivo Carbury said the storm sank the fleet, something like 40 boats in one night."
    assert _reported(text) == [("Ivo Carbury", "the storm sank the fleet, something like 40 boats in one night")]


@pytest.mark.parametrize(
    "after",
    [
        "That was the verdict of Gorran Elphinstone, who has kept bees on the moor for 40 years, after the heather "
        "burn was brought forward a month and the keepers sat down to reckon the losses.",
        "Those were the words of Gorran Elphinstone as the keepers met at the inn.",
    ],
)
def test_that_was_the_verdict_of_names_the_bare_quotation_above(after: str) -> None:
    """A bare quotation paragraph, then 'That was the verdict of NAME' or 'Those were the words of NAME': NAME's."""
    text = f'"No hive on this moor has had a spring like it."\n\n{after}'
    assert _direct(text) == [("Gorran Elphinstone", "No hive on this moor has had a spring like it.")]


def test_a_view_of_a_body_in_lower_case_names_no_one() -> None:
    """'That was the view of the union': no capitalised name after 'of', no credit."""
    text = '"We will not be moved."\n\nThat was the view of the union.'
    assert _direct(text) == []


def test_an_attribution_after_but_reports_only_the_clause_after_it() -> None:
    """'A but, X said, B': A is a clause of the writer's before the coordinator; X reported B."""
    text = "The lifeboat launched late but, the coxswain said, the crew had reached the yacht in time."
    assert _reported(text) == [("coxswain", "the crew had reached the yacht in time")]


def test_an_attribution_inside_one_clause_reports_all_of_it() -> None:
    """'A, X said, B' with no coordinator before the attribution: the whole sentence is X's."""
    text = "The lifeboat, the coxswain said, had reached the yacht in time."
    assert _reported(text) == [("coxswain", "The lifeboat, the coxswain said, had reached the yacht in time")]


def test_a_result_set_against_a_record_is_the_writers() -> None:
    """', beating last year's record by 50' after a reported result: the writer's comparison."""
    text = "Ivo Carbury said 640 riders completed the climb, beating last year's record by nearly 50."
    assert _reported(text) == [("Ivo Carbury", "640 riders completed the climb")]


def test_an_object_before_but_is_no_subject_of_a_reported_clause() -> None:
    """'noted the grievance but had not answered': 'the grievance but had' is no clause (its subject would run past
    'but'), so 'noted' reports nothing of its own here."""
    text = "Ivo Carbury told the Herald the committee had noted the grievance but had so far not answered."
    assert _reported(text) == [("Ivo Carbury", "the committee had noted the grievance but had so far not answered")]


def test_a_reduced_relative_after_the_subject_is_passed() -> None:
    """'NAME, contacted by email, defended it but conceded that B': the aside opened by a participle and 'by' is passed
    to find the subject of the coordinated verb of speech."""
    text = "Tilda Marsh, contacted by email, defended the ranking but conceded that the choir had improved."
    assert _reported(text) == [("Tilda Marsh", "the choir had improved")]
