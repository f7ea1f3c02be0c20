"""A participle clause fronted before a sentence's subject and read into its speaker phrase ('Raised by an aunt
in Brest, NAME ... later said', 'Trained as a nurse, NAME ... said'): the clause names no one; the name after
its comma is the speaker."""

from __future__ import annotations

from digest.core.lexicon import IRREGULAR_PAST, PHRASE_LINKS
from digest.core.quotes.gender import first_name_lean
from digest.core.quotes.tokens import Tok

_PARTICIPLES = IRREGULAR_PAST | frozenset(
    [
        "born",
        "bred",
        "grown",
        "known",
        "taken",
        "given",
        "written",
        "shown",
        "thrown",
        "driven",
        "chosen",
        "beaten",
        "forgotten",
    ]
)
"""Past participles not ending in '-ed' that open a fronted clause ('Born in', 'Brought up by', 'Known as')."""
_SHORTEST_REGULAR = 4
"""A regular participle is longer than this ('Asked'; not 'Reed')."""
_AFTER_PARTICIPLE = PHRASE_LINKS | frozenset({"as", "into", "up", "out", "near", "under", "abroad"})
"""Words right after the participle of a fronted clause: a preposition, 'as', a particle ('Brought up')."""


def fronted_participle(part: list[Tok]) -> bool:
    """The comma-separated part opens with a capitalised past participle and a preposition ('Born in Tartu',
    'Educated at a convent school', 'Trained as a nurse'): a fronted clause, no name. A first name is no
    participle ('Alfred in ...')."""
    if len(part) < 2 or not part[0].is_cap or part[1].norm not in _AFTER_PARTICIPLE:
        return False
    word = part[0].norm
    regular = word.endswith("ed") and len(word) > _SHORTEST_REGULAR
    return (regular or word in _PARTICIPLES) and first_name_lean(word) is None


def past_fronted(parts: list[list[Tok]]) -> list[list[Tok]]:
    """A speaker phrase's parts without a fronted participle clause opening it, when a part follows it."""
    return parts[1:] if len(parts) > 1 and fronted_participle(parts[0]) else parts
