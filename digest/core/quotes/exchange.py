"""An exchange of questions and answers written as bare quotation paragraphs, as court and hearing reports do:

    "You signed it without looking?" the barrister asked.
    "I trusted the summary," the witness replied.
    "So the clerk is at fault?"              <- the barrister again: a question goes to the one who asks
    "That is not what I said."               <- and what follows it to the one who answers

Once one speaker's quotation ends in a question and another speaker's next paragraph is marked as an answer ('replied',
'answered', 'responded', 'retorted'), a following paragraph that is only a quotation and names no one is a turn of
that exchange: a question is the asker's, anything else the answerer's. The exchange ends at the first paragraph
that is not such a turn. A reply written with 'said' opens no exchange ('"No," he said.' is often followed by
more of his own words). A question in the first person that addresses no one ('"Would I let my own children cross
it otherwise?"' after '"It is," she replied.') is the answerer's own, asked to make a point.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from digest.core.quotes.actors import ActorState
from digest.core.quotes.echo_reply import echoes
from digest.core.quotes.marks import MarkSpan, outside_marks
from digest.core.quotes.self_named import addressed_by_first_name
from digest.core.speech_verbs import ASKED

_ANSWER_VERB = re.compile(r"\b(?:replied|answered|responded|retorted|countered|shot back)\b")
_CLOSING = "\"'”’ \n"
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b")
_SPEAKING_SELF = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
"""The first person singular: a question so put ('Why would I ...?') is the answerer's own point."""
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_VOCATIVE = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\?\s*$")
"""A question ending in the person it is put to ('How deep, Chief Engineer?', 'Why, Ms Roe?')."""
_ASKING = re.compile(rf"\b(?:{'|'.join(sorted(ASKED))})\b")
_HISTORY = 3
"""How many paragraphs with a speaker a follow-up looks back over."""
_RETORT = 8
"""The most words of a bare quotation read as a retort in a dialogue (:meth:`Exchange._retort`)."""
_TALK = re.compile(r"\?|\b(?:you|your|yours|he|she|him|her|his)\b", re.I)
"""A question, a 'you', or a 'he' or 'she' in a quotation: two people talking to or of each other ('"She is stuck,"
the tutor says.'), as news quoting two sources in turn ('"The levee held," NAME said.' / '"For now," NAME2 said.')
does not show."""


def asks(text: str, marks: list[MarkSpan]) -> bool:
    """The paragraph's last quotation ends in a question mark."""
    last = marks[-1] if marks else None
    if last is None or last.close is None:
        return False
    return text[last.open + 1 : last.close].rstrip(_CLOSING).endswith("?")


def _answers(text: str, marks: list[MarkSpan]) -> bool:
    """A verb of answering stands outside the paragraph's quotations."""
    return _ANSWER_VERB.search(" ".join(outside_marks(text, marks))) is not None


def _put_to_someone(text: str, marks: list[MarkSpan]) -> bool:
    """The paragraph's last quotation is a question put to someone: it says 'you' or ends in a vocative."""
    last = marks[-1] if marks else None
    if last is None or last.close is None or not asks(text, marks):
        return False
    quoted = text[last.open + 1 : last.close].rstrip(_CLOSING)
    return _SECOND_PERSON.search(quoted) is not None or _VOCATIVE.search(quoted) is not None


_ELLIPTICAL_WORDS = 6
_VERBS = re.compile(
    r"\b(?:is|are|was|were|be|been|do|does|did|have|has|had|will|would|can|could|should|may|might|must|\w+ed|\w+n't)\b",
    re.I,
)
"""Words of a verb group: a question holding one is a clause, maybe the answerer's own ('Why else would they pay?')."""


def _elliptical(text: str, marks: list[MarkSpan]) -> bool:
    """The paragraph's quotations are a short question without a verb or a first person ('And the side gate?',
    'Which hook?', 'Both nights?'): a follow-up put to the one who just answered, though it says no 'you'."""
    quoted = _quoted_words(text, marks)
    words = quoted.split()
    if not words or len(words) > _ELLIPTICAL_WORDS:
        return False
    return _VERBS.search(quoted) is None and _FIRST_PERSON.search(quoted) is None


def _asking(text: str, marks: list[MarkSpan]) -> bool:
    """The paragraph puts a question to someone: in its quotation, or in reported form ('NAME asked the witness
    how many ...')."""
    return _put_to_someone(text, marks) or (not marks and _ASKING.search(text) is not None)


def _own_point(text: str, marks: list[MarkSpan]) -> bool:
    """The paragraph's quotations speak in the first person and address no one ('Would I lie to my own
    neighbours?'): a point the answerer makes, not the asker's next question."""
    quoted = _quoted_words(text, marks)
    return _FIRST_PERSON.search(quoted) is not None and _SECOND_PERSON.search(quoted) is None


