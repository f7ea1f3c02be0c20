"""Trailing attributions of reported speech: 'CLAUSE, a source said.', 'CLAUSE, said X, a lawyer.' and the
parenthetical 'A, X said, B.' (the speaker comes after or inside the reported words)."""

from __future__ import annotations

from digest.core.lexicon import (
    ARTICLES,
    AUXILIARIES,
    COORDINATORS,
    DESCRIPTION_OPENERS,
    IRREGULAR_PAST,
    MONTHS_DAYS,
    NUMBER_WORDS,
    ORG_WORDS,
    PERSON_HEADS,
    PHRASE_LINKS,
    POSSESSIVES,
    POST_MODIFIER_STARTS,
    PREPOSITIONS_IN_NP,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SENTENCE_OPENERS,
    SUBJECT_RELATIVES,
    SUBORDINATORS,
    word_set,
)
from digest.core.quotes.according import LEAD_IN_MAX
from digest.core.quotes.clause_ends import DASHES, clause_end, writers_tail
from digest.core.quotes.clause_shape import SUBJECT_DETERMINERS
from digest.core.quotes.clauses import (
    FINITE_WORDS,
    MIN_WORDS,
    NOT_CLAUSE_START,
    TELLING,
    finite_clause,
    is_pronoun,
    opens_clause,
    sentence_end,
    tail_ok,
)
from digest.core.quotes.cue import Attribution, Report
from digest.core.quotes.openers import frame_lead
from digest.core.quotes.phrase_words import lower_word
from digest.core.quotes.speakers import np_left, np_right
from digest.core.quotes.tokens import QUOTE, WORD, Tok
from digest.core.speech_verbs import PARTICIPLE_REPORT


def trailing(tokens: list[Tok], v: int, lo: int, hi: int) -> Report | None:
    """``CLAUSE, a source said.`` / ``CLAUSE, said X, a lawyer.`` / ``A, X said, B.``: the speaker comes after
    (or inside) the reported words."""
    if not any(t.text == "," for t in tokens[lo:v]):
        return None  # each shape below has a comma before the verb
    verb = tokens[v]
    if v - 1 >= lo and tokens[v - 1].text == "," and verb.norm not in TELLING:
        found = np_right(tokens, v + 1, hi) or _modified_role(tokens, v + 1, hi)
        if found is None or not (
            sentence_end(tokens, found[1], hi) or _describes(tokens, found[1], hi) or _adding(tokens, found[1], hi)
        ):
            return None
        if is_pronoun(tokens[found[0]]) and not sentence_end(tokens, found[1], hi):
            return None  # ', said she and her crew were': the pronoun opens the reported clause
        if _object_goes_on(tokens, found, hi, verb):
            return None  # ', stressed his executive experience and ...': what he stressed, no speaker
        comma = v - 1
        who = Attribution(found[0], found[1], "trailing")
    else:
        modal = tokens[v - 1].norm in _FUTURE_MODALS and not tokens[v - 1].is_cap  # not the name 'Will'
        found = _left_speaker(tokens, v, lo) if not modal else None
        if found is None:
            return None  # ', NAME will insist on being NAME': what someone will do, no attribution
        comma = found[0] - 1
        if comma < lo or tokens[comma].text != ",":
            return None
        who = Attribution(found[0], found[1], "trailing")
        if not tail_ok(tokens, v + 1, hi, verb) and not (
            _whole_clause(tokens, lo, comma) and _aside_after(tokens, v, hi)
        ):
            if verb.norm in TELLING:
                return _told_parenthetical(tokens, who, (lo, comma), v, hi)
            return _parenthetical(tokens, who, (lo, comma), v, hi)
    if (
        _too_short(tokens, lo, comma)
        or _as_participle(tokens, lo)
        or _bare_subordinate(tokens, lo, comma, max(v + 1, who.end), hi)
    ):
        return None
    return Report(who, tokens[_last_coordinate(tokens, lo, comma)].start, tokens[comma - 1].end, v)


_SHORT_CLAUSE = 3
"""Tokens of the shortest clause before a trailing attribution: a subject and a verb with one more word ('He
hated it, he said.', 'They had not, she said.', 'He will be, X promises.')."""


