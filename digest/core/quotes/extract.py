"""Read an article paragraph by paragraph and collect attributed quotes (the engine behind extract_quotes)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from digest.core.blocks import list_items
from digest.core.quotes.actors import ActorState, Registry
from digest.core.quotes.after_quote import answered_question
from digest.core.quotes.article_words import ArticleWords
from digest.core.quotes.asked_scene import answering_scene
from digest.core.quotes.continuation import (
    bare_turn,
    is_transcript,
    opens_with_label,
    unspoken_label,
)
from digest.core.quotes.credits import credit_after, credit_mention
from digest.core.quotes.cue import Report
from digest.core.quotes.exchange import Exchange
from digest.core.quotes.first_name_actors import link_first_names
from digest.core.quotes.interview import Interview
from digest.core.quotes.introducers import final_verb_speaker, introducer, next_turn
from digest.core.quotes.main_clause import put_to_subject
from digest.core.quotes.marks import MarkSpan, find_marks, opens_within, outside_marks
from digest.core.quotes.mixed_split import split_mixed
from digest.core.quotes.named_later import link_lede_role, link_named_later
from digest.core.quotes.names import names_outside_quotes
from digest.core.quotes.notquote import not_speech
from digest.core.quotes.noun_forms import CLAIM_HOWS
from digest.core.quotes.participle_speakers import participle_phrase
from digest.core.quotes.quote_speakers import QuoteSpeakers, quoted_title
from digest.core.quotes.quoted_clause import reported_end
from digest.core.quotes.ranker import MOST_DROPPED, Dropped, Model, attribute_dropped, snapshot
from digest.core.quotes.report_owners import note_issuer, report_owners
from digest.core.quotes.role_subject import reacting_speaker
from digest.core.quotes.salience import note_salient
from digest.core.quotes.scene import acting_speaker
from digest.core.quotes.segment import dateline_end, paragraphs, sentences
from digest.core.quotes.speakers import Mention, make_mention
from digest.core.quotes.titles import quoted_heading
from digest.core.quotes.tokens import QUOTE, WORD, Tok, tokenize
from digest.core.quotes.unfinished import finished
from digest.core.speech_verbs import SPEECH_VERBS

LONGEST_PARAGRAPH = 20_000
"""The most characters of one paragraph read for quotes. News paragraphs are a few hundred characters; a
longer one is a hostile or non-prose text, and reading only its start keeps a refresh fast."""
LONGEST_ARTICLE = 100_000
"""The most characters of one article read for quotes (about 17,000 words, longer than nearly all news)."""
_TRIM = " \t\n,"
_STAGE_DIRECTION = re.compile(r"[(\[][^()\[\]]*[)\]]\W*")
"""'"(CROSSTALK.)', '[applause]': a quotation that is only a bracketed note is no one's words."""
_WORD_CHAR = re.compile(r"\w")
_ITEM_WORDS = 40


@dataclass
class Found:
    """A quote found in the text, before actors are final."""

    actor: ActorState
    text: str
    kind: str
    section_index: int
    start: int
    end: int


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


@dataclass
class _Paragraph:
    """What the passes over one paragraph share: its text and marks, and the speakers found so far."""

    text: str
    base: int
    section: int
    marks: list[MarkSpan]
    only_quotes: bool
    continued: ActorState | None = None
    speaker: ActorState | None = None
    direct: ActorState | None = None
    owners_last: ActorState | None = None
    unresolved: list[int] = field(default_factory=list)
    tokens: list[Tok] = field(default_factory=list)
    titles: set[int] = field(default_factory=set)
    narrated: bool = True
    """The writer tells this paragraph: not a transcript's turn, nor an account introduced by a colon."""


