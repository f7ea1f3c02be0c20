"""Opening adverbials before a sentence's subject: 'In Kelby on Monday,', 'Continuing to explain his view,', and
phrases of time or place that open with no preposition ('Hours later,', 'Just last week,', 'Here in Kelby,'); a
phrase that sets the scene before 'X said,' ('In the end, X said, B'); a time between a conjunction and its verb
('and in 2014 told', 'and later wrote')."""

from __future__ import annotations

from digest.core.lexicon import ADVERBIAL_OPENERS, LEAD_WORDS, MONTHS_DAYS, PERIOD_WORDS, PHRASE_LINKS, word_set
from digest.core.quotes.clause_shape import FINITE_WORDS
from digest.core.quotes.tokens import WORD, Tok

_TIME_OR_PLACE_STARTS = word_set(
    "here there just only even minutes hours days weeks months years moments back shortly soon"
)
"""Words opening a phrase of time or place with no preposition ('Here in Kelby,', 'Days later,', 'Just last week,')."""
_TIME_ENDS = word_set("later earlier ago before afterward afterwards")
"""Words ending such a phrase ('Two hours later,', 'A week earlier,', 'Moments before,')."""


def past_lead_words(tokens: list[Tok], start: int, hi: int) -> int:
    """Past the connectives opening a clause at ``start`` ('But', 'However', 'And then'), up to ``hi``."""
    while start < hi and tokens[start].kind is WORD and tokens[start].norm in LEAD_WORDS:
        start += 1
    return start


_CLAUSE_OPENERS = word_set("when while after before because since although though once until as")
"""Subordinators that open a clause of its own before the sentence's subject ('Once NAME had locked the shed for
the night, NAME2 lit the stove'): its comma may stand further off than a phrase's."""
_CLAUSE_REACH = 24
"""The most tokens a fronted clause opened by a subordinator is read for its comma."""


def subject_start(tokens: list[Tok], reach: int, clause: bool = True) -> int:
    """Where a sentence's subject starts: past its lead words and an opening adverbial whose comma stands within
    ``reach`` tokens of them ('But on Thursday, Moss ...', 'Asked about the fares, the boatman ...'), or within
    :data:`_CLAUSE_REACH` after a subordinator ('When the ferry finally left the quay at dusk, Moss ...'), unless
    not ``clause``."""
    start = past_lead_words(tokens, 0, len(tokens))
    if clause and any(t.norm in _CLAUSE_OPENERS for t in tokens[: start + 1]):  # 'When' is also a lead word
        comma = next((k for k in range(start, min(len(tokens), start + _CLAUSE_REACH)) if tokens[k].text == ","), None)
        if comma is not None and comma > start:
            return comma + 1
    comma = next((k for k in range(start, min(len(tokens), start + reach)) if tokens[k].text == ","), None)
    return comma + 1 if comma is not None and opens_adverbial(tokens, 0, start, comma) else start


def opens_adverbial(tokens: list[Tok], lo: int, start: int, comma: int) -> bool:
    """``tokens[start:comma]`` is an adverbial phrase opening the sentence before its subject: it opens with a
    preposition or such a word ('In Kelby,', 'Like Moss,'), a participle ('Continuing to explain his view,'; in
    lower case after a lead word: 'But while celebrating the win,'), or it is a phrase of time or place ('Hours
    later,', 'Here in Dunmore,', 'Just last week,')."""
    tok = tokens[start]
    if tok.kind is not WORD:
        return False
    if tok.norm in ADVERBIAL_OPENERS or (tok.norm.endswith("ing") and (tok.is_cap or start > lo)):
        return True
    return _time_or_place(tokens, start, comma)


def _time_or_place(tokens: list[Tok], start: int, comma: int) -> bool:
    return tokens[start].norm in _TIME_OR_PLACE_STARTS or (comma > start and tokens[comma - 1].norm in _TIME_ENDS)


_TIME_OR_PLACE_REACH = 8


def past_time_or_place(tokens: list[Tok], start: int, v: int) -> int:
    """Where the subject starts after an opening phrase of time or place ending in a comma before ``tokens[v]``
    ('Shortly after the vote, the clerks ...', 'Hours later, X ...'); ``start`` when there is none."""
    comma = next((k for k in range(start, min(v, start + _TIME_OR_PLACE_REACH)) if tokens[k].text == ","), None)
    if comma is None or tokens[start].kind is not WORD or not _time_or_place(tokens, start, comma):
        return start
    return comma + 1


