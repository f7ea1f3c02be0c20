"""Words and small readings the actors pass uses: role synonyms, a name's gender from its mention, a date glued
before a name, near-identical spellings, and where a name or a pronoun opens its sentence (split out of
``actors.py``, unchanged)."""

from __future__ import annotations

import re
from dataclasses import replace

from digest.core.lexicon import (
    ADVERBS,
    DETERMINERS,
    KIN,
    LEAD_WORDS,
    MONTHS_DAYS,
    PREPOSITIONS_IN_NP,
    ROLE_NOUNS,
    SUBORDINATORS,
    TITLE_WORDS,
    word_set,
)
from digest.core.quotes.gender import UNKNOWN, first_name_gender, name_gender, role_gender
from digest.core.quotes.mention_parts import NAME_PARTICLES
from digest.core.quotes.speakers import Mention

_SYNONYMS = [
    {"ambassador", "delegate", "representative", "envoy"},
    {"spokesman", "spokeswoman", "spokesperson"},
    {"secretary"},
    {"minister"},
    {"official"},
]
_NATION_EQUIV = {"u.s.": "us", "american": "us", "u.s": "us", "united": "us", "washington": "us", "uk": "british"}
_NOISE = {"the", "a", "an", "of", "to", "for", "at", "in", "on", "and", "security", "council", "un", "un's"}
_DATE_WORDS = MONTHS_DAYS - word_set("april may june august")
"""Days and months that never open a name (April, May, June and August do: 'June Ada Kell')."""


def edit_distance_at_most_one(a: str, b: str) -> bool:
    """The two words differ by at most one letter added, dropped or changed ('Fitzgerald', 'Fitzgerlad')."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def mention_gender(m: Mention) -> str:
    """The gender a mention shows: as read ('it', 'they'), or from a person's honorific, role or first name,
    or from a role's own words ('the spokeswoman')."""
    if m.gender != "?":
        return m.gender
    if m.kind == "person":
        return name_gender(m.name, m.role)
    return role_gender(m.name) if m.kind == "role" else "?"


def undated(m: Mention) -> Mention:
    """A name without a day or month glued before it ('On Monday Northwind Records said': Northwind Records, no
    title 'Monday')."""
    first = m.text.split()[0] if m.text.split() else ""
    if m.kind not in ("person", "org") or first.lower().strip(",") not in _DATE_WORDS or len(m.text.split()) < 3:
        return m
    text = m.text[len(first) :].strip()
    name = m.name if not m.name.startswith(first + " ") else m.name[len(first) + 1 :]
    role = m.role if m.role is None or m.role.split()[0] != first else " ".join(m.role.split()[1:]) or None
    return replace(m, text=text, name=name, role=role)


def another_bearer(full: str, stood_for: str | None) -> bool:
    """``full``, a name of two words or more, shares only its last word with ``stood_for``, the full name a lone
    surname met before stood for, and neither opens with a title: another person of that surname ('Ana Reyes
    won. Reyes wept. Her father, Tomas Reyes, said ...': Tomas is not that 'Reyes'; but 'Tom J. Reyes' or
    'Sen. Tom Reyes' is the 'Reyes' of 'Tom Reyes')."""
    if stood_for is None:
        return False
    words, other = full.lower().split(), stood_for.lower().split()
    if len(words) < 2 or words[-1] != other[-1] or set(words[:-1]) & set(other[:-1]):
        return False
    return not {words[0], other[0]} & TITLE_WORDS


def role_words(role: str) -> set[str]:
    """The telling words of a role, nations made one ('U.S. ambassador' -> {'us', 'ambassador'})."""
    words = {_NATION_EQUIV.get(w, w) for w in role.lower().replace(",", " ").split()}
    return {w for w in words if w not in _NOISE}


def only_modifies(role: str, heads: set[str]) -> bool:
    """Each word of ``heads`` written in ``role`` stands before another role noun there, which it modifies: 'chief'
    in 'Deputy Chief Engineer', 'deputy' in 'deputy director' (not 'chief' in 'police chief' or 'chief of
    staff')."""
    words = role.lower().replace(",", " ").split()
    at = [k for k, word in enumerate(words) if word in heads]
    return bool(at) and all(k + 1 < len(words) and words[k + 1] in ROLE_NOUNS for k in at)


def head_class(word: str) -> set[str]:
    """A role's head word and its synonyms ('spokesman': spokesman, spokeswoman, spokesperson)."""
    for group in _SYNONYMS:
        if word in group:
            return group
    return {word}


_ROLE_LEAD_WORDS = 3
"""The most words of a job before a name that still opens its sentence ('Former striker NAME')."""


