"""Whether words make a clause: a subject pronoun, a subject and a finite auxiliary or 'be', an amount and a verb
('about half of the berths were taken'), a subject and an irregular past tense ('noted the board hid ...'); the
tests that the reported-clause readers (clauses.py, trailing.py, according.py) share."""

from __future__ import annotations

import re

from digest.core.lexicon import (
    DETERMINERS,
    IRREGULAR_PAST,
    LEAD_WORDS,
    LINKING_PAST,
    MONTHS_DAYS,
    NUMBER_WORDS,
    PERIOD_WORDS,
    POSSESSIVES,
    PRONOUNS,
    SUBJECT_RELATIVES,
    word_set,
)
from digest.core.quotes.shares import share_word
from digest.core.quotes.tense import FINITE_AUXILIARIES
from digest.core.quotes.tokens import AMOUNT_MARKS, QUOTE, WORD, Tok

NOT_CLAUSE_START = word_set(
    """on in at to for with about of by after before during and but or so as when while yesterday today nothing
    something anything goodbye hello yes no more less only just also later earlier previously via through from
    into under over against without within then"""
)

SUBJECT_DETERMINERS = DETERMINERS | word_set("no his her their its our this these those all many")
"""Words that open a clause's subject without 'that' ('told the panel his plan ...', 'noted the fund hid ...'):
the determiners of a speaker phrase, possessives, demonstratives and quantifiers."""


def _it_past(tokens: list[Tok], k: int, hi: int) -> bool:
    """'admitted it made a mistake', 'reported it sold four boats', 'admitted it happened in July': 'it' and a past
    tense and a word that is no preposition, or any word after a past in -ed, open a clause ('reported it stolen to
    the police' has no past tense in -ed or of the list)."""
    if k + 2 >= hi:
        return False
    verb, after = tokens[k + 1], tokens[k + 2]
    past = verb.kind is WORD and not verb.is_cap and (verb.norm.endswith("ed") or verb.norm in IRREGULAR_PAST)
    if past and after.norm in NOT_CLAUSE_START and tokens[k - 1].norm in _COMPLEMENT_VERBS:
        return False  # 'reported it damaged on arrival': 'damaged' says how it was, no clause
    return past and after.kind is WORD and (after.norm not in NOT_CLAUSE_START or verb.norm.endswith("ed"))


_COMPLEMENT_VERBS = word_set("reported reports found finds declared declares listed lists")


_ROUGHLY = word_set("about nearly almost roughly approximately around over under some")
_COMPARED = word_set("more fewer less")
_AMOUNTS = NUMBER_WORDS | word_set(
    "half third quarter two-thirds one-third one-half three-quarters a dozen dozens hundreds thousands"
)
_QUANTITY_REACH = 8
_LIMITING = word_set("only just")
"""Words limiting an amount that opens a subject ('only six ferries now sail', 'just two of the wards reopened'),
which are otherwise no clause's first word ('said only in passing', 'said just before noon'). Not read as
:func:`quantity_subject`'s amounts: 'A, while only 18 percent would B' is another group's figure, not more of A."""


def quantity_subject(tokens: list[Tok], k: int, hi: int) -> bool:
    """The words from ``k`` are a clause whose subject opens with an amount ('about half of the berths were
    taken', 'at least six boats sank', 'more than half of its sailings ran late', 'no final decision had been
    made'): the amount, then a finite or past-tense verb before any preposition but 'of' or punctuation ('said
    about twenty minutes later', 'said no to the plan' are no clauses)."""
    j = _after_amount(tokens, k, hi)
    if j is None:
        return False
    for m in range(j, min(hi, j + _QUANTITY_REACH)):
        t = tokens[m]
        if t.text == "," and m > j:
            return list_subject(tokens, j, m, hi)  # 'no names, addresses or account numbers had been'
        if t.norm in LIST_JOINERS and m > j and m + 1 < hi and _joined_noun(tokens[m + 1]):
            continue  # 'about 600 flats and shops had lost water': a second noun of the subject
        if (t.kind is not WORD and t.text not in AMOUNT_MARKS) or t.norm in LEAD_WORDS:
            return False  # punctuation, or 'But' opening another clause
        if t.is_cap or t.text[0].isdigit():
            continue
        if t.norm in FINITE_WORDS or (m > j and (t.norm in IRREGULAR_PAST or t.norm.endswith("ed"))):
            return m > j
        if t.norm in _IN_SUBJECT and m > j:
            continue  # 'more farms in the district could close': a place or kind after the amount's noun
        if t.norm in NOT_CLAUSE_START and t.norm != "of" and not (t.norm == "in" and share_word(tokens, m, hi)):
            return False
    return False


