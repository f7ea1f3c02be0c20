"""Reported speech credited to a source phrase: 'According to X, CLAUSE', 'CLAUSE, according to X', 'X quoted Y
as saying (that) CLAUSE' and the tail of an opening 'As X reported just today,'."""

from __future__ import annotations

from digest.core.lexicon import (
    COORDINATORS,
    DOCUMENT_NOUNS,
    IRREGULAR_PAST,
    MONTHS_DAYS,
    PERIOD_WORDS,
    PREPOSITIONS_IN_NP,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    SUBJECT_RELATIVES,
    SUBORDINATORS,
    TITLE_WORDS,
    role_word,
    word_set,
)
from digest.core.quotes.clause_ends import clause_end
from digest.core.quotes.clause_shape import FINITE_WORDS, finite_clause, past_clause
from digest.core.quotes.clauses import opens_clause
from digest.core.quotes.cue import Attribution, Cue, Report
from digest.core.quotes.description_after import ACCESS_PARTICIPLES, description_after, participle_by
from digest.core.quotes.mentions import OBJECT_PRONOUNS
from digest.core.quotes.speakers import np_right
from digest.core.quotes.subjects import source_phrase
from digest.core.quotes.tokens import WORD, Tok, past_short_form
from digest.core.speech_verbs import REPORT_VERBS

LEAD_IN_MAX = 4
"""Fewer words than this before a comma make a lead-in ('In particular,'), no clause."""


def quoted_as(tokens: list[Tok], v: int, hi: int) -> Cue:
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


_REDUCED_REACH = 8
"""The most tokens of a reduced relative after a source ('seen by the city's planning department')."""


def according(tokens: list[Tok], v: int, lo: int, hi: int) -> Cue:
    """'According to X, CLAUSE' or 'CLAUSE, according to X' (also after a dash)."""
    found = according_source(tokens, v + 2, hi)
    if found is None:
        return None
    who = Attribution(found[0], found[1], "according")
    k = past_short_form(tokens, found[1], hi)  # 'According to the ORG (ACR), A'
    if participle_by(tokens, k, hi):  # 'a memo seen by the Fenwray Post,': the clause starts after its comma
        k = next((c for c in range(k, min(hi, k + _REDUCED_REACH)) if tokens[c].text == ","), k)
    if v - 1 > lo and tokens[v - 1].text in (",", "—", "–", "-", "--"):
        start = next((c + 1 for c in range(v - 2, lo, -1) if colon_break(tokens, c)), lo)
        if start >= v - 1:
            return None
        if k + 1 < hi and tokens[k].text == tokens[v - 1].text and tokens[k + 1].norm in FINITE_WORDS:
            # 'A, according to X, was B': the sentence's verb comes after the source, so all of it is X's
            return Report(who, tokens[start].start, tokens[clause_end(tokens, k + 1, hi) - 1].end, v)
        opening = (
            lead_in(tokens, start, v - 1) or tokens[v - 2].norm in _CLAUSE_OPENERS
        )  # '... ago after, according to'
        if opening and k + 1 < hi and tokens[k].text == "," and opens_clause(tokens, k + 1, hi):
            return who, past_appositive(tokens, k + 1, hi)  # 'In addition, according to X, B': B is X's
        if k + 2 < hi and tokens[k].text == "," and tokens[k + 1].norm == "and" and _subject_clause(tokens, k + 2, hi):
            # 'A, according to X, and B': B with a subject of its own is X's too ('..., and has B' is the writer's)
            return Report(who, tokens[start].start, tokens[clause_end(tokens, k + 2, hi) - 1].end, v)
        return Report(who, tokens[start].start, tokens[v - 2].end, v)
    if k + 1 < hi and tokens[k].text == "," and tokens[k + 1].norm not in COORDINATORS:
        named = _named_after(tokens, found, k + 1, hi)
        if named is not None:
            return Attribution(named[0], named[1], "according"), _past_relative_clause(tokens, named[1] + 1, hi)
        return who, past_appositive(tokens, k + 1, hi)
    return None  # '..., according to X, and has B': no clause of X's after the source


_NAME_WORDS = 9


