"""Of the names in one sentence, a person surely of a pronoun's sex before a name that only looks like one:
'The fair was run by Ostley Marquees, whose foreman, Colin Trewin, apologised for the noise. He said ...' is Colin
Trewin, not 'Ostley Marquees' (two capitalised words, neither a first name: a firm's or a venue's name as often as
a person's)."""

from __future__ import annotations

from collections.abc import Callable

from digest.core.quotes.gender import first_name_gender, first_name_lean
from digest.core.quotes.names import HONORIFICS


def sure_person_first(names: list[str], gender: str, known: Callable[[str], bool]) -> list[str]:
    """``names`` (one sentence's, in the order written, each possibly of ``gender``) with the first one that opens
    with a first name of ``gender`` moved to the front, when the name written first only looks like a person's: of
    two or more words, none a first name, no honorific, not ``known`` as a person (met before, an age after it)."""
    if len(names) < 2 or not _thing_like(names[0], known):
        return names
    sure = next((n for n in names[1:] if first_name_gender(n.split()[0].split("-")[0]) == gender), None)
    return names if sure is None else [sure, *(n for n in names if n != sure)]


def _thing_like(name: str, known: Callable[[str], bool]) -> bool:
    words = name.split()
    if len(words) < 2 or name.startswith(HONORIFICS) or known(name):
        return False
    return all(first_name_lean(w.split("-")[0]) is None for w in words)
