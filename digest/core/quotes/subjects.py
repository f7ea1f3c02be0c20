"""Subjects of a reported-speech verb that the speaker phrase rules do not take: a share of a group ('Twenty-four
percent said', 'About four in 10 voters say', 'Almost half of respondents said'), a plain subject opening the
sentence, a participle's subject (a name before a long appositive is read in ``appositives``)."""

from __future__ import annotations

from digest.core.lexicon import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    CONTRAST_SUBORDINATORS,
    DEMONSTRATIVES,
    DESCRIPTION_OPENERS,
    DETERMINERS,
    FINITE_BE,
    GROUP_NOUNS,
    LEAD_WORDS,
    MONTHS_DAYS,
    NP_ADJECTIVES,
    PERIOD_WORDS,
    POSSESSIVES,
    PRONOUNS,
    ROLE_NOUNS,
    SENTENCE_OPENERS,
    word_set,
)
from digest.core.quotes.clauses import NOUN_LIKE_VERBS, clause_start
from digest.core.quotes.cue import Attribution
from digest.core.quotes.openers import past_lead_words, past_time_or_place
from digest.core.quotes.shares import share_word
from digest.core.quotes.speakers import LY_NOUNS, np_left, np_right
from digest.core.quotes.tokens import POSSESSIVE_ENDS, PUNCT, QUOTE, WORD, Tok
from digest.core.speech_verbs import FINITE_SPEECH_VERBS, REPORT_VERBS

_OPENING_ADVERBIALS = word_set(
    "in on at after during before when while with since like among for by despite amid following unlike given"
    " asked pressed questioned"
)
"""Words opening an adverbial that ends in a comma before the subject ('In Florida,', 'Asked about the delays,')."""


def clause_opening(tokens: list[Tok], lo: int, start: int) -> bool:
    """Only lead words ('But'), or an opening adverbial ending in a comma ('In Florida,'), stand before ``start``."""
    k = lo
    while k < start and (
        sentence_opener(tokens, k, lo) or (k > lo and tokens[k].text == "," and sentence_opener(tokens, k - 1, lo))
    ):
        k += 1
    if k == start:
        return True
    return tokens[k].norm in _OPENING_ADVERBIALS and tokens[start - 1].text == ","


def sentence_opener(tokens: list[Tok], k: int, lo: int) -> bool:
    """A word that opens the sentence before its subject: a lead word ('But', 'Still') or a sentence adverb
    ('Moreover', 'Similarly,', 'Shortly,'), never a name."""
    t = tokens[k]
    if t.kind is not WORD:
        return False
    if t.norm in LEAD_WORDS or t.norm in SENTENCE_OPENERS:
        return True
    adverb = t.norm.endswith("ly") or (t.norm in ADVERBS and t.norm.isalpha())  # 'Shortly,', 'Again,', 'Later,'
    return k == lo and adverb and k + 1 < len(tokens) and tokens[k + 1].text == ","


_SHARE_MAX = 12
NOT_IN_SHARE = word_set("who that which and but while though whereas because if when as than also")


def share_subject(tokens: list[Tok], lo: int, v: int) -> Attribution | None:
    """'Twenty-four percent said', 'About four in 10 voters say', 'Almost half of respondents said': a share of
    the people polled, right before the verb, opening its clause."""
    k = v - 1
    while (
        k >= lo
        and v - k <= _SHARE_MAX
        and (tokens[k].kind is WORD or tokens[k].text == "%")
        and tokens[k].norm not in NOT_IN_SHARE
    ):
        k -= 1
    start = k + 1
    if start >= v or not (k < lo or tokens[k].kind is PUNCT or tokens[k].norm in NOT_IN_SHARE):
        return None
    head = next((i for i in range(start, min(v, start + 5)) if share_word(tokens, i, v)), None)
    return Attribution(start, v, "share") if head is not None else None


_SOURCE_MAX = 15
_SOURCE_OPENERS = DESCRIPTION_OPENERS | word_set("this these those recent new several some two three")