def _too_short(tokens: list[Tok], lo: int, comma: int) -> bool:
    """Fewer tokens before the comma than a clause needs: under :data:`_SHORT_CLAUSE`, or that many without a
    finite or past verb second ('Yes and no, she said', 'People like Scott, he said')."""
    if comma - lo != _SHORT_CLAUSE:
        return comma - lo < _SHORT_CLAUSE
    second = tokens[lo + 1].norm
    return not (second in FINITE_WORDS or second in IRREGULAR_PAST or (second.endswith("ed") and len(second) > 4))


def _object_goes_on(tokens: list[Tok], found: tuple[int, int], hi: int, verb: Tok) -> bool:
    """The phrase after the verb goes on with a plain lower-case word past where the speaker phrase was cut, and
    it opens with a possessive ('stressed his executive experience') or follows a verb that seldom comes before
    its speaker ('stressed defense issues'): the verb's object, not an inverted speaker ('said his spokesman.',
    'said officials familiar with the talks' stay)."""
    after = tokens[found[1]] if found[1] < hi else None
    return (
        (tokens[found[0]].norm in POSSESSIVES or verb.norm not in _INVERTING)
        and after is not None
        and after.kind is WORD
        and not after.is_cap
        and after.norm not in _NOT_OBJECT_WORDS
    )


_FUTURE_MODALS = word_set("will shall may might can could should must")
"""Modals before a trailing verb that make it no attribution ('..., NAME will insist'; 'would' may tell of the past:
'..., NAME would later say')."""
_NOT_OBJECT_WORDS = word_set("who whose which of for at with in from on")
_INVERTING = word_set(
    "say said says add added adds write wrote writes ask asked asks note noted notes explain explained explains"
)
"""Verbs of speech often written before their speaker ('..., said X', '..., added X')."""


_THINGS_DONE = word_set(
    """deal deals move moves sale sales decision decisions plan plans merger mergers acquisition acquisitions
    purchase purchases agreement agreements change changes step steps investment investments increase increases
    cut cuts policy policies measure measures ban bans proposal proposals offer offers bid bids contract contracts
    settlement settlements takeover takeovers expansion closure closures launch reform reforms rise hike hikes"""
)
"""Things that are announced, never announcers: 'X bought Y, a deal announced on Monday' (a passive after the
noun, not a speaker and a verb of speech). Not 'partnership', 'project' or 'programme': bodies that speak."""
_DETERMINERS = ARTICLES | word_set("this that its their")


def _thing_done(tokens: list[Tok], found: tuple[int, int]) -> bool:
    """The phrase before the verb is a determiner and a thing done ('a deal', 'the move'): no speaker."""
    start, end = found
    return tokens[start].norm in _DETERMINERS and tokens[end - 1].norm in _THINGS_DONE


def _as_participle(tokens: list[Tok], lo: int) -> bool:
    """'As reported by the paper, investigators found A': 'as', a participle and its agent open the sentence (the
    agent reported it), no clause of the subject after the comma ('As expected, A, the firm said' is)."""
    past = lo + 2 < len(tokens) and tokens[lo].norm == "as" and tokens[lo + 1].norm.endswith("ed")
    return past and tokens[lo + 2].norm == "by"  # not 'As expected, sales fell, the firm said


_MODIFIERS_MAX = 2
_NOT_MODIFIERS = (
    ARTICLES | PREPOSITIONS_IN_NP | COORDINATORS | RELATIVE_PRONOUNS | word_set("by nor as than where when not")
)
_BODY_KINDS = ORG_WORDS | word_set("operator operators agency charity developer maker retailer carrier regulator")


def _modifiers_after_comma(tokens: list[Tok], start: int, lo: int) -> int:
    """'A, fire officials said', 'A, operator NAME confirmed', 'A, transit agency NAME said': one or two plain
    lower-case words between the comma and the speaker phrase modify it (a noun before a role noun, or a kind of
    body before a name); the phrase starts after the comma."""
    k = start
    while k - 1 > lo and start - k < _MODIFIERS_MAX and _plain_modifier(tokens[k - 1]):
        k -= 1
    if k == start or tokens[k - 1].text != ",":
        return start
    name = next((j for j in range(k, min(len(tokens), start + _MODIFIERS_MAX)) if tokens[j].is_cap), None)
    kind_of_body = name is not None and tokens[name - 1].norm in _BODY_KINDS  # 'agency NAME', 'operator NAME'
    return k if kind_of_body or (not tokens[start].is_cap and tokens[start].norm in ROLE_NOUNS) else start


