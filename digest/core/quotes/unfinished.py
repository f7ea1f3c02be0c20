"""A reported clause that an inserted attribution cuts in mid-phrase.

'She kept the ledger by the door but, according to her son, refused every offer': the words before the
attribution end on a word that ends no clause (a coordinator, an auxiliary or a form of 'be', a relative or
question word, an article, 'also', 'not'), so they are no clause of the speaker's: the writer tells them, and the
speaker vouches only for what follows. What follows is the speaker's when it goes on as a verb after 'and' or
'but' ('..., refused every offer', '..., has never stopped selling') or as a clause after 'where' or 'when'
('He trained in Lisbon, where, he later said, an old potter let him fire the kiln'). A bare object or complement
after it ('The tubing was, she admits, a costly idea'; 'and, according to X, nearly a thousand dollars') is no
clause on its own, and nothing is kept. A clause the rules read whole across the attribution ('It was, she says,
a hard winter') does not end on such a word and stays as it is; so does one whose verb has its complement left
out ('worse than it has ever been, according to X').
"""

from __future__ import annotations

from bisect import bisect_left

from digest.core.lexicon import COORDINATORS, word_set
from digest.core.quotes.clause_ends import clause_end
from digest.core.quotes.clause_shape import is_pronoun
from digest.core.quotes.cue import Report
from digest.core.quotes.tokens import Tok
from digest.core.quotes.trailing import verb_first

UNFINISHED = COORDINATORS | word_set(
    "nor was were is are am be been being had has have where when who whom whose which also not the a an"
)
"""Words that end no clause: a reported clause ending on one stops where an attribution breaks in, not where the
speaker's words end ('that' is left out: it may close a clause, as a pronoun: '... attacks that')."""
_GOES_ON_VERB = word_set("and but")
_GOES_ON_CLAUSE = word_set("where when")
_ADVERBS = word_set("never once still also always often later then")
"""Adverbs before the verb that goes on a clause after 'and' ('and, according to X, never once asked ...')."""
_INSERTION_MAX = 14
"""Most tokens from the attribution's verb (or its source) to the comma that closes it."""


def finished(tokens: list[Tok], report: Report) -> Report | None:
    """``report`` (of the sentence ``tokens``) as it is, or, when its clause is cut on a word that ends no clause
    right before an attribution that breaks into it (:data:`UNFINISHED`) and more of the sentence follows the
    attribution, what follows when that goes on the clause, else None (see the module's docstring). The speaker
    still counts as one who spoke: only the clause is changed."""
    hi = len(tokens)
    last = bisect_left([t.end for t in tokens], report.end)
    if last >= hi or tokens[last].end != report.end or not _cut_by_cue(tokens, report, last, hi):
        return report
    after = _after_insertion(tokens, report, last + 1, hi)
    if after is None:
        return report  # 'which it often is, according to X.': the clause ends where the attribution begins
    if not _goes_on(tokens, tokens[last].norm, after):
        return None
    end = clause_end(tokens, after, hi)
    return Report(report.who, tokens[after].start, tokens[end - 1].end, report.verb)


def _cut_by_cue(tokens: list[Tok], report: Report, last: int, hi: int) -> bool:
    """The clause ends on a word of :data:`UNFINISHED` followed by a comma, and the attribution's verb comes after
    that comma: an attribution breaks in right after the clause. Not a verb whose complement is left out after
    'than', 'as' or an object relative ('worse than it ever has been', 'which it often is')."""
    return (
        tokens[last].norm in UNFINISHED
        and not _elided(tokens, last)
        and not tokens[last].is_cap
        and last + 1 < hi
        and tokens[last + 1].text == ","
        and report.verb > last + 1
    )


_ELIDED_REACH = 6
_COMPARING = word_set("than as")
_OBJECT_RELATIVES = word_set("which that")


def _elided(tokens: list[Tok], last: int) -> bool:
    """An auxiliary or 'be' at ``last`` whose complement is left out: after 'than' or 'as' ('worse than it has
    been'), or after a relative whose subject follows it ('which it often is')."""
    if tokens[last].norm in COORDINATORS:
        return False
    lo = max(0, last - _ELIDED_REACH)
    for k in range(lo, last):
        if tokens[k].norm in _COMPARING:
            return True
        if tokens[k].norm in _OBJECT_RELATIVES and k + 1 < last and is_pronoun(tokens[k + 1]):
            return True
    return False


def _after_insertion(tokens: list[Tok], report: Report, comma: int, hi: int) -> int | None:
    """Where the words after the attribution start: past the comma that closes it (after its verb and its speaker
    phrase), None when no such comma comes within reach."""
    k = max(report.verb, report.who.end)
    for j in range(k, min(hi, k + _INSERTION_MAX)):
        if tokens[j].text == ",":
            return _past_name(tokens, j + 1, hi) if j + 1 < hi and j > comma else None
    return None


_NAME_MAX = 4


def _past_name(tokens: list[Tok], k: int, hi: int) -> int:
    """Past a name set off by commas after the source ('according to their agent, Lena Voss, has ...')."""
    j = k
    while j < min(hi, k + _NAME_MAX) and tokens[j].is_cap:
        j += 1
    return j + 1 if k < j < hi - 1 and tokens[j].text == "," else k


def _goes_on(tokens: list[Tok], joint: str, after: int) -> bool:
    """The words from ``after`` go on the clause cut at ``joint``: a verb after 'and'/'but'; after 'where'/'when'
    a clause always comes (a relative or a question word asks for one)."""
    if joint in _GOES_ON_VERB:
        return verb_first(tokens, after + 1 if tokens[after].norm in _ADVERBS else after)
    return joint in _GOES_ON_CLAUSE
