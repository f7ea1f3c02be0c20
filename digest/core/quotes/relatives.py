"""The speaker of a verb of speech in a relative clause on a noun phrase that is not the sentence's subject:
'The question came from a young deckhand, who said A', 'backed by Dana Pike, the head of the board, who said
A', 'a backlash from fishermen and harbour workers who say A'. 'who' names the person the noun phrase is."""

from __future__ import annotations

from digest.core.lexicon import (
    ADVERBS,
    ADVERBS_OR_AUXILIARIES,
    AGENT_ENDINGS,
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    COMMUNICATION_WORDS,
    COORDINATORS,
    DESCRIPTION_OPENERS,
    DOCUMENT_NOUNS,
    IRREGULAR_PAST,
    LEAD_WORDS,
    NEGATIONS,
    PREPOSITIONS_IN_NP,
    PRONOUNS,
    ROLE_NOUNS,
    SUBJECT_RELATIVES,
    word_set,
)
from digest.core.quotes.clauses import TELLING, clause_start
from digest.core.quotes.cue import Attribution
from digest.core.quotes.speakers import np_left
from digest.core.quotes.subjects import people
from digest.core.quotes.tokens import WORD, Tok
from digest.core.speech_verbs import REPORT_VERBS, SAY_TELL

_BETWEEN = ADVERBS | AUXILIARIES | NEGATIONS
_NAME_MAX = 4
_DESCRIPTION_MAX = 5
_APPOSITIVE_MAX = 14
_NOT_IN_DESCRIPTION = word_set("and or but that which who whom whose than as if")
_ABSTRACT_ENDINGS = ("ion", "ment", "ness", "ity", "ance", "ence", "ing", "ship")
_PREPOSITIONS = PREPOSITIONS_IN_NP | word_set("by about against among over under after before like into through")
_SECOND_DESCRIPTION_OPENERS = word_set("a an the his her their its")
_NOT_IN_HEAD_PHRASE = _NOT_IN_DESCRIPTION | _PREPOSITIONS | BE_FORMS


def appositive_relative(tokens: list[Tok], v: int, lo: int) -> Attribution | None:
    """'Dana Pike, a novelist from Kelby, who said A': the name before the appositive, not a name inside it."""
    j = _who(tokens, v, lo)
    return _appositive_name(tokens, j - 1, lo) if j is not None and tokens[j - 1].text == "," else None


def _who(tokens: list[Tok], v: int, lo: int) -> int | None:
    """The position of 'who' before the verb of speech at ``v`` (past adverbs and auxiliaries), if any."""
    j = v - 1
    while j > lo and tokens[j].kind is WORD and not tokens[j].is_cap and tokens[j].norm in _BETWEEN:
        j -= 1
    return j if j - 1 > lo and tokens[j].norm == "who" and not tokens[j].is_cap else None


def object_relative(tokens: list[Tok], v: int, lo: int) -> Attribution | None:
    """'..., a young deckhand, who said A' (a description before ', who'), '..., Dana Pike, the head of the
    board, who said A' (the name before an appositive), '... harbour workers who say A' (a plural of people or a
    role right before 'who'): the noun phrase 'who' stands for, when no earlier rule found the speaker."""
    j = _who(tokens, v, lo)
    if j is None:
        return document_relative(tokens, v, lo)
    if tokens[j - 1].text == ",":
        return _appositive_name(tokens, j - 1, lo) or _description(tokens, j - 1, lo)
    found = _restrictive_head(tokens, j, lo)
    if found is not None and found.start - 1 >= lo and tokens[found.start - 1].norm in TELLING:
        return None  # 'told a woman who suggested A that "..."': the one spoken to, the teller's quotation
    return found