class _Reader:
    """State carried across the article: actors, the last speaker, an open multi-paragraph quote."""

    def __init__(self) -> None:
        self.registry = Registry()
        self.found: list[Found] = []
        self.spans: set[tuple[int, int, str]] = set()
        self.sentence = 0
        self.last_speaker: ActorState | None = None
        self.open_quote_speaker: ActorState | None = None
        self.exchange = Exchange()
        self.pending_open: list[int] = []
        self.list_speaker: ActorState | None = None
        self.narrative: tuple[str, list[Tok]] | None = None
        self.dropped: list[Dropped] = []
        self.paragraph_start = 1
        self.transcript = False
        self.after_colon = False
        self.interview = Interview()
        """The interview the article may be (:func:`read_rules` reads its paragraphs for one)."""
        self.index = -1

    def add(self, actor: ActorState, para: str, base: int, s: int, e: int, kind: str, section: int) -> None:
        s, e = _trimmed(para, s, e)
        span = (base + s, base + e, kind)
        if e <= s or span in self.spans:
            return  # the same stretch found twice (two cues reading one clause, 'said ..., adding that ...')
        self.spans.add(span)
        self.found.append(Found(actor, para[s:e], kind, section, base + s, base + e))

    def paragraph(self, para: str, base: int, section: int, credit: str = "") -> None:
        """Read one paragraph: its direct quotes, reported speech and the actors who said them. ``credit`` is
        the next paragraph's text when that may be a credit line ('— Hal Brenner') under this one."""
        self.index += 1
        if self.transcript and self._bare_turn(para, base, section):
            return
        self.interview.note(self.index, para, self.registry.names_seen)
        if self._answer(para, base, section):
            return
        marks = find_marks(para)
        if self._list_item(para, marks, base, section):
            return
        only_quotes = bool(marks) and not any(_WORD_CHAR.search(piece) for piece in outside_marks(para, marks))
        if only_quotes and credit and self._credited(para, base, section, marks, credit):
            return
        state = _Paragraph(para, base, section, marks, only_quotes)
        state.narrated = not (self.transcript or self.after_colon or _TURN_LABEL.match(para))
        self.after_colon = para.rstrip().endswith(":")
        carries = marks and marks[0].open == 0 and not opens_with_label(para)
        state.continued = self.open_quote_speaker if carries else None
        self.paragraph_start = self.sentence + 1
        self.open_quote_speaker = None
        for lo_char, hi_char in sentences(para, marks):
            self._sentence(state, dateline_end(para, hi_char) if lo_char == 0 else lo_char, hi_char)
        self._close_paragraph(state)

    def _credited(self, para: str, base: int, section: int, marks: list[MarkSpan], credit: str) -> bool:
        """Quotations alone in a paragraph, under which a credit line names their speaker, are that speaker's."""
        found = credit_mention(credit)
        actor = self.registry.resolve(found[0], self.sentence, pos=found[1]) if found is not None else None
        if actor is None:
            return False
        for span in marks:
            self._emit_quote(para, base, section, span, actor)
        self.last_speaker = actor
        return True

    def _bare_turn(self, para: str, base: int, section: int) -> bool:
        """'PIKE: The ferry will run all winter.' in a transcript: the label's speaker said the rest."""
        turn = bare_turn(para)
        if turn is None or find_marks(para):
            return False
        name, start = turn
        self.sentence += 1
        actor = self.registry.resolve(Mention(name, name, None, "person"), self.sentence, pos=0)
        if actor is None:
            return False
        self.add(actor, para, base, start, len(para), "indirect", section)
        self.last_speaker = actor
        return True

    def _answer(self, para: str, base: int, section: int) -> bool:
        """'A: I left banking in 2019.' in an interview: the interviewee's words."""
        start = self.interview.answer_start(para)
        if start is None:
            return False
        self.sentence += 1
        actor = self.interview.who_answers(self.registry, self.sentence)
        if actor is None:
            return False
        self.add(actor, para, base, start, len(para), "direct", section)
        self.last_speaker = actor
        return True

    def _list_item(self, para: str, marks: list[MarkSpan], base: int, section: int) -> bool:
        """An item of a list introduced by 'X also said:' is reported speech of X."""
        if self.list_speaker is None:
            return False
        item = para.strip()
        if not marks and item and item[-1] not in ".!?:" and len(item.split()) <= 40:
            self.add(self.list_speaker, para, base, 0, len(para), "indirect", section)
            return True
        if self._bullets(para, marks, base, section, self.list_speaker):
            return True
        self.list_speaker = None
        return False

    def _bullets(self, para: str, marks: list[MarkSpan], base: int, section: int, actor: ActorState) -> bool:
        """'X also said:' then a list of bullets in one paragraph ('- A', '- B'): each bullet is reported speech of
        X, and words quoted in one are X's direct quote."""
        items = list_items(para)  # a list paragraph, as ingestion writes one: '- A' or '1. A' on every line
        if items is None or len(items) < 2 or any(len(item.text.split()) > _ITEM_WORDS for item in items):
            return False
        at = 0
        for item in items:
            at = para.find(item.text, at)
            self.add(actor, para, base, at, at + len(item.text), "indirect", section)
            at += len(item.text)
        for span in marks:
            self._emit_quote(para, base, section, span, actor)
        return True

    def _sentence(self, state: _Paragraph, lo_char: int, hi_char: int) -> None:
        """The passes over one sentence: names, reported speech, speakers of quotes, then what is emitted."""
        self.sentence += 1
        para = state.text
        tokens = tokenize(para, lo_char, hi_char, state.marks)
        lead_in, state.tokens = state.tokens, tokens
        quoted = opens_within(state.marks, lo_char, hi_char)  # else the sentence has no quotation token
        self.registry.note_names(self.sentence, names_outside_quotes(para, tokens, quoted), para, lo_char)
        note_salient(self.registry, self.sentence, tokens, para)
        owners = report_owners(self.registry, self.sentence, tokens, para, lead_in)
        state.owners_last = final_verb_speaker(self.registry, self.sentence, tokens, para)
        if state.owners_last is not None and tokens[-1].text == ".":
            state.speaker = state.direct = state.owners_last
        if quoted:  # the passes below read quotation tokens alone
            previous = state.direct or state.speaker
            nearest = previous or self.last_speaker or (self.found[-1].actor if self.found else None)
            speakers = QuoteSpeakers(self.registry, self.sentence, tokens, para, state.narrated).find(
                owners, previous, nearest
            )
            self._after_lead_in(tokens, para, lead_in, speakers, carried=state.direct or state.speaker)
            self._emit_direct(state, tokens, speakers)
        self._emit_reported(state, owners)
        turn = next_turn(self.registry, self.sentence, tokens, para) if quoted else None
        if turn is not None:  # '"A," X said, and her brother cut in. "B"': B is the brother's
            state.speaker = state.direct = turn
        spoke = [a for _, a in owners] + (list(speakers.values()) if quoted else [])
        note_issuer(self.registry, self.sentence, tokens, spoke, para)

    def _after_lead_in(
        self,
        tokens: list[Tok],
        para: str,
        lead_in: list[Tok],
        speakers: dict[int, ActorState],
        carried: ActorState | None,
    ) -> None:
        """'X announced the lawsuit on Monday. "We are seeking ..."': a sentence that is only a quotation, after a
        sentence of the same paragraph whose subject spoke (a verb of speaking, judging or publishing, no
        quotation), is that subject's. When an earlier quotation of the paragraph ``carried`` its speaker over, only
        a person shown acting in the sentence before takes it (:func:`acting_speaker`; the introducer rule is not
        read then): '"A," NAME1 said, tapping the map. NAME2 rolled her eyes. "B"' is NAME2's."""
        alone = len(tokens) == 1 and tokens[0].kind is QUOTE and speakers.get(0) is carried
        lead_in = answering_scene(lead_in)  # 'Asked about the "X", NAME smiled.': the words after the question
        if alone and lead_in and not any(t.kind is QUOTE for t in lead_in):
            actor = introducer(self.registry, self.sentence, para, lead_in) if carried is None else None
            known = self.registry.surnames().__contains__
            acting = acting_speaker(lead_in, para, known) if actor is None else None  # 'NAME looks up.' "A"
            actor = actor or (self.registry.resolve(acting, self.sentence, pos=lead_in[0].start) if acting else None)
            if actor is None:  # 'Asked about it, the coach smiled.' "A"
                actor = reacting_speaker(self.registry, self.sentence, lead_in, para)
            if actor is not None:
                speakers[0] = actor

    def _emit_direct(self, state: _Paragraph, tokens: list[Tok], speakers: dict[int, ActorState]) -> None:
        for qi, tok in enumerate(tokens):
            if tok.kind is not QUOTE:
                continue
            span = state.marks[tok.quote]
            actor = speakers.get(qi)
            if actor is None and span.open == 0:
                actor = state.continued
            # 'a letter from NAME calling X "A"'; not a name given ('teenagers calling themselves "the X"')
            found = participle_phrase(tokens, qi) if actor is None and not quoted_title(tokens, qi) else None
            m = make_mention(tokens, found[0], found[1], state.text) if found is not None else None
            actor = self.registry.resolve(m, self.sentence, pos=tokens[found[0]].start) if m and found else actor
            if actor is None:
                if state.only_quotes and not quoted_heading(tokens, qi, state.text):  # "'Every Road Leads Home.'"
                    state.unresolved.append(tok.quote)
                self._drop(state, tokens, qi)
                continue
            self._emit_quote(state.text, state.base, state.section, span, actor)
            state.speaker = state.direct = actor

    def _drop(self, state: _Paragraph, tokens: list[Tok], qi: int) -> None:
        """Keep a quotation no rule attributed (not a title, nor a question someone answers or one put to the
        sentence's subject: its asker is not named) for the model's last resort; note a title."""
        if quoted_title(tokens, qi):
            state.titles.add(tokens[qi].quote)
        elif len(self.dropped) < MOST_DROPPED and not (
            answered_question(tokens, qi, len(tokens)) or put_to_subject(tokens, qi)
        ):
            self.dropped.append(snapshot(self, state, tokens, qi))

    def _emit_reported(self, state: _Paragraph, owners: list[tuple[Report, ActorState]]) -> None:
        para, base, section = state.text, state.base, state.section
        for report, actor in owners:
            state.speaker = actor
            if self._quote_led(para, base, section, report, actor, state):
                state.direct = actor
            elif report.who.how not in CLAIM_HOWS:  # 'his claim that A': only its quoted words are quoted, no clause
                clause = finished(state.tokens, report)  # 'She kept it but, according to X, sold it': 'sold it'
                end = reported_end(para, clause, state.marks, state.titles) if clause is not None else None
                if clause is not None and end is not None:
                    self.add(actor, para, base, clause.start, end, "indirect", section)

    def _close_paragraph(self, state: _Paragraph) -> None:
        """What carries to the next paragraph: a list's speaker, the last speaker, an open quote's speaker."""
        marks, tokens = state.marks, state.tokens
        if state.text.rstrip().endswith(":") and not marks and state.owners_last is not None:
            last = tokens[-2] if len(tokens) >= 2 else None
            if last is not None and last.kind is WORD and last.norm in SPEECH_VERBS:
                # 'X also said:' introduces a list, or quotation paragraphs
                self.list_speaker = state.speaker = state.owners_last
        if state.text.rstrip().endswith(":") and not marks and state.speaker is None:
            state.speaker = introducer(self.registry, self.sentence, state.text, tokens)
        turn = self.exchange.turn(state.text, marks) if state.only_quotes and state.unresolved else None
        if state.only_quotes and state.unresolved:
            follow = self.exchange.follow_up(state.text, marks) if turn is None else None
            fallback = state.continued or turn or follow or self.last_speaker or self._introduced() or self._answered()
            fallback = self.exchange.carried_speaker(fallback, state.text, marks) if fallback is not None else None
            if fallback is not None:
                for index in state.unresolved:
                    self._emit_quote(state.text, state.base, state.section, marks[index], fallback)
                state.speaker = fallback
        self.exchange.close(state.speaker, state.text, marks, turn is not None and state.continued is None)
        if state.speaker is not None:
            self.last_speaker = state.speaker
        elif not state.only_quotes:
            self.last_speaker = None
        if marks and marks[-1].close is None:
            self.open_quote_speaker = state.speaker
        self.narrative = (
            (state.text, tokens) if state.speaker is None and not any(t.kind is QUOTE for t in tokens) else None
        )

    def _answered(self) -> ActorState | None:
        """The interviewee, when this paragraph answers the writer's question in an unlabelled interview."""
        return self.interview.answered(self.registry, self.sentence, self.index)

    def _introduced(self) -> ActorState | None:
        """A quotation paragraph right after a paragraph of narrative whose last sentence has a verb of speaking,
        judging or publishing ('Reed continued his scathing remarks.', 'Berg praised the governor.') or shows a
        person acting in the present tense of features ('Reed stacks the chairs.': :func:`acting_speaker`):
        the subject of that sentence."""
        if self.narrative is None:
            return None
        found = introducer(self.registry, self.sentence, *self.narrative)
        if found is not None:
            return found
        acting = acting_speaker(self.narrative[1], self.narrative[0], self.registry.surnames().__contains__, True)
        return self.registry.resolve(acting, self.sentence, pos=0) if acting is not None else None

    def _quote_led(
        self,
        para: str,
        base: int,
        section: int,
        report: Report,
        actor: ActorState,
        state: _Paragraph,
    ) -> bool:
        """'"A" while B, X said.': a trailing attribution whose clause opens with a quotation quotes it directly (not
        a title: '"Gull Talk," the late-night show, ended, its owner said')."""
        if report.who.how != "trailing":
            return False
        at = next((i for i, span in enumerate(state.marks) if span.open == report.start), None)
        if at is None or at in state.titles or state.marks[at].close is None:
            return False
        lead = state.marks[at]
        s, e = _trimmed(para, *lead.inner(len(para)))
        if not any(f.section_index == section and f.start == base + s and f.kind == "direct" for f in self.found):
            self._emit_quote(para, base, section, lead, actor)
        return True

    def _emit_quote(self, para: str, base: int, section: int, span: MarkSpan, actor: ActorState) -> None:
        s, e = span.inner(len(para))
        s, e = _trimmed(para, s, e)
        if e - s < 1 or not _WORD_CHAR.search(para[s:e]) or _STAGE_DIRECTION.fullmatch(para[s:e]):
            return
        if unspoken_label(para[span.open : e]):
            return
        self.add(actor, para, base, s, e, "direct", section)