_IN_SUBJECT = word_set("in at on across around from for of")
LIST_JOINERS = word_set("and or")
"""The words joining the last item of a list ('homes and businesses', 'a doctor, a nurse or a school')."""


def _joined_noun(t: Tok) -> bool:
    """A plain lower-case word after 'and'/'or' in an amount's subject: a second noun, not a verb or a clause."""
    return (
        t.kind is WORD
        and not t.is_cap
        and t.norm not in FINITE_WORDS
        and t.norm not in NOT_CLAUSE_START
        and t.norm not in IRREGULAR_PAST
        and not t.norm.endswith("ed")
        and not is_pronoun(t)
    )


_LIST_REACH = 14


_ITEM_WORDS = 4


def list_subject(tokens: list[Tok], k: int, comma: int, hi: int) -> bool:
    """``tokens[k:comma]`` is a subject's first noun and the words from the comma the rest of a list of short plain
    nouns joined by 'and' or 'or', then a finite verb ('names, addresses and account numbers had been exposed'): a
    clause. A capitalised word, a pronoun, any other mark, an item of more than four words, no 'and'/'or' before
    the verb, or one right after the first comma (two items take none: 'said little, and reporters were left
    waiting') makes it none ('said Tuesday, adding ...', 'reported thin sales and rising debts, and said it was')."""
    if comma - k > _ITEM_WORDS or any(t.norm in ("and", "or") for t in tokens[k:comma]):
        return False
    joined, item = False, 0
    for m in range(comma, min(hi, comma + _LIST_REACH)):
        t = tokens[m]
        if t.text == "," and not joined:
            item = 0
            continue
        if t.kind is not WORD or t.is_cap or is_pronoun(t):
            return False
        if t.norm in ("and", "or") and not joined:
            if m == comma + 1:
                return False  # 'said little, and reporters were left waiting': two items take no comma
            joined, item = True, 0
        elif t.norm in FINITE_WORDS:
            return joined and item > 0
        elif t.norm in LEAD_WORDS or (t.norm in NOT_CLAUSE_START and t.norm != "of") or item == _ITEM_WORDS:
            return False
        else:
            item += 1
    return False


def _after_amount(tokens: list[Tok], k: int, hi: int) -> int | None:
    """Past the amount opening a subject ('about half', 'at least six', 'more than 40', 'no'), or None."""
    first = tokens[k].norm
    nxt = tokens[k + 1] if k + 1 < hi else None
    if nxt is None or nxt.kind is not WORD or tokens[k].text.endswith("."):
        return None  # 'said no. But ...': an answer ending its sentence
    if first == "no":
        return k + 1
    if (first == "at" and nxt.norm == "least") or (first in _COMPARED and nxt.norm == "than"):
        k, nxt = k + 1, tokens[k + 2] if k + 2 < hi else None
    elif first in _COMPARED and nxt.kind is WORD and not nxt.is_cap and nxt.norm not in NOT_CLAUSE_START:
        return k + 1  # 'said more heavy rain was forecast', 'said fewer buses would run': a comparison opens it
    elif first not in _ROUGHLY:
        return None
    if nxt is None or not (nxt.text[0].isdigit() or nxt.norm in _AMOUNTS):
        return None
    return k + 2


def is_pronoun(t: Tok) -> bool:
    """A subject pronoun, also contracted: 'he', 'they', "he'll", "she's", "they're"."""
    return t.kind is WORD and re.split("['’]", t.norm)[0] in PRONOUNS


