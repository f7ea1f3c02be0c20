"""The speaker's next act after a reported clause, which ends it: a verb of speech in the cue's form ('X said A and
asked B'), a refusal or a question ('but declined to name them', 'and asked whether B'), a plain past after a clause
in another tense ('said the pier is closed and praised the crews')."""

from __future__ import annotations

from digest.core.lexicon import (
    ARTICLES,
    DETERMINERS,
    IRREGULAR_PAST,
    PERSON_HEADS,
    PERSON_PRONOUNS,
    POSSESSIVES,
    QUESTION_WORDS,
    SUBORDINATORS,
    WH_RELATIVES,
    role_word,
    word_set,
)
from digest.core.quotes.clause_shape import FINITE_WORDS, NOT_CLAUSE_START
from digest.core.quotes.stance_acts import stance_act
from digest.core.quotes.tense import FUTURE, MODAL, PAST, PERFECT, PRESENT, clause_tense, word_tense
from digest.core.quotes.tokens import WORD, Tok
from digest.core.speech_verbs import SPEECH_OR_DESCRIBE

_CUE_REACH = 4
"""How far before a reported clause its verb of speech may stand ('said on Tuesday that A')."""


_SPEECH_IRREGULAR_PAST = word_set("said told spoke")
"""The past tenses of verbs of speech that do not end in -ed and are not in IRREGULAR_PAST ('wrote' is)."""


def verb_form(word: str) -> str | None:
    """A verb's form, as far as its ending tells: a participle, a past tense or a present third person."""
    if word.endswith("ing"):
        return "ing"
    if word.endswith("ed") or word in IRREGULAR_PAST or word in _SPEECH_IRREGULAR_PAST:
        return "past"
    if word.endswith("s") and not word.endswith("ss"):
        return "s"
    return None


def coordinated_cue(tokens: list[Tok], start: int, verb: Tok) -> bool:
    """'X said A and asked B', 'saying A and arguing B': a verb of speech after 'and' or 'but' in the form of the cue
    before the clause is the speaker's next act, not more of what was said ('said the crews were rated and talked
    about it' goes on: a verb of stance is not one of speech)."""
    if verb.norm not in SPEECH_OR_DESCRIBE:
        return False
    cue = _cue_before(tokens, start)
    form = verb_form(verb.norm)
    if cue is None or form is None or verb_form(cue.norm) != form:
        return False
    return form == "ing" or not _person_subject(tokens, start)


_SUBJECT_REACH = 4


def _person_subject(tokens: list[Tok], start: int) -> bool:
    """A clause whose first words may name a person ('he', 'NAME', 'the driver', 'two officers') may go on with that
    person's own acts ('said the driver got out and asked why'); a participle cannot be a clause's finite verb, so
    'saying A and arguing B' ends A whoever its subject is."""
    for t in tokens[start : start + _SUBJECT_REACH]:
        if t.kind is not WORD or t.norm in FINITE_WORDS:
            return False
        if t.is_cap or t.norm in PERSON_PRONOUNS or role_word(t.norm) or role_word(t.norm.removesuffix("s")):
            return True
    return False


_DECLINING = frozenset(
    {"declined", "declines", "refused", "refuses", "would", "wouldn't", "wouldn’t", "did", "didn't", "didn’t", "could"}
)
_DISCLOSING = word_set(
    """say name identify offer provide answer comment specify elaborate disclose discuss reveal confirm explain give
    release detail list commit speculate guarantee"""
)
"""Verbs of telling more: after 'declined to', 'would not', 'did not' they are the speaker's refusal to say more
('but would not commit to a timetable', 'but declined to speculate')."""
_JUDGING_ALOUD = word_set("criticise criticize blame condemn accuse apologise apologize")
"""Verbs of judging aloud: only after 'declined to' or 'refused to' the speaker's refusal ('but declined to blame
the umpire'); after 'did not' a state the clause reports ('he did not blame the club')."""
_REFUSING = word_set("declined declines refused refuses")
"""Verbs of refusing: with a verb of judging aloud after them ('but refused to blame anyone'), the speaker's next act
after a reported clause, not more of what was said."""
_ASKING = frozenset({"asked", "asks", "questioned", "questions", "wondered", "wonders"})
"""Verbs of asking: before a question word ('and asked whether B'), the speaker's next act after a reported clause."""


_BACKSHIFTED = {PRESENT: PRESENT, FUTURE: FUTURE, PERFECT: PERFECT, PAST: PAST, MODAL: PAST}
"""Tenses compared after 'and': 'would'/'could' are the past of a report ('the firm lost the files and would not
say'), so they match a past clause."""


_PARTICIPLE_AUXILIARIES = word_set("has have had having is are was were be been being 's ’s")
"""Forms of 'have' and 'be' that may carry a participle after 'and' too ('has hired 50 people and opened ...')."""
_BARE_PARTICIPLES = word_set(
    """cut put set hit hurt let shut spread cost quit done gone seen known shown taken given sold told heard said laid
    read shot stuck hung dug fed fled bound"""
)
"""Past participles that neither end in -ed or -en nor are in IRREGULAR_PAST ('should be cut', 'have taken', 'should
be sold')."""
_INNER_CLAUSE_WORDS = SUBORDINATORS | WH_RELATIVES | word_set("where")
"""Words opening a clause inside the reported one: a verb after 'and' past them may be that clause's ('..., where
crews fell short and curtailed ...', '... because he lied, and classified files ...')."""


