"""A speaker described, then named by the words the writer was given: 'the caller, who gave her name as Brenna',
'a fisherman, who gave only his first name, Tom', 'a nurse who asked to be identified only as Ana'. Radio write-ups,
vox pops and features name people so; the speaker is that person (of the sex the pronoun shows), the description
their role."""

from __future__ import annotations

import re

from digest.core.quotes.speakers import Mention

_NAME = r"([^\W\d_a-z][^\W\d_]+(?:[-'’][^\W\d_]+)?(?: [^\W\d_a-z][^\W\d_]+)?)"
_GIVEN = re.compile(
    r"\s*,?\s*who\s+(?:has\s+|had\s+)?(?:gave|given|gives|give|would\s+give)\s+(?:only\s+)?(her|his)\s+"
    rf"(?:first\s+|full\s+)?name\s*(?:only\s+)?(?:as\s+|,\s*){_NAME}"
    r"|\s*,?\s*who\s+(?:asked|wished|wanted)\s+to\s+be\s+(?:identified|named|called|known)\s+only\s+"
    rf"(?:as\s+|by\s+(her|his)\s+first\s+name,?\s+){_NAME}"
)
"""', who gave her name as NAME', ', who gave only his first name, NAME', ', who asked to be identified only as
NAME'."""
_LOOK = 120
"""The most characters after a description read for the name given (bounded: linear time)."""


def named_as(para: str, end: int, described: Mention) -> Mention | None:
    """The person a description ending at ``end`` of ``para`` is named as right after it (see the module), with
    the description as their role; None when no name is given so."""
    if described.kind != "role" or end < 0:
        return None
    found = _GIVEN.match(para, end, end + _LOOK)
    if found is None:
        return None
    pronoun = found.group(1) or found.group(3)
    name = found.group(2) or found.group(4)
    gender = {"her": "f", "his": "m"}.get(pronoun or "", "?")
    return Mention(name, name, described.name, "person", gender)