FINITE_WORDS = FINITE_AUXILIARIES | {w.replace("'", "’") for w in FINITE_AUXILIARIES}
"""Auxiliaries and forms of 'be': a word of these in a stretch of words makes it a clause, not a noun phrase (a
negation with either apostrophe: "hadn't", 'hadn’t')."""
_FINITE_REACH = 10
_AMOUNT_WORDS = frozenset({"per", "cent", "percent"})
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})
"""Past the usual reach, one of these before the verb makes no clause ('a report from the 2008 race that X had ...')."""


def finite_clause(tokens: list[Tok], k: int, hi: int) -> bool:
    """The words from ``k`` make a clause: a subject pronoun, or a subject and a finite auxiliary or 'be' within a
    few words ('the plan would work', 'seeing so many officers was a relief'), before any punctuation, or an
    indefinite subject and its verb (:func:`indefinite_subject`)."""
    if k >= hi or tokens[k].kind is not WORD:
        return False
    if indefinite_subject(tokens, k, hi):
        return True
    if is_pronoun(tokens[k]):
        # 'it' may be an object ('noted it in passing'); 'it was', "it's" open a clause
        plain_it = tokens[k].norm == "it" and not (k + 1 < hi and tokens[k + 1].norm in FINITE_WORDS)
        return not plain_it or _it_past(tokens, k, hi)
    if tokens[k].norm in NOT_CLAUSE_START or tokens[k].norm in FINITE_WORDS:
        return quantity_subject(tokens, k, hi)  # 'about half of the berths were taken', 'no decision was made'
    reach = k + _FINITE_REACH
    j, relative = k, False
    while (j := j + 1) < min(hi, reach):
        if tokens[j].norm.isdigit() or tokens[j].norm in _AMOUNT_WORDS:
            reach += 1  # 'owners of some 12 per cent of the 2030 bonds have agreed': amounts lengthen a subject
        relative = relative or tokens[j].norm in _RELATIVE_WORDS
        if relative and j >= k + _FINITE_REACH:
            return False
        if tokens[j].text == ",":
            return list_subject(tokens, k, j, hi)  # 'names, addresses and account numbers had been exposed'
        if tokens[j].kind is not WORD and tokens[j].text not in AMOUNT_MARKS or tokens[j].norm == "but":
            return False  # 'noted the grievance but had not answered': 'but' joins verbs, no subject runs past it
        if tokens[j].norm in FINITE_WORDS and not tokens[j].is_cap:
            return True  # a capitalised 'May' or 'Will' after the first word is a name, no auxiliary
    return False


_ASIDE_OPENERS = word_set("while though although if however once when")
"""Words opening a short aside set off by commas inside a clause's subject ('the kiln, while costly to run, would')."""
_ASIDE_MAX = 5
"""The most words of such an aside."""


def aside_end(tokens: list[Tok], comma: int, hi: int) -> int | None:
    """The comma closing a short aside that opens at ``comma`` with a word of :data:`_ASIDE_OPENERS` and holds only
    plain words ('the kiln, while costly to run, would', 'the ferry, though late, was'), when a word follows it; else
    None."""
    if comma + 2 >= hi or tokens[comma + 1].norm not in _ASIDE_OPENERS:
        return None
    for m in range(comma + 2, min(hi - 1, comma + 2 + _ASIDE_MAX)):
        t = tokens[m]
        if t.text == ",":
            return m if m > comma + 2 and tokens[m + 1].kind is WORD else None
        if t.kind is not WORD or t.norm in FINITE_WORDS or is_pronoun(t):
            return None
    return None


PAST_REACH = 6
"""How far past a subject's first word its past tense is looked for ('noted the harbour board hid ...', 'While A,
harbour crews cleared ...'): a clause after a verb of speech and a main clause after a fronted one share it."""
_NOT_IN_PAST_SUBJECT = word_set("and or but to that which who")