def source_phrase(tokens: list[Tok], i: int, hi: int) -> tuple[int, int] | None:
    """The source after 'according to' up to the next comma or the sentence's end: 'a report in the Des Moines
    Register', 'a person familiar with the talks', 'recent polling' (a phrase of plain words)."""
    if i >= hi or tokens[i].kind is not WORD:
        return None
    if not (tokens[i].is_cap or tokens[i].norm in _SOURCE_OPENERS or tokens[i].norm in NP_ADJECTIVES):
        return None  # an adjective opens one too: 'local news reports', 'federal prison records'
    k = i
    while k < hi and k - i <= _SOURCE_MAX and (tokens[k].kind is WORD or tokens[k].text in "()"):
        k += 1
    if k - i > _SOURCE_MAX or (k < hi and tokens[k].text not in (",", ".", ";", "!", "?")):
        return None
    return i, k


SUBJECT_MAX = 12
NOT_IN_SUBJECT = word_set(
    """that which who whom whose what where why how and or but nor if when while because although though as so
    than then there here not no never also said says say told tells before after until since during despite"""
)
_SUBJECT_BOUNDARY = CONTRAST_SUBORDINATORS | word_set("and but because so yet if when since")
PARTICIPLE_DETERMINERS = POSSESSIVES | ARTICLES | DEMONSTRATIVES | word_set("some many most all other several")
_POLLED = word_set("surveyed polled questioned interviewed asked sampled")
NOT_SUBJECT_START = word_set(
    "of in on at to for with from by about after before during into over under only even just even"
)
_NOT_SUBJECT_HEAD = NOT_SUBJECT_START | DETERMINERS | word_set("soon often now then once again still the")


def _subject_word(tokens: list[Tok], k: int) -> bool:
    """A word that may stand in a subject noun phrase: no clause word, no verb of speech, no auxiliary, no
    personal pronoun; a lower-case '-ed' word only after a determiner ('the embattled governor') or as a
    participle of polling ('those surveyed')."""
    t = tokens[k]
    if t.kind is not WORD or t.norm in NOT_IN_SUBJECT or t.norm in AUXILIARIES and not (t.is_cap and k > 0):
        return False  # a capitalised 'May' or 'Will' inside a phrase is a name, no auxiliary
    if t.norm in NOUN_LIKE_VERBS and not t.is_cap and _after_determiner(tokens, k):
        return True  # 'A later report in a farm journal said', 'The latest estimate says': a noun
    if k > 0 and tokens[k - 1].norm in ARTICLES and not t.norm.endswith("ed"):
        return True  # 'a spokesman for the rail operator said', 'an email provider': no verb right after 'the'
    if t.norm in REPORT_VERBS or t.norm in FINITE_SPEECH_VERBS or t.norm in PRONOUNS:
        return False
    if t.norm in BE_FORMS:
        return False
    if not t.is_cap and t.norm.endswith("ed") and t.norm not in _POLLED:
        return k > 0 and (tokens[k - 1].norm in PARTICIPLE_DETERMINERS or _post_modifier(tokens, k))
    return True


def _after_determiner(tokens: list[Tok], k: int) -> bool:
    """A determiner stands before ``k``, past at most two lower-case words ('a report', 'the latest estimate') or
    the capitalised name of a body ('the Harbour Safety Board report', 'a Ferry Office review'); a name ending in a
    possessive is one too ("the Lantern Trust's report")."""
    for j in range(k - 1, max(-1, k - _NAMED_REACH), -1):
        t = tokens[j]
        if t.norm in PARTICIPLE_DETERMINERS:
            return True
        if t.kind is not WORD or not t.is_cap and j < k - 3:
            return False
        if t.is_cap and t.text.endswith(POSSESSIVE_ENDS) and j == k - 1:
            return True
        if t.is_cap and j < k - 1 and not all(w.is_cap for w in tokens[j + 1 : k]):
            return False  # 'a Harbour Board report' or 'the latest report', not 'the May trip report'
    return False


_NAMED_REACH = 7


_AFTER_MODIFIER = word_set("on in by with to about at from for last this earlier late early")


def _post_modifier(tokens: list[Tok], k: int) -> bool:
    """A participle after a plain noun, opening a phrase that modifies it: 'People briefed on the talks', 'A
    report published last week', 'documents obtained by the paper'."""
    before, after = tokens[k - 1], tokens[k + 1] if k + 1 < len(tokens) else None
    noun = before.kind is WORD and before.norm.isalpha() and before.norm not in NOT_IN_SUBJECT
    return noun and after is not None and (after.norm in _AFTER_MODIFIER or after.norm in MONTHS_DAYS)


