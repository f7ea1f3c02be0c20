"""Reported speech: ``X said (that) ...``, ``according to X``, ``X quoted Y as saying ...``, ``..., noting that``."""

from __future__ import annotations

from bisect import bisect_left

from digest.core.lexicon import (
    ARTICLES,
    CONTRAST_SUBORDINATORS,
    COORDINATORS,
    GROUP_NOUNS,
    LEAD_WORDS,
    PERFECT_AUXILIARIES,
    PRONOUNS,
    QUESTION_WORDS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    word_set,
)
from digest.core.quotes.according import according, as_tail_end, quoted_as
from digest.core.quotes.agents import before_agent, before_auxiliary
from digest.core.quotes.appositives import appositive_subject
from digest.core.quotes.aspect import contracted_subject, progressive_aux
from digest.core.quotes.attribution import (
    Attribution,
    clause_subject,
    lead_subject,
    main_subject,
    open_relative_subject,
)
from digest.core.quotes.clause_ends import (
    DASHES,
    clause_end,
    comma_inside,
    relative_clause_end,
    said_inside,
    subordinate_end,
)
from digest.core.quotes.clause_shape import FINITE_WORDS, finite_clause, short_answer, verbless_phrase
from digest.core.quotes.clauses import (
    EXPLAINING,
    MIN_WORDS,
    clause_start,
    skip_time,
    tail_ok,
)
from digest.core.quotes.coordinated import also_subject, conjoined_subject
from digest.core.quotes.cue import Cue, Report
from digest.core.quotes.denied import denied
from digest.core.quotes.findings import FINDING_VERBS, finding_cue, source_before
from digest.core.quotes.insertions import quoted_insertion
from digest.core.quotes.instead import said_instead
from digest.core.quotes.noun_forms import claim_owner, noun_after_determiner, upholding
from digest.core.quotes.openers import time_before
from digest.core.quotes.plain_subjects import coordinated_subject, plain_participle_subject, relative_subject
from digest.core.quotes.relatives import appositive_relative, object_relative, relative_antecedent, speaking_object
from digest.core.quotes.relayed import relayers_own_words
from digest.core.quotes.report_mentions import group_mention as group_mention
from digest.core.quotes.report_mentions import np_or_share
from digest.core.quotes.report_mentions import report_mention as report_mention
from digest.core.quotes.restrictive import restrictive_relative
from digest.core.quotes.sent_statement import statement_before
from digest.core.quotes.shaped_cues import EXPRESSING, POINTING, PUTTING
from digest.core.quotes.speakers import np_left, np_right
from digest.core.quotes.subjects import (
    opening_participle,
    opening_subject,
    participle_subject,
    share_subject,
    with_share,
)
from digest.core.quotes.tokens import PUNCT, QUOTE, WORD, Tok
from digest.core.quotes.trailing import trailing
from digest.core.speech_verbs import FINITE_SPEECH_VERBS, PARTICIPLE_REPORT, REPORT_VERBS


def find_reports(tokens: list[Tok], lo: int, hi: int, cues: list[int] | None = None) -> list[Report]:
    """Every reported clause in the sentence ``tokens[lo:hi]``, in order; a clause stops where the next begins.
    ``cues`` is :func:`cue_words` of that stretch when the caller has it already."""
    reports = _find_reports(tokens, lo, hi, cue_words(tokens, lo, hi) if cues is None else cues)
    out: list[Report] = []
    starts = [t.start for t in tokens[lo:hi]]
    for index, report in enumerate(reports):
        end = report.end
        for later in reports[index + 1 :]:
            cut = tokens[later.who.start].start if later.who.how != "according" else end
            if report.start < cut < end and not _inside_clause(tokens, report.start, later.who.start):
                k = later.who.start - 1
                while k > lo and (
                    tokens[k].kind is PUNCT or tokens[k].norm in _JOINING | _AMOUNT_WORDS | ASIDE_RELATIVES
                ):
                    k -= 1  # 'A, and more than half said B', 'A though she noted B': A ends before them
                end = min(end, tokens[k].end) if tokens[k].end > report.start else end
        if _said_inside_earlier(tokens, report, out):
            continue  # 'A, who he said were B': B is part of A
        end = subordinate_end(tokens, lo, report.verb, (report.start, end))
        first, last = bisect_left(starts, report.start) + lo, bisect_left(starts, end) + lo
        if report.who.how != "trailing" and first < last and verbless_phrase(tokens, first, last):
            continue  # 'said in a news conference Monday': where or when, not what was said
        out.append(Report(report.who, report.start, end, report.verb))
    return relayers_own_words(tokens, out)  # 'Ms A said B, though D, Mr C told the panel': D is C's


