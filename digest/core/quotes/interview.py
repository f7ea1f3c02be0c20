"""Interviews printed as questions and answers ('Q: ...' then 'A: ...'): each answer is the interviewee's words.

An answer carries no quotation marks and no verb of speech, so no other pass finds it. An article is read as
an interview when at least two paragraphs open with an answer label 'A:' (or with 'A.' when a paragraph also
opens with 'Q.': 'A. J. Pike said' alone is an initial) and at least a quarter of them speak in the first person
(an explainer's answers do not). The interviewee is the person the introduction names
most often before the first answer (the first named of those named equally often).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from digest.core.quotes.actor_state import ActorState
from digest.core.quotes.marks import find_marks
from digest.core.quotes.mentions import Mention

if TYPE_CHECKING:
    from digest.core.quotes.actors import Registry

_LABEL = r"(?:\*\*|__)?{letter}\s*{stop}(?:\*\*|__)?\s+(?=\S)"
_ANSWER_COLON = re.compile(_LABEL.format(letter="A", stop=":"))
_ANSWER_STOP = re.compile(_LABEL.format(letter="A", stop=r"\."))
_QUESTION_STOP = re.compile(_LABEL.format(letter="Q", stop=r"\."))
_QUESTION_COLON = re.compile(_LABEL.format(letter="Q", stop=":"))
_FEWEST_ANSWERS = 2
_SPOKEN_SHARE = 4
"""At least one answer in this many speaks in the first person (a questionnaire's answers are often a few words:
'Trip to the Harbour Fair'; an explainer's never say 'I' or 'we')."""


_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|myself)\b", re.I)
"""Words of a speaker talking of themselves: an interviewee's answers hold them, an explainer's do not (a newsroom
explaining writes 'we understand', so 'we' does not count)."""


def answer_labels(paras: Sequence[str]) -> re.Pattern[str] | None:
    """The label that opens the answers of an interview printed as questions and answers, or None when these
    paragraphs are not one. An explainer printed the same way ('Q: When do the rules start? A: On June 1.') is
    no interview: at least a quarter of the answers must speak in the first person."""
    for label in (_ANSWER_COLON, _ANSWER_STOP):
        answers = [p for p in paras if label.match(p)]
        if len(answers) < _FEWEST_ANSWERS or (label is _ANSWER_STOP and not any(map(_QUESTION_STOP.match, paras))):
            continue
        spoken = sum(1 for p in answers if _FIRST_PERSON.search(p, answer_start(label, p) or 0))
        return label if spoken and _SPOKEN_SHARE * spoken >= len(answers) else None
    return None


def answer_start(label: re.Pattern[str], para: str) -> int | None:
    """Where an answer's words start, after its label; None when the paragraph is no answer."""
    m = label.match(para)
    return m.end() if m is not None else None


_INTERVIEW_CUE = re.compile(
    r"\b(?:sat\sdown\swith|spoke\s(?:to|with)|talked\s(?:to|with)|was\s(?:questioned|interviewed|asked)|answered)\b"
)
"""Words that tell who is interviewed: the person named right before them ('singer Ada Kerr sat down with us',
'The neighbour, Ada Kerr, was questioned by the prosecutor')."""


def is_question(para: str) -> bool:
    """A paragraph opening with a question label ('Q:', 'Q.')."""
    return _QUESTION_COLON.match(para) is not None or _QUESTION_STOP.match(para) is not None


def interviewee(names_seen: Sequence[tuple[int, str]], intro: str = "") -> str | None:
    """Who answers: the person named right before words that tell who is interviewed in the ``intro`` (the text
    before the first question), else the person named most often (by surname) in ``names_seen`` (sentence, name),
    the first named winning a tie. None when no one was named."""
    counts: dict[str, int] = {}
    full: dict[str, str] = {}
    for _, name in names_seen:
        surname = name.split()[-1]
        counts[surname] = counts.get(surname, 0) + 1
        if len(name.split()) > len(full.get(surname, "").split()):
            full[surname] = name
    if not counts:
        return None
    introduced = _named_before_cue(intro, list(full))
    if introduced is not None:
        return full[introduced]
    best = max(counts.values())
    return full[next(s for s, n in counts.items() if n == best)]


def _named_before_cue(intro: str, surnames: list[str]) -> str | None:
    """The surname written last before an interview cue of ``intro``, in the cue's sentence."""
    for cue in _INTERVIEW_CUE.finditer(intro):
        start = max(intro.rfind(stop, 0, cue.start()) for stop in ".!?\n")
        before = intro[start + 1 : cue.start()]
        placed = [(m.start(), name) for name in surnames for m in re.finditer(rf"\b{re.escape(name)}\b", before)]
        if placed:
            return max(placed)[1]
    return None