def _participle(t: Tok) -> bool:
    """A word that may be a past participle after 'have' or 'be' ('hired', 'taken', 'cut', 'paid')."""
    word = t.norm
    return (
        word.endswith("ed")
        or (word.endswith("en") and len(word) > 4)
        or word in IRREGULAR_PAST
        or (word in _BARE_PARTICIPLES)
    )


def _carries_participle(tokens: list[Tok], start: int, joint: int) -> bool:
    """The clause has a form of 'have' or 'be' before a participle (past 'not' or an adverb in -ly): a participle
    after 'and' may share it ('has hired staff and opened', 'should not be cut but raised')."""
    for j in range(start, joint - 1):
        if tokens[j].norm not in _PARTICIPLE_AUXILIARIES:
            continue
        k = j + 1
        while k < joint - 1 and (tokens[k].norm == "not" or tokens[k].norm.endswith("ly")):
            k += 1
        if _participle(tokens[k]):
            return True
    return False


def speakers_next_act(tokens: list[Tok], start: int, joint: int, hi: int) -> bool:
    """'NAME said he admires her drive and praised their plan': after a past verb of speech and a clause in the
    present, future or a modal, a plain past tense after 'and' or 'but' (not before a preposition or punctuation)
    is the speaker's own next act, not the clause's (its verb would share the clause's tense: 'said the pier is
    closed and needs repairs'). Never when the clause holds a participle after 'have' or 'be', which one after
    'and' may share ('said the board has hired staff and opened an office'), nor after a clause inside the reported
    one ('where crews fell short and curtailed'), nor before a preposition ('said the roads are icy and closed to
    traffic': an adjective)."""
    cue = _cue_before(tokens, start)
    if cue is None or verb_form(cue.norm) != "past" or joint + 2 >= hi:
        return False
    if stance_act(tokens, joint, hi, _carries_participle(tokens, start, joint)):
        return True  # 'said the roof held but played down his own part': in any tense
    act, after = tokens[joint + 1], tokens[joint + 2]
    if act.is_cap or act.norm in FINITE_WORDS or verb_form(act.norm) != "past":
        return False
    if after.kind is not WORD or after.norm in NOT_CLAUSE_START:
        return False
    if clause_tense(tokens, start, joint) not in (PRESENT, FUTURE, MODAL):
        return False
    inner = any(t.norm in _INNER_CLAUSE_WORDS for t in tokens[start + 1 : joint])
    return not inner and not _carries_participle(tokens, start, joint)


def speaker_refusal(tokens: list[Tok], start: int, joint: int, hi: int) -> bool:
    """After 'and' or 'but', the speaker's own next act: declining to say more ('but declined to name them', 'and
    would not say when'), or asking ('and asked whether B'); not more of what was said ('and refused to drop the
    gun', 'and did not have a permit'). After 'and', only in another tense than the clause's ('he makes $41,000 a
    year and questioned how B', 'she has no plans to and would not identify'): in the same tense the clause's own
    subject acts as often as the speaker ('the defendant lied and refused to explain where the money went')."""
    k = joint + 1
    t = tokens[k]
    if tokens[joint].norm == "and":
        own = word_tense(t, None) or (PRESENT if t.norm.endswith("s") else None)  # 'and refuses to say'
        clause = _BACKSHIFTED.get(clause_tense(tokens, start, joint) or "")
        if own is None or clause is None or _BACKSHIFTED[own] == clause:
            return False
    if t.norm in _ASKING:
        return k + 1 < hi and tokens[k + 1].norm in QUESTION_WORDS
    if t.norm not in _DECLINING:
        return False
    j = k + 1
    while j < hi and tokens[j].norm in ("not", "to"):
        j += 1
    negated = j > k + 1 or t.norm.endswith(("n't", "n’t"))
    judging = j < hi and tokens[j].norm in _JUDGING_ALOUD and t.norm in _REFUSING
    return negated and j < hi and (tokens[j].norm in _DISCLOSING or judging)


_ADDRESSING = word_set("asked asks advised advises implored implores begged encouraged thanked")
"""Verbs of addressing someone after 'and': asking, advising or thanking the hearers is the speaker's next act ('said
the ferry had been late and asked passengers to be patient', 'and thanked the crews'), not more of what was said."""
_REQUEST_REACH = 8
_NOT_VERBS = ARTICLES | DETERMINERS | POSSESSIVES


def _bare_verb(t: Tok) -> bool:
    """A word after 'to' that may be a verb ('to adjourn'), not a noun phrase's first word ('to the quarry')."""
    return t.kind is WORD and not t.is_cap and t.norm.isalpha() and t.norm not in _NOT_VERBS


_SINGULAR_PERSONS = word_set("he she")
_APPEALING = {"appealed": ("for", "to"), "called": ("on", "for"), "calls": ("on", "for")}
"""Verbs that address hearers before one preposition ('and appealed for witnesses', 'and called on drivers to')."""