def _plain_modifier(t: Tok) -> bool:
    n = t.norm
    return lower_word(t) and n not in _NOT_MODIFIERS and not n.endswith(("ed", "ly"))


def _left_speaker(tokens: list[Tok], v: int, lo: int) -> tuple[int, int] | None:
    """The speaker phrase before a trailing verb: a noun phrase (from the determiner of its description), never a
    thing done ('a deal'); or a person described after the noun ('a person with knowledge of the deal')."""
    found = np_left(tokens, v, lo)
    if found is not None:
        found = (_modifiers_after_comma(tokens, _description_start(tokens, found, lo), lo), found[1])
    if found is None or (found[0] > lo and tokens[found[0] - 1].text != ","):
        return _post_modified(tokens, v, lo) or found  # 'officials close to the prime minister said'
    return None if _thing_done(tokens, found) else found


_POST_REACH = 14
_COUNTED = DESCRIPTION_OPENERS | NUMBER_WORDS | QUANTIFIERS


def _post_modified(tokens: list[Tok], v: int, lo: int) -> tuple[int, int] | None:
    """'A, a person with knowledge of the talks said', 'A, two people familiar with the matter told X': a
    description right after the comma whose head, a person or role noun among its first words, is followed by a
    phrase of plain words ending at the verb (the nearest noun is a thing, so the plain noun phrase rules find no
    speaker)."""
    comma = next((c for c in range(v - 1, max(lo, v - _POST_REACH) - 1, -1) if tokens[c].kind is not WORD), None)
    if comma is None or tokens[comma].text != "," or comma + 1 >= v:
        return None
    start = comma + 1
    head = next((j for j in range(start, min(v, start + 3)) if tokens[j].norm in PERSON_HEADS), None)
    if head is None or head + 2 >= v or tokens[head + 1].norm not in POST_MODIFIER_STARTS:
        return None
    if tokens[v - 1].norm in SUBJECT_RELATIVES:
        return None  # 'a man with a heart condition who told the jury A': the relative clause's own verb
    end = v
    while end - 1 > head and tokens[end - 1].norm in AUXILIARIES:
        end -= 1  # 'a woman who lives next door has said': the auxiliary is no part of the speaker
    plural = head == start and tokens[head].norm.endswith("s") and not tokens[head].is_cap  # 'officials close to'
    counted = tokens[start].norm in _COUNTED or tokens[start].norm.isdigit()  # '10 people familiar with'
    return (start, end) if plural or (head > start and counted) else None


_COORDINATE_STARTS = word_set("but")


def _last_coordinate(tokens: list[Tok], lo: int, comma: int) -> int:
    """'A, but B, X said': the clause before a trailing attribution starts after the last ', but' that opens a
    clause of its own (A is the writer's setting); else at ``lo``."""
    for k in range(comma - 3, lo + 2, -1):
        if tokens[k].norm in _COORDINATE_STARTS and tokens[k - 1].text == "," and finite_clause(tokens, k + 1, comma):
            return k + 1
    return _past_asked_lead(tokens, lo, comma)


_ASKED_LEAD_MAX = 12


def _past_asked_lead(tokens: list[Tok], lo: int, comma: int) -> int:
    """'Asked about the cost, A, the official said', 'When asked why, A, she said': a fronted 'asked' phrase
    sets the question; the clause starts after its comma (when a clause follows it); else at ``lo``."""
    k = lo + 1 if tokens[lo].norm == "when" else lo
    if tokens[k].norm != "asked":
        return lo
    c = next((j for j in range(k + 1, min(comma, k + _ASKED_LEAD_MAX)) if tokens[j].text == ","), None)
    return c + 1 if c is not None and opens_clause(tokens, c + 1, comma) else lo


_DESCRIPTION_REACH = 4


def _description_start(tokens: list[Tok], found: tuple[int, int], lo: int) -> int:
    """A trailing speaker named by a description right after a comma ('A, a county airport official told ...',
    'A, her friend said'): the determiner that opens it, past a few plain words; else where ``found`` starts."""
    start = found[0]
    if any(t.is_cap for t in tokens[start : found[1]]) and not _named_outlet(tokens, found):
        return start  # a name ('A, a chemist at the College in Kelby told'): no description of plain words
    for j in range(start - 1, max(lo, start - 1 - _DESCRIPTION_REACH), -1):
        t = tokens[j]
        if t.kind is not WORD or t.is_cap:
            return start
        if t.norm in DESCRIPTION_OPENERS and j - 1 >= lo and tokens[j - 1].text == ",":
            return j
    return start


