"""Reported speech: ``X said (that) ...``, ``according to X``, ``X quoted Y as saying ...``, ``..., noting that``."""

from __future__ import annotations

from dataclasses import dataclass

from digest.core.lexicon import (
    DESCRIBE_VERBS,
    DETERMINERS,
    LOOSE_VERBS,
    PARTICIPLE_REPORT,
    PRONOUNS,
    REPORT_VERBS,
    TOLD_OBJECTS,
)
from digest.core.quotes.attribution import Attribution, main_subject
from digest.core.quotes.speakers import description_after, np_left, np_right
from digest.core.quotes.tokens import Tok, TokenKind

_SKIPPABLE = frozenset(
    {
        "on",
        "in",
        "at",
        "a",
        "an",
        "the",
        "statement",
        "interview",
        "news",
        "conference",
        "briefing",
        "press",
        "late",
        "earlier",
        "also",
        "last",
        "week",
        "month",
        "year",
        "this",
        "friday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "evening",
        "morning",
        "phone",
        "call",
        "email",
        "letter",
        "report",
        "-",
        "—",
        "–",
        ",",
    }
)
_MIN_WORDS = 3
_NOT_CLAUSE_START = frozenset(
    {
        "on",
        "in",
        "at",
        "to",
        "for",
        "with",
        "about",
        "of",
        "by",
        "after",
        "before",
        "during",
        "and",
        "but",
        "or",
        "so",
        "as",
        "when",
        "if",
        "while",
        "yesterday",
        "today",
        "nothing",
        "something",
        "anything",
        "goodbye",
        "hello",
        "yes",
        "no",
        "more",
        "less",
        "only",
        "just",
        "also",
        "later",
        "earlier",
        "previously",
        "via",
        "through",
        "from",
        "into",
        "under",
        "over",
        "against",
        "without",
        "within",
        "last",
        "next",
        "this",
        "then",
    }
)
_INSERTION_START = frozenset({"on", "in", "at", "late", "earlier", "last", "this", "also", "-", "—", "–", ","})


@dataclass(frozen=True)
class Report:
    """A reported clause: who (speaker phrase) and where (char offsets in the paragraph)."""

    who: Attribution
    start: int
    end: int
    verb: int


def _clause_start(tokens: list[Tok], i: int, hi: int, verb: Tok) -> int | None:
    """Where the reported clause after a verb starts: after 'that', after the object of 'told', after an
    inserted phrase ('said in an email to the agency that')."""
    start = _plain_clause_start(tokens, i, hi, verb)
    return start if start is not None else _that_after_insertion(tokens, i, hi, verb)


_INSERTION_MAX = 12
_INSERTION_PREPOSITIONS = frozenset(
    {"in", "on", "at", "to", "after", "during", "before", "with", "from", "via", "over"}
)


def _that_after_insertion(tokens: list[Tok], i: int, hi: int, verb: Tok) -> int | None:
    """'said in an email to the agency that', 'wrote in a blog post that', 'told a meeting of leaders that':
    words (no clause punctuation, no other speech verb) between the verb and 'that'."""
    if i >= hi or not (tokens[i].norm in _INSERTION_PREPOSITIONS or verb.norm in ("told", "tells")):
        return None
    for k in range(i + 1, min(hi, i + _INSERTION_MAX)):
        t = tokens[k]
        if t.kind is not TokenKind.WORD and t.text != ",":
            return None
        if t.norm == "that":
            return k + 1
        if t.norm in REPORT_VERBS and not t.is_cap:
            return None
    return None


def _plain_clause_start(tokens: list[Tok], i: int, hi: int, verb: Tok) -> int | None:
    k = i
    steps = 0
    if verb.norm in ("told", "tells"):
        k = _skip_told_object(tokens, k, hi)
        if k == i:
            return None
        t = tokens[k] if k < hi else None
        # without 'that' the clause opens with its subject: 'told the committee he tried ...'
        if (
            t is not None
            and t.kind is TokenKind.WORD
            and t.norm not in _INSERTION_START
            and t.norm != "that"
            and not (t.norm in PRONOUNS or t.norm in DETERMINERS or t.norm in _CLAUSE_DETERMINERS or t.is_cap)
        ):
            return None
    steps = 0
    opens_insertion = k < hi and tokens[k].norm in _INSERTION_START
    while (
        opens_insertion
        and k < hi
        and steps < 8
        and tokens[k].kind is not TokenKind.QUOTE
        and (tokens[k].norm in _SKIPPABLE or (steps and tokens[k].is_cap))
    ):
        k += 1
        steps += 1
    if k >= hi:
        return None
    t = tokens[k]
    if t.kind is TokenKind.WORD and t.norm == "that":
        return k + 1
    if t.kind is not TokenKind.WORD or (verb.norm not in LOOSE_VERBS):
        return None
    if steps and tokens[k - 1].text != ",":
        return None
    if t.norm in PRONOUNS or t.norm in DETERMINERS or t.is_cap or t.text[0].isdigit():
        return k
    if not steps and t.norm not in _NOT_CLAUSE_START and k + 1 < hi and tokens[k + 1].kind is TokenKind.WORD:
        return k
    return None


