"""Read an article paragraph by paragraph and collect attributed quotes (the engine behind extract_quotes)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.core.lexicon import DESCRIBE_VERBS, MONTHS_DAYS, ORG_WORDS, SPEECH_VERBS, TITLE_WORDS, word_set
from digest.core.quotes.actors import ActorState, Registry
from digest.core.quotes.attribution import Attribution, attribute_quote
from digest.core.quotes.marks import MarkSpan, find_marks
from digest.core.quotes.reported import Report, find_reports, subjects
from digest.core.quotes.segment import paragraphs, sentences
from digest.core.quotes.speakers import Mention, make_mention, np_left, np_right
from digest.core.quotes.tokens import Tok, TokenKind, tokenize

_NAME_RUN = re.compile(r"\b([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)\s+([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)\b")
LONGEST_PARAGRAPH = 20_000
"""The most characters of one paragraph read for quotes. News paragraphs are a few hundred characters; a
longer one is a hostile or non-prose text, and reading only its start keeps a refresh fast."""
LONGEST_ARTICLE = 100_000
"""The most characters of one article read for quotes (about 17,000 words, longer than nearly all news)."""
_MIN_QUOTE_WORDS = 1
_TRIM = " \t\n,"
_CLAUSE_BREAKS = word_set("; while whereas but although though however")


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


_NOT_NAME_ENDS = word_set(
    """agreement council nations states forces party court house affairs news times post street media group
    press agency ministry army union league kingdom republic emirates arabia east west north south road
    square airport station river sea ocean island islands city county district province region university
    school college hospital center centre museum park bridge tower hall building office company bank"""
)


def _is_speech(tok: Tok) -> bool:
    return tok.kind is TokenKind.WORD and not tok.is_cap and tok.norm in SPEECH_VERBS | DESCRIBE_VERBS


def _person_names(sentence: str) -> list[str]:
    """Two-word capitalised runs that look like people's names, outside quotation marks."""
    names = []
    for m in _NAME_RUN.finditer(sentence):
        first, last = m.group(1), m.group(2)
        words = {first.lower(), last.lower()}
        if words & (TITLE_WORDS | ORG_WORDS | MONTHS_DAYS) or last.lower() in _NOT_NAME_ENDS:
            continue
        before = sentence[max(0, m.start() - 5) : m.start()].lower()
        if before.endswith(("the ", "of ", "in ", '"', "“")):
            continue
        names.append(f"{first} {last}")
    return names


def _outside_marks(para: str, marks: list[MarkSpan]) -> list[str]:
    """The stretches of a paragraph outside its quotations."""
    pieces, pos = [], 0
    for span in marks:
        pieces.append(para[pos : span.open])
        pos = span.close + 1 if span.close is not None else len(para)
    pieces.append(para[pos:])
    return pieces