def _subject_clause(tokens: list[Tok], k: int, hi: int) -> bool:
    """The words from ``k`` are a clause with a subject of its own ('two crews are still missing', 'the first she
    heard of it was ...'), not a verb going on from the sentence's subject ('said it would close', 'has a lead')."""
    first = tokens[k].norm
    if first in FINITE_WORDS or first in REPORT_VERBS or first.endswith("ed"):
        return False
    return finite_clause(tokens, k, hi) or past_clause(tokens, k, hi)


def _named_after(tokens: list[Tok], source: tuple[int, int], k: int, hi: int) -> tuple[int, int] | None:
    """'According to the mission director, Engr Dana Pike, the leak ...': a person's name between commas after a
    source described by a role names it; the name's span, when a clause opens after its comma (not 'According to
    the mayor, Dana Pike resigned': a verb follows the name)."""
    if not (_person_source(tokens, source) or _person_name(tokens, k)):
        return None
    j, depth = k, 0
    while j < hi and j - k <= _NAME_WORDS and (tokens[j].is_cap or depth or tokens[j].text == "("):
        depth += (tokens[j].text == "(") - (tokens[j].text == ")")
        j += 1
    capitals = sum(1 for t in tokens[k:j] if t.kind is WORD and t.is_cap)
    if capitals < 2 or depth or j + 1 >= hi or tokens[j].text != "," or not opens_clause(tokens, j + 1, hi):
        return None
    if _appositive_next(tokens, j + 1, hi):
        return None  # 'According to the report, NAME, the treasurer, moved the money': the name is the subject
    return k, j


_RELATIVE_REACH = 16


def _past_relative_clause(tokens: list[Tok], k: int, hi: int) -> int:
    """Where the clause after a source's name starts: past a relative clause on the name ('NAME, who has led it
    since 2019, the strike ...'), else at ``k``."""
    if k >= hi or tokens[k].norm not in SUBJECT_RELATIVES:
        return k
    comma = next((c for c in range(k + 1, min(hi - 1, k + _RELATIVE_REACH)) if tokens[c].text == ","), None)
    return comma + 1 if comma is not None and opens_clause(tokens, comma + 1, hi) else k


def _appositive_next(tokens: list[Tok], k: int, hi: int) -> bool:
    """The words from ``k`` reach a comma before any verb ('the treasurer, moved'): an appositive, no clause."""
    for t in tokens[k:hi]:
        if t.text == ",":
            return True
        if t.kind is not WORD or t.norm in FINITE_WORDS or (t.norm.endswith("ed") and not t.is_cap):
            return False
    return False


_APPOSITIVE_REACH = 16
_APPOSITIVE_OPENERS = frozenset({"a", "an", "the", "one", "his", "her", "their", "its"})


def past_appositive(tokens: list[Tok], k: int, hi: int) -> int:
    """Where the clause after a source and its comma starts: past an appositive about the source ('According to
    NAME, a harbour pilot, A', 'NAME, writing for the paper, A'): a phrase opening with a determiner, a role or a
    participle, naming a person (a role noun in it, or the participle), without a finite verb, up to a comma after
    which a clause opens; else at ``k``."""
    first = tokens[k]
    role = first.norm in ROLE_NOUNS or first.norm.endswith("ing") and first.norm not in _NOT_PARTICIPLES
    if first.kind is not WORD or first.is_cap or not (first.norm in _APPOSITIVE_OPENERS or role):
        return k
    for j in range(k + 1, min(hi, k + _APPOSITIVE_REACH)):
        t = tokens[j]
        if t.text == ",":
            person = role or any(w.norm in ROLE_NOUNS for w in tokens[k:j])  # not 'the channel, which'
            clause = finite_clause(tokens, k, j) or not opens_clause(tokens, j + 1, hi)
            plain = person and not clause and tokens[j + 1].norm not in _RELATIVES
            return j + 1 if plain and not _list_goes_on(tokens, j + 1, hi) else k
        if t.kind is not WORD or t.norm in FINITE_WORDS:
            return k
    return k


