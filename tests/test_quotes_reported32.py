"""Reported speech, thirty-second session: invented sentences for each class (a loose group of lay people as the
speaker, which the gold of the invented sets leaves out)."""

from __future__ import annotations

from tests.quote_support import quotes_of

_WARDEN = "The warden of the Quillsby tide mill, Brisca Tallowmere, said the wheel would turn again by May."


def test_a_bare_plural_of_lay_people_is_no_source() -> None:
    """'Villagers say A': a plural of lay people with no article, possessive or number is the common voice of many,
    not one source's report (on main a clause of 'Villagers')."""
    text = f"{_WARDEN}\n\nVillagers say the millpond has silted up faster since the weir was lowered."
    assert quotes_of(text) == [("indirect", "Brisca Tallowmere", "the wheel would turn again by May")]


def test_a_loose_group_after_its_clause_or_partitive_is_no_source() -> None:
    """'A, customers say' and 'Several of the retired women said A': a group after its clause, and one after a loose
    quantifier and 'of the' (on main clauses of 'customers' and 'Several of the retired women')."""
    text = (
        f"{_WARDEN}\n\nThe flour tastes of hazel after a wet autumn, customers say.\n\n"
        "Several of the retired women said the miller's cat was older than the warden."
    )
    assert quotes_of(text) == [("indirect", "Brisca Tallowmere", "the wheel would turn again by May")]


def test_a_counted_or_owned_group_still_speaks() -> None:
    """Guards: 'Two neighbours said A' (counted), 'Her colleagues said A' (owned) and 'Friends of NAME said A' (a
    known person's circle) keep their clauses, as before."""
    text = (
        f"{_WARDEN}\n\nTwo neighbours said the sluice gate had been jammed open since Lammas.\n\n"
        "Her colleagues said she had mended the hopper herself.\n\n"
        "Friends of Orrick Pellew said the mill's old millstones went to a garden centre."
    )
    found = [(kind, words) for kind, _, words in quotes_of(text)]
    assert ("indirect", "the sluice gate had been jammed open since Lammas") in found
    assert ("indirect", "she had mended the hopper herself") in found
    assert ("indirect", "the mill's old millstones went to a garden centre") in found


def test_a_stance_after_and_or_but_is_the_speakers_next_act() -> None:
    """'NAME said A but played down B', 'said A and credited B with C': after a past clause, an act of judging
    ('played down', 'stopped short of', 'took responsibility', 'credited', 'attributed') is the speaker's own, so
    the clause ends before it (on main the clause ran on through it)."""
    text = (
        "The ferry's master, Odhran Selkirk, said the gangway had buckled in the swell but played down "
        "any danger to the cyclists aboard.\n\n"
        "Selkirk said the crossing ran an hour behind and credited his deckhand with steadying the ramp."
    )
    assert [words for _, _, words in quotes_of(text)] == [
        "the gangway had buckled in the swell",
        "the crossing ran an hour behind",
    ]


def test_a_participle_the_clause_shares_goes_on() -> None:
    """A guard: 'said the trustees had weighed and rejected a levy': after 'had' a past participle joined by 'and'
    is the clause's own, as before."""
    text = (
        "The harbour clerk, Wenna Trask, said the harbour trustees had weighed and rejected a levy for slipway users."
    )
    assert [words for _, _, words in quotes_of(text)] == [
        "the harbour trustees had weighed and rejected a levy for slipway users"
    ]


def test_organisers_or_critics_saying_in_the_present_are_a_common_voice() -> None:
    """'Critics say A', 'A, organisers say': a bare plural of people who speak for a cause or an event, before a
    present 'say', gives what is commonly held, no one source's report (on main clauses of 'Critics' and
    'organisers')."""
    text = (
        f"{_WARDEN}\n\nCritics say the restored wheel will grind more postcards than flour.\n\n"
        "The raffle at the open day sold out before noon, organisers say."
    )
    assert quotes_of(text) == [("indirect", "Brisca Tallowmere", "the wheel would turn again by May")]


def test_organisers_who_said_something_once_still_speak() -> None:
    """A guard: 'Organisers said after the millwrights' supper that A' reports one past statement and keeps its
    clause."""
    text = (
        "Organisers said after the millwrights' supper that the mill's open day had raised enough to reglaze the "
        "granary."
    )
    assert [words for _, _, words in quotes_of(text)] == [
        "the mill's open day had raised enough to reglaze the granary"
    ]


def test_a_title_or_a_haul_claimed_is_no_clause() -> None:
    """'NAME claimed her third title ... after B', 'claimed 4 for 19 as B': after a verb of claiming, a possessive or
    a number and no verb before 'after' or 'as' is a thing won, not words (on main two clauses of the rower and the
    bowler)."""
    text = (
        "Sculler Petra Vannock claimed her third Lanrick Head pennant on Saturday after the holder caught a crab.\n\n"
        "Off-spinner Gethin Olowe claimed 4 for 19 as the Quarrymen folded before tea."
    )
    assert quotes_of(text) == []


def test_a_claim_with_its_own_verb_is_still_reported() -> None:
    """A guard: 'claimed her rival had jumped the start' has its verb and stays a clause, as before."""
    text = "Sculler Petra Vannock claimed her rival had jumped the start."
    assert [(kind, words) for kind, _, words in quotes_of(text)] == [("indirect", "her rival had jumped the start")]