def _said_inside_earlier(tokens: list[Tok], report: Report, earlier: list[Report]) -> bool:
    """The report of a 'he said' inside an earlier clause's relative ('A, who he said were B'), already part of it."""
    who = report.who.start
    inside = any(r.start <= tokens[who].start < r.end for r in earlier)
    return inside and who >= 2 and tokens[who - 1].norm == "who" and said_inside(tokens, who - 1, len(tokens))


_JOINING = COORDINATORS | CONTRAST_SUBORDINATORS | word_set("also as then so")
"""Words that join a later report to the clause before it rather than holding it ('A, and B said', 'A though
she noted B')."""
ASIDE_RELATIVES = word_set("which who whom")
"""A relative after a comma whose clause has an attribution of its own ('..., which Berg said was A')."""
_AMOUNT_WORDS = word_set("more than fewer less least at about nearly almost roughly only just some")
"""Words of an amount before a speaker phrase ('and more than 4 in 10 said'): passed when looking before it."""


def _inside_clause(tokens: list[Tok], offset: int, who: int) -> bool:
    """A later speaker standing right after a word of the clause (from character ``offset``), no punctuation,
    conjunction or quotation between, is part of that clause, reported with it ('said a commission appointed by NAME
    estimated that A', 'said candidate NAME had said B', 'was right when he said B': the whole nested report is
    what was said), and does not end it; a capitalised article opens a sentence the text ran on into ('... the
    centers The board said')."""
    start = next(k for k in range(who + 1) if tokens[k].start >= offset)
    k = who - 1
    while k > start and tokens[k].norm in _AMOUNT_WORDS:
        k -= 1
    before = tokens[k] if k >= start else None
    if before is None or before.kind is not WORD or before.norm in _JOINING:
        return False
    if before.norm in ASIDE_RELATIVES and k - 1 >= start and tokens[k - 1].text == ",":
        return before.norm == "who" and said_inside(tokens, k, len(tokens))  # 'A, which she said made it void'

    if tokens[who].is_cap and tokens[who].norm in ARTICLES:
        return False
    return not any(t.kind is QUOTE for t in tokens[start:who])


def subjects(tokens: list[Tok], lo: int, hi: int, cues: list[int]) -> list[Attribution]:
    """Speakers of speech verbs whose object is not a clause ("Pike announced her support"), for actors;
    ``cues`` is :func:`cue_words` of ``tokens[lo:hi]`` (a verb of speech is a cue word)."""
    out: list[Attribution] = []
    for v in [k for k in cues if tokens[k].norm in REPORT_VERBS]:
        t = tokens[v]
        if t.kind is WORD and not t.is_cap:
            found = np_left(tokens, v, lo)
            if found is not None:
                out.append(Attribution(found[0], found[1], "subject"))
    return out