def past_clause(tokens: list[Tok], k: int, hi: int) -> bool:
    """'noted the foundation hid four gifts', 'suggested Moss went too far': a subject (a determiner, a capitalised
    word or a number, then words with no preposition other than 'of') and an irregular past tense make a clause
    without 'that' ('reported the fire to the police' has none). An -ed word is no sure verb ('the planned
    closure', 'a strategy deployed by'), so only those of :data:`LINKING_PAST` are read ('insisted the plan
    remained on track')."""
    first = tokens[k]
    if not (first.norm in SUBJECT_DETERMINERS or first.is_cap or first.text[0].isdigit()):
        return False
    for j in range(k + 1, min(hi, k + PAST_REACH)):
        t = tokens[j]
        if t.kind is not WORD or t.norm in _NOT_IN_PAST_SUBJECT or (t.norm in NOT_CLAUSE_START and t.norm != "of"):
            return False
        before = tokens[j - 1]
        if before.norm != "of" and (t.norm in SUBJECT_DETERMINERS or is_pronoun(t)):
            return False  # 'noted the mistakes he made', 'the money the council paid': a noun and its relative clause
        after_determiner = before.norm in SUBJECT_DETERMINERS or before.norm == "of"
        possessive = before.text.endswith(("'s", "’s"))  # 'the party's left wing'
        if (
            not t.is_cap
            and not after_determiner
            and not possessive
            and (t.norm in IRREGULAR_PAST or t.norm in LINKING_PAST)
        ):
            return True
        if not t.is_cap and not after_determiner and not possessive and _past_with_object(tokens, j, hi):
            return True
    return False


_NOT_PLACED_HEADS = word_set("sorry thanks thank please goodbye hello")
_PLACED_REACH = 8


def placed_subject_past(tokens: list[Tok], k: int, hi: int) -> bool:
    """'said pupils in the top set settled in quickly', 'told us staff at the depot felt ignored': a plain
    lower-case noun, a preposition of place or part ('in', 'at', 'of', 'from', ...), a few more words (more such
    phrases, nouns joined by 'and': 'demand for its ferries in Corvale and Tresk held up') and an irregular or
    linking past tense, or one in -ed before its object (:func:`_past_with_object`: 'potters in the valley
    raised their prices'), not right after a determiner ('the mess made'), make a clause without 'that'
    ('said sorry for the delay', 'said prayers for the crew that ...' have no such verb or stop before it)."""
    first = tokens[k]
    if first.kind is not WORD or first.is_cap or first.norm in NOT_CLAUSE_START or first.norm in _NOT_PLACED_HEADS:
        return False
    if is_pronoun(first) or first.norm in OBJECT_PRONOUNS or first.norm.endswith(("ing", "ly", "ed")):
        return False
    if not (k + 2 < hi and tokens[k + 1].norm in _IN_SUBJECT):
        return False
    for j in range(k + 2, min(hi, k + 2 + _PLACED_REACH)):
        t, before = tokens[j], tokens[j - 1]
        if t.norm in LIST_JOINERS and j + 1 < hi and (tokens[j + 1].is_cap or _joined_noun(tokens[j + 1])):
            continue  # 'demand in Corvale and Tresk held up'
        if t.kind is not WORD or t.norm in _NOT_IN_PAST_SUBJECT or is_pronoun(t) or t.norm in FINITE_WORDS:
            return False
        if j > k + 2 and t.norm in NOT_CLAUSE_START and t.norm not in _IN_SUBJECT:
            return False
        after_determiner = before.norm in SUBJECT_DETERMINERS or before.text.endswith(("'s", "’s"))
        if not t.is_cap and not after_determiner and (t.norm in IRREGULAR_PAST or t.norm in LINKING_PAST):
            return j > k + 2
        if not t.is_cap and not after_determiner and j > k + 2 and _past_with_object(tokens, j, hi):
            return True  # 'said cities in the north faced a crisis': a past in -ed before its object
    return False


_OBJECT_OPENERS = DETERMINERS | POSSESSIVES | word_set("him them us me")