def _name_start(tokens: list[Tok], end: int, lo: int) -> int | None:
    """The first token of a run of two to four capitalised words ending before ``end`` (past a capitalised
    article or lead word opening the sentence)."""
    k = end - 1
    while k >= lo and end - k <= _NAME_MAX and tokens[k].kind is WORD and tokens[k].is_cap:
        k -= 1
    start = k + 1
    if start == lo and tokens[lo].norm in LEAD_WORDS | DESCRIPTION_OPENERS:
        start += 1  # 'The Kelby Gazette, which', 'But Dana Pike, who': the capital of the sentence's first word
    elif start > lo and tokens[k].kind is not WORD:
        return None
    if end - start < 2:
        return None
    return start if all(t.norm not in PRONOUNS for t in tokens[start:end]) else None


def _appositive_name(tokens: list[Tok], comma: int, lo: int) -> Attribution | None:
    """'Dana Pike, the head of the harbour board, who': the name before an appositive of plain words opening
    with a determiner or a role, set off by commas."""
    for c in range(comma - 2, max(lo, comma - _APPOSITIVE_MAX), -1):
        t = tokens[c]
        if t.text == ",":
            first = tokens[c + 1]
            if first.is_cap or not (first.norm in DESCRIPTION_OPENERS or first.norm in ROLE_NOUNS):
                return None
            end = _past_age(tokens, c, lo)
            start = _name_start(tokens, end, lo)
            return Attribution(start, end, "object-relative") if start is not None else None
        if (t.kind is not WORD or t.norm in _NOT_IN_DESCRIPTION) and not _joins_descriptions(tokens, c):
            return None
    return None


def _past_age(tokens: list[Tok], comma: int, lo: int) -> int:
    """'Edna Pryor, 66, a former nurse, who': an age set off by commas between the name and its appositive; the
    comma after the name, else ``comma``."""
    if comma - 2 > lo and tokens[comma - 1].norm.isdigit() and tokens[comma - 2].text == ",":
        return comma - 2
    return comma


_AGE_LEADS = word_set("now aged")


def _aged_name(tokens: list[Tok], comma: int, lo: int) -> Attribution | None:
    """'Hal Briggs, 84, who said', 'Hal Briggs, now 34, who said': an age set off by commas between a name of two
    to four capitalised words and ', who' (the comma before 'who' at ``comma``); that name is who spoke."""
    k = comma - 1
    if k - 1 <= lo or not tokens[k].norm.isdigit():
        return None
    k -= 1
    if tokens[k].norm in _AGE_LEADS and not tokens[k].is_cap:
        k -= 1
    if k <= lo or tokens[k].text != ",":
        return None
    start = _name_run(tokens, k, lo)
    return Attribution(start, k, "relative") if start is not None else None


def _joins_descriptions(tokens: list[Tok], k: int) -> bool:
    """'a former miner and the club's oldest member': 'and' before a determiner or a possessive joins two
    descriptions of one person; the possessive's apostrophe is part of the second ('club's')."""
    t = tokens[k]
    if t.norm == "and":
        return k + 1 < len(tokens) and tokens[k + 1].norm in _SECOND_DESCRIPTION_OPENERS
    return t.text in ("'s", "’s", "'", "’")


def _description(tokens: list[Tok], comma: int, lo: int) -> Attribution | None:
    """'a young deckhand, who', 'one former crewman, who': a determiner and a few plain words before ', who'
    (or a name: 'Dana Pike, who' when no other rule took it)."""
    start = _name_start(tokens, comma, lo)
    if start is not None:
        return Attribution(start, comma, "object-relative")
    for d in range(comma - 2, max(lo - 1, comma - _DESCRIPTION_MAX - 1), -1):
        t = tokens[d]
        if t.kind is not WORD or t.is_cap or t.norm in PRONOUNS or t.norm in _NOT_IN_DESCRIPTION:
            return None
        if t.norm in DESCRIPTION_OPENERS:
            if tokens[comma - 1].norm.endswith(_ABSTRACT_ENDINGS) or _modifier_object(tokens, d, lo):
                return None  # 'said one aide familiar with the talks, who': 'who' is the aide, not the talks
            words = tokens[d + 1 : comma]
            plain = all(w.kind is WORD and not w.is_cap and w.norm not in _NOT_IN_DESCRIPTION for w in words)
            return Attribution(d, comma, "object-relative") if plain else None
    return None


