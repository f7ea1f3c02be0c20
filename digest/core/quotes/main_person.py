"""Feature writing: a paragraph that goes on about the article's main person as 'he' or 'she' ('At dusk she locks
up. "A," she says') keeps the pronoun for that person, not for a source quoted in the paragraph before.

In news, 'NAME said A. / He added B' goes on with the last speaker, so the rule reads only paragraphs of a
feature's shape: one present-tense attribution in the paragraph ('she says'), a first 'he' or 'she' that does not
speak ('He added', 'She said'), and no name, no speech verb and no fronted 'Asked ...' before it; or a paragraph
that opens with the quotation ('"A," she says') after one that narrates one person only ('Could she stop? She
turns a brush over.': the pronoun in every sentence, no name, no speech)."""

from __future__ import annotations

import re

from digest.core.quotes.actor_state import ActorState
from digest.core.speech_verbs import ASKED, CUE_VERBS, REPORT_VERBS

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


_OPENS_QUOTED = re.compile(r"\s*[\"\u201c\u2018']")
"""A paragraph opening with a quotation mark: the quotation comes before its cue."""
_QUOTATION = re.compile(r"(?:^|\s)[\"\u201c\u2018']|[\"\u201d]")
"""A quotation mark opening or closing a quotation (not an apostrophe inside a word)."""


def narrated_before(para: str, before: str, pronoun: str, names: set[str]) -> bool:
    """The paragraph opens with a quotation and a present-tense attribution ('"A," she says'), after a paragraph that
    narrates one person as ``pronoun`` and quotes no one ('Does she miss it? She considers the question.'): its
    first word is no name nor 'Asked', it holds no quotation mark and no verb of speech, each of its sentences holds
    the pronoun, and no capitalised word stands inside a sentence."""
    if _OPENS_QUOTED.match(para) is None or not _PRESENT_SPEECH.search(para[:_READ]):
        return False
    text = before[-_READ:]
    first = _FIRST_WORD.match(text)
    if first is None or first.group(1) in names or first.group(1).lower() in ASKED or _QUOTATION.search(text):
        return False
    if any(w in _SPOKEN for w in re.findall(r"\w+", text.lower())):
        return False
    if re.search(rf"\b{pronoun}\b", text, re.IGNORECASE) is None or _NAMED.search(text) is not None:
        return False
    pronoun_in = re.compile(rf"\b{pronoun}\b", re.IGNORECASE)
    return all(pronoun_in.search(sentence) for sentence in _SENTENCE_END.split(text.strip()))


_SPOKEN = REPORT_VERBS | ASKED | {"saying", "telling"}
"""Verbs of speech that make a paragraph a report of what someone said, not narration ('points', 'continues' may
narrate: 'she points to a row of vines')."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
"""Where one sentence of a paragraph ends and the next begins."""


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
