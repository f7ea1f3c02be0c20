"""A speaker rarely names himself by his first name alone: '"Tom's a crafty one," he said' is not Tom's words."""

from __future__ import annotations

import re

from digest.core.quotes.actor_state import ActorState
from digest.core.quotes.gender import first_name_lean, person_title
from digest.core.quotes.tokens import QUOTATION_MARKS

_SELF_INTRODUCTION = re.compile(r"(?:\bi[’']m|\bi am|\bname is|\bname[’']s|\bcall me|\bthis is|\bit[’']s)\s*$", re.I)
"""Words before a first name that give it as the speaker's own ('I'm Tom', 'call me Tom')."""
_NESTED = re.compile(r"(?<!\w)[‘'][^‘'’]*[’'](?!\w)|“[^“”]*”")
"""Words quoted inside the quotation, where others may call the speaker by name ('She said, ‘Tom, go home.’')."""


def names_self_by_first_name(actor: ActorState, quotation: str) -> bool:
    """``quotation`` (a quotation token, marks and all) speaks of ``actor`` by the first name alone, not to them
    ('Tom, listen') nor in words quoted inside it, nor as an introduction ('I'm Tom'), nor before another name
    ('Tom Baker'): the words are someone else's ('"Tom's a crafty one," he said' after 'Tom Reyes' was named)."""
    words = actor.name.split()
    if actor.kind != "person" or len(words) < 2 or first_name_lean(words[0]) is None:
        return False
    said = _NESTED.sub(" ", quotation.strip(QUOTATION_MARKS))
    for found in re.finditer(rf"\b{re.escape(words[0])}\b(?!\s+[A-Z])(?![,!?])", said):
        if not _SELF_INTRODUCTION.search(said[max(0, found.start() - 12) : found.start()]):
            return True
    return False


def passed_over(avoided: ActorState | None, name: str) -> bool:
    """``name``, as written, is the ``avoided`` actor's (:attr:`Registry.avoided`): a pronoun does not stand for it."""
    return avoided is not None and (name == avoided.name or name in avoided.aliases)


def addressed_by_first_name(actor: ActorState, quotation: str) -> bool:
    """``quotation`` calls out to ``actor`` by the first name, opening it or after a pause ('Tom, listen.',
    'Honestly, Tom?'), or is that name alone ('Tom.', a warning or a protest in a quarrel), outside words quoted
    within it: words said to that person, not by them."""
    words = actor.name.split()
    if actor.kind != "person" or len(words) < 2 or not _given_name(words[0]):
        return False
    said = _NESTED.sub(" ", quotation.strip(QUOTATION_MARKS))
    if said.strip().rstrip(_NAME_ALONE_ENDS) == words[0]:
        return True
    return re.search(rf"(?:^|[,.!?;]\s+){re.escape(words[0])}(?=\s*[,?!]|\.?\s*$)", said) is not None


def _given_name(word: str) -> bool:
    """``word``, the first of a person's full name, may be a given name: a known first name, or a capitalised word
    that is no honorific or title ('Ailbhe' of 'Ailbhe Ní Dhrisceoil', which the table of first names lacks)."""
    return first_name_lean(word) is not None or (word[:1].isupper() and not person_title(word))


_VOCATIVE = re.compile(r",\s+[^\W\d_a-z][^\W\d_]+\s*(?:[,?!]|\.?\s*$)")
"""A capitalised word after a comma, before a comma, '?' or '!' or closing the words ('..., Ailbhe?'): a name
called out to."""


_NAME_ALONE_ENDS = ".!?…"
"""The stops after a first name said alone ('Tom.', 'Tom!', 'Tom...')."""


def not_theirs(actor: ActorState, quotation: str) -> bool:
    """``quotation`` speaks of ``actor`` by the first name alone, or calls out to them so: not their words."""
    return names_self_by_first_name(actor, quotation) or addressed_by_first_name(actor, quotation)


_CAPITALISED = re.compile(r"\b[^\W\d_a-z][^\W\d_]+")
"""A word of letters opening with a capital, accented ones too ('Seán', 'Éamon'): the words :func:`names_anyone`
reads."""


def names_anyone(quotation: str) -> bool:
    """``quotation`` holds a word that is a known first name, or a name called out to after a comma (a cheap test
    before :func:`not_theirs` is asked)."""
    if any(first_name_lean(word) is not None for word in _CAPITALISED.findall(quotation)):
        return True
    return _VOCATIVE.search(quotation.strip(QUOTATION_MARKS)) is not None
