"""Subjects of plain words that the name rules refuse: two members joined by 'and' ('NAME and others said'), a
noun phrase before a past-tense verb that a participle of speech continues ('The agencies declined ..., saying'),
and a noun phrase with a relative clause before the verb ('The tenants who live by the quarry say')."""

from __future__ import annotations

from digest.core.lexicon import (
    GROUP_NOUNS,
    IRREGULAR_PAST,
    LEAD_WORDS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    role_word,
    word_set,
)
from digest.core.quotes.cue import Attribution
from digest.core.quotes.openers import past_lead_words, past_time_or_place
from digest.core.quotes.subjects import (
    IN_PHRASE,
    NOT_IN_SUBJECT,
    NOT_SUBJECT_START,
    PARTICIPLE_DETERMINERS,
    RESTRICTIVE_HEADS,
    SUBJECT_MAX,
    opening_subject,
    people,
    plain_subject,
    relative_who,
    verb_group_start,
)
from digest.core.quotes.tokens import QUOTE, WORD, Tok

_SECOND_MEMBER = word_set("others other his her their several many some")


def coordinated_subject(tokens: list[Tok], lo: int, v: int) -> Attribution | None:
    """'NAME and others said', 'NAME and her partners at the bakery have said', 'Sens. A of Kelby and B of Dunmore
    said': a capitalised name opening the clause, 'and', then others, a possessive phrase or another name, up to
    the verb (past adverbs and auxiliaries); no punctuation or clause word inside."""
    end = verb_group_start(tokens, lo, v)
    start = lo
    start = past_lead_words(tokens, start, end)
    if end - start > SUBJECT_MAX or start >= end:
        return None
    pair = _plural_pair(tokens, start, end)
    if pair is not None or not tokens[start].is_cap:
        return pair
    conj = next((k for k in range(start + 1, end - 1) if tokens[k].norm == "and"), None)
    if conj is None or not (tokens[conj + 1].norm in _SECOND_MEMBER or tokens[conj + 1].is_cap):
        return None
    words = tokens[start:end]
    if any(t.kind is not WORD or t.norm in NOT_IN_SUBJECT and t.norm != "and" for t in words):
        return None
    if any(not t.is_cap and t.norm not in IN_PHRASE for t in tokens[start:conj]):
        return None  # the first member is a name ('Sen. A of Kelby'), not a clause
    return Attribution(start, end, "opening-subject") if plain_subject(tokens, start, end) else None


_PAIR_WORDS = 6


def _plural_pair(tokens: list[Tok], start: int, end: int) -> Attribution | None:
    """'Friends and former rivals say A', 'Her advisers and allies say A': two plurals of people joined by 'and'
    opening the clause (a determiner or a possessive and plain modifiers, nothing capitalised past the first word)."""
    words = tokens[start:end]
    conj = next((k for k in range(start + 1, end - 1) if tokens[k].norm == "and"), None)
    if conj is None or len(words) > _PAIR_WORDS or any(t.kind is not WORD for t in words):
        return None
    if any(t.is_cap for t in tokens[start + 1 : end]) or sum(t.norm == "and" for t in words) != 1:
        return None
    return Attribution(start, end, "opening-subject") if people(tokens[conj - 1]) and people(tokens[end - 1]) else None


_PLAIN_VERB_REACH = 8
_PLAIN_OPENERS = PARTICIPLE_DETERMINERS | word_set("one another each")


def plain_participle_subject(tokens: list[Tok], lo: int, v: int) -> Attribution | None:
    """A subject of plain words before a past-tense verb that a participle of speech continues: 'The departments
    declined to give details, saying ...', 'One employee at the firm refused to comment, saying ...' (the noun
    phrase opens the sentence, after lead words; no quotation, ';' or ':' before the participle)."""
    start = lo
    start = past_lead_words(tokens, start, v)
    start = past_time_or_place(tokens, start, v)
    if start >= v or tokens[start].norm not in _PLAIN_OPENERS:
        return None
    for j in range(start + 2, min(v, start + _PLAIN_VERB_REACH)):
        t = tokens[j]
        if t.kind is not WORD:
            return None
        if not t.is_cap and t.norm.endswith("ed") and tokens[j - 1].norm not in PARTICIPLE_DETERMINERS:
            if not plain_subject(tokens, start, j) or not _may_speak(tokens, start, j):
                return None
            end = verb_group_start(tokens, start + 1, j)  # 'The clerks had declined': the name ends before 'had'
            if any(x.kind is QUOTE or x.text in (";", ":") for x in tokens[j:v]):
                return None
            return Attribution(start, end, "opening-subject")
    return None


