"""Where a reported clause that holds a quotation ends as reported speech (the quoted words are also the speaker's
direct quote): the whole clause when it quotes a few of its own words, else up to the last comma before the
quotation, else nothing."""

from __future__ import annotations

import re
from bisect import bisect_left

from digest.core.lexicon import (
    COORDINATORS,
    DETERMINERS,
    IRREGULAR_PAST,
    MONTHS_DAYS,
    PERIOD_WORDS,
    POSSESSIVES,
    PREPOSITIONS_IN_NP,
    SUBORDINATORS,
    WH_RELATIVES,
)
from digest.core.quotes.clause_shape import FINITE_WORDS
from digest.core.quotes.cue import Report
from digest.core.quotes.findings import FINDING_VERBS
from digest.core.quotes.marks import MarkSpan
from digest.core.speech_verbs import CUE_VERBS, FINITE_SPEECH_VERBS

_MIN_REPORTED_WORDS = 4
_MIN_OWN_WORDS = 2
"""Words of its own a reported clause needs before a quotation it holds ('said the plan was "a disaster"')."""
_ATTRIBUTED_ENDS = ",.?!"
"""The last character inside a quotation that its own attribution or sentence follows ('"...," he said')."""
_SENTENCE_ENDS = ".?!"
_WORD = re.compile(r"\w")
_CLAUSE_COMMA = re.compile(r",(?!\d)")
_OPENERS = frozenset({"if", "when", "because", "although", "though", "unless", "while", "once"})


def reported_end(para: str, report: Report, marks: list[MarkSpan], titles: set[int]) -> int | None:
    """Where a reported clause ends as reported speech: its end, or, when it holds a quotation (the quoted words
    are the speaker's direct quote), its end or a comma after the quotation when the quotation is a few words inside it
    (:func:`_fragment_clause_end`),
    else the last comma before the quotation ('... condemns the attack, which he described as "insolent"') or a
    colon right before it ('said the ferry was late: "A"', :func:`_colon_before`); None
    when too few words stay. Quotations whose index is in ``titles`` (titles and
    names, no one's words) do not end it."""
    first = bisect_left(marks, report.start, key=lambda span: span.open)
    while first < len(marks) and first in titles and marks[first].open < report.end:
        first += 1  # a quoted title or name is no one's words: it does not end the clause
    if first >= len(marks) or marks[first].open >= report.end:
        return report.end
    comma = _clause_comma(para, report.start, marks[first].open)
    colon = _colon_before(para, report, marks[first])
    if colon > comma:
        comma = colon  # 'said the ferry was late: "A"': the clause ends at the colon that opens the quotation
    whole = (
        _fragment_clause_end(para, report, marks, first)
        if comma < 0 or (comma != colon and _goes_on(para, comma, marks[first].open))
        else None
    )
    if whole is not None:
        return whole
    words = re.findall(r"\w+", para[report.start : comma]) if comma >= 0 else []
    if len(words) < _MIN_REPORTED_WORDS or words[-1].lower() in FINITE_SPEECH_VERBS or words[0].lower() in _OPENERS:
        return None  # too few words, 'A, she said' or 'when A,' before the quotation: no clause of its own
    if all(word[0].isupper() or word.isdigit() for word in words):
        return None  # 'Mayor Jane Roe Smith, her aides and ...': a name, the clause's subject, is no clause
    return comma


_APPOSED_WORDS_MAX = 4
"""The most capitalised words or numbers between two commas read as an apposition ('his deputy, Tova Brin,')."""


def _colon_before(para: str, report: Report, span: MarkSpan) -> int:
    """The colon right before the quotation ``span`` (only spaces between them) when the clause reaches it and the
    quotation closes it, else -1: 'said the ferry was late: "A"' reports 'the ferry was late', then quotes A ('said
    the plan was plain: "A" and often' runs on past it: no clause). The words before the colon hold a finite verb (an
    auxiliary or 'be') and no dash nor verb of speech ('said of his rival: "A"', 'said it -- then added: "A"' report
    no clause); the clause follows its verb (not an attribution after it or 'according to')."""
    quote = span.open
    colon = para.rfind(":", report.start, quote)
    if colon < 0 or para[colon + 1 : quote].strip() or report.who.how in _NOT_BEFORE_COLON:
        return -1
    if span.close is not None and re.search(r"\w", para[span.close + 1 : report.end]):
        return -1
    words = [w.lower() for w in re.findall(r"[\w']+", para[report.start : colon])]
    if any(d in para[report.start : colon] for d in ("—", "–", "--")) or any(w in FINITE_SPEECH_VERBS for w in words):
        return -1
    return colon if any(w in FINITE_WORDS for w in words) else -1