def plain_subject(tokens: list[Tok], start: int, end: int) -> bool:
    """The words make a plausible subject: not opened by a preposition, a possessive or a gerund, not ending
    in a function word, an adverb, a day or a number; one word only if it is a plural common noun."""
    first, head = tokens[start], tokens[end - 1]
    if (
        first.norm in NOT_SUBJECT_START
        or first.norm in POSSESSIVES
        or (not first.is_cap and first.norm.endswith("ing"))
    ):
        return False
    adverb = head.norm.endswith("ly") and head.norm not in LY_NOUNS
    if head.norm in _NOT_SUBJECT_HEAD or head.norm in ADVERBS or adverb or head.norm in MONTHS_DAYS:
        return False
    if head.text[0].isdigit():
        return False
    return end - start > 1 or (not head.is_cap and head.norm.endswith("s"))


def verb_group_start(tokens: list[Tok], lo: int, v: int) -> int:
    """Where the verb group ending at ``v`` starts: past adverbs and auxiliaries before the verb of speech."""
    end = v
    while end - 1 >= lo and tokens[end - 1].kind is WORD and not tokens[end - 1].is_cap:
        norm = tokens[end - 1].norm
        if (
            norm not in ADVERBS
            and norm not in AUXILIARIES
            and not (norm.endswith(("n't", "ly")) and norm not in LY_NOUNS)
        ):
            break
        end -= 1
    return end


_TIME_PREPOSITIONS = word_set("at in by for")
_TIME_NOUNS = word_set("first time moment point outset start end least turn once now")
_TIME_OBJECTS = _TIME_NOUNS | word_set("the that this one same")


def _before_time_phrase(tokens: list[Tok], start: int, end: int) -> int:
    """Where a subject ends before a phrase of time between it and its verb ('Pike at the time said', 'The mayor in
    turn says', 'Moss at one point said'): the phrase says when, not who; so does 'last year' or 'this week' ('A
    Ferry Office report last month found')."""
    if end - start > 2 and tokens[end - 2].norm in _LAST_THIS and tokens[end - 1].norm in _LAST_THIS_NOUNS:
        end -= 2  # 'A poll released late last week said': the poll, not when or how it came out
        if end - start > 1 and tokens[end - 1].norm in _EARLY_LATE:
            end -= 1
        if end - start > 1 and tokens[end - 1].norm.endswith("ed") and not tokens[end - 1].is_cap:
            end -= 1
        return end
    for k in range(start + 1, end - 1):
        time = tokens[end - 1].norm in _TIME_NOUNS and all(t.norm in _TIME_OBJECTS for t in tokens[k + 1 : end])
        if tokens[k].norm in _TIME_PREPOSITIONS and time:
            return k
    return end


_LAST_THIS = word_set("last this")
_LAST_THIS_NOUNS = PERIOD_WORDS | MONTHS_DAYS
_EARLY_LATE = word_set("late early earlier")


def _before_dated(tokens: list[Tok], start: int, end: int) -> int:
    """Where a phrase ends before the day after its participle ('A court filing released Thursday', 'A report
    published on Monday'): the participle is the head to judge, not the day. Only a phrase opening with a
    determiner."""
    if tokens[start].norm not in _PHRASE_DETERMINERS:
        return end  # 'Shares rallied Friday said a trader': a clause, no phrase with a determiner
    k = end
    while k - 1 > start and (tokens[k - 1].norm in MONTHS_DAYS or tokens[k - 1].norm == "on"):
        k -= 1
    return k if k < end and k - 1 > start and tokens[k - 1].norm.endswith("ed") else end


_SINGULAR = word_set("a an another each every")
_PHRASE_DETERMINERS = _SINGULAR | {"the"}
_AGREEING = ("s", "ed", "id", "ld", "ote", "ew")
"""Endings of a verb of speech that agrees with a singular subject: 'says', 'warned', 'said', 'told', 'wrote',
'knew' (a bare 'promise' or 'claim' after 'a passing' is a noun)."""