def _may_speak(tokens: list[Tok], start: int, end: int) -> bool:
    """The phrase's head (the word before its first preposition) is a role (a role noun, or a lower-case word with
    an agent's ending: 'The night watchman'), a group or a plural noun: 'The agencies', 'One clerk at the county
    office' (not 'The old plan', nor a capitalised 'Tower')."""
    head = next((k - 1 for k in range(start + 1, end) if tokens[k].norm in NOT_SUBJECT_START), end - 1)
    n = tokens[head].norm
    role = n in ROLE_NOUNS or (role_word(n) and not tokens[head].is_cap)  # 'The night watchman'; not 'Tower'
    return role or n in GROUP_NOUNS or (n.endswith("s") and not n.endswith(("ss", "'s", "’s")))


_RELATIVE_REACH = 12
_NOT_IN_RELATIVE = word_set("and or but that which whom if when because while although though whether")


def relative_subject(tokens: list[Tok], lo: int, v: int) -> Attribution | None:
    """'The tenants who live by the quarry say A', 'Growers whose fields flooded said A', 'Some who know the mayor
    argue A': a subject of plain words opening the sentence, then a relative clause ('who' or 'whose' and a few
    words: no punctuation, no second clause) up to the verb of speech. The speaker
    is the noun phrase before 'who' (which names people), or before 'whose' when it names people (a name, a role, a
    plural of people, 'those', 'some'): 'The stadium whose roof leaked says much' has none."""
    end = verb_group_start(tokens, lo, v)
    if end - 1 < lo or relative_who(tokens[end - 1]):
        return None  # 'voters who say A': the verb of speech is the relative clause's own
    contact = _contact_clause(tokens, lo, end)
    if contact is not None:
        return contact
    j = end - 2
    while j > lo and end - j < _RELATIVE_REACH and not (relative_who(tokens[j]) or tokens[j].norm == "whose"):
        t = tokens[j]
        if t.kind is not WORD or t.norm in _NOT_IN_RELATIVE:
            return None
        j -= 1
    if j <= lo or not (relative_who(tokens[j]) or tokens[j].norm == "whose"):
        return None
    head = tokens[j - 1]
    person = relative_who(tokens[j]) and head.kind is WORD and head.norm not in NOT_IN_SUBJECT  # 'who': a person
    if not (person or head.is_cap or people(head) or head.norm in ROLE_NOUNS or head.norm in RESTRICTIVE_HEADS):
        return None
    alone = all(t.kind is WORD and t.norm in LEAD_WORDS for t in tokens[lo : j - 1])
    if alone and (head.norm in RESTRICTIVE_HEADS or people(head)):
        return Attribution(j - 1, j, "opening-subject")  # 'But some who know her say', 'Tenants whose ...': one word
    found = opening_subject(tokens, lo, j) or coordinated_subject(tokens, lo, j)
    return found if found is not None and found.end == j else None


_CONTACT_PRONOUNS = PERSON_PRONOUNS | {"you"}
_CONTACT_ENDS = word_set("to with")


def _contact_clause(tokens: list[Tok], lo: int, end: int) -> Attribution | None:
    """'All the engineers I interviewed said A', 'The growers we spoke to say A': a relative clause without 'who'
    (a subject pronoun and a past-tense verb, perhaps a closing 'to' or 'with') after a plural of people opening the
    sentence (a plural noun); the speaker is that plural."""
    k = end - 1
    if k > lo and tokens[k].norm in _CONTACT_ENDS:
        k -= 1
    verb, pronoun = tokens[k], tokens[k - 1] if k - 1 > lo else None
    if pronoun is None or pronoun.norm not in _CONTACT_PRONOUNS:
        return None
    if not (verb.norm.endswith("ed") or verb.norm in IRREGULAR_PAST):
        return None
    head = tokens[k - 2]
    plural = head.norm.endswith("s") and not head.norm.endswith(("ss", "'s", "’s"))
    if head.kind is not WORD or head.is_cap or not (people(head) or plural or head.norm in ROLE_NOUNS):
        return None
    found = opening_subject(tokens, lo, k - 1)
    return found if found is not None and found.end == k - 1 else None