_OUTLET_NOUNS = ROLE_NOUNS | word_set("site newspaper paper network station outlet agency magazine channel website")


def _named_outlet(tokens: list[Tok], found: tuple[int, int]) -> bool:
    """'the news site NAME', 'her top aide NAME': a name after a role or outlet noun, no preposition in it."""
    before = tokens[found[0] - 1]
    plain = all(t.kind is WORD and t.norm not in PHRASE_LINKS for t in tokens[found[0] : found[1]])
    return plain and tokens[found[0]].is_cap and before.kind is WORD and before.norm in _OUTLET_NOUNS


def _describes(tokens: list[Tok], k: int, hi: int) -> bool:
    """After an inverted 'CLAUSE, said X', the rest of the sentence describes X (', an analyst who ...', 'who was
    briefed on ...', 'currently working for ...'): no quotation, no ';' or ':' and no new speech verb."""
    if k >= hi or tokens[k - 1].norm in MONTHS_DAYS:
        return False  # 'said Saturday': a time, no speaker
    first = tokens[k]
    verb = first.kind is WORD and (first.norm in FINITE_WORDS or first.norm.endswith("ed") or first.is_cap)
    if verb or (first.text == "," and k + 1 < hi and is_pronoun(tokens[k + 1])):
        return False  # 'said Sanders would win', 'said X lost', ', said X, he ...': a clause, no description
    return not any(t.kind is QUOTE or t.text in (";", ":") or t.norm in PARTICIPLE_REPORT for t in tokens[k:hi])


_ROLE_MODIFIERS_MAX = 2


def _modified_role(tokens: list[Tok], i: int, hi: int) -> tuple[int, int] | None:
    """'CLAUSE, said a port official.': an article, one or two plain lower-case words, then a role noun (the
    general speaker phrase does not take 'port' or 'harbour' as its words)."""
    if i >= hi or tokens[i].norm not in ARTICLES:
        return None
    for k in range(i + 1, min(hi, i + 2 + _ROLE_MODIFIERS_MAX)):
        t = tokens[k]
        if t.kind is not WORD or t.is_cap:
            return None
        if t.norm in ROLE_NOUNS:
            return (i, k + 1) if k > i + 1 else None
    return None


def _bare_subordinate(tokens: list[Tok], lo: int, comma: int, after: int, hi: int) -> bool:
    """'Although relatives suggested A, NAME told lawmakers B': words opening with a subordinator and no comma of
    their own are a fronted clause, not a whole statement, when the clause of the speaker goes on at ``after`` (past
    the verb and the speaker); 'Since May prices have risen, the ministry said.' is the ministry's statement."""
    if tokens[lo].norm not in SUBORDINATORS or any(t.text == "," for t in tokens[lo + 1 : comma]):
        return False
    return not sentence_end(tokens, after, hi)


def _adding(tokens: list[Tok], k: int, hi: int) -> bool:
    """'CLAUSE, said a source close to the inquiry, adding that B': a participle of speech after the inverted
    speaker goes on with that speaker's words (the participle reports B on its own)."""
    comma = next((j for j in range(k, min(hi, k + _ADDING_REACH)) if tokens[j].text == ","), None)
    if comma is None or comma + 1 >= hi or tokens[comma + 1].norm not in PARTICIPLE_REPORT:
        return False
    return comma == k or _describes(tokens, k, comma)  # 'said a source close to the inquiry, adding'


_ADDING_REACH = 10


_ASIDE_MARKS = DASHES | {","}


def _aside_after(tokens: list[Tok], v: int, hi: int) -> bool:
    """'CLAUSE, the agency reported on Tuesday -- a development that ...', '..., X said at a rally in Kelby, a
    reversal of ...': after the attribution and an adverbial, a comma or dash opens the writer's aside (an article,
    a participle or a preposition first), no more of what was said."""
    cut = next((k for k in range(v + 2, hi) if tokens[k].text in _ASIDE_MARKS), None)
    if cut is None or cut + 1 >= hi:
        return False
    return tail_ok(tokens, v + 1, cut, tokens[v]) and writers_tail(tokens, cut + 1)