def _modifier_object(tokens: list[Tok], d: int, lo: int) -> bool:
    """The phrase opening at ``d`` is the object of a preposition after a noun or adjective ('an aide familiar
    with the talks', 'a letter from the captain'), not after a verb ('came from', 'was backed by')."""
    if d - 2 < lo or tokens[d - 1].norm not in _PREPOSITIONS:
        return False
    before = tokens[d - 2]
    verb = before.norm in BE_FORMS or before.norm in IRREGULAR_PAST or before.norm.endswith("ed")
    return before.kind is WORD and not verb


def _restrictive_head(tokens: list[Tok], who: int, lo: int) -> Attribution | None:
    """'... harbour workers who say A', 'the one official who has said A': a plural of people or a role noun
    right before 'who', with the plain words before it (a determiner or modifiers, no name)."""
    head = tokens[who - 1]
    if head.kind is not WORD or head.is_cap or not (people(head) or head.norm in ROLE_NOUNS):
        return None
    start = _phrase_start(tokens, who, lo)
    if _generic_likeness(tokens, start, head, lo):
        return None
    return Attribution(start, who, "object-relative") if _after_object_word(tokens, start, lo) else None


_GENERIC_PEOPLE = word_set("man woman person")
"""Nouns of anyone at all, which a likeness may name ('with the calm of a man who has said it before')."""


def _generic_likeness(tokens: list[Tok], start: int, head: Tok, lo: int) -> bool:
    """'smiles like a woman who has said it often', 'with the calm of a man who has said it before': an
    indefinite man or woman after 'like', 'as' or 'of' is a likeness of the one who speaks, no one who spoke."""
    return (
        head.norm in _GENERIC_PEOPLE
        and start - 1 > lo
        and tokens[start].norm in ("a", "an")
        and tokens[start - 1].norm in ("like", "as", "of")
    )


def _phrase_start(tokens: list[Tok], end: int, lo: int) -> int:
    """The start of the plain noun phrase whose head is ``tokens[end - 1]``: a few lower-case modifiers back to a
    determiner, never past a preposition, a verb, a name or a conjunction."""
    start = end - 1
    while start - 1 > lo and end - start < _DESCRIPTION_MAX:
        t = tokens[start - 1]
        if t.kind is not WORD or t.is_cap or t.norm in PRONOUNS or t.norm in _NOT_IN_HEAD_PHRASE or _verb_like(t):
            break
        start -= 1
        if t.norm in DESCRIPTION_OPENERS:
            break
    return start


def _after_object_word(tokens: list[Tok], start: int, lo: int) -> bool:
    """The phrase at ``start`` follows a verb, a preposition or another noun phrase ('met workers who', 'from
    anglers and workers who'); not the sentence's subject ('Harbour workers who said A voted', 'Only the workers
    who', ', and the workers who said A backed B')."""
    before = tokens[start - 1] if start > lo else None
    if before is None or before.kind is not WORD or before.is_cap:
        return False
    if before.norm in COORDINATORS:
        return start - 2 > lo and tokens[start - 2].kind is WORD
    return before.norm not in LEAD_WORDS and before.norm not in _NOT_IN_DESCRIPTION


def _verb_like(t: Tok) -> bool:
    """A past tense or participle ('met', 'hired', 'asked'): the verb whose object the phrase is, not part of it."""
    return t.norm in IRREGULAR_PAST or t.norm.endswith("ed")