def _cue_before(tokens: list[Tok], start: int) -> Tok | None:
    """The verb of speech just before a reported clause starting at ``start`` ('said on Monday that A')."""
    return next((t for t in reversed(tokens[max(0, start - _CUE_REACH) : start]) if t.norm in SPEECH_OR_DESCRIBE), None)


_PEOPLE_IN_EVENTS = word_set(
    """driver drivers rider riders motorist motorists cyclist cyclists pedestrian pedestrians gunman gunmen suspect
    suspects victim victims attacker attackers intruder intruders robber robbers thief thieves stranger strangers
    caller callers crew"""
)
"""People an account of an incident names by what they did or were ('the driver', 'a gunman', 'the caller')."""


def _surely_person(t: Tok) -> bool:
    """A name, a person's pronoun, or a noun of a role or of someone in an incident ('the nurse', 'a motorist'); not
    any word with an agent's ending ('the river', 'the barrier' are things)."""
    word = t.norm.removesuffix("s")
    return (
        t.is_cap
        or t.norm in PERSON_PRONOUNS
        or t.norm in PERSON_HEADS
        or word in PERSON_HEADS
        or t.norm in _PEOPLE_IN_EVENTS
    )


def _persons_plain_past(tokens: list[Tok], start: int, joint: int) -> bool:
    """A clause whose subject is headed by a person and whose verb is a plain past ('said the driver stopped', 'a
    man shouted', 'the nurse then phoned'): a past after 'and' may be that person's next deed ('and asked for
    help'), not the speaker's; a clause in another shape ('had lost', 'were studying') or with a thing as its head
    ('the new rota made up') cannot share it."""
    for v in range(start + 1, joint):
        t = tokens[v]
        if t.kind is not WORD or t.norm in FINITE_WORDS:
            return False
        if not t.is_cap and verb_form(t.norm) == "past":
            head = v - 1 if v - 2 < start or not _adverb(tokens[v - 1]) else v - 2
            return head >= start and _surely_person(tokens[head])
    return False


def _adverb(t: Tok) -> bool:
    """An adverb between a subject and its verb ('then', 'later', 'quickly')."""
    return t.norm.endswith("ly") or t.norm in ("then", "later", "also", "still", "again")


def addressed_act(tokens: list[Tok], start: int, joint: int, hi: int) -> bool:
    """'X said the road had been closed for weeks and asked the council to reopen it', '... and advised walkers to
    keep to the paths', '... and thanked the volunteers', '... and appealed for witnesses': after 'and' or 'but'
    (``joint``), a verb that addresses hearers (an object, not a preposition: 'encouraged by the turnout' is
    the clause's) is the speaker's next act. 'asked' and 'begged' need a request after their object ('asked the
    court to', 'asked for'), or else the clause's subject may be the one asking ('the driver stopped and asked the
    way'). Not after a clause whose subject is 'he' or 'she', most often the speaker telling their own deeds ('said
    he rang the minister and asked her to act': the asking is part of the account), and only in the cue's form
    ('says the harbour master phoned and asked for a boat': the master asked), nor after a clause whose subject, a
    person, did something in the plain past ('said the driver stopped and asked for directions': the driver
    asked)."""
    k = joint + 1
    cue = _cue_before(tokens, start)
    if (
        k + 1 >= hi
        or tokens[start].norm in _SINGULAR_PERSONS
        or cue is None
        or _persons_plain_past(tokens, start, joint)
    ):
        return False
    if verb_form(cue.norm) != verb_form(tokens[k].norm):
        return False
    verb, after = tokens[k], tokens[k + 1]
    preps = _APPEALING.get(verb.norm)
    if preps is not None:
        return after.norm in preps
    if verb.norm not in _ADDRESSING or after.kind is not WORD or after.norm in NOT_CLAUSE_START:
        return after.norm == "for" and verb.norm in ("asked", "asks")
    if verb.norm not in ("asked", "asks", "begged"):
        return True
    for j in range(k + 2, min(hi - 1, k + 2 + _REQUEST_REACH)):
        t = tokens[j]
        if t.norm == "to":
            return _bare_verb(tokens[j + 1])
        if t.kind is not WORD or t.norm in FINITE_WORDS:
            return False  # 'asked the way, which was ...': no request
    return False


_WITHHOLDING = word_set("would could")
"""Auxiliaries of a refusal reported in the writer's words ('though she would not say', 'though he could not
confirm')."""


def withheld(tokens: list[Tok], j: int, hi: int) -> bool:
    """At ``tokens[j]``, a refusal to say more in the writer's words: 'would not' or 'could not' and a verb of
    telling more ('though she would not say which', 'though he would not be drawn on a date'), so the words are the
    speaker's act, not more of what was said."""
    if j + 2 >= hi or tokens[j].norm not in _WITHHOLDING or tokens[j + 1].norm != "not":
        return False
    verb = tokens[j + 2].norm
    return verb in _DISCLOSING or (verb == "be" and j + 3 < hi and tokens[j + 3].norm == "drawn")