def opening_subject(tokens: list[Tok], lo: int, v: int) -> Attribution | None:
    """'Pike's rivals said', 'The first woman to run the harbour board says', 'By a wide margin, those
    surveyed say', 'While some neighbours say': a noun phrase of plain words that opens the sentence (after lead
    words, a subordinator or an opening adverbial ending in a comma) and runs up to the verb of speech."""
    end = verb_group_start(tokens, lo, v)
    start = end
    while start - 1 >= lo and end - start < SUBJECT_MAX and _subject_word(tokens, start - 1):
        start -= 1
    while start < end - 1 and sentence_opener(tokens, start, lo):
        start += 1  # 'Even the owners said', 'Still the growers say': the lead word opens the sentence, not the phrase
    end = _before_time_phrase(tokens, start, end)
    if (
        start == end
        or end - start >= SUBJECT_MAX
        or not plain_subject(tokens, start, _before_dated(tokens, start, end))
    ):
        return None
    if (
        end == v
        and tokens[start].norm in _SINGULAR
        and tokens[v].norm in REPORT_VERBS
        and not tokens[v].norm.endswith(_AGREEING)
    ):
        return None  # 'a passing promise that A': a singular subject never takes a bare verb, so it is a noun
    before = start - 1
    opens = before < lo or (tokens[before].norm in _SUBJECT_BOUNDARY and clause_opening(tokens, lo, before))
    if not opens and (tokens[before].text == "," or sentence_opener(tokens, before, lo)):
        opens = clause_opening(tokens, lo, start)
    return Attribution(start, end, "opening-subject") if opens else None


_VERB_REACH = 8
_PEOPLE_ENDINGS = ("ists", "ians")
_PEOPLE_WORDS = word_set(
    """groups families parents voters users viewers readers listeners fans customers consumers taxpayers citizens
    allies rivals opponents backers associates confidants advocates defenders colleagues donors respondents"""
)


def people(head: Tok) -> bool:
    """A plural noun naming people: 'aides', 'voters', 'economists', 'Democrats', 'groups' (not 'rules',
    'numbers', 'loans' or 'orders')."""
    n = head.norm
    if not n.endswith("s") or n.endswith(("ss", "'s", "’s")) or n in _PLURAL_NOT_HEAD:
        return False
    return head.is_cap or n in GROUP_NOUNS or n in ROLE_NOUNS or n in _PEOPLE_WORDS or n.endswith(_PEOPLE_ENDINGS)


IN_PHRASE = word_set("and of for at in on with from to two three four five several many both all other")
_PLURAL_NOT_HEAD = word_set("news politics series species means was has is does this his its us")


def may_end_group(tokens: list[Tok], lo: int) -> bool:
    """A word that :func:`plural_subject` could take as its group's head stands where it looks (a head is
    :func:`people` and comes before the last verb it tries): a test that skips the search in most sentences."""
    return any(people(t) for t in tokens[lo : lo + _VERB_REACH - 1] if t.norm[-1:] == "s")


def plural_subject(tokens: list[Tok]) -> Attribution | None:
    """'Environmental groups sued the agency', 'But county aides acknowledged', 'The two senators met': a
    plural noun phrase of plain words opening the sentence before its (past or auxiliary) verb, a group that a
    later 'they' may refer to."""
    lo = past_lead_words(tokens, 0, len(tokens))
    if not may_end_group(tokens, lo):
        return None  # most sentences: no word a group could end on
    for v in range(lo + 1, min(len(tokens), lo + _VERB_REACH)):
        t = tokens[v]
        if t.kind is not WORD:
            return None
        if (
            t.is_cap
            or t.norm in DETERMINERS
            or t.norm in IN_PHRASE
            or t.norm.endswith("s")
            and t.norm not in AUXILIARIES
        ):
            continue
        found = opening_subject(tokens, lo, v)
        if found is not None and found.start == lo and people(tokens[found.end - 1]):
            return found
    return None


_ADVERBIAL_REACH = 16
_APPOSITIVE_REACH = 20
_NOT_A_VERB = FINITE_BE | word_set("who which whose that and but or of in on at to for with from by as")