_FRAME_OPENERS = word_set(
    """in on at during after before later earlier last despite amid following throughout since until"""
)


def frame_lead(tokens: list[Tok], lo: int, comma: int) -> bool:
    """``tokens[lo:comma]`` sets the scene of the sentence: a phrase of words opening with a preposition of time,
    place or concession ('In the end,', 'Despite the new plan,', 'In the early 1990s,'), no quotation and no verb
    (an auxiliary or a word in -ed: 'After the court approved the law,' is a clause of what was said); a means
    ('By cutting costs,') or a condition ('If A,') is more of what was said too."""
    if comma <= lo or tokens[lo].kind is not WORD or tokens[lo].norm not in _FRAME_OPENERS:
        return False
    if comma - lo > _FRAME_WORDS:
        return False  # 'In spring the pit floods for days at the quarry for the rain to stop,': a clause, no frame
    return all(_frame_word(t) for t in tokens[lo:comma])


_FRAME_WORDS = 12
"""The most words of a phrase that sets the scene ('In the early 1990s', 'Despite the new harbour plan')."""


def _frame_word(t: Tok) -> bool:
    return t.kind is WORD and t.norm not in FINITE_WORDS and (t.is_cap or not t.norm.endswith("ed"))


def participle_opening(tokens: list[Tok], start: int, end: int) -> bool:
    """'Canvassing for the Tollan Vale seat wound up on Sunday', 'Speaking at the Tresk rally':
    a phrase opened by a capitalised '-ing' word and a preposition is an action, and the name inside it the
    preposition's object (a place, an event), not a person the sentence is about."""
    first = tokens[start]
    return first.is_cap and first.norm.endswith("ing") and start + 1 < end and tokens[start + 1].norm in PHRASE_LINKS


_LATER = word_set("later afterwards afterward subsequently eventually again once")
_TIME_PREPOSITIONS = word_set("in on at during by")
_TIME_DEICTICS = word_set("last this next that")


def time_before(tokens: list[Tok], k: int, lo: int) -> int:
    """The token before a time that stands between a conjunction and its verb ('and later told', 'and in 1993
    told', 'and on Monday said', 'but last week wrote'), or ``k`` when ``tokens[k]`` ends no such time."""
    t = tokens[k]
    if t.norm in _LATER:
        return k - 1 if k > lo else k
    if k - 2 < lo:
        return k
    before = tokens[k - 1].norm
    dated = t.text.isdigit() or t.norm in MONTHS_DAYS
    if (before in _TIME_PREPOSITIONS and dated) or (before in _TIME_DEICTICS and (dated or t.norm in PERIOD_WORDS)):
        return k - 2
    return k


_BARE_TIME_OPENERS = _TIME_PREPOSITIONS | _TIME_DEICTICS | word_set("earlier later")
"""Words opening a short phrase of time written with no comma before the subject ('Last season he', 'On Monday
she', 'In 2019 he', 'That night they')."""
_SEASONS = word_set("season seasons summer winter spring autumn term day")
"""Nouns of a sporting or yearly period ('last season', 'that summer'), besides :data:`PERIOD_WORDS`."""
_BARE_TIME_WORDS = 3
"""The most words of such a phrase after its opener ('On Monday morning', 'In the 2019 season')."""
_SUBJECT_PRONOUNS = word_set("he she they")


def bare_time_subject(tokens: list[Tok], start: int, v: int) -> int:
    """'Last season he was docked a point for calling it "A"', 'On Monday she described it as "B"': a short phrase of
    time with no comma opens the sentence and 'he', 'she' or 'they' follows it: the subject starts at the pronoun
    (the phrase holds a date, a day, a month or a noun of a period, and nothing but articles and such words);
    ``start`` when no such phrase opens the sentence."""
    if start >= v or tokens[start].kind is not WORD or tokens[start].norm not in _BARE_TIME_OPENERS:
        return start
    timed = tokens[start].norm in ("earlier", "later")
    for k in range(start + 1, min(v, start + _BARE_TIME_WORDS + 2)):
        t = tokens[k]
        if t.kind is WORD and t.norm in _SUBJECT_PRONOUNS:
            return k if timed else start
        dated = t.text.isdigit() or t.norm in MONTHS_DAYS or t.norm in PERIOD_WORDS or t.norm in _SEASONS
        if t.kind is not WORD or not (dated or t.norm in ("the", "a", "this", "that", "last", "next")):
            return start
        timed = timed or dated
    return start