def document_relative(tokens: list[Tok], v: int, lo: int) -> Attribution | None:
    """'The harbour posted a notice that said A', 'The mayor rejected the report that said A', 'She cited the
    audit, which concluded that A': a document named by the sentence's object speaks in a relative clause on it
    ('that' without a comma, 'which' after one); not in the sentence's subject ('The memo that said A was never
    sent')."""
    j = v - 1
    while j > lo and tokens[j].kind is WORD and not tokens[j].is_cap and tokens[j].norm in _BETWEEN:
        j -= 1
    comma = j - 1 > lo and tokens[j - 1].text == ","
    if tokens[j].norm not in ("that", "which") or (tokens[j].norm == "which") != comma:
        return None
    end = j - 1 if comma else j
    head = tokens[end - 1]
    if end - 1 <= lo or head.kind is not WORD or head.is_cap or head.norm not in DOCUMENT_NOUNS:
        return None
    start = _phrase_start(tokens, end, lo)
    return Attribution(start, end, "object-relative") if _after_object_word(tokens, start, lo) else None


_OBJECT_WORDS = 4
_WRITING = word_set("wrote writes write")
"""Verbs of speech that take a written object as often as a clause ('wrote a book that argued A')."""


def speaking_object(tokens: list[Tok], k: int, hi: int, verb: Tok) -> bool:
    """After a verb of writing or arguing (not 'said' or 'told'), a determiner and a few plain words, then 'that',
    'which' or 'who' and a verb of speech: an object that speaks in its own relative clause ('wrote a book that
    argued A', 'hired an adviser who said A': the relative's verb reports a clause of its own), not the subject of a
    reported clause ('argued the report that warned of floods was ignored')."""
    if verb.norm in SAY_TELL or k >= hi or tokens[k].norm not in DESCRIPTION_OPENERS:
        return False
    if verb.norm in REPORT_VERBS and verb.norm not in _WRITING:
        return False  # 'argued the officers who claimed A had lied': a verb taking a clause, whose subject this is
    for j in range(k + 1, min(hi - 1, k + 1 + _OBJECT_WORDS)):
        t = tokens[j]
        if t.kind is not WORD or t.is_cap:
            return False
        if t.norm in SUBJECT_RELATIVES:
            speaks = j > k + 1 and tokens[j + 1].norm in REPORT_VERBS
            return speaks and clause_start(tokens, j + 2, hi, tokens[j + 1]) is not None  # not 'that warned of'
    return False


def relative_antecedent(
    tokens: list[Tok], v: int, lo: int, restrictive: bool = False, quoted: bool = False
) -> Attribution | None:
    """'Moss, who has called the pact "folly"': the speaker of a cue in a relative clause is the noun phrase before
    ', who' (a person: a name or a role); for a quotation (``quoted``), also before ', which' after a name ('Corm
    Partners, which has called it "A"'; a reported clause's 'which' is often a document's: 'the Charter, which
    states that'); with ``restrictive``, for a quoted fragment, also before a plain 'who' ('a
    pilot who described the crossing as "reckless"'). A reported clause does not take the plain 'who': inside
    another clause it would cut that clause short ('said he had a source who told him A')."""
    j = v - 1
    while j >= lo and tokens[j].kind is WORD and not tokens[j].is_cap and tokens[j].norm in ADVERBS_OR_AUXILIARIES:
        j -= 1
    which = quoted and j - 1 >= lo and tokens[j].norm == "which" and tokens[j - 1].text == ","
    if j - 1 < lo or not (which or tokens[j].norm == "who") or not (restrictive or tokens[j - 1].text == ","):
        return None
    aged = _aged_name(tokens, j - 1, lo) if tokens[j - 1].text == "," and not which else None
    if aged is not None:
        return aged  # 'NAME, 84, who said': the age is no noun phrase
    found = np_left(tokens, j - 1 if tokens[j - 1].text == "," else j, lo)  # ', who' or a restrictive 'who'
    if found is None or not (tokens[found[1] - 1].is_cap or (tokens[found[1] - 1].norm in ROLE_NOUNS and not which)):
        return None  # ', which' only after a name: 'Corm Partners, which has called it "A"'
    if _generic_likeness(tokens, found[0], tokens[found[1] - 1], lo):
        return None
    if tokens[j - 1].text == "," and found[0] - 1 > lo and tokens[found[0] - 1].norm in _HOME_PREPOSITIONS:
        home = _home_owner(tokens, found[0] - 1, lo)
        if home is not None:
            return home
    named = _apposed_to_name(tokens, found[0], lo) if tokens[j - 1].text != "," else None
    return named or Attribution(found[0], found[1], "relative")