def _past_with_object(tokens: list[Tok], j: int, hi: int) -> bool:
    """'noted the department returned the weapon': a past tense in -ed before its object (an article, a possessive
    or an object pronoun) is a verb, not a participle describing the noun before it ('a plan backed by', 'the
    money raised last year'); a time after it is no object ('the changes announced the previous day', 'the rules
    adopted a year ago')."""
    t = tokens[j]
    if not (t.norm.endswith("ed") and len(t.norm) > 4 and j + 1 < hi and tokens[j + 1].norm in _OBJECT_OPENERS):
        return False
    return not any(w.norm in _TIME_NOUNS for w in tokens[j + 2 : min(hi, j + 4)])


_TIME_NOUNS = PERIOD_WORDS | MONTHS_DAYS | word_set("day days weeks months years decade hour hours time")
"""Nouns of a time: 'the previous day', 'a year ago', 'the week before', 'that Monday'."""


OBJECT_PRONOUNS = word_set("them him us me whom")
"""Pronouns that are only objects: no clause opens with one."""
_AFTER_OBJECT_IT = NOT_CLAUSE_START | word_set("again best all too twice well first better often repeatedly")


def object_pronoun(tokens: list[Tok], k: int, hi: int) -> bool:
    """``tokens[k]`` is an object pronoun, so no clause opens there: one of :data:`OBJECT_PRONOUNS` ('deny them
    permits'), or 'it' before an adverb, a preposition or the end and no verb ('said it again on
    Monday', 'said it best')."""
    if tokens[k].norm in OBJECT_PRONOUNS:
        return True
    if tokens[k].text.lower() != "it":  # not "it's" (its norm is "it")
        return False
    after = tokens[k + 1] if k + 1 < hi else None
    if after is not None and after.kind is not WORD:
        return after.text in _ENDS_OBJECT  # 'said it.', 'said it, and ...'; not "it's", 'it "humanizes"'
    if not (after is None or after.norm in _AFTER_OBJECT_IT or after.norm.endswith("ly")):
        return False
    verb = next((t for t in tokens[k + 1 : min(hi, k + 4)] if t.kind is not WORD or _may_be_finite(t)), None)
    return verb is None or verb.text in _ENDS_OBJECT  # 'said it all went wrong', 'said it often rains': a clause


_ENDS_OBJECT = frozenset({",", ".", ";", ":", "?", "!", ")"})


def _may_be_finite(t: Tok) -> bool:
    """A word that may be a finite verb: an auxiliary, a past tense, or a lower-case word in -s ('rains')."""
    norm = t.norm
    return norm in FINITE_WORDS or norm in IRREGULAR_PAST or (not t.is_cap and norm.endswith(("ed", "s")))


def opens_plain_clause(tokens: list[Tok], k: int, hi: int) -> bool:
    """A lower-case word and the next that may open a clause without 'that' ('said voters were ...')."""
    return (
        tokens[k].norm not in NOT_CLAUSE_START
        and tokens[k].norm not in OBJECT_PRONOUNS  # 'deny them permits': an object, no subject
        and k + 1 < hi
        and tokens[k + 1].kind is WORD
        and tokens[k + 1].norm not in NOT_CLAUSE_START
    )


def verbless_phrase(tokens: list[Tok], start: int, end: int) -> bool:
    """'said in a news conference Monday', 'said under the old rules', 'said. But the next day': words opening with
    a preposition, a conjunction or an adverb of time, without a comma, a subject pronoun, an auxiliary or a past
    tense, say where or when, not what was said."""
    if tokens[start].norm not in NOT_CLAUSE_START or (start + 1 < end and tokens[start + 1].text[0].isdigit()):
        return False  # 'About 58 percent of firms fund leave': an amount opens a subject
    if tokens[start].norm in _LIMITING and start + 1 < end and tokens[start + 1].norm in _AMOUNTS:
        return False  # 'only six ferries now sail': 'only' limits the amount opening the subject
    for t in tokens[start:end]:
        if t.text == "," or t.kind is QUOTE or is_pronoun(t) or t.norm in FINITE_WORDS:
            return False
        if not t.is_cap and (t.norm.endswith("ed") or t.norm in IRREGULAR_PAST):
            return False
    return True


_GAP_REACH = 5