def _whole_clause(tokens: list[Tok], lo: int, comma: int) -> bool:
    """``tokens[lo:comma]`` opens as a clause of its own: no subordinator, preposition or label first ('As A, X
    said', 'In addition to A, X said', 'Q: A')."""
    first = tokens[lo].norm
    return first not in SUBORDINATORS and first not in NOT_CLAUSE_START and all(t.text != ":" for t in tokens[lo:comma])


def _parenthetical(tokens: list[Tok], who: Attribution, before: tuple[int, int], v: int, hi: int) -> Report | None:
    """``A, X said, B.``: the whole sentence is X's (after a short lead-in such as 'In particular,' only B). The
    verb may keep a manner adverb ('A, she adds cheerfully, B'); A starts after a ';' within it."""
    lo, comma = before
    lo = _after_semicolon(tokens, lo, comma)
    after = v + 2 if v + 2 < hi and _manner_adverb(tokens[v + 1]) else v + 1
    if after + 1 >= hi or tokens[after].text != "," or tokens[lo].kind is QUOTE:
        return None
    if any(t.kind is QUOTE for t in tokens[after : after + 2]):
        return None
    end = clause_end(tokens, after + 1, hi)
    interrupted = _interrupted_clause(tokens, lo, comma, after + 1)
    if end - (after + 1) < (1 if interrupted else MIN_WORDS):
        return None
    short_lead = sum(1 for t in tokens[lo:comma] if t.kind is WORD) < LEAD_IN_MAX
    whole = not short_lead or finite_clause(tokens, lo, comma)
    fronted = tokens[lo].norm in SUBORDINATORS or tokens[lo].norm in NOT_CLAUSE_START  # 'If A, X said, B'
    if whole and not fronted and not interrupted and writers_tail(tokens, after + 1):
        return Report(who, tokens[lo].start, tokens[comma - 1].end, v)  # 'A, X said, wiping his brow.'
    # 'In particular, he said, the plan ...' keeps what follows; 'The editorial, sources said, nailed ...' is whole
    # 'In the end, X said, B' reports B: the lead only sets the scene; 'It was, she says, B' is one clause
    lead_only = short_lead and not interrupted and opens_clause(tokens, after + 1, hi)
    start = after + 1 if lead_only or frame_lead(tokens, lo, comma) else lo
    if _joined_clause(tokens, lo, comma):
        start = after + 1  # 'The ferry was late but, the captain said, the crew did their best': only the second clause
    return Report(who, tokens[start].start, tokens[end - 1].end, v)


def _manner_adverb(tok: Tok) -> bool:
    """A lower-case adverb in '-ly' right after the verb of an inserted attribution ('she adds cheerfully', 'he says
    softly')."""
    return tok.kind is WORD and not tok.is_cap and tok.norm.endswith("ly") and len(tok.norm) > _SHORT_LY


_SHORT_LY = 4
"""Words in '-ly' this short are no adverbs of manner ('only', 'holy', 'fly')."""


def _after_semicolon(tokens: list[Tok], lo: int, comma: int) -> int:
    """The start of the last clause before the attribution's comma: after a ';' ('She keeps the ledger; her
    brother, she says, was born on the water' reports only the second clause)."""
    for k in range(comma - 1, lo, -1):
        if tokens[k].text == ";":
            return k + 1
    return lo


def _interrupted_clause(tokens: list[Tok], lo: int, comma: int, b: int) -> bool:
    """The attribution breaks into one clause: the words before it have a subject and its finite verb ('It was, she
    says, the coldest winter', 'The tithe is, Pashby insists, unfair'), or are a subject whose verb opens the words
    after it ('The old ram, she admits, limped home', 'One buyer, he says, once paid ...')."""
    if comma - lo >= 1 and tokens[comma - 1].norm in FINITE_WORDS and finite_clause(tokens, lo, comma):
        return True
    return _subject_lead(tokens, lo, comma) and verb_first(tokens, b)