_PARTICIPLES = PARTICIPLE_REPORT | word_set(
    "announcing alleging joking promising pledging vowing boasting bragging complaining lamenting mentioning remarking"
    " writing responding reasoning cautioning tweeting replying observing speculating quipping pointing"
)
"""Participles of speech that report a clause (',  announcing that ...'): the shared list and more verbs of saying."""
_SHAPED = POINTING | EXPRESSING | PUTTING
_CUE_WORDS = REPORT_VERBS | _PARTICIPLES | word_set("quoted according") | FINDING_VERBS | _SHAPED
"""Every word :func:`_cue` reads a cue at (its branches test these and nothing else): any other token is skipped
unread, which keeps the cue pass cheap on the many sentences that report nothing. A new cue word joins here."""


def cue_words(tokens: list[Tok], lo: int, hi: int) -> list[int]:
    """The positions of the cue words (:data:`_CUE_WORDS`) in ``tokens[lo:hi]`` that are verbs: a sentence without
    one reports nothing and names no speaker of a verb of speech, and most sentences have none. A cue word before
    a passive participle and its agent ('claims made by the board') is a noun and left out (:func:`before_agent`),
    and so is a verb of finding with no source of findings before it in the sentence (:func:`source_before`)."""
    return [
        k
        for k, t in enumerate(tokens[lo:hi], lo)
        if t.norm in _CUE_WORDS
        and not before_agent(tokens, k, hi)
        and not before_auxiliary(tokens, k, hi)
        and (t.norm not in FINDING_VERBS or source_before(tokens, lo, k))
    ]


def _find_reports(tokens: list[Tok], lo: int, hi: int, cues: list[int]) -> list[Report]:
    out: list[Report] = []
    for v in cues:
        t = tokens[v]
        if t.kind is not WORD or (t.is_cap and t.norm != "according" and not (v == lo and t.norm in _PARTICIPLES)):
            continue
        found = _cue(tokens, v, lo, hi, out)
        if isinstance(found, Report):
            out.append(found)
        elif found is not None:
            report = _clause_report(tokens, found[0], found[1], v, hi)
            if report is not None:
                out.append(report)
    return out


_ADDING = word_set("add adds added adding")


def _cue(tokens: list[Tok], v: int, lo: int, hi: int, earlier: list[Report]) -> Cue:
    """The cue read at ``tokens[v]`` (a verb of speech, a participle, 'quoted', 'according to'), if any."""
    t = tokens[v]
    if t.is_cap and t.norm != "according":
        opening = opening_participle(tokens, v, hi)
        return Report(opening[0], tokens[opening[1]].start, tokens[opening[2] - 1].end, v) if opening else None
    if v == lo + 1 and t.norm in _PARTICIPLES and tokens[lo].norm in _PARTICIPLE_PREPOSITIONS:
        opening = opening_participle(tokens, v, hi)  # 'After saying A, X left': the main clause's subject
        return Report(opening[0], tokens[opening[1]].start, tokens[opening[2] - 1].end, v) if opening else None
    if t.norm in _ADDING and v + 1 < hi and tokens[v + 1].norm == "to":
        return None  # 'adding to fears that A', 'the storm added to the pressure': to add to is no saying
    if t.norm in REPORT_VERBS or t.norm in FINDING_VERBS or t.norm in _SHAPED:
        refused = denied(tokens, v, lo) and not noun_after_determiner(tokens, v, lo)
        found = said_instead(tokens, v, lo, hi) if refused else _verb_cue(tokens, v, lo, hi, earlier)
        return finding_cue(tokens, found, lo) if t.norm in FINDING_VERBS else found
    share = with_share(tokens, lo, v) if t.norm in _PARTICIPLES else None
    if share is not None:
        start = clause_start(tokens, v + 1, hi, t)  # '..., with 30 percent of voters saying A'
        return None if start is None else (share, start)
    aux = progressive_aux(tokens, v, lo) if t.norm in _PARTICIPLES else None
    if aux is not None:
        return _progressive_cue(tokens, v, aux, lo, hi)
    own = contracted_subject(tokens, v, lo) if t.norm in _PARTICIPLES else None
    if own is not None:
        start = clause_start(tokens, v + 1, hi, t)  # "He's suggesting that A": the contracted pronoun speaks
        return None if start is None else (Attribution(own, own + 1, "reported"), start)
    if t.norm in _PARTICIPLES and _participle_cue(tokens, v, lo):
        return _participle(tokens, v, lo, hi, earlier)
    if t.norm == "quoted":
        return quoted_as(tokens, v, hi)
    if t.norm == "according" and v + 1 < hi and tokens[v + 1].norm == "to":
        return according(tokens, v, lo, hi)
    return None