def opens_at(para: str, start: int, at: int, lead_chars: int) -> bool:
    """A name at ``at`` opens the sentence starting at ``start``: within ``lead_chars`` of its start, or after a
    job or title of a few words ('Pop singer NAME has confirmed', 'Former striker NAME said'), a connective set
    off by a comma perhaps first ('Lastly, veteran goalkeeper NAME has ...', 'And finally, midfielder NAME')."""
    if at - start <= lead_chars:
        return True
    lead = _past_connective(para[start:at].split())
    if 1 < len(lead) <= _APPOSED_LEAD_WORDS and lead[-1].endswith(",") and lead[0].lower() in _APPOSED_LEADS:
        return lead[-1][:-1].lower() in ROLE_NOUNS | KIN  # 'The club's captain, NAME,', 'Her son, NAME,'
    return 0 < len(lead) <= _ROLE_LEAD_WORDS and lead[-1].lower() in ROLE_NOUNS


_APPOSED_LEADS = word_set("the her his their its our")
"""Words opening a role or a relative set off before a name that opens the sentence ('The club's captain, NAME')."""
_APPOSED_LEAD_WORDS = 4
"""The most words of such a role before its comma ('The station's new coxswain,')."""


_CONNECTIVE_WORDS = 2
"""The most words of a connective opening a sentence before a comma ('And finally,', 'Lastly,')."""


def _past_connective(lead: list[str]) -> list[str]:
    """The words after a connective and its comma opening them ('And finally, veteran striker' -> 'veteran
    striker'): words that link sentences, adverbs ('Meanwhile,', 'Lastly,'); ``lead`` itself when none opens it."""
    comma = next((k for k, w in enumerate(lead[:_CONNECTIVE_WORDS]) if w.endswith(",")), None)
    if comma is None:
        return lead
    words = [w.rstrip(",").lower() for w in lead[: comma + 1]]
    linking = all(w in LEAD_WORDS or w in ADVERBS or (w.endswith("ly") and len(w) > _ADVERB_LENGTH) for w in words)
    return lead[comma + 1 :] if linking else lead


_ADVERB_LENGTH = 5
"""An -ly word longer than this is an adverb ('Lastly', 'Secondly'; not 'Emily', 'Italy')."""


PRONOUN_LEAD = re.compile(r"\s*(?:(?:But|And|Then|Yet|So|Still)\s+)?(?:[^.,;:\"“”]{1,40},\s*){0,2}([Hh]e|[Ss]he)\s")
"""A sentence whose subject is 'he' or 'she' ('He emailed NAME about ...', 'But she ...', 'In Kelby, on a wet night
in March, he called NAME')."""
_PRONOUN_VERB_NEXT = re.compile(r"\w+ +\w+ +(\w+)")
"""A pronoun, its verb and the word after it ('he said the ...')."""
_CLAUSE_OPENERS = word_set("that the a an he she they it his her their there this these those we i")
"""Words that open what a speech verb reports ('he said that ...', 'she said the ...')."""


_OTHER_PRONOUNS = {
    "m": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE),
    "f": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE),
}
"""For a sentence opened by 'he' ("m") or 'she' ("f"), a pronoun of the other gender."""
_SENTENCE_REACH = 240


def pronoun_lead(para: str, start: int) -> tuple[str, int, bool] | None:
    """A sentence opened by 'he' or 'she' at ``start`` (:data:`PRONOUN_LEAD`): its gender ("m" or "f"), where the
    pronoun stands, and whether the sentence holds no pronoun of the other gender ('NAME praised the mayor. He
    thanked her': two people act, and the name before may be 'her'); else None."""
    lead = PRONOUN_LEAD.match(para, start) if para else None
    if lead is None:
        return None
    gender = "m" if lead.group(1).lower() == "he" else "f"
    return gender, lead.start(1), _alone_of_its_sex(para, lead.end(), gender)


def _alone_of_its_sex(para: str, after: int, gender: str) -> bool:
    """The rest of the sentence from ``after`` (to its full stop, at most :data:`_SENTENCE_REACH` characters) holds
    no pronoun of the other sex."""
    stop = para.find(".", after, after + _SENTENCE_REACH)
    return _OTHER_PRONOUNS[gender].search(para[after : stop if stop >= 0 else after + _SENTENCE_REACH]) is None


_OPENING_PRONOUN = re.compile(r"\s*(?:(?:But|And|Then|Yet|So|Still)\s+)?([Hh]e|[Ss]he)\s")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]")


def opening_pronoun(para: str, start: int, lead: tuple[str, int]) -> tuple[str, int]:
    """The sentence's lead pronoun (gender, place) read by :func:`pronoun_lead`, moved to the pronoun of that
    gender that opens the sentence itself when one does: in 'She admired NAME enormously, she said, though ...'
    the subject is the first 'She', and NAME, after it, is her object (the lead had been read at the 'she' of the
    parenthetical 'she said', after NAME). Only when a capitalised word stands between the two ('She worries, she
    says' keeps its lead)."""
    first = _OPENING_PRONOUN.match(para, start)
    if first is None or ("m" if first.group(1).lower() == "he" else "f") != lead[0]:
        return lead
    named = _CAPITALISED.search(para, first.end(), lead[1]) is not None  # a name stands between the two
    return (lead[0], first.start(1)) if named else lead


