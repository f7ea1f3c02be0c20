"""Feature writing: a paragraph that goes on about the article's main person as 'he' or 'she' ('At dusk she locks
up. "A," she says') keeps the pronoun for that person, not for a source quoted in the paragraph before.

In news, 'NAME said A. / He added B' goes on with the last speaker, so the rule reads only paragraphs of a
feature's shape: one present-tense attribution in the paragraph ('she says'), a first 'he' or 'she' that does not
speak ('He added', 'She said'), and no name, no speech verb and no fronted 'Asked ...' before it."""

from __future__ import annotations

import re

from digest.core.quotes.actor_state import ActorState
from digest.core.speech_verbs import ASKED, CUE_VERBS

_PRESENT_SPEECH = re.compile(r"\b(?:says|adds|recalls|admits|explains|insists)\b")
"""A present-tense attribution: the paragraph is a feature's ('she says'), not a news report's ('she said')."""
_FIRST_WORD = re.compile(r"\s*([\w'\u2019-]+)")
_NAMED = re.compile(r"[a-z,] [A-Z]")
"""A capitalised word inside the sentence: a name written before the pronoun."""
_NOT_ACTS = CUE_VERBS | {"also", "then", "later"}
"""Words after the paragraph's first pronoun that make it a speaker going on ('He also', 'She said')."""
_MAIN_MENTIONS = 6
"""The fewest mentions of the article's main person (a run of 'he' or 'she' carries it)."""
_READ = 2000
"""The most characters of a paragraph read for its shape (bounded)."""


def narrates_one(para: str, pronoun: str, names: set[str]) -> bool:
    """The paragraph opens as a feature's narration of one person as ``pronoun`` ('he' or 'she'): it holds a
    present-tense attribution, opens with no name (``names``: the words of the people's names) nor 'Asked', and
    its first ``pronoun`` is a subject that does not speak, with no name nor speech verb before it ('At dusk she
    locks up', 'So what will he do now?'; not 'Her uncle says he ...', 'NAME, 40, says she ...')."""
    text = para[:_READ]
    if not _PRESENT_SPEECH.search(text):
        return False
    first = _FIRST_WORD.match(text)
    if first is None or first.group(1) in names or first.group(1).lower() in ASKED:
        return False
    found = re.search(rf"\b{pronoun}\b\s+(\w+)", text, re.IGNORECASE)
    if found is None or found.group(1).lower() in _NOT_ACTS:
        return False
    before = text[: found.start()]
    if any(w in CUE_VERBS for w in re.findall(r"\w+", before.lower())):
        return False  # 'Her father says he ...': the pronoun inside another's reported words
    return _NAMED.search(before) is None


def main_person(actors: list[ActorState], gender: str) -> ActorState | None:
    """The person the article mentions most (every mention, pronouns too), when known to be of ``gender`` and
    mentioned at least :data:`_MAIN_MENTIONS` times; None otherwise."""
    counts: dict[int, int] = {}
    roots: dict[int, ActorState] = {}
    for a in actors:
        r = a.root()
        counts[id(r)] = counts.get(id(r), 0) + a.mentions
        roots[id(r)] = r
    if not roots:
        return None
    best = max(roots.values(), key=lambda r: counts[id(r)])
    if best.kind != "person" or best.gender != gender or counts[id(best)] < _MAIN_MENTIONS:
        return None
    return best
