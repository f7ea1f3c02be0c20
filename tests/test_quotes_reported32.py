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