def _past_group(tokens: list[Tok], k: int, v: int) -> int:
    """Past a bracketed tag after a name ('(D-Ore.)') or an appositive between commas ('X, a senator who ...,')."""
    if k < v and tokens[k].text == "(":
        close = next((j for j in range(k, min(v, k + 8)) if tokens[j].text == ")"), None)
        return close + 1 if close is not None else k
    if k < v and tokens[k].text == ",":
        for j in range(k + 1, min(v, k + _APPOSITIVE_REACH)):
            if tokens[j].kind is QUOTE or tokens[j].text in (";", ":"):
                return k
            if tokens[j].text == "," and j + 1 < v and _verb_like(tokens[j + 1]):
                return j + 1
    return k


def _verb_like(t: Tok) -> bool:
    """A lower-case word that may be the subject's verb ('defended', 'struck', 'rescinded')."""
    return t.kind is WORD and not t.is_cap and t.norm not in _NOT_A_VERB and t.norm not in DETERMINERS


def participle_subject(tokens: list[Tok], lo: int, v: int) -> Attribution | None:
    """The subject of the sentence whose participle ``tokens[v]`` continues its verb: 'In a speech on Tuesday,
    Jane Roe (D-Ore.) defended the plan, saying ...', 'Jane Roe, who faces a hard race, withdrew her support,
    saying ...': a name or role opening the clause (after lead words or an opening adverbial ending in a comma),
    past a bracketed tag or an appositive, then a lower-case verb; no quotation, ';' or ':' before the participle."""
    start = lo
    start = past_lead_words(tokens, start, v)
    start = past_time_or_place(tokens, start, v)
    if start < v and tokens[start].norm in _OPENING_ADVERBIALS:
        comma = next((k for k in range(start, min(v, start + _ADVERBIAL_REACH)) if tokens[k].text == ","), None)
        if comma is None:
            return None
        start = comma + 1
    found = np_right(tokens, start, v)
    if found is None or found[0] != start or found[1] >= v:
        return None
    verb = _past_group(tokens, found[1], v)
    if verb >= v or not _verb_like(tokens[verb]):
        return None
    if any(t.kind is QUOTE or t.text in (";", ":") for t in tokens[verb:v]):
        return None
    return Attribution(found[0], min(found[1], verb), "participle-subject")


_MIN_CLAUSE_WORDS = 3


def opening_participle(tokens: list[Tok], v: int, hi: int) -> tuple[Attribution, int, int] | None:
    """'Noting that A, X said B': a participle of speech opening the sentence reports the words from ``start`` up
    to the comma before the main clause, whose subject (a capitalised name or role, then a lower-case verb) is the
    speaker: (speaker, start, comma)."""
    start = clause_start(tokens, v + 1, hi, tokens[v])
    if start is None:
        return None  # 'Saying goodbye to her staff, X left': no clause, no speech
    for c in range(start + _MIN_CLAUSE_WORDS, hi - 2):
        if tokens[c].kind is QUOTE or tokens[c].text in (";", ":"):
            return None
        if tokens[c].text != ",":
            continue
        found = np_right(tokens, c + 1, hi)
        if found is not None and found[1] < hi and tokens[found[0]].is_cap and _verb_like(tokens[found[1]]):
            return Attribution(found[0], found[1], "opening-participle"), start, c
    return None


RESTRICTIVE_HEADS = word_set("those some others many most few")


def relative_who(t: Tok) -> bool:
    """The relative pronoun 'who', also contracted ("who've", "who’d")."""
    return t.kind is WORD and t.norm.split("'")[0].split("’")[0] == "who"


_WITH_SHARE_MAX = 8


def with_share(tokens: list[Tok], lo: int, v: int) -> Attribution | None:
    """'..., with 30 percent of voters saying A', 'with about three in 10 saying A', 'with the mayor warning that
    A': a share of the people polled, or a noun phrase standing alone after 'with', is the subject of the
    participle of speech that follows it."""
    k = v - 1
    while k >= lo and v - k <= _WITH_SHARE_MAX and (tokens[k].kind is WORD or tokens[k].text == "%"):
        if tokens[k].norm == "with":
            break
        k -= 1
    if k < lo or tokens[k].norm != "with" or k + 1 >= v:
        return None
    start = k + 1
    if any(share_word(tokens, i, v) for i in range(start, min(v, start + 5))):
        return Attribution(start, v, "share")
    found = np_left(tokens, v, start)  # 'with the mayor warning that A', 'with Norvel suggesting that A'
    return Attribution(found[0], found[1], "with") if found is not None and found[0] == start else None
