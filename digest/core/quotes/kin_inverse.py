"""A relative named back from a relative ('Her son, now 14, plays drums. His mother said ...'): 'his mother' is
the woman whose son the sentence before named, the one 'her' stood for there.

The earlier phrase is a possessive and a noun of kin opening a sentence of the same paragraph ('Her son', 'His
daughter', 'Her husband'); the later one a possessive of that relative's sex and the inverse noun of kin ('his
mother', 'her father', 'his wife'), of the first possessive's sex. The speaker is whom that first possessive
stands for, found as its pronoun would be; nobody when no person is found."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from digest.core.quotes.mentions import Mention

if TYPE_CHECKING:
    from digest.core.quotes.actor_state import ActorState
    from digest.core.quotes.actors import Registry

_CHILD_OR_SPOUSE = {"son": "m", "daughter": "f", "husband": "m", "wife": "f"}
"""Nouns of kin that name a relative of one sex, whose inverse noun names the other side."""
_INVERSE = {
    ("son", "mother"),
    ("son", "father"),
    ("daughter", "mother"),
    ("daughter", "father"),
    ("husband", "wife"),
    ("wife", "husband"),
}
_PARENT_OR_SPOUSE = {"mother": "f", "father": "m", "wife": "f", "husband": "m"}
_POSSESSIVE = {"his": "m", "her": "f"}
_FIRST = re.compile(r"(?:^|[.!?]\s+)(Her|His) (son|daughter|husband|wife)\b")
"""'Her son' or 'His wife' opening a sentence."""
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_REACH = 2_000
"""How far before the current sentence 'Her son' is looked for (the sentence right before, bounded so that each
mention reads a fixed stretch of the paragraph: linear time in a hostile paragraph)."""


def inverse_kin_person(registry: Registry, m: Mention, sentence: int, para: str, start: int) -> ActorState | None:
    """The person a role such as 'His mother' stands for after 'Her son' opened a sentence before it in the same
    paragraph (``para``, the current sentence starting at ``start``), right before it; None otherwise."""
    words = m.text.lower().split()
    if m.kind != "role" or len(words) != 2 or words[0] not in _POSSESSIVE or words[1] not in _PARENT_OR_SPOUSE:
        return None
    found = next(reversed(list(_FIRST.finditer(para, max(0, start - _REACH), start))), None)  # the latest before it
    if found is None:
        return None
    first_gender, relative = _POSSESSIVE[found.group(1).lower()], found.group(2)
    if (relative, words[1]) not in _INVERSE or _POSSESSIVE[words[0]] != _CHILD_OR_SPOUSE[relative]:
        return None
    if _PARENT_OR_SPOUSE[words[1]] != first_gender:
        return None
    if len(_SENTENCE_END.findall(para, found.end(), start)) > 1:
        return None  # the relative was named in the sentence right before, not earlier
    pronoun = "she" if first_gender == "f" else "he"
    at = found.start(1)
    person = registry.pronoun_of(Mention(found.group(1), pronoun, None, "pronoun", first_gender), sentence - 1, at)
    return person if person is not None and person.kind == "person" else None