class _Reader:
    """State carried across the article: actors, the last speaker, an open multi-paragraph quote."""

    def __init__(self) -> None:
        self.registry = Registry()
        self.found: list[Found] = []
        self.sentence = 0
        self.last_speaker: ActorState | None = None
        self.open_quote_speaker: ActorState | None = None
        self.pending_open: list[int] = []
        self.list_speaker: ActorState | None = None

    def mention(self, tokens: list[Tok], who: Attribution, para: str) -> Mention | None:
        return make_mention(tokens, who.start, who.end, para)

    def add(self, actor: ActorState, para: str, base: int, s: int, e: int, kind: str, section: int) -> None:
        s, e = _trimmed(para, s, e)
        if e <= s:
            return
        self.found.append(Found(actor, para[s:e], kind, section, base + s, base + e))

    def paragraph(self, para: str, base: int, section: int) -> None:
        """Read one paragraph: its direct quotes, reported speech and the actors who said them."""
        marks = find_marks(para)
        if self.list_speaker is not None:
            item = para.strip()
            if not marks and item and item[-1] not in ".!?:" and len(item.split()) <= 40:
                # an item of a list introduced by 'X also said:'
                self.add(self.list_speaker, para, base, 0, len(para), "indirect", section)
                return
            self.list_speaker = None
        only_quotes = bool(marks) and not any(re.search(r"\w", piece) for piece in _outside_marks(para, marks))
        continued = self.open_quote_speaker if marks and marks[0].open == 0 else None
        self.open_quote_speaker = None
        para_speaker: ActorState | None = None
        para_direct: ActorState | None = None
        unresolved: list[int] = []
        tokens: list[Tok] = []
        owners_last: ActorState | None = None
        for lo_char, hi_char in sentences(para, marks):
            self.sentence += 1
            tokens = tokenize(para, lo_char, hi_char, marks)
            self.registry.note_names(self.sentence, _person_names(para[lo_char:hi_char]))
            self._salience(tokens, para)
            reports = find_reports(tokens, 0, len(tokens))
            reported_at = {r.who.start for r in reports}
            for who in subjects(tokens, 0, len(tokens)):
                m = self.mention(tokens, who, para)
                if who.start not in reported_at and m is not None and m.kind == "person":
                    self.registry.resolve(m, self.sentence, pos=tokens[who.start].start)
            owners: list[tuple[Report, ActorState]] = []
            for report in reports:
                owner = next((a for r, a in owners if r.start <= tokens[report.who.start].start < r.end), None)
                m = self.mention(tokens, report.who, para)
                if m is None:
                    continue
                actor = self.registry.resolve(
                    m, self.sentence, owner if m.kind == "pronoun" else None, tokens[report.who.start].start
                )
                if actor is None:
                    continue
                owners.append((report, actor))
            owners_last = self._final_verb_speaker(tokens, para)
            sentence_speakers: dict[int, ActorState] = {}
            for qi, tok in enumerate(tokens):
                if tok.kind is not TokenKind.QUOTE:
                    continue
                actor = self._direct(tokens, qi, para, owners)
                if actor is not None:
                    sentence_speakers[qi] = actor
            # a quote split by its attribution: '"A," he said, "B."'
            for qi, tok in enumerate(tokens):
                if tok.kind is TokenKind.QUOTE and qi not in sentence_speakers:
                    before = [k for k in sentence_speakers if k < qi]
                    if before and qi > 0 and tokens[qi - 1].text in (",", ":", "."):
                        sentence_speakers[qi] = sentence_speakers[max(before)]
                    elif before and not any(
                        _is_speech(t) or t.norm in _CLAUSE_BREAKS for t in tokens[max(before) + 1 : qi]
                    ):
                        # a second fragment in the same clause: 'it was "distressing" ... "even in the face of"'
                        sentence_speakers[qi] = sentence_speakers[max(before)]
            # a sentence that is only a quote, after a quote attributed in the same paragraph: '"A," X said. "B."'
            words = [t for t in tokens if t.kind is TokenKind.WORD]
            quotes_here = [qi for qi, t in enumerate(tokens) if t.kind is TokenKind.QUOTE]
            # (or after reported speech: 'A, he said. "B."')
            previous = para_direct or para_speaker
            if not words and len(quotes_here) == 1 and quotes_here[0] not in sentence_speakers and previous:
                sentence_speakers[quotes_here[0]] = previous
            for qi, tok in enumerate(tokens):
                if tok.kind is not TokenKind.QUOTE:
                    continue
                span = marks[tok.quote]
                actor = sentence_speakers.get(qi)
                if actor is None and span.open == 0 and continued is not None:
                    actor = continued
                if actor is None:
                    if only_quotes:
                        unresolved.append(tok.quote)
                    continue
                self._emit_quote(para, base, section, span, actor)
                para_speaker = actor
                para_direct = actor
            for report, actor in owners:
                if self._quote_led(para, base, section, report, actor, marks):
                    para_speaker = actor
                    para_direct = actor
                    continue
                words_outside = self._words_outside(para, report, marks)
                if words_outside >= 4:
                    self.add(actor, para, base, report.start, report.end, "indirect", section)
                para_speaker = actor
        if para.rstrip().endswith(":") and not marks:
            last = tokens[-2] if len(tokens) >= 2 else None
            if (
                last is not None
                and last.kind is TokenKind.WORD
                and last.norm in SPEECH_VERBS
                and owners_last is not None
            ):
                self.list_speaker = owners_last
        if only_quotes and unresolved:
            fallback = continued or self.last_speaker
            if fallback is not None:
                for index in unresolved:
                    self._emit_quote(para, base, section, marks[index], fallback)
                para_speaker = fallback
        if para_speaker is not None:
            self.last_speaker = para_speaker
        elif not only_quotes:
            self.last_speaker = None
        if marks and marks[-1].close is None:
            self.open_quote_speaker = para_speaker

    def _quote_led(
        self,
        para: str,
        base: int,
        section: int,
        report: Report,
        actor: ActorState,
        marks: list[MarkSpan],
    ) -> bool:
        """'"A" while B, X said.': a trailing attribution whose clause opens with a quotation quotes it directly."""
        if report.who.how != "trailing":
            return False
        lead = next((span for span in marks if span.open == report.start), None)
        if lead is None or lead.close is None:
            return False
        s, e = _trimmed(para, *lead.inner(len(para)))
        if not any(f.section_index == section and f.start == base + s and f.kind == "direct" for f in self.found):
            self._emit_quote(para, base, section, lead, actor)
        return True

    def _words_outside(self, para: str, report: Report, marks: list[MarkSpan]) -> int:
        text = para[report.start : report.end]
        for span in marks:
            end = span.close + 1 if span.close is not None else len(para)
            if report.start <= span.open < report.end:
                text = text.replace(para[span.open : end], " ")
        return len(re.findall(r"\w+", text))

    def _direct(
        self, tokens: list[Tok], qi: int, para: str, owners: list[tuple[Report, ActorState]]
    ) -> ActorState | None:
        who = attribute_quote(tokens, qi, 0, len(tokens))
        if who is None:
            # a quoted fragment inside reported speech is a direct quote of that speaker
            qstart = tokens[qi].start
            return next((a for r, a in owners if r.start <= qstart < r.end), None)
        m = self.mention(tokens, who, para)
        if m is None:
            return None
        owner = None
        if m.kind == "pronoun":
            qstart = tokens[qi].start
            owner = next((a for r, a in owners if r.start <= qstart < r.end), None)
            same = next((a for r, a in owners if r.who.start == who.start), None)
            if same is not None:
                return same
        elif any(r.who.start == who.start for r, _ in owners):
            return next(a for r, a in owners if r.who.start == who.start)
        return self.registry.resolve(m, self.sentence, owner, tokens[who.start].start)

    def _final_verb_speaker(self, tokens: list[Tok], para: str) -> ActorState | None:
        """The speaker of 'X also said:' ending a sentence (it introduces a list)."""
        if len(tokens) < 3 or tokens[-1].text != ":" or not _is_speech(tokens[-2]):
            return None
        found = np_left(tokens, len(tokens) - 2, 0)
        if found is None:
            return None
        m = make_mention(tokens, found[0], found[1], para)
        return self.registry.resolve(m, self.sentence, pos=tokens[found[0]].start) if m is not None else None

    def _salience(self, tokens: list[Tok], para: str) -> None:
        """People written about become candidates for later pronouns: the sentence's subject, known surnames."""
        known = {a.name.split()[-1]: a for a in self.registry.live() if a.kind == "person"}
        found = np_right(tokens, 0, len(tokens))
        lead_end = found[1] if found is not None else 0
        for index, t in enumerate(tokens):
            if t.kind is TokenKind.WORD and t.is_cap and t.text in known:
                # a known name leading the sentence is its subject: 'Figgins declined ...'
                known[t.text].note(self.sentence, t.start, index < lead_end)
        if found is None or found[1] >= len(tokens):
            return
        after = tokens[found[1]]
        if after.kind is TokenKind.WORD and not after.is_cap:
            m = make_mention(tokens, found[0], found[1], para)
            if m is not None and m.kind == "person" and len(m.name.split()) >= 2:
                self.registry.resolve(m, self.sentence, pos=tokens[found[0]].start)

    def _emit_quote(self, para: str, base: int, section: int, span: MarkSpan, actor: ActorState) -> None:
        s, e = span.inner(len(para))
        s, e = _trimmed(para, s, e)
        if e - s < 1 or not re.search(r"\w", para[s:e]):
            return
        self.add(actor, para, base, s, e, "direct", section)


def read_article(sections: list[str]) -> tuple[list[Found], Registry]:
    """Extract the quotes of an article given its sections' texts."""
    reader = _Reader()
    budget = LONGEST_ARTICLE
    for index, text in enumerate(sections):
        for start, end in paragraphs(text):
            if budget <= 0:
                break
            end = min(end, start + LONGEST_PARAGRAPH, start + budget)
            budget -= end - start
            reader.paragraph(text[start:end], start, index)
    reader.found.sort(key=lambda f: (f.section_index, f.start))
    return reader.found, reader.registry
