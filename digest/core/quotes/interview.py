"""Interviews printed as questions and answers ('Q: ...' then 'A: ...'): each answer is the interviewee's words.

An answer carries no quotation marks and no verb of speech, so no other pass finds it. An article is read as
an interview when at least two paragraphs open with an answer label 'A:' (or with 'A.' when a paragraph also
opens with 'Q.': 'A. J. Pike said' alone is an initial). The interviewee is the person the introduction names
most often before the first answer (the first named of those named equally often).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_LABEL = r"(?:\*\*|__)?{letter}\s*{stop}(?:\*\*|__)?\s+(?=\S)"
_ANSWER_COLON = re.compile(_LABEL.format(letter="A", stop=":"))
_ANSWER_STOP = re.compile(_LABEL.format(letter="A", stop=r"\."))
_QUESTION_STOP = re.compile(_LABEL.format(letter="Q", stop=r"\."))
_FEWEST_ANSWERS = 2


def answer_labels(paras: Sequence[str]) -> re.Pattern[str] | None:
    """The label that opens the answers of an interview printed as questions and answers, or None when these
    paragraphs are not one."""
    if sum(1 for p in paras if _ANSWER_COLON.match(p)) >= _FEWEST_ANSWERS:
        return _ANSWER_COLON
    answers = sum(1 for p in paras if _ANSWER_STOP.match(p))
    if answers >= _FEWEST_ANSWERS and any(_QUESTION_STOP.match(p) for p in paras):
        return _ANSWER_STOP
    return None


def answer_start(label: re.Pattern[str], para: str) -> int | None:
    """Where an answer's words start, after its label; None when the paragraph is no answer."""
    m = label.match(para)
    return m.end() if m is not None else None


def interviewee(names_seen: Sequence[tuple[int, str]]) -> str | None:
    """The full name of the person named most often (by surname) in ``names_seen`` (sentence, name), in the
    order they were written; the first named wins a tie. None when no one was named."""
    counts: dict[str, int] = {}
    full: dict[str, str] = {}
    for _, name in names_seen:
        surname = name.split()[-1]
        counts[surname] = counts.get(surname, 0) + 1
        if len(name.split()) > len(full.get(surname, "").split()):
            full[surname] = name
    if not counts:
        return None
    best = max(counts.values())
    return full[next(s for s, n in counts.items() if n == best)]