_EMPHASIS = "*_ \t"
_FEWEST_PAIRS = 2
"""A write-up is read as questions and answers when at least this many questions are answered so (one question
and a quotation after it may be the writer's aside and a speaker's words picked up again)."""


def unlabelled_answers(paras: Sequence[str]) -> tuple[set[int], int] | None:
    """The answers of an interview written up without labels, and the index of its first question; None when
    these paragraphs are not one. A question is a paragraph of the writer's (no quotation opens it) whose last
    sentence asks, often in bold or italics ('You trained as a chemist. What brought you to the stage?', '**Is it
    finished?**'); an answer is the next paragraph, opening with a quotation mark and holding nothing but
    quotations (or one quotation left open, carried on in the next paragraph): '"A friend dared me, and I stayed."'.
    At least two such pairs are needed."""
    answers: set[int] = set()
    first = -1
    for at in range(1, len(paras)):
        if _asks(paras[at - 1]) and _quoted_alone(paras[at]):
            answers.add(at)
            first = at - 1 if first < 0 else first
    return (answers, first) if len(answers) >= _FEWEST_PAIRS else None


def _asks(para: str) -> bool:
    """A paragraph of the writer's whose last sentence is a question."""
    text = para.strip(_EMPHASIS)
    return text.endswith("?") and text[:1] not in "\"“‘'«" and not text.endswith(('?"', "?”", "?’"))


def _quoted_alone(para: str) -> bool:
    """A paragraph opening with a quotation mark and holding nothing but quotations."""
    marks = find_marks(para)
    if not marks or marks[0].open != 0:
        return False
    pos = 0
    for span in marks:
        if para[pos : span.open].strip(" \t,.;:—–-"):
            return False
        if span.close is None:
            return True
        pos = span.close + 1
    return not para[pos:].strip(" \t,.;:—–-")


class Interview:
    """The interview an article may be, as the reader goes through its paragraphs: the label opening its answers,
    its answers written without labels, the names and text before its first question, and who answers."""

    def __init__(self, paras: Sequence[str] = ()) -> None:
        self.answers = answer_labels(paras)
        """The label opening an interview's answers ('A:'), when the article is one."""
        self.unlabelled = unlabelled_answers(paras)
        """An interview written up without labels: its answers' and its first question's paragraph indexes."""
        self.interviewee: ActorState | None = None
        """Who answers, decided at the first answer (later questions name other people)."""
        self.intro: tuple[list[tuple[int, str]], str] | None = None
        """The names written and the text before an interview's first question."""
        self.read_text: list[str] = []

    def note(self, index: int, para: str, names_seen: list[tuple[int, str]]) -> None:
        """Keep the names written (``names_seen``) and the text read before the first question, at the paragraph
        ``para`` (the article's paragraph ``index``)."""
        if self.unlabelled is not None and self.intro is None and index == self.unlabelled[1]:
            self.intro = (list(names_seen), "\n".join(self.read_text))
        if self.answers is not None or self.unlabelled is not None:
            if self.intro is None and (is_question(para) or self.answer_start(para) is not None):
                self.intro = (list(names_seen), "\n".join(self.read_text))
            elif self.intro is None:
                self.read_text.append(para)

    def answer_start(self, para: str) -> int | None:
        """Where the words of ``para`` start past an answer's label of this interview ('A:', '**A.**'); None
        when it opens with none."""
        return answer_start(self.answers, para) if self.answers is not None else None

    def who_answers(self, registry: Registry, sentence: int) -> ActorState | None:
        """Who answers an interview's questions, decided at the first answer."""
        if self.interviewee is None:
            names, intro = self.intro or ([], "")
            name = interviewee(names, intro)
            found = registry.resolve(Mention(name, name, None, "person"), sentence, pos=0) if name else None
            self.interviewee = found
        return self.interviewee.root() if self.interviewee is not None else None

    def answered(self, registry: Registry, sentence: int, index: int) -> ActorState | None:
        """A paragraph of quotations alone (the article's paragraph ``index``) after the writer's question, in an
        interview written up without labels ('Why the stage?' then '"A friend dared me."'): the interviewee's
        answer."""
        unlabelled = self.unlabelled is not None and index in self.unlabelled[0]
        return self.who_answers(registry, sentence) if unlabelled else None