def _verb_cue(tokens: list[Tok], v: int, lo: int, hi: int, earlier: list[Report]) -> Cue:
    """:func:`_report_verb`, unless the verb of speech is a noun after a determiner; a claim after a possessive
    ('rejected his claim that A') is its owner's."""
    owner = claim_owner(tokens, v, lo, hi)
    if owner is not None:
        start = clause_start(tokens, v + 1, hi, tokens[v])
        if start is None:
            return None
        upheld = np_left(tokens, owner - 1, lo) if owner - 1 > lo and upholding(tokens[owner - 1]) else None
        who = Attribution(upheld[0], upheld[1], "upheld") if upheld else Attribution(owner, owner + 1, "owner")
        return who, start
    return None if noun_after_determiner(tokens, v, lo) else _report_verb(tokens, v, lo, hi, earlier)


def _progressive_cue(tokens: list[Tok], v: int, be: int, lo: int, hi: int) -> Cue:
    """The subject before 'is saying' (its auxiliary at ``be``: :func:`aspect.progressive_aux`) and the clause
    after the verb."""
    start = clause_start(tokens, v + 1, hi, tokens[v])
    if start is None:
        return None
    found = np_left(tokens, be, lo)
    if found is None or not _speaking_head(tokens[found[1] - 1]):
        return None  # 'The mistake was saying that ...': a thing, no speaker
    return Attribution(found[0], found[1], "reported"), start


def _speaking_head(head: Tok) -> bool:
    """A head that can speak: a pronoun, a capitalised name or a role or group noun ('the mayor')."""
    return head.is_cap or head.norm in PRONOUNS or head.norm in ROLE_NOUNS or head.norm in GROUP_NOUNS


def _clause_report(tokens: list[Tok], who: Attribution, start: int, v: int, hi: int) -> Report | None:
    if start >= hi or tokens[start].text == ",":
        return None
    end = clause_end(tokens, start, hi)
    if who.how in ("relative", "object-relative"):
        end = relative_clause_end(tokens, start, end)
    if _gap_after_relative(tokens, who, start):
        end = next((k for k in range(start, end) if tokens[k].text in _GAP_ENDS), end)
    words = sum(1 for x in tokens[start:end] if x.kind is not PUNCT)  # a quotation counts as a word
    if words < MIN_WORDS and not short_answer(tokens, start, end, v):
        return None
    if _after_quotation(tokens, who, v) and tokens[start - 1].norm != "that" and not finite_clause(tokens, start, end):
        return None  # '"...," X told reporters after a forum in Ohio': where and when the quotation was said
    return Report(who, tokens[start].start, tokens[end - 1].end, v)


_GAP_ENDS = frozenset({",", ";", "—", "–", "--"})


def _gap_after_relative(tokens: list[Tok], who: Attribution, start: int) -> bool:
    """'The bridge, which officials said was safe, collapsed': the speaker stands after a relative pronoun and the
    clause opens with its verb (its subject is the pronoun), so the relative clause's comma ends it."""
    return who.start > 0 and tokens[who.start - 1].norm in RELATIVE_PRONOUNS and tokens[start].norm in FINITE_WORDS