_CLAUSE_DETERMINERS = frozenset({"no", "his", "her", "their", "its", "our", "this", "these", "those", "all", "many"})
_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "local", "state", "foreign"})


def _skip_told_object(tokens: list[Tok], i: int, hi: int) -> int:
    """The token after the object of ``told``: 'told reporters', 'told the committee', 'told CBS News'."""
    k = i
    if k < hi and tokens[k].kind is TokenKind.WORD and tokens[k].norm in ("him", "her", "them", "us", "me", "you"):
        return k + 1
    if k < hi and tokens[k].kind is TokenKind.WORD and tokens[k].norm in _OBJECT_OPENERS:
        k += 1
    steps = 0
    while (
        k < hi
        and steps < 4
        and tokens[k].kind is TokenKind.WORD
        and tokens[k].norm != "that"
        and tokens[k].norm not in PRONOUNS
        and tokens[k].norm not in DETERMINERS
        and tokens[k].norm not in _INSERTION_START
    ):
        k += 1
        steps += 1
    return k if steps else i


def _sentence_end(tokens: list[Tok], k: int, hi: int) -> bool:
    """Only punctuation (or the object of ``told``) remains after ``k``."""
    while k < hi and tokens[k].kind is TokenKind.WORD and (tokens[k].norm in TOLD_OBJECTS or tokens[k].is_cap):
        k += 1
    return all(t.kind is TokenKind.PUNCT and t.text in ".!?)" for t in tokens[k:hi])


def _trailing(tokens: list[Tok], v: int, lo: int, hi: int) -> Report | None:
    """``CLAUSE, a source said.`` / ``CLAUSE, said X, a lawyer.``: the speaker comes after the reported words."""
    verb = tokens[v]
    if v - 1 >= lo and tokens[v - 1].text == "," and verb.norm not in ("told", "tells"):
        found = np_right(tokens, v + 1, hi)
        if found is None or not _sentence_end(tokens, found[1], hi):
            return None
        comma = v - 1
        who = Attribution(found[0], found[1], "trailing")
    else:
        if verb.norm in ("told", "tells") and not _sentence_end(tokens, v + 1, hi):
            return None
        if verb.norm not in ("told", "tells") and not _sentence_end(tokens, v + 1, hi):
            return None
        found = np_left(tokens, v, lo)
        if found is None:
            return None
        comma = found[0] - 1
        k = comma
        # skip an inserted ", who said ...," after the speaker
        if comma < lo or tokens[comma].text != ",":
            return None
        who = Attribution(found[0], found[1], "trailing")
        _ = k
    if comma - lo < 4:
        return None
    return Report(who, tokens[lo].start, tokens[comma - 1].end, v)


_CLAUSE_STOPS = frozenset({"according", "although", "though", "while", "whereas"})


def _clause_end(tokens: list[Tok], start: int, hi: int) -> int:
    """Where a reported clause ends: at ';', at ', noting', ', although', or where the speaker's next verb of
    speech is coordinated ('... and warned that', '... but noted that')."""
    for k in range(start, hi):
        t = tokens[k]
        nxt = tokens[k + 1] if k + 1 < hi else None
        if t.text == ";":
            return k
        if nxt is None or nxt.kind is not TokenKind.WORD:
            continue
        if t.text == "," and (nxt.norm in PARTICIPLE_REPORT or nxt.norm in _CLAUSE_STOPS):
            return k
        if t.norm in ("and", "but") and not nxt.is_cap and (nxt.norm in REPORT_VERBS or nxt.norm in DESCRIBE_VERBS):
            return k - 1 if tokens[k - 1].text == "," else k
    end = hi
    while end > start and tokens[end - 1].kind is TokenKind.PUNCT and tokens[end - 1].text in ".,:;!?)-—":
        end -= 1
    return end


def find_reports(tokens: list[Tok], lo: int, hi: int) -> list[Report]:
    """Every reported clause in the sentence ``tokens[lo:hi]``, in order; a clause stops where the next begins."""
    reports = _find_reports(tokens, lo, hi)
    out: list[Report] = []
    for index, report in enumerate(reports):
        end = report.end
        for later in reports[index + 1 :]:
            cut = tokens[later.who.start].start if later.who.how != "according" else end
            if report.start < cut < end:
                k = later.who.start - 1
                while k > lo and (tokens[k].kind is TokenKind.PUNCT or tokens[k].norm in ("and", "but", "also")):
                    k -= 1
                end = min(end, tokens[k].end) if tokens[k].end > report.start else end
        out.append(Report(report.who, report.start, end, report.verb))
    return out