_POSSESSIVE_LEAD = re.compile(r"\s*(?:(?:But|And|Yet|Still)\s+)?(His|Her)\s+[a-z]")
"""A sentence opened by 'His' or 'Her' before a noun ('His show has run for nine years', 'Her first book ...')."""


def possessive_lead(para: str, start: int) -> str:
    """The gender ("m" or "f") of a possessive opening the sentence at ``start`` (:data:`_POSSESSIVE_LEAD`), when the
    sentence holds no pronoun of the other gender; else ``?``. Right after a sentence naming one person, wherever,
    the possessive is that person's ('Most mornings, NAME mends nets on the quay. His hands are never still')."""
    lead = _POSSESSIVE_LEAD.match(para, start) if para else None
    if lead is None:
        return UNKNOWN
    gender = "m" if lead.group(1) == "His" else "f"
    return gender if _alone_of_its_sex(para, lead.end(), gender) else UNKNOWN


def verb_goes_on(para: str, pos: int) -> bool:
    """The verb after the pronoun at ``pos`` goes on with what was said ('he said the bridge ...', 'he said
    NAME ...'; not 'he said.')."""
    after = _PRONOUN_VERB_NEXT.match(para, pos)
    return after is not None and (after.group(1)[0].isupper() or after.group(1) in _CLAUSE_OPENERS)


_TITLED_LEAD = 4
"""The most words of a title before a name opening its sentence ('Democratic Sen. ')."""


def titled_lead(text: str) -> bool:
    """The words opening a sentence before a name are only its title or role, ending in a title or a role noun
    ('Councillor ', 'Democratic Sen. ', 'Meanwhile, candidate ', 'But local councillor '; not 'In Tralee ',
    'The ', 'Meanwhile, the '). A connective may come first ('Meanwhile,', 'But'); after it, or when the words
    are not all capitalised, the last word must be a role or title noun and no determiner or preposition may
    come between."""
    words = text.replace(",", " ").split()
    if words and words[0].lower() in LEAD_WORDS:
        words = words[1:]
    if not words or len(words) > _TITLED_LEAD:
        return False
    if any(w.lower() in DETERMINERS | PREPOSITIONS_IN_NP | SUBORDINATORS | LEAD_WORDS for w in words):
        return False
    return words[-1].lower() in TITLE_WORDS or words[-1].lower() in ROLE_NOUNS


_FAMILY_FIRST_WORDS = (3, 4)
"""The words of a name whose first word, written alone later, is the same person ('Quah Hao Ren' ... 'Quah'); a
longer run of capitals is more often a heading's ('Pike Tells Panel Budget Doomed')."""


def same_bearer(known: str, name: str, surname: str, single: bool) -> bool:
    """A person known as ``known`` (lower case) is the bearer of a new mention ``name`` with ``surname``: the
    same last word, for a lone surname or a known surname alone ('Reed' after 'Tom Reed'); or a lone word that
    opens a name of three or four words, as a family name written first does ('Quah' after 'Quah Hao Ren'); a
    surname with its particle, capitalised or not ('Van Drunel' after 'Maarten van Drunel'). A lone word that is
    surely a first name ('Mary', 'Paul') is no family name written first: 'Mary said' after 'Mary Ann Corrish' and
    'her daughter Mary' is the daughter."""
    words = known.split()
    if words[-1] == surname and (single or len(words) == 1):
        return True
    if known.endswith(f" {name}") and all(w in NAME_PARTICLES for w in name.split()[:-1]):
        return True  # 'Van Drunel said' after 'Maarten van Drunel': a surname with its particle
    if not single and len(words) == 2 and short_form(name, known):
        return True  # 'Lyn Reed' after 'Lynette Reed': her name cut short
    family_first = single and len(words) in _FAMILY_FIRST_WORDS and words[0] == name
    return family_first and first_name_gender(name) == UNKNOWN


SHORT_FORM = 3
"""The fewest letters of a given name cut short ('Rob' of 'Robert', 'Lyn' of 'Lynette')."""


def short_form(name: str, other: str) -> bool:
    """Two names of two words with the same surname, one given name the other's opening letters ('Rob Reed',
    'Robert Reed'): one person, the name cut short."""
    words, others = name.split(), other.split()
    if len(words) != 2 or len(others) != 2 or words[1] != others[1] or words[0] == others[0]:
        return False
    short, long = sorted((words[0], others[0]), key=len)
    return len(short) >= SHORT_FORM and long.startswith(short)


FRONTED_OPENERS = frozenset(
    ("when", "after", "before", "once", "as soon as", "by the time", "until", "while", "although", "though")
)
"""Words opening a fronted clause whose subject, the name right after them, a pronoun of the main clause may be."""