def _subject_lead(tokens: list[Tok], lo: int, comma: int) -> bool:
    """``tokens[lo:comma]`` may be a subject: plain words without a verb, opened by a determiner or a quantifier, or
    a name in capitals; not a preposition, a connective or a sentence adverb ('One buyer', 'a neighbour', 'Glen
    Aske'; not 'In May', 'Rather')."""
    words = tokens[lo:comma]
    if not words:
        return False
    first = words[0]
    if first.norm in NOT_CLAUSE_START or first.norm in SENTENCE_OPENERS or first.norm in _SENTENCE_ADVERBS:
        return False
    if not all(t.kind is WORD and t.norm not in FINITE_WORDS for t in words):
        return False
    if first.norm in SUBJECT_DETERMINERS:
        return True
    return all(t.is_cap for t in words)  # a name ('Lenders', 'Glen Aske'), not 'Cost estimates'


_SENTENCE_ADVERBS = word_set("rather otherwise now instead")
"""Single words opening a sentence that are adverbs, no subject ('Rather, he said, continued ...')."""


_VERB_ADVERBS = word_set("still once never always also often rarely later then since")
"""Adverbs that may stand before the verb of the words after an inserted attribution ('once paid')."""


def verb_first(tokens: list[Tok], b: int) -> bool:
    """The words from ``b`` open with a finite verb, after at most one adverb ('came second', 'still has', 'once
    asked', 'was late'): a predicate whose subject is before the attribution."""
    if b < len(tokens) and tokens[b].norm in _VERB_ADVERBS:
        b += 1
    if b >= len(tokens) or tokens[b].kind is not WORD or tokens[b].is_cap:
        return False
    n = tokens[b].norm
    return n in FINITE_WORDS or n in IRREGULAR_PAST or n in TELLING or n.endswith("ed")


_JOINING = word_set("but and so yet")


def _joined_clause(tokens: list[Tok], lo: int, comma: int) -> bool:
    """``tokens[lo:comma]`` is a whole clause of the writer's and a coordinator right before the attribution's comma
    ('A recount was asked for but, X said, B'): the attribution reports what comes after it, not the clause before."""
    if comma - 1 - lo < _JOINED_WORDS or tokens[comma - 1].norm not in _JOINING or tokens[lo].norm in SUBORDINATORS:
        return False
    return finite_clause(tokens, lo, comma - 1) or any(_past_word(t) for t in tokens[lo + 1 : comma - 1])


_JOINED_WORDS = 3
"""The fewest words of the writer's clause before 'but, X said,' ('The ferry sailed but, ...')."""


def _past_word(tok: Tok) -> bool:
    """A lower-case past tense ('launched', 'sank'): the clause before the coordinator has its verb."""
    return tok.kind is WORD and not tok.is_cap and (tok.norm.endswith("ed") or tok.norm in IRREGULAR_PAST)


_TOLD_OBJECT_WORDS = 4


def _told_parenthetical(tokens: list[Tok], who: Attribution, before: tuple[int, int], v: int, hi: int) -> Report | None:
    """``A, X told the tribunal, and B.``: after a short object told and a comma, the sentence goes on as in
    :func:`_parenthetical` (the whole of it is X's; 'Instead, X told the radio station, B': B); 'A, X told them
    that B' is read elsewhere."""
    found = _told_pronoun(tokens, v + 1, hi) or np_right(tokens, v + 1, hi)
    if found is None or found[0] != v + 1 or found[1] - found[0] > _TOLD_OBJECT_WORDS or found[1] >= hi:
        return None
    if tokens[found[1]].text != "," or any(t.text == ":" for t in tokens[before[0] : before[1]]):
        return None  # 'Q: A, the polls tell us, B': a label first, no clause of its own
    report = _parenthetical(tokens, who, before, found[1] - 1, hi)
    return None if report is None else Report(report.who, report.start, report.end, v)


_TOLD_PRONOUNS = word_set("me us him her them")
_TIME_WORDS = word_set("last this next that on in at yesterday today recently earlier later once")
_TOLD_TIME_WORDS = 3
"""The most words of a phrase of time after a pronoun told ('she told us last month,')."""


def _told_pronoun(tokens: list[Tok], k: int, hi: int) -> tuple[int, int] | None:
    """'A, she told me, and B', 'A, he told us last month, B': an object pronoun told, and at most a short phrase of
    time after it, up to the comma (the span runs to that comma)."""
    if k >= hi or tokens[k].norm not in _TOLD_PRONOUNS:
        return None
    for j in range(k + 1, min(hi, k + 2 + _TOLD_TIME_WORDS)):
        t = tokens[j]
        if t.text == ",":
            return k, j
        if t.kind is not WORD or j == k + 1 and t.norm not in _TIME_WORDS:
            return None
    return None