_TURN_LABEL = re.compile(r"\s*(?:[QA]|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})\s*:")
"""A paragraph opening with a turn's label ('Q:', 'A:', 'DOE:', 'Pia Moss:'): an interview's answer, whose 'I' is
the one answering."""


def read_article(sections: list[str], model: Model | None = None) -> tuple[list[Found], Registry]:
    """Extract the quotes of an article given its sections' texts; ``model`` attributes what the rules leave."""
    reader = read_rules(sections)
    for d, actor in attribute_dropped(reader.dropped, reader.found, reader.registry, model) if model else []:
        reader._emit_quote(d.para, d.base, d.section, d.span, actor)
    link_named_later(reader.registry.actors)
    link_lede_role(reader.registry)
    link_first_names(reader.registry.actors, "\n\n".join(sections))
    # '"Coastline" still earns royalties': a title, name or term in quotation marks is no one's quote
    reader.found = [
        f for f in reader.found if f.kind != "direct" or not not_speech(sections[f.section_index], f.start, f.end)
    ]
    reader.found = split_mixed(reader.found)
    reader.found.sort(key=lambda f: (f.section_index, f.start))
    return reader.found, reader.registry


def read_rules(sections: list[str]) -> _Reader:
    """Read an article with the rules alone: the reader holds the quotes found and the quotations dropped."""
    reader = _Reader()
    paras = [text[s:e] for text in sections for s, e in paragraphs(text)]
    reader.transcript, reader.registry.words = is_transcript(paras), ArticleWords(paras)
    reader.interview = Interview(paras)
    budget = LONGEST_ARTICLE
    for index, text in enumerate(sections):
        spans = paragraphs(text)
        for at, (start, end) in enumerate(spans):
            if budget <= 0:
                break
            end = min(end, start + LONGEST_PARAGRAPH, start + budget)
            budget -= end - start
            credit = credit_after(text, spans, at)
            reader.paragraph(text[start:end], start, index, credit)
    return reader