def _named_in_full(speaker: ActorState, text: str, marks: list[MarkSpan]) -> bool:
    """The paragraph names its speaker in full outside its quotations ('"...," said fire chief Ines Marr.'): news
    quoting a source, whose next bare quotation goes on with that source, not a turn of a dialogue."""
    name = speaker.root().name
    return speaker.root().kind == "person" and " " in name and name in " ".join(outside_marks(text, marks))


class _Turn(NamedTuple):
    """A paragraph with a speaker, as the exchange remembers it."""

    speaker: ActorState
    asked: bool
    """It put a question to someone (:func:`_asking`)."""
    quoted: bool
    """It holds a quotation."""
    introduced: bool
    """It names its speaker in full (:func:`_named_in_full`)."""
    talk: bool
    """Its quotations talk to or of someone (:data:`_TALK`)."""
    said: str
    """The words of its quotations."""
    questioned: bool
    """Its last quotation ends in a question mark (:func:`asks`)."""


def _quoted_words(text: str, marks: list[MarkSpan]) -> str:
    """The words of a paragraph's closed quotations."""
    return " ".join(text[m.open + 1 : m.close] for m in marks if m.close is not None)


class Exchange:
    """The asker and answerer of an exchange under way, and the last attributed quotation paragraph."""

    def __init__(self) -> None:
        self.asker: ActorState | None = None
        self.answerer: ActorState | None = None
        self.last: tuple[ActorState, bool] | None = None
        """The speaker of the last paragraph with a quotation, and whether it asked a question."""
        self.offered: ActorState | None = None
        """The speaker :meth:`follow_up` gave as a retort for the paragraph being read."""
        self.alternating = False
        """The last paragraph was a retort: two people are talking in turn."""
        self.history: list[_Turn] = []
        """The last paragraphs that had a speaker."""
        self.echoed = False
        """:meth:`follow_up` gave the paragraph being read to the other speaker of an echo (:meth:`_echo`)."""

    def turn(self, text: str, marks: list[MarkSpan]) -> ActorState | None:
        """The speaker of a bare quotation paragraph within an exchange; None outside one."""
        if self.asker is None:
            return None
        return self.asker if asks(text, marks) and not _own_point(text, marks) else self.answerer

    def follow_up(self, text: str, marks: list[MarkSpan]) -> ActorState | None:
        """The speaker of a bare quotation paragraph right after a question and answer, outside an exchange that
        :meth:`turn` follows: an answer after a question put to someone is the one it was put to, the speaker
        before the asker ('"How deep, Engineer?" NAME asked.' / '"Two metres."'); a question put to someone
        after an answer is the last asker's ('"I couldn't say," the witness said.' / '"Would it surprise you ...?"').
        None when the paragraphs before show neither."""
        if not self.history:
            return None
        last, last_asked, quoted = self.history[-1][:3]
        if self.alternating:
            self.offered = self._retort(text, marks, None)  # '"Nooooo!"' / '"Or do we ...?"': the other
            return self.offered
        if asks(text, marks):
            if last_asked:
                return None
            if not (_put_to_someone(text, marks) or quoted and _elliptical(text, marks)):
                # '"And what do we never move?"' after an answer: the asker's next question; not '"Who would pay
                # for that?"', the answerer's point, nor '"And why would I, when ...?"'
                said = _quoted_words(text, marks)
                follow = said.lstrip("\"'“‘ ").startswith("And ") and not _SPEAKING_SELF.search(said)
                return self._asker_again(last) if follow else None
            return self._earlier(last, asking=True) or self._turn_taker(last, text, marks)
        # a question in reported form gets no bare answer: the answer is usually written with its speaker
        if last_asked and quoted:
            return self._earlier(last, asking=False)
        self.offered = self._retort(text, marks, _RETORT) or self._echo(text, marks)
        return self.offered

    def _echo(self, text: str, marks: list[MarkSpan]) -> ActorState | None:
        """A bare quotation echoing the last one (:func:`echoes`): the reply of the latest other speaker, two people
        talking (the next bare quotation may be the other one's again, as after a retort). A reply that speaks to
        someone ('you', 'your') may be longer, and may follow a speaker named in full ('"It grew from my seed," said
        NAME2, 79. / "Your seed grew in my soil ..."': NAME's, the one before)."""
        last, said = self.history[-1], _quoted_words(text, marks)
        addressed = _SECOND_PERSON.search(said) is not None  # '"Your seed grew ..."': to the last speaker
        if not last.quoted or (last.introduced and not addressed):
            return None
        if not echoes(said, last.said, addressed):
            return None
        self.echoed = True
        return self._earlier(last.speaker, asking=False)

    def carried_speaker(self, speaker: ActorState, text: str, marks: list[MarkSpan]) -> ActorState | None:
        """``speaker``, unless the paragraph's quotations call out to them by name ('"Honestly, Tom? ..."' after
        Tom asked): then the latest other speaker, the one Tom spoke to (None when there is none); nor a group
        carried to words in the first person singular ('Critics called her "A". / "I was twenty-nine ..."'): then
        the latest person who spoke before it."""
        said = _quoted_words(text, marks)
        if speaker.root().kind == "group" and _SPEAKING_SELF.search(said):
            people = (t.speaker for t in reversed(self.history) if t.speaker.root().kind == "person")
            return next(people, None)
        if not addressed_by_first_name(speaker.root(), said):
            return speaker
        return next((t.speaker for t in reversed(self.history) if t.speaker.root() is not speaker.root()), None)

    def _retort(self, text: str, marks: list[MarkSpan], most: int | None) -> ActorState | None:
        """A short bare quotation right after two people spoke in turn, each in a quotation ('"She is bluffing,"
        the coach says.' after the pupil's whisper, then '"I'm not."'): the reply of the one spoken to, the
        speaker before the last; None otherwise. A retort so given sets the two talking in turn (:attr:`alternating`):
        the next bare quotation, of any length (``most`` None, else at most that many words), is the other one's
        again."""
        if len(self.history) < 2 or not marks or any(m.close is None for m in marks):
            return None  # a quotation running on into the next paragraph is a speech, no retort
        if most is not None and len(_quoted_words(text, marks).split()) > most:
            return None
        before, last = self.history[-2:]
        if not (before.quoted and last.quoted) or before.speaker.root() is last.speaker.root() or last.introduced:
            return None  # 'said fire chief NAME': a speaker named in full is quoted in news fashion, and goes on
        # not '"The levee held," NAME said.' / '"For now," NAME2 said.': two sources, neither talking to the other
        return before.speaker if before.talk or last.talk else None

    def _turn_taker(self, last: ActorState, text: str, marks: list[MarkSpan]) -> ActorState | None:
        """A short question without a verb right after two people each spoke a quotation in turn ('"I'll still want
        it," A says.' / 'B shrugs. "Then it's yours."' / '"And the sign?"'): the one before the last, taking a turn."""
        if len(self.history) < 2 or not _elliptical(text, marks):
            return None
        before, latest = self.history[-2:]
        return before.speaker if before.quoted and latest.quoted and before.speaker.root() is not last.root() else None

    def _asker_again(self, last: ActorState) -> ActorState | None:
        """A bare question opening with 'And' right after one person's question and another's quoted answer ('"What
        do we check first?" the instructor asks.' / '"The tide!" they shout.' / '"And what do we never leave?"'): the
        asker's next one."""
        if len(self.history) < 2 or not self.history[-1].quoted:
            return None
        before = self.history[-2]
        return before.speaker if before.questioned and before.speaker.root() is not last.root() else None

    def _earlier(self, last: ActorState, asking: bool) -> ActorState | None:
        """The latest speaker before ``last`` who is someone else (and, ``asking``, who put a question)."""
        for speaker, asked, *_ in reversed(self.history[:-1]):
            if speaker.root() is not last.root():
                return speaker if asked or not asking else None
        return None

    def close(self, speaker: ActorState | None, text: str, marks: list[MarkSpan], bare_turn: bool) -> None:
        """Note a paragraph's end: ``bare_turn`` says :meth:`turn` gave its speaker."""
        offered, self.offered, echoed, self.echoed = self.offered, None, self.echoed, False
        self.alternating = speaker is not None and offered is not None and offered.root() is speaker.root()
        self._remember(speaker, text, marks, self.alternating and echoed)
        if bare_turn:
            return
        if speaker is None or not marks:
            self.asker = self.answerer = self.last = None
            return
        asked_before = self.last is not None and self.last[1] and self.last[0].root() is not speaker.root()
        if asked_before and self.last is not None and _answers(text, marks):
            self.asker, self.answerer = self.last[0], speaker
        else:
            self.asker = self.answerer = None
        self.last = (speaker, asks(text, marks))

    def _remember(self, speaker: ActorState | None, text: str, marks: list[MarkSpan], echoed: bool) -> None:
        """Keep the paragraph's speaker in the history (a paragraph with no speaker ends it); an ``echoed`` reply
        talks to the other speaker whatever its words."""
        if speaker is None:
            self.history.clear()
            return
        said = _quoted_words(text, marks)
        talk = echoed or _TALK.search(said) is not None
        introduced = _named_in_full(speaker, text, marks)
        turn = _Turn(speaker, _asking(text, marks), bool(marks), introduced, talk, said, asks(text, marks))
        self.history = [*self.history, turn][-_HISTORY:]
