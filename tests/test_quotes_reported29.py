"""Reported speech, twenty-ninth session: invented sentences for each class (a claim owned by a possessive in a
verb's object, and a participle after it)."""

from __future__ import annotations

from tests.quote_support import quotes_of

_APPEAL = "Tobrin Hestledge, a rowing coach from Pellmouth, appealed against his ban in March."


def test_a_claim_after_a_possessive_is_its_owners() -> None:
    """'The board dismissed his claim that A "B"': 'claim' is a noun owned by 'his', not a verb whose subject is the
    words before it; the quoted words are the owner's, and the claim is no clause of reported speech (the gold's
    convention; on main both were 'board dismissed his')."""
    text = f'{_APPEAL}\n\nThe board dismissed his claim that the regatta timings had been "plainly doctored".'
    assert quotes_of(text) == [("direct", "Tobrin Hestledge", "plainly doctored")]


def test_a_participle_after_an_owned_claim_goes_on_from_the_sentence_subject() -> None:
    """'The stewards dismissed his claim that A, noting that B': B is the stewards', the subject of the verb whose
    object is the claim, not the claim's owner (on main both were 'stewards dismissed his')."""
    text = (
        f"{_APPEAL}\n\nThe stewards dismissed his claim that the regatta timings had been falsified, noting that "
        "two umpires had checked every heat."
    )
    assert quotes_of(text) == [("indirect", "stewards", "two umpires had checked every heat")]


def test_a_sister_replying_is_no_claim() -> None:
    """A near case: 'her sister replies that A' is a verb whose subject is 'her sister' (a possessive two words
    before a verb of speech owns no claim)."""
    text = "Idrena Polwhistle runs the shop.\n\nAsked about the lease, her sister replies that the rent has doubled."
    assert quotes_of(text) == [("indirect", "her sister", "the rent has doubled")]


def test_a_claim_upheld_is_the_subjects() -> None:
    """'NAME repeated his claim that A "B"': after a verb of upholding one's own claim the owner is its subject,
    not the man named last before the sentence (a guard: main read the words before the noun as the speaker and
    reached the same person)."""
    text = (
        f"{_APPEAL}\n\nThe chief umpire, Quellan Vesk, told the hearing that every heat had been timed twice.\n\n"
        'Hestledge repeated his claim that the regatta timings had been "plainly doctored".'
    )
    assert quotes_of(text)[-1] == ("direct", "Tobrin Hestledge", "plainly doctored")


def test_a_sources_short_form_in_brackets_is_passed_over() -> None:
    """'According to ORG (ACR), A': the short form in brackets after the source's name is no part of the clause;
    on main the source stopped at the bracket and no clause was found."""
    text = "According to the Tarrowby Inland Fisheries Board (TIFB), eel catches fell by a third last year."
    assert quotes_of(text) == [("indirect", "Tarrowby Inland Fisheries Board", "eel catches fell by a third last year")]


def test_a_role_with_an_agents_ending_speaks_through_a_participle() -> None:
    """'The night watchman waved the lorries through, saying A': a lower-case role with an agent's ending
    ('watchman') is a subject that may speak, as a listed role noun is; on main the clause was dropped."""
    text = "The night watchman waved the lorries through, saying the gate would shut at six."
    assert quotes_of(text) == [("indirect", "night watchman", "the gate would shut at six")]


def test_a_job_before_a_name_and_an_aside_opens_the_subject() -> None:
    """'Norwegian kayaker NAME, paddling ..., said A': a job (and a nationality) written before the name opens the
    subject before the aside; on main the name had to open the sentence and the clause was dropped."""
    text = "Norwegian kayaker Elunedd Tregarthy, paddling the estuary for a week, said the tides had surprised her."
    assert quotes_of(text) == [("indirect", "Elunedd Tregarthy", "the tides had surprised her")]


def test_one_of_a_group_doing_something_then_a_name() -> None:
    """'One man queuing for the ferry at dawn, NAME, 61, said A': a phrase picking one of a group may run to seven
    words or more before the name set off after it; on main six was the most and the clause was dropped."""
    text = "One man queuing for the ferry at dawn, Teodric Quarrifax, 61, said the crossing had been cancelled twice."
    assert quotes_of(text) == [("indirect", "Teodric Quarrifax", "the crossing had been cancelled twice")]


def test_a_bodys_short_form_before_its_verb_and_a_participle() -> None:
    """'Meanwhile, the ORG (ACR) welcomed the decision, saying A': the short form in brackets after the body's name
    stands between the subject and its verb; on main the verb was not found there and the clause was dropped."""
    text = "Meanwhile, the Tarrowby Eel Fishers Guild (TEFG) welcomed the ruling, saying quotas would be kept."
    assert quotes_of(text) == [("indirect", "Tarrowby Eel Fishers Guild", "quotas would be kept")]
