"""Findings as reported speech: what a study, poll, report, survey or set of figures found or shows ('The review,
published by the trust on Monday, found that A', 'A poll by X found that A', 'Figures released by X show that A',
'A, researchers have found.'). A verb of finding or showing reports a clause only when its subject is such a
source: 'The skipper found that the nets were torn' is a discovery, not a statement."""

from __future__ import annotations

from digest.core.lexicon import IRREGULAR_PAST, RELATIVE_PRONOUNS, SOURCE_NOUNS, word_set
from digest.core.quotes.clause_shape import FINITE_WORDS, NOT_CLAUSE_START, finite_clause, is_pronoun
from digest.core.quotes.cue import Attribution, Cue, Report
from digest.core.quotes.tokens import AMOUNT_MARKS, WORD, Tok

FINDING_VERBS = word_set("found finds show shows showed ruled")
"""Verbs whose subject, when it is a document, a poll, researchers or a body that judges, reports what it found."""
_DECIDERS = word_set(
    """tribunal tribunals court courts panel panels jury juries coroner coroners ombudsman regulator
    regulators watchdog watchdogs inspector inspectorate"""
)
"""Bodies that judge a case or inspect and publish a finding ('the licensing tribunal found that A', 'the appeals
panel ruled that A', 'the schools inspectorate found that A'). Not 'judge': a ruling a judge wrote would then speak
as the judge ('Judge NAME found that A. Her ruling said B'), where the gold keeps the document."""
_SOURCES = SOURCE_NOUNS | _DECIDERS
"""Nouns of a source of findings: documents, polls, researchers and the bodies that judge or inspect."""
_BY_REACH = 8
_SOURCE_PREPOSITIONS = word_set("by from of")


def finding_cue(tokens: list[Tok], cue: Cue, lo: int) -> Cue:
    """``cue`` if its speaker phrase is a source of findings (:func:`finding_source`), else None."""
    if cue is None:
        return None
    who = cue.who if isinstance(cue, Report) else cue[0]
    return cue if finding_source(tokens, who, lo) else None


def source_before(tokens: list[Tok], lo: int, v: int) -> bool:
    """A noun of a source of findings stands before ``tokens[v]`` in the sentence: the cheap test that lets a verb
    of finding be read at all (most are 'found the body', 'shows up')."""
    return any(t.norm in _SOURCES for t in tokens[lo:v])


def finding_source(tokens: list[Tok], who: Attribution, lo: int) -> bool:
    """The speaker phrase names a source of findings ('The review', 'Last year's figures', 'researchers'), or the
    phrase it ends names one before 'by', 'from' or 'of' ('A poll by X', 'A survey of 500 skippers by X', 'Figures
    released by X', 'Data from X'): only words between that noun and the speaker ('After the audit, the crew found'
    and 'In the audit the crew found' are the crew's findings)."""
    if any(t.norm in _SOURCES for t in tokens[who.start : who.end]):
        return True
    for j in range(who.start - 1, max(lo, who.start - _BY_REACH) - 1, -1):
        if tokens[j].kind is not WORD:
            return False
        if tokens[j].norm in _SOURCES:
            return any(t.norm in _SOURCE_PREPOSITIONS for t in tokens[j + 1 : who.start])
    return False


_SUBJECT_MAX = 8


def plain_finding(tokens: list[Tok], k: int, hi: int) -> bool:
    """The words from ``k`` are a clause found or shown without 'that' ('show landings fell by a third', 'found
    the harbour had been sold'): a subject of words with no preposition but 'of', then an auxiliary or an irregular
    past, or a subject pronoun opening a clause ('showed flaws with the claim that it had' and 'show little sign
    that A' name a thing shown; an -ed word is no sure verb: 'found the boat abandoned')."""
    if k >= hi:
        return False  # 'Coffee is good, study finds' ending a paragraph without a stop
    if is_pronoun(tokens[k]):
        return finite_clause(tokens, k, hi)  # 'show he backed both', 'found it had been sold'
    for j in range(k, min(hi, k + _SUBJECT_MAX)):
        t = tokens[j]
        if (t.kind is not WORD and t.text not in AMOUNT_MARKS) or t.norm in RELATIVE_PRONOUNS:
            return False
        if j > k and not t.is_cap and (t.norm in FINITE_WORDS or t.norm in IRREGULAR_PAST):
            return True
        if t.norm in NOT_CLAUSE_START and t.norm != "of":
            return False
    return False