def _after_quotation(tokens: list[Tok], who: Attribution, v: int) -> bool:
    """The speaker and verb attribute a quotation that opens the sentence just before them ('"...," X said',
    '"...," said X'; not a title inside the sentence, 'on "Face the Nation," X said')."""
    k = min(who.start, v) - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    if k < 0 or tokens[k].kind is not QUOTE:
        return False
    return k == 0 or tokens[k - 1].text in ".!?:;" or tokens[k - 1].kind is QUOTE


def _without_clause(tokens: list[Tok], v: int, lo: int, hi: int) -> Cue:
    """No clause after the verb: a trailing 'CLAUSE, X said', never after a verb that reports only in one shape
    ('pointed to the map', 'expressed thanks': no trailing 'A, X pointed')."""
    return None if tokens[v].norm in _SHAPED else trailing(tokens, v, lo, hi)


def _report_verb(tokens: list[Tok], v: int, lo: int, hi: int, earlier: list[Report]) -> Cue:
    """'X said (that) CLAUSE', or a trailing 'CLAUSE, X said'."""
    as_report = _as_reported(tokens, v, lo, hi)
    if as_report is not None:
        return as_report
    start = clause_start(tokens, v + 1, hi, tokens[v])
    if start is None or speaking_object(tokens, start, hi, tokens[v]):
        return _without_clause(tokens, v, lo, hi)  # 'wrote a book that argued A': the book's clause, not the writer's
    conj = v - 1
    while conj > lo and (tokens[conj].norm in _AUX_BEFORE_VERB or tokens[conj].norm in _SINCE):
        conj -= 1  # 'X describes himself as A and has said that B': past an auxiliary to the conjunction
    conj = time_before(tokens, conj, lo)  # 'X retired, and in 1993 told a hearing that B'
    coordinated = conj >= lo and tokens[conj].norm in ("and", "also", "but", "then")
    if not any(r.start <= tokens[v].start < r.end for r in earlier):  # not inside another speaker's clause
        restrictive = restrictive_relative(tokens, lo, v)
        if restrictive is not None:
            return restrictive, start
    # 'The survey also suggests': tried once here, before conjoined_subject's readings
    found = also_subject(tokens, v, lo) if coordinated and conj == v - 1 else None
    found = found or (np_or_share(tokens, v, lo) if not (coordinated and conj < v - 1) else None)
    if found is not None:
        return found, start
    if coordinated:
        who = conjoined_subject(tokens, v, lo, conj)
        if who is None and earlier:
            who = earlier[-1].who  # 'X admitted that A, but said B': the subject of the speech verb before
        return (who, start) if who is not None else None
    if v - 1 > lo and tokens[v - 1].norm == "to":
        # 'X went on to say that', 'X took to the radio to say': the subject opening the sentence
        who = clause_subject(tokens, lo, v)
        if (
            who is None
            or (tokens[start].norm in QUESTION_WORDS and tokens[v].norm not in EXPLAINING)
            or any(t.norm in _NOT_SAYING or t.norm.endswith(("n't", "n’t")) for t in tokens[who.end : v])
            or tokens[v - 2].norm in _NOT_YET
        ):
            return None
        return who, start
    who = appositive_relative(tokens, v, lo) or relative_antecedent(tokens, v, lo)
    who = who or appositive_subject(tokens, lo, v) or share_subject(tokens, lo, v)
    who = who or opening_subject(tokens, lo, v) or coordinated_subject(tokens, lo, v) or relative_subject(tokens, lo, v)
    who = who or _object_relative(tokens, v, lo, earlier) or _quoted_insertion_subject(tokens, v, lo)
    if who is not None:
        return who, start
    return trailing(tokens, v, lo, hi)


def _quoted_insertion_subject(tokens: list[Tok], v: int, lo: int) -> Attribution | None:
    """'NAME, who calls the plan a “folly,” said A': the name or role before an inserted clause or appositive
    holding a quotation, opening its clause."""
    span = quoted_insertion(tokens, v, lo)
    found = np_left(tokens, span[0], lo) if span is not None else None
    if found is None or span is None or found[1] != span[0]:
        return None
    head, before = tokens[found[1] - 1], tokens[found[0] - 1] if found[0] > lo else None
    opens = before is None or before.kind is PUNCT or before.norm in LEAD_WORDS
    return Attribution(found[0], found[1], "reported") if opens and (head.is_cap or head.norm in ROLE_NOUNS) else None