def subjects(tokens: list[Tok], lo: int, hi: int) -> list[Attribution]:
    """Speakers of speech verbs whose object is not a clause ("Pompeo announced his support"), for actors."""
    out: list[Attribution] = []
    for v in range(lo, hi):
        t = tokens[v]
        if t.kind is TokenKind.WORD and not t.is_cap and t.norm in REPORT_VERBS:
            found = np_left(tokens, v, lo)
            if found is not None:
                out.append(Attribution(found[0], found[1], "subject"))
    return out


def _find_reports(tokens: list[Tok], lo: int, hi: int) -> list[Report]:
    out: list[Report] = []
    for v in range(lo, hi):
        t = tokens[v]
        if t.kind is not TokenKind.WORD or (t.is_cap and t.norm != "according"):
            continue
        if t.norm in REPORT_VERBS:
            found = _report_verb(tokens, v, lo, hi)
        elif t.norm in PARTICIPLE_REPORT and v - 1 >= lo and tokens[v - 1].text == ",":
            found = _participle(tokens, v, lo, hi, out)
        elif t.norm == "quoted":
            found = _quoted_as(tokens, v, hi)
        elif t.norm == "according" and v + 1 < hi and tokens[v + 1].norm == "to":
            found = _according(tokens, v, lo, hi)
        else:
            continue
        if isinstance(found, Report):
            out.append(found)
        elif found is not None:
            report = _clause_report(tokens, found[0], found[1], v, hi)
            if report is not None:
                out.append(report)
    return out


_Cue = tuple[Attribution, int] | Report | None
"""A cue's speaker and the index where its clause starts, a whole report, or nothing."""


def _clause_report(tokens: list[Tok], who: Attribution, start: int, v: int, hi: int) -> Report | None:
    if start >= hi:
        return None
    end = _clause_end(tokens, start, hi)
    if sum(1 for x in tokens[start:end] if x.kind is TokenKind.WORD) < _MIN_WORDS:
        return None
    return Report(who, tokens[start].start, tokens[end - 1].end, v)


def _report_verb(tokens: list[Tok], v: int, lo: int, hi: int) -> _Cue:
    """'X said (that) CLAUSE', or a trailing 'CLAUSE, X said'."""
    start = _clause_start(tokens, v + 1, hi, tokens[v])
    if start is None:
        return _trailing(tokens, v, lo, hi)
    found = np_left(tokens, v, lo)
    if found is not None:
        return Attribution(found[0], found[1], "reported"), start
    if v - 1 >= lo and tokens[v - 1].norm in ("and", "also"):
        who = main_subject(tokens, lo, v)
        return (who, start) if who is not None else None
    return None


def _participle(tokens: list[Tok], v: int, lo: int, hi: int, earlier: list[Report]) -> _Cue:
    """'..., saying (that) CLAUSE': the speaker is the sentence's speaker (or the last report's)."""
    t = tokens[v]
    start = _clause_start(tokens, v + 1, hi, t) if t.norm != "saying" else v + 1
    if start is None:
        return None
    if start < hi and tokens[start].norm == "that":
        start += 1
    who = main_subject(tokens, lo, v)
    if who is None and earlier:
        who = earlier[-1].who
    return (who, start) if who is not None else None


def _quoted_as(tokens: list[Tok], v: int, hi: int) -> _Cue:
    """'X quoted Y as saying (that) CLAUSE'."""
    found = np_right(tokens, v + 1, hi)
    if found is None:
        return None
    k = found[1]
    while k < hi and tokens[k].norm != "as" and k - found[1] < 12:
        k += 1
    if not (k + 1 < hi and tokens[k].norm == "as" and tokens[k + 1].norm == "saying"):
        return None
    start = k + 2
    if start < hi and tokens[start].norm == "that":
        start += 1
    return Attribution(found[0], min(found[1], k), "quoted-as"), start


def _according(tokens: list[Tok], v: int, lo: int, hi: int) -> _Cue:
    """'According to X, CLAUSE' or 'CLAUSE, according to X'."""
    found = np_right(tokens, v + 2, hi) or description_after(tokens, v + 2, hi)
    if found is None:
        return None
    who = Attribution(found[0], found[1], "according")
    if v - 1 >= lo and tokens[v - 1].text == "," and v - 1 > lo:
        return Report(who, tokens[lo].start, tokens[v - 2].end, v)
    k = found[1]
    if k < hi and tokens[k].text == ",":
        return who, k + 1
    return None