_NOT_BEFORE_COLON = frozenset({"trailing", "according"})
"""Attributions whose clause does not run up to a colon before a quotation: the clause comes before the verb or is
read after 'according to'."""


def _clause_comma(para: str, start: int, end: int) -> int:
    """The last comma in ``para[start:end]`` that may end a clause, or -1: a pair of commas around a name or an age
    ('his deputy, Tova Brin, had called it "A"', 'the chef, 58, called it') sets off an apposition inside the
    clause's subject, no end of it."""
    comma = para.rfind(",", start, end)
    while comma >= 0:
        before = para.rfind(",", start, comma)
        words = para[before + 1 : comma].split() if before >= 0 else []
        if not words or len(words) > _APPOSED_WORDS_MAX or not all(w[0].isupper() or w.isdigit() for w in words):
            return comma
        after = _FIRST_WORD.match(para, comma + 1, end)
        if after is None or after.group(1).lower() in _NOT_PREDICATE:
            return comma  # 'Swift, 29, however ...', 'Obama, Abe, and Park': a new clause or a list goes on
        comma = para.rfind(",", start, before)
    return comma


def _goes_on(para: str, comma: int, end: int) -> bool:
    """', and a guilty plea would "ruin his life"', ', but that he and his team "did everything"': a comma before a
    quotation then 'and' or 'but' goes on with what was said, unless someone's act of speech or finding is named
    before the quotation (', and NAME later called it "A"', ', but also shows that A') or right before the comma
    ('A, NAME said, and "B"')."""
    after = _FIRST_WORD.match(para, comma + 1, end)
    if after is None or after.group(1).lower() not in COORDINATORS:
        return False
    words = _WORDS.findall(para, comma, end) + _WORDS.findall(para, max(0, comma - _VERB_BEFORE_COMMA), comma)[-1:]
    if _narrated_next(words[1:3]):
        return False  # ', and on Monday the board voted to scrap the "flagship" policy': the writer's next event
    return not any(w.lower() in _ACT_WORDS for w in words)


def _narrated_next(words: list[str]) -> bool:
    """The words right after the conjunction set the time of a next event ('then', 'later', 'on Monday', 'last
    week'): the writer's narrative going on, not more of what was said."""
    first = [w.lower() for w in words]
    if first[:1] and first[0] in _NEXT_WORDS:
        return True
    return len(first) == 2 and first[0] in _TIME_LEADS and (first[1] in MONTHS_DAYS or first[1] in PERIOD_WORDS)


_NEXT_WORDS = frozenset({"then", "later", "meanwhile", "yesterday", "afterwards", "subsequently"})
_TIME_LEADS = frozenset({"on", "last", "this", "by", "in"})


_WORDS = re.compile(r"[\w'’]+")
_VERB_BEFORE_COMMA = 20
_ACT_WORDS = CUE_VERBS | FINDING_VERBS


_FIRST_WORD = re.compile(r"\s*([a-z][\w'’]*)")
"""A lower-case word right after a comma: the predicate going on after an apposition ('had called it')."""
_NOT_PREDICATE = COORDINATORS | SUBORDINATORS | WH_RELATIVES | frozenset({"however"})


def _fragment_clause_end(para: str, report: Report, marks: list[MarkSpan], first: int) -> int | None:
    """Where a reported clause that quotes a few of its own words ends ('said the state would not be "bullied"
    into the deal'): words of its own stand before the first quotation with no comma between, no colon stands in
    it, and no quotation inside it ends a sentence or is attributed after its close ('Agents "say A," he said'). It
    ends at its own end or at the first comma after its last quotation ('..., as the council delayed its vote');
    None when it is no such clause. The quoted words stay the speaker's direct quote too."""
    own = re.findall(r"[\w'’]+", para[report.start : marks[first].open])
    if (
        len(own) < _MIN_OWN_WORDS
        and not (own and _subject_word(own[0]))
        and not _quoted_subject(para, report, marks[first], own)
    ):
        return None
    if ":" in para[report.start : report.end]:
        return None
    k, after = first, report.end
    while k < len(marks) and marks[k].open < report.end:
        close = marks[k].close
        if close is None or close >= report.end:
            return report.end if close is not None else None
        after = close + marks[k].width
        ends = _SENTENCE_ENDS if k + 1 < len(marks) and marks[k + 1].open < report.end else _ATTRIBUTED_ENDS
        if para[close - 1] in ends and _WORD.search(para, after, report.end):
            if para[close - 1] == "," and ends is _ATTRIBUTED_ENDS and not _attributed(para, after, report.end):
                if _same_clause(para, after, report.end) or _second_report(para, after, report.end):
                    return report.end
                return after  # '," estimating that A'

            return None
        k += 1
    comma = _CLAUSE_COMMA.search(para, after, report.end)  # not the comma of a number ('1,237')
    if comma is None or _second_report(para, comma.start() + 1, report.end):
        return report.end  # 'said the pier was "beyond repair", and that B': two reports, split later (mixed_split)
    return comma.start()