def _object_relative(tokens: list[Tok], v: int, lo: int, earlier: list[Report]) -> Attribution | None:
    """:func:`object_relative`, unless the verb is inside another speaker's clause."""
    return None if any(r.start <= tokens[v].start < r.end for r in earlier) else object_relative(tokens, v, lo)


_AUX_BEFORE_VERB = PERFECT_AUXILIARIES | word_set("would will did")
_SINCE = word_set("since")
"""An adverb between the auxiliary and the verb: 'but has since said that B'."""
_NOT_SAYING = word_set(
    """not never declined declines decline refused refuses refuse wants want wanted asked asks urged urges told
    tells pressed expected expects hoped hopes hope plans planned forced allowed let yet likely unlikely poised
    scheduled nothing anything something"""
)
"""Words before 'to say' that make it no speech of the subject ('declined to say', 'wants them to say', 'has yet
to say', 'had nothing to say')."""
_NOT_YET = word_set("set due about")
"""Words right before 'to say' that make it speech still to come ('is set to say', 'was about to say')."""


def _as_reported(tokens: list[Tok], v: int, lo: int, hi: int) -> Report | None:
    """'As X reported, CLAUSE', 'As reported by X, CLAUSE', 'CLAUSE, as X noted.'"""
    if not any(t.norm == "as" for t in tokens[lo:v]):
        return None  # no 'as' before the verb (most verbs): every branch below needs one
    if v - 1 >= lo and tokens[v - 1].norm == "as" and v + 1 < hi and tokens[v + 1].norm == "by":
        found = np_right(tokens, v + 2, hi)
        if found is not None:
            # 'As reported by the paper, officials said': the source ends at the comma
            found = (found[0], next((k for k in range(found[0], found[1]) if tokens[k].text == ","), found[1]))
        after = found[1] if found is not None else hi
        opening = v - 1
    else:
        found = np_left(tokens, v, lo)
        if found is not None and tokens[found[0]].norm == "as":
            found = (found[0] + 1, found[1]) if found[1] - found[0] > 1 else None
        after = skip_time(tokens, v + 1, hi)
        opening = found[0] - 1 if found is not None else lo
    if found is None or opening < lo or tokens[opening].norm != "as":
        return None
    who = Attribution(found[0], found[1], "as-reported")
    if opening - 1 > lo and tokens[opening - 1].text == "," and tail_ok(tokens, after, hi, tokens[v]):
        return Report(who, tokens[lo].start, tokens[opening - 2].end, v)
    # 'As X reported, CLAUSE' opening the sentence (also in a bracket), or after a comma or a conjunction ('..., and
    # as X noted, CLAUSE')
    leads = opening == lo or tokens[opening - 1].text in ",(" or tokens[opening - 1].norm in ("and", "but")
    after = as_tail_end(tokens, after, hi)
    if leads and after + 1 < hi and tokens[after].text == "," and tokens[after + 1].norm not in FINITE_WORDS:
        return _clause_report(tokens, who, after + 1, v, hi)  # not 'The point, as X noted, is that A'
    return None


_PARTICIPLE_PREPOSITIONS = word_set("by after while before when since in")


