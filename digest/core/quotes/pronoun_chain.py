"""Whom a 'he' or 'she' does not stand for: a person met after the same pronoun that led the sentence (split off
``actors``), or a role of unknown sex when a person of the pronoun's sex is named after it in its sentence."""

from __future__ import annotations

import re
from collections.abc import Callable

from digest.core.lexicon import GROUP_NOUNS
from digest.core.quotes.actor_state import ActorState
from digest.core.quotes.gender import UNKNOWN, first_name_gender, name_gender
from digest.core.quotes.things import plural_role
from digest.core.speech_verbs import TELL_VERBS

CHAIN = 3
"""The most sentences back a chain of sentences opened by one pronoun reaches."""
_ROLE_WORDS = 3
"""The most words of a role that yields to a person named after it ('A BBC racing commentator')."""


def object_of(
    actor: ActorState,
    opened_by: dict[int, tuple[str, int]],
    sentence: int,
    pos: int | None,
    gender: str,
    led: Callable[[ActorState, int], bool] | None = None,
) -> bool:
    """The actor was last met, not as the subject and after the subject, in this sentence or the one before,
    whose subject is this same pronoun (``opened_by``: each sentence's leading pronoun's gender and place): 'He
    called Drury about the nets. "...," he wrote' (he is not Drury; but 'As for Drury, he ...' is). Further back,
    up to :data:`CHAIN` sentences, when every sentence since opens with this pronoun too, even a speaker met there
    yields to the pronoun the sentences go on with: 'He came back because his surgeon told him it was "gentle".
    He grins at that now. "Gentle," he says'. Not an actor met as the first subject of the sentence before the
    one the chain's pronoun led (``led``): the pronoun stands for that actor, who may be named again inside the
    chain ('NAME retired after losing to NAME2. He now coaches boys who call him FIRST. Asked ..., he laughed.
    "A," he said': NAME's, not NAME2's)."""
    rank = actor.rank_before(sentence, pos)
    if rank is None or rank[0] < sentence - CHAIN or (rank[1] == 1 and rank[0] >= sentence - 1):
        return False
    if any(opened_by.get(s, ("",))[0] != gender for s in range(rank[0] + 1, sentence)):
        return False  # a sentence since was led by someone else
    lead = opened_by.get(rank[0])
    if lead is None or lead[0] != gender or rank[2] <= lead[1]:
        return False  # 'As for NAME, he said': him
    return led is None or not led(actor, rank[0] - 1)


_OBJECTS = {"f": "her", "m": "him"}
_TELLING = "|".join(sorted(TELL_VERBS))
_READ_BACK = 1500
"""The most characters before the pronoun read for the role's telling (bounded: linear time)."""


def told_the_pronoun(actor: ActorState, text: str, gender: str) -> bool:
    """'A high school teacher told her that girls did not fire kilns. ... "A," she said': a role of unknown sex
    written in ``text`` (the paragraph before the pronoun and its own up to it) as the one who told 'her' (for a
    'she'; 'him' for a 'he') is not that pronoun's person: the article calls someone else so, whom the 'she' after
    it goes on with ('Her partner, NAME, a farrier, told her she should hold on. "A," she says')."""
    if actor.kind != "role" or actor.gender != UNKNOWN or gender not in _OBJECTS:
        return False
    told = re.compile(
        rf"\b{re.escape(actor.name)}(?:,[^.;:!?\"“”]{{1,60}},)?\s+(?:{_TELLING})\s+{_OBJECTS[gender]}\b", re.IGNORECASE
    )
    return told.search(text[-_READ_BACK:]) is not None


def _yielding_role(actor: ActorState, at: tuple[int, int | None]) -> tuple[int, int, int] | None:
    """Where ``actor``, a short singular role of unknown sex, was last met before ``at``: a role that may yield to
    a person of the pronoun's sex met after it in its sentence; None for any other actor (not 'People briefed on
    the plan', 'a representative for Mr NAME', 'growers')."""
    words = actor.name.lower().split()
    if actor.kind != "role" or actor.gender != UNKNOWN or len(words) > _ROLE_WORDS or words[0] in GROUP_NOUNS:
        return None
    return None if plural_role(actor.name) else actor.rank_before(*at)


def named_after_role(
    actor: ActorState,
    names: list[tuple[int, str]],
    places: list[int],
    at: tuple[int, int | None],
    gender: str,
    gender_of: Callable[[str], str],
) -> str | None:
    """'A local reporter called it "A", a line that NAME's wife, Greta, has had printed on a mug. "B," she says':
    a role of unknown sex, the pronoun's latest candidate, yields to the last person named after it in its own
    sentence whose name shows the pronoun's ``gender`` (``gender_of``). ``names`` and ``places`` are the names
    written so far with their sentences and where each stands in its paragraph; ``at`` the pronoun's sentence
    and place. Only the names of the role's sentence are read (linear time)."""
    rank = _yielding_role(actor, at)
    if rank is None:
        return None
    for index in range(len(names) - 1, -1, -1):
        seen_at, name = names[index]
        if seen_at < rank[0]:
            return None
        if seen_at == rank[0] and places[index] > rank[2] + len(actor.name) and gender_of(name) == gender:
            return name
    return None


def met_after_role(
    actor: ActorState, others: list[ActorState], at: tuple[int, int | None], gender: str
) -> ActorState | None:
    """'A club spokesperson said NAME was "A" and that she had been picked. "B," she says': a role of unknown sex,
    the pronoun's latest candidate, yields to a person of the pronoun's ``gender`` met after it in its own
    sentence among ``others`` (the pronoun's candidates, latest first), as :func:`named_after_role` finds one by
    the names written (a lone first name the person is called by is met, not written as a name)."""
    rank = _yielding_role(actor, at)
    if rank is None:
        return None
    for other in others:
        seen = other.rank_before(*at) if other is not actor and other.kind == "person" else None
        if seen is None or seen[0] != rank[0] or seen[2] <= rank[2]:
            continue
        single = " " not in other.name  # a lone first name ('Ana') shows its sex too
        if (first_name_gender(other.name) if single else name_gender(other.name)) == gender:
            return other  # the name itself shows the sex: 'Ana Reed', 'Ms Reed', 'Ana'; not a team's name
    return None