_PREDICATE_WORDS = 3
_VERB_REACH = 8


def _quoted_subject(para: str, report: Report, mark: MarkSpan, own: list[str]) -> bool:
    """'said that "stopgap measures" were in place', 'said the "reforms" had failed': the clause opens with a
    quoted noun phrase (after an article or possessive at most) that closes without punctuation and goes on with a
    predicate of its own, a verb within a few words ('said "no" to the offer' has none): the clause is reported
    whole."""
    if len(own) > 1 or (own and own[0].lower() not in _SUBJECT_OPENERS):
        return False
    if mark.close is None or mark.close >= report.end:
        return False
    inner_end = mark.inner(len(para))[1]
    if inner_end == 0 or para[inner_end - 1] in _ATTRIBUTED_ENDS + ";:":
        return False
    rest = re.findall(r"[\w'’]+", para[mark.close + 1 : report.end])
    attributed = any(w.lower() in FINITE_SPEECH_VERBS for w in rest[:_ATTRIBUTION_REACH])
    verb = any(_finite(w.lower()) for w in rest[:_VERB_REACH])
    return len(rest) >= _PREDICATE_WORDS and verb and not attributed


def _finite(word: str) -> bool:
    """A word that may be the clause's verb ('were', 'had', 'remains', 'came', "don't"; not 'to', 'as', "state's")."""
    if word in FINITE_WORDS or word in IRREGULAR_PAST or word.endswith(("n't", "n’t")):
        return True
    possessive = word.endswith(("'s", "’s"))
    return word.endswith(("ed", "s")) and not possessive and word not in PREPOSITIONS_IN_NP and word not in _NOT_VERBS


_SUBJECT_OPENERS = DETERMINERS | POSSESSIVES
_NOT_VERBS = frozenset({"as", "this", "his", "its", "us", "thus", "plus", "less", "unless", "across"})


def _subject_word(word: str) -> bool:
    """One word that can be a reported clause's whole subject before its quoted verb phrase ('said he "would
    stay"', 'said officials "had no choice"'): no article, possessive or preposition ('said the "reform"')."""
    low = word.lower()
    return not (low in DETERMINERS or low in POSSESSIVES or low in PREPOSITIONS_IN_NP or low in ("that", "this"))


_ATTRIBUTION_REACH = 5


def _attributed(para: str, after: int, end: int) -> bool:
    """A finite verb of speech within a few words after a quotation closed by a comma ('"... A," he said', '"...,"
    said X'): the quotation is attributed there, so the clause around it does not go on."""
    words = re.findall(r"[\w'’]+", para[after:end])[:_ATTRIBUTION_REACH]
    return any(w.lower() in FINITE_SPEECH_VERBS for w in words)


_CARRYING_ON = COORDINATORS | {"yet"}


def _same_clause(para: str, after: int, end: int) -> bool:
    """After a quotation closed by a comma, 'but' or 'and' not before 'that' carries the same clause on ('were
    "painful," but necessary for growth'); a participle or a subordinator opens the writer's words ('were "too
    small," estimating that A', '," though they expected B'), where the clause ends."""
    words = [w.lower() for w in re.findall(r"[\w'’]+", para[after:end])[:2]]
    return len(words) == 2 and words[0] in _CARRYING_ON and words[1] != "that"


_SECOND_REPORT = re.compile(r"\s*(?:and|but)\s+that\s")
"""'and that', 'but that' opening a second report of the same verb."""


def _second_report(para: str, after: int, end: int) -> bool:
    """After a quotation or the comma following it, 'and that' or 'but that' opens a second report of the same verb
    ('said the pier was "beyond repair", and that a new one would cost more'): the clause runs on to hold it, and
    :mod:`mixed_split` parts the two reports."""
    return _SECOND_REPORT.match(para, after, end) is not None