def _participle_cue(tokens: list[Tok], v: int, lo: int) -> bool:
    """A participle that continues the subject's speech: after a comma (', saying', ', falsely suggesting'),
    after 'and' following such a participle or a comma, or after a statement noun ('issued a statement saying')."""
    k = v - 1
    while k > lo and tokens[k].kind is WORD and not tokens[k].is_cap and tokens[k].norm.endswith("ly"):
        k -= 1
    if k < lo:
        return False
    before = tokens[k]
    if comma_inside(before):
        return True  # '“...,” claiming': the comma inside the closing mark
    if before.text == "," or (before.text in DASHES and k > lo and tokens[k - 1].kind is WORD):
        return True  # ', saying', ' – saying'
    if before.norm in _PARTICIPLE_PREPOSITIONS and k > lo and tokens[k - 1].kind in (WORD, QUOTE):
        return True  # 'X won the debate by saying that', 'X faced questions after saying': the subject's words
    if statement_before(tokens, k, lo):
        return True  # 'issued a statement saying', 'sent a letter to members this week saying'
    return before.norm == "and" and any(
        tokens[j].norm in _PARTICIPLES or tokens[j].text == "," for j in range(max(lo, k - 12), k)
    )


def _participle(tokens: list[Tok], v: int, lo: int, hi: int, earlier: list[Report]) -> Cue:
    """'..., saying (that) CLAUSE': the speaker is the sentence's speaker (or the last report's)."""
    t = tokens[v]
    after_preposition = tokens[v - 1].norm in _PARTICIPLE_PREPOSITIONS
    start = clause_start(tokens, v + 1, hi, t) if t.norm != "saying" or after_preposition else v + 1
    question = start is not None and start < hi and tokens[start].norm in QUESTION_WORDS and t.norm not in EXPLAINING
    if start is None or (after_preposition and question):
        return None
    if start < hi and tokens[start].norm == "that":
        start += 1
    who = (
        _inverted_speaker(tokens, v, earlier)
        or open_relative_subject(tokens, lo, v)
        or main_subject(tokens, lo, v)
        or _quotation_speaker(tokens, lo, v)
    )
    if who is None and earlier:
        who = earlier[-1].who if earlier[-1].who.how != "owner" else _claim_judge(tokens, earlier[-1].who, lo)
    if who is None:
        # 'The paper objected in June, arguing that ...': the subject opening the sentence
        who = lead_subject(tokens, lo, v) or clause_subject(tokens, lo, v) or participle_subject(tokens, lo, v)
        who = who or plain_participle_subject(tokens, lo, v)
    return (who, start) if who is not None else None


def _claim_judge(tokens: list[Tok], owner: Attribution, lo: int) -> Attribution | None:
    """'The stewards dismissed his claim that A, noting that B': a participle after a claim owned in a verb's object
    goes on from that verb's subject (the one who judged the claim), not from the claim's owner."""
    k = owner.start - 1
    if k <= lo or tokens[k].kind is not WORD or tokens[k].is_cap or not tokens[k].norm.endswith(("ed", "s")):
        return None
    found = np_left(tokens, k, lo)
    return Attribution(found[0], found[1], "subject") if found is not None else None


def _inverted_speaker(tokens: list[Tok], v: int, earlier: list[Report]) -> Attribution | None:
    """'A, said a source close to the inquiry, adding that B': a participle right after an inverted attribution
    (a comma between) goes on from its speaker, not from the subject of A."""
    last = earlier[-1].who if earlier else None
    if last is None or last.how != "trailing" or last.end != v - 1 or tokens[v - 1].text != ",":
        return None
    return last


def _quotation_speaker(tokens: list[Tok], lo: int, v: int) -> Attribution | None:
    """'"...," X said, noting that ...', '"...," said X, suggesting that ...': the participle goes on from the
    attribution of the quotation before it."""
    q = next((k for k in range(v - 1, lo - 1, -1) if tokens[k].kind is QUOTE), None)
    if q is None:
        return None
    for k in range(q + 1, v):
        t = tokens[k]
        if t.kind is WORD and not t.is_cap and t.norm in FINITE_SPEECH_VERBS:
            found = np_left(tokens, k, q + 1) or np_right(tokens, k + 1, v)
            return Attribution(found[0], found[1], "subject") if found is not None else None
    return None