def _list_goes_on(tokens: list[Tok], k: int, hi: int) -> bool:
    """The words after the comma go on a list or another aside before their first finite verb ('a nurse, two
    porters and a doctor were hurt', 'spending on food, the biggest item, rose'): the phrase before the comma was
    the list's first item or the subject, no appositive about the source."""
    for t in tokens[k:hi]:
        if t.norm in FINITE_WORDS:
            return False
        if t.text == "," or t.norm in ("and", "or"):
            return True
    return False


_RELATIVES = SUBJECT_RELATIVES | {"whose", "where"}
"""Words after an appositive's comma that open a relative clause on it ('NAME, a pilot, who ...')."""
_NOT_PARTICIPLES = frozenset({"during", "according", "including", "nothing", "something", "everything"})


def lead_in(tokens: list[Tok], start: int, comma: int) -> bool:
    """A few words and no clause before the comma: 'In addition,', 'Over time,'."""
    words = sum(1 for t in tokens[start:comma] if t.kind is WORD)
    return words < LEAD_IN_MAX and not finite_clause(tokens, start, comma)


def colon_break(tokens: list[Tok], c: int) -> bool:
    """A colon that opens the sentence's second part ('...: London was'), not one inside a time ('8:30')."""
    return tokens[c].text == ":" and c + 1 < len(tokens) and tokens[c + 1].start > tokens[c].end


_CLAUSE_OPENERS = SUBORDINATORS | word_set("after before because since that")
_AGENT_REACH = 12
_DOCUMENTS = SOURCE_NOUNS | DOCUMENT_NOUNS


def _document_agent(tokens: list[Tok], i: int, hi: int) -> tuple[int, int] | None:
    """'according to figures published by the Department', 'according to documents posted Friday by the Board': a
    document noun, a participle and 'by' before whoever issued it, with no comma between: the issuer is the source."""
    if i >= hi or tokens[i].is_cap:
        return None
    for k in range(i, min(hi - 1, i + _AGENT_REACH)):
        t = tokens[k]
        if t.kind is not WORD:
            return None
        if t.norm == "by" and k - 1 > i and tokens[k - 1].kind is WORD:
            if tokens[k - 1].norm in ACCESS_PARTICIPLES:
                return None  # 'a memo seen by the Fenwray Post': the paper saw it, the memo is the source
            issued = any(w.norm.endswith("ed") or w.norm in IRREGULAR_PAST for w in tokens[i:k])
            document = any(w.norm in _DOCUMENTS for w in tokens[i:k])
            found = np_right(tokens, k + 1, hi) or description_after(tokens, k + 1, hi)
            if found is not None and tokens[found[1] - 1].text.endswith(("'s", "’s")):
                return None  # 'by the agency's watchdog': the phrase stops short of its head
            if found is not None and found[1] - found[0] > 2 and tokens[found[1] - 1].norm in MONTHS_DAYS:
                found = (found[0], found[1] - 2) if tokens[found[1] - 2].norm in ("on", "in") else found
            return found if issued and document and found is not None else None
    return None


_NAME_TITLES = TITLE_WORDS - PREPOSITIONS_IN_NP - word_set("the and of for to former acting interim executive state")


def _person_source(tokens: list[Tok], source: tuple[int, int]) -> bool:
    """The source names a person by a role ('the mission director', 'the headman', 'a former commander'; not 'the
    census', 'the economist at the bank', 'officials in the region'): its last word is a person noun."""
    last = tokens[source[1] - 1]
    n = last.norm
    if last.is_cap or n in _DOCUMENTS or n.endswith("s"):
        return False
    if any(t.norm in PREPOSITIONS_IN_NP for t in tokens[source[0] : source[1]]):
        return False  # 'supporters of the former mayor, NAME': the name is the mayor's, not the source's
    return role_word(n)


def _person_name(tokens: list[Tok], k: int) -> bool:
    """The capitalised words at ``k`` open with a title of a person ('Engr NAME', 'Mr NAME', 'Rear Admiral NAME'): a
    person's name, not a place's or a firm's."""
    return tokens[k].norm.rstrip(".") in _NAME_TITLES


