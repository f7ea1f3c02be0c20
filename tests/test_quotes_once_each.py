"""One stretch of text is one quote, however many routes reach it (thirty-second session, the lead): invented scenes."""

from __future__ import annotations

from tests.quote_support import quotes_of

LIFEBOAT = (
    "The lifeboat came back to Hesketh Quay an hour after dusk, towing the stricken yacht.\n\n"
    "Coxswain Madoc Penhallow said he warned his crew before launching that 'no heroics were wanted', and that "
    "the swell would ease once they cleared the point."
)


def test_a_clause_reached_by_two_routes_is_listed_once() -> None:
    """'NAME said he warned his crew that "A", and that B': the clause B after 'and that' belongs to both the
    outer 'said' and the inner 'warned'; it is one reported quote, not two."""
    found = quotes_of(LIFEBOAT)
    clause = ("indirect", "Madoc Penhallow", "the swell would ease once they cleared the point")
    assert found.count(clause) == 1
    assert ("direct", "Madoc Penhallow", "no heroics were wanted") in found