def relative_gap(tokens: list[Tok], v: int) -> bool:
    """A relative pronoun shortly before the verb of speech at ``v`` stands for the reported clause's subject
    ('standards, which he argued help ease ...'), so the clause opens with its verb."""
    for k in range(v - 1, max(-1, v - 1 - _GAP_REACH), -1):
        if tokens[k].kind is not WORD:
            return False
        if tokens[k].norm in SUBJECT_RELATIVES:
            return True
    return False


_AHEAD_MAX = 12


def that_ahead(tokens: list[Tok], k: int, hi: int) -> bool:
    """'that' follows within a few words, before any mark ('told fans after the match that A'): the phrase from
    ``k`` is inserted before it, no part of the object told."""
    for j in range(k + 1, min(hi, k + _AHEAD_MAX)):
        if tokens[j].kind is not WORD:
            return False
        if tokens[j].norm == "that":
            return True
    return False


_ASKING_OPENERS = word_set("asked pressed questioned")
_ASKING_REACH = 40


def short_answer(tokens: list[Tok], start: int, end: int, verb: int) -> bool:
    """'Asked whether she stood by the figures, NAME said she did', 'Asked if he would stand again, NAME said he
    would': after a question put in an opening 'Asked ...' phrase, a pronoun and an auxiliary alone are the answer,
    a whole clause though it has two words."""
    words = [t for t in tokens[start:end] if t.kind is WORD]
    if len(words) != 2 or end - start != 2 or not is_pronoun(words[0]) or words[1].norm not in FINITE_WORDS:
        return False
    return any(t.is_cap and t.norm in _ASKING_OPENERS for t in tokens[max(0, verb - _ASKING_REACH) : verb])


_INDEFINITES = word_set("nobody everyone everybody someone somebody anyone anybody none")
"""Indefinite pronouns that open a clause's subject ('nobody on the night shift complains')."""
_PARTS_OF = word_set("none most many some all few several both each half")
"""Quantifiers that open a subject before 'of' ('most of the jugs survived the frost')."""
_INDEFINITE_REACH = 7
"""How many words after an indefinite or partitive opener its verb is looked for ('none of the old moulds fitted')."""
_PAST_MIN = 3
"""A word in -ed is read as a past tense only when longer than this ('fed', 'red' are not)."""
_SINGULAR_OPENERS = word_set("nobody everyone everybody someone somebody anyone anybody none each")
"""Openers of a singular subject, whose present tense ends in -s ('nobody on the night shift complains')."""


def indefinite_subject(tokens: list[Tok], k: int, hi: int) -> bool:
    """The words from ``k`` are a clause opening on an indefinite or partitive subject, a phrase of place or part,
    then a past tense or, after a singular one, a present in -s ('nobody on the wheel complains about the heat',
    'none of the old moulds fitted the new press', 'someone from the guild phoned twice'); not a noun after a
    determiner ('most of the glazed jugs') nor past a pronoun, 'that' or punctuation."""
    first = tokens[k].norm
    partitive = first in _PARTS_OF and k + 1 < hi and tokens[k + 1].norm == "of"
    if not (partitive or first in _INDEFINITES):
        return False
    j = k + 2 if partitive else k + 1
    for m in range(j, min(hi, j + _INDEFINITE_REACH)):
        t, before = tokens[m], tokens[m - 1]
        if t.kind is not WORD or is_pronoun(t) or t.norm in _NOT_IN_PAST_SUBJECT:
            return False
        if t.norm in FINITE_WORDS:
            return True
        noun_place = before.norm in SUBJECT_DETERMINERS or before.norm in _IN_SUBJECT or before.is_cap
        if t.is_cap or noun_place or before.text.endswith(("'s", "’s")):
            continue
        if t.norm in IRREGULAR_PAST or (t.norm.endswith("ed") and len(t.norm) > _PAST_MIN):
            return m > k + 2 or not partitive
        if first in _SINGULAR_OPENERS and t.norm.endswith("s") and not t.norm.endswith(("ss", "us", "is")):
            return m > j and t.norm not in NOT_CLAUSE_START
        if t.norm in NOT_CLAUSE_START and t.norm not in _IN_SUBJECT:
            return False
    return False