def _closing_name(tokens: list[Tok], comma: int, hi: int) -> tuple[int, int] | None:
    """A name of two or more capitalised words between a comma and the sentence's end, after a source ('according
    to the headman, Mr NAME.'): the source's name."""
    if comma >= hi or tokens[comma].text != ",":
        return None
    k = comma + 1
    while k < hi and tokens[k].kind is WORD and tokens[k].is_cap:
        k += 1
    ends = k >= hi or tokens[k].text in (".", "!", "?")
    return (comma + 1, k) if k - comma > 2 and ends else None


def according_source(tokens: list[Tok], i: int, hi: int) -> tuple[int, int] | None:
    """The source after 'according to': a name or description up to its first comma, or a longer source phrase
    when the name stops short of the punctuation ('a newspaper's analysis of election records')."""
    if i + 1 < hi and tokens[i].norm in OBJECT_PRONOUNS and tokens[i + 1].kind is not WORD:
        return i, i + 1  # 'according to him,': the person the pronoun points to
    agent = _document_agent(tokens, i, hi)
    if agent is not None:
        return agent
    found = np_right(tokens, i, hi) or description_after(tokens, i, hi)
    if found is not None:
        comma = next((k for k in range(found[0], found[1]) if tokens[k].text == ","), None)
        if comma is not None and comma > found[0]:
            found = (found[0], comma)
        named = _closing_name(tokens, found[1], hi)
        if named is not None and not (_person_source(tokens, found) or _person_name(tokens, named[0])):
            named = None
        if named is not None:
            return named  # '..., according to the headman, Mr NAME.'
    longer = source_phrase(tokens, i, hi)
    reduced = found is not None and participle_by(tokens, found[1], hi)  # 'a memo seen by the Fenwray Post': the memo
    if found is None or (longer is not None and longer[1] > found[1] and tokens[found[1]].kind is WORD and not reduced):
        return longer
    return found


_AS_TAIL = 5
_TAIL_WORDS = word_set("out up just first earlier recently previously later often also once again today yesterday last")
_TAIL_PREPOSITIONS = word_set("in at during")
"""Prepositions of an aside's medium, place or time ('in his book', 'at a rally', 'during the debate'); one that
takes the verb's own object ('warned of floods', 'argued with the governor', 'wrote to the governor', 'commented on
the plan') makes 'as' tell the time."""


def _tail_word(tok: Tok) -> bool:
    """An adverb, a particle or a word of a time ('just today', 'pointed out', 'last week', 'Monday')."""
    norm = tok.norm
    return norm in _TAIL_WORDS or norm.endswith("ly") or norm in PERIOD_WORDS or norm in MONTHS_DAYS


def _tail_phrase(tokens: list[Tok], j: int, hi: int) -> bool:
    """A prepositional phrase of an aside's medium, place or time: 'in', 'at' or 'during', or 'on' before a
    capitalised word or a number ('on Monday', 'on Twitter'; not 'commented on the plan')."""
    if tokens[j].norm in _TAIL_PREPOSITIONS:
        return True
    return tokens[j].norm == "on" and j + 1 < hi and (tokens[j + 1].is_cap or tokens[j + 1].text[:1].isdigit())


def as_tail_end(tokens: list[Tok], k: int, hi: int) -> int:
    """Past the words after the verb of an opening 'As X reported' up to its comma: adverbs, a particle or words of
    a time ('As X reported just today,', 'As X pointed out last week,'), then at most a prepositional phrase of the
    medium, place or time ('As X noted in its report,'); an object ('As X lamented high prices,', 'As X pointed
    out the flaws,'), a preposition the verb takes ('As X warned of floods,': 'as' tells the time) or a conjunction
    ends nothing."""
    if k >= hi or tokens[k].kind is not WORD or (tokens[k].is_cap and tokens[k].norm not in MONTHS_DAYS):
        return k
    stop = min(hi, k + _AS_TAIL)
    j = k
    while j < stop and tokens[j].kind is WORD and _tail_word(tokens[j]):
        j += 1
    if j < stop and tokens[j].kind is WORD and _tail_phrase(tokens, j, hi):
        j = next((m for m in range(j, stop) if tokens[m].kind is not WORD), j)
    return j if j < hi and tokens[j].kind is not WORD else k