_HOME_PREPOSITIONS = word_set("from of")
"""Words bringing in where a person comes from or belongs ('NAME, 52, from PLACE', 'a welder from PLACE')."""
_SAID_THINGS = COMMUNICATION_WORDS | DOCUMENT_NOUNS


def _home_owner(tokens: list[Tok], prep: int, lo: int) -> Attribution | None:
    """', who' after a name brought in by 'from' or 'of' that tells where a person comes from or belongs: 'NAME,
    52, from PLACE, who said', 'NAME, 44, of the ORG, who said' (after an age set off by commas), 'a retired
    welder from PLACE, who said' or 'NAME, a welder from PLACE, who said' (after a noun of a person, 'from'
    only): 'who' is that person, never the place (not 'a letter from NAME, who said', nor 'the son of NAME, who')."""
    k = prep - 1
    if k - 2 >= lo and tokens[k].text == "," and tokens[k - 1].norm.isdigit() and tokens[k - 2].text == ",":
        start = _name_run(tokens, k - 2, lo)
        return Attribution(start, k - 2, "relative") if start is not None else None
    person = tokens[k]
    if tokens[prep].norm != "from" or person.kind is not WORD or person.is_cap or person.norm in _SAID_THINGS:
        return None
    if not (person.norm in ROLE_NOUNS or person.norm.endswith(AGENT_ENDINGS)):
        return None
    d = next((d for d in range(k - 1, max(lo - 1, k - _DESCRIPTION_MAX - 1), -1) if not _plain_word(tokens[d])), None)
    if d is None or tokens[d].norm not in ARTICLES:
        return None
    if d - 1 > lo and tokens[d - 1].text == ",":
        end = _past_age(tokens, d - 1, lo)
        start = _name_run(tokens, end, lo)
        if start is not None:
            return Attribution(start, end, "relative")  # 'NAME, a retired welder from PLACE, who'
    return Attribution(d, prep, "relative")


def _plain_word(tok: Tok) -> bool:
    """A lower-case word of a description ('retired' in 'a retired welder'), not an article."""
    return tok.kind is WORD and not tok.is_cap and tok.norm not in _ARTICLES_OR_LINKS


_ARTICLES_OR_LINKS = _NOT_IN_DESCRIPTION | ARTICLES


def _name_run(tokens: list[Tok], end: int, lo: int) -> int | None:
    """:func:`_name_start`, or a run of two to four capitalised words set off by a comma before it ('the
    director's aunt, NAME, a retired welder from PLACE, who')."""
    start = _name_start(tokens, end, lo)
    if start is not None:
        return start
    k = end - 1
    while k >= lo and end - k <= _NAME_MAX and tokens[k].kind is WORD and tokens[k].is_cap:
        k -= 1
    if k < lo or tokens[k].text != "," or end - (k + 1) < 2:
        return None
    return k + 1 if all(t.norm not in PRONOUNS for t in tokens[k + 1 : end]) else None


def _apposed_to_name(tokens: list[Tok], start: int, lo: int) -> Attribution | None:
    """'Ms Dana Pike, a former nurse who promised to "A"': a description opened by 'a', 'an' or 'the' at ``start``, set
    off by a comma after a name (past an age: 'Dana Pike, 61, a former nurse who'), on which a restrictive 'who'
    hangs, describes that person: the name, not the description, is who spoke."""
    if tokens[start].norm not in ARTICLES or start - 1 <= lo or tokens[start - 1].text != ",":
        return None
    end = _past_age(tokens, start - 1, lo)
    name = _name_start(tokens, end, lo)
    return Attribution(name, end, "relative") if name is not None else None
