"""Mentions: a speaker phrase read as a person's name with titles, an organisation, a group, a role, a pronoun
or a description ("the speakers" pass; the actors pass then merges mentions into actors)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.core.lexicon import (
    AGENT_ENDINGS,
    ARTICLES,
    DESCRIPTION_OPENERS,
    DETERMINERS,
    FINITE_BE,
    JUNK_SPEAKER,
    NOT_NAME_WORDS,
    PERFECT_AUXILIARIES,
    PERSON_PRONOUNS,
    POSSESSIVES,
    PREPOSITIONS_IN_NP,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SENTENCE_OPENERS,
    TITLE_WORDS,
    word_set,
)
from digest.core.quotes.days import past_day
from digest.core.quotes.descriptions import epithet
from digest.core.quotes.fronted_participle import past_fronted
from digest.core.quotes.gender import COUNTY_WORDS, first_name_lean
from digest.core.quotes.joint import joint_members
from digest.core.quotes.mention_parts import NAME_PARTICLES, PartsRead, read_part
from digest.core.quotes.phrase_parts import speaker_parts
from digest.core.quotes.role_acronyms import ROLE_ACRONYMS, role_acronym
from digest.core.quotes.shares import share_word
from digest.core.quotes.tokens import POSSESSIVE_ENDS, WORD, Tok


@dataclass(frozen=True)
class Mention:
    """A speaker as written: its canonical name, role, kind and gender/number.

    ``kind`` is ``person``, ``org``, ``group``, ``role`` (a person known only by role) or ``pronoun``;
    ``gender`` is ``m``, ``f``, ``n`` (it), ``p`` (plural) or ``?``.
    """

    text: str
    name: str
    role: str | None
    kind: str
    gender: str = "?"

    @property
    def surname(self) -> str:
        """The last word of a person's name."""
        return self.name.split()[-1] if self.name else ""


_STYLES = word_set("holiness majesty excellency highness lordship ladyship eminence worship")


def _styled(t: Tok) -> bool:
    """'His Holiness', 'Her Majesty': a style of address after a possessive names a person."""
    return t.norm in _STYLES


def may_name_person(tokens: list[Tok], start: int, end: int) -> bool:
    """The phrase ``tokens[start:end]`` may make a person's mention of two words or more: its name's words are
    capitalised or particles ('Dana Pike', 'Ursula von der Leyen'), so the phrase holds two such words. A test
    that spares reading a mention where none can come out."""
    return (
        sum(1 for t in tokens[start:end] if t.kind is WORD and (t.text[:1].isupper() or t.norm in NAME_PARTICLES)) >= 2
    )


_MENTIONS: dict[tuple[object, ...], Mention | None] = {}
""":func:`make_mention` of the phrases seen (a Mention is frozen: one object serves every reader). The same
speakers recur in an article ('he', 'Ms. Pike', 'the minister'), each read from several quotes."""
_MENTIONS_KEPT = 20_000


_TAG = re.compile(r"\s*\([^()]*\)")
"""A bracketed tag after a name in a list of speakers ('(D-Vt.)')."""


def make_mention(tokens: list[Tok], start: int, end: int, text: str) -> Mention | None:
    """Turn a speaker noun phrase into a :class:`Mention` (None for junk).

    The phrase's reading depends only on its text and its tokens' words, kinds and places in it (a token's
    norm and capital follow from its word and kind), so it is remembered by them."""
    first = tokens[start].start
    key = (text[first : tokens[end - 1].end], *[(t.text, t.kind, t.start - first) for t in tokens[start:end]])
    if key not in _MENTIONS:
        if len(_MENTIONS) >= _MENTIONS_KEPT:
            _MENTIONS.clear()
        _MENTIONS[key] = _read_mention(tokens, start, end, text)
    return _MENTIONS[key]


def _read_mention(tokens: list[Tok], start: int, end: int, text: str) -> Mention | None:
    """:func:`make_mention`, read afresh."""
    start, end = past_day(tokens, start, end)  # 'said Ellen Ware Monday': the day is no part of the name
    while end - start > 1 and tokens[start].norm in SENTENCE_OPENERS and tokens[start + 1].is_cap:
        start += 1  # 'Until Microsoft [produces a patch]': the opener is no part of the name
    if (
        end - start == 2
        and tokens[start].norm in POSSESSIVES
        and tokens[start + 1].is_cap
        and not _styled(tokens[start + 1])
    ):
        return None  # 'Her Republican [opponent]', 'His Keshi [counterpart]': an adjective of a noun cut off, no name
    if _zero_relative(tokens[start:end]):
        return None  # 'a chore she dreads', 'the fact he served': the noun's clause, no speaker
    raw = text[tokens[start].start : tokens[end - 1].end]
    parts = past_fronted(speaker_parts(tokens[start:end]))
    if not parts or joint_members(parts):
        listed = " ".join(_TAG.sub("", raw).split())  # 'A (D-Vt.), B (R-Ohio) and C': the tags are no names
        return Mention(raw, listed, None, "group", "p") if parts else None  # 'Norway, Chile and Kenya'
    lone, read = _read_whole(parts := _name_first(parts), raw)
    if lone:
        return read
    found = PartsRead()
    for part in parts:
        read_part(part, found, several=len(parts) > 1)
    role = ", ".join(found.roles) or None
    if not found.name and found.roles:
        return None if _not_a_name(found.roles[0]) else Mention(raw, found.roles[0], None, "role")
    if not found.name:
        described = _description(parts[0], raw)
        if described is not None and not _not_a_name(described.name, _after_article(described)):
            return described
        return _share(parts[0], raw)
    name, kind = found.name, found.kind
    if JUNK_SPEAKER.match(name) or name.lower() in PRONOUNS or _not_a_name(name):
        return None
    kind = _name_kind(name, kind, raw)
    return _office(role, name, raw, len(parts)) or Mention(
        raw, name, role, kind, "p" if kind == "group" else ("n" if kind == "org" else "?")
    )


def _name_first(parts: list[list[Tok]]) -> list[list[Tok]]:
    """The parts of a phrase of a name and one thing before it, the name first: 'The director of the Amber Centre,
    NAME' (the name, with the office); 'In Kilbrennan, Co Roscommon, NAME counts' (the county ends a place: what
    follows it alone)."""
    if len(parts) == 2 and office_of_body(parts[0]) and plain_name(parts[1]):
        return [parts[1], parts[0]]
    county = next((i for i in range(len(parts) - 1) if _county(parts[i]) and plain_name(parts[i + 1])), None)
    return parts if county is None else parts[county + 1 :]


def _county(part: list[Tok]) -> bool:
    """A county written with its word of office before its name ('Co Wexford', 'County Mayo'): a place."""
    return len(part) == 2 and part[0].text.lower() in COUNTY_WORDS and part[1].is_cap


def _read_whole(parts: list[list[Tok]], raw: str) -> tuple[bool, Mention | None]:
    """A phrase of one part read whole, and its reading: a pronoun ('he', "she'll"; None for one that names no
    one), a job's abbreviation heading it ('the new MP': a role); (False, None) when it is neither."""
    if len(parts) != 1:
        return False, None
    pronoun = subject_pronoun(parts[0][0].norm) if len(parts[0]) == 1 else None
    if pronoun is not None:
        return True, Mention(raw, pronoun, None, "pronoun", PRONOUNS[pronoun][1]) if pronoun in PRONOUNS else None
    if _acronym_head(parts[0]):
        words = [t.text for t in parts[0]]
        return True, Mention(raw, " ".join(words[1:] if words[0].lower() in DETERMINERS else words), None, "role")
    return False, None


def _acronym_head(part: list[Tok]) -> bool:
    """'the new MP', 'the Labour MEP for the South', 'the firm's CFO': a job's abbreviation heads the phrase (the
    last word before a preposition), and no first name stands before it ('Tory MP NAME' is NAME)."""
    head = next((k - 1 for k, t in enumerate(part) if k > 0 and t.norm in PREPOSITIONS_IN_NP), len(part) - 1)
    return role_acronym(part[head]) and not any(t.is_cap and first_name_lean(t.text) for t in part[:head])


_OFFICE_LINKS = frozenset({"of", "for"})
"""Words ending what was read as a title before a capitalised body ('Leader of the [Opposition]'): the title and
the body are one office (after 'of' alone a one-word body only; after 'of the' any: no person's name follows 'the',
and 'the director of the Amber Centre NAME' was split at the body's noun before)."""


def _office(role: str | None, name: str, raw: str, parts: int) -> Mention | None:
    """'the Leader of the Opposition', 'the President of the Republic', 'the head of the Harbour Reserve': what was
    read as a title ending in 'of' or 'for' before one capitalised word, or in 'of the' before capitalised words, the
    body, is an office, no one named."""
    words = (role or "").lower().split()
    definite = len(words) >= 3 and words[-1] == "the" and _plain_office(role or "") and not _holds_first_name(name)
    link = words[-2] if len(words) >= 3 and words[-1] == "the" else words[-1] if len(words) >= 2 else ""
    if link not in _OFFICE_LINKS or (" " in name and not definite) or parts > 1:
        return None
    office = raw.split(maxsplit=1)[1] if raw.split()[0].lower() in ("the", "a", "an") else raw
    return Mention(raw, office, None, "role")


def _plain_office(role: str) -> bool:
    """'head of the', 'chief executive of the': a lower-case job noun before 'of the' (not 'Leader of the', whose
    capitals may run on into a name: 'Leader of the Opposition Dana Pike'; not 'front page of the')."""
    words = role.split()
    return words[0].islower() and words[-3].lower() in ROLE_NOUNS


def _holds_first_name(name: str) -> bool:
    """A word of the capitalised run is a first name ('the director of the Amber Centre Ana Reyes': a person)."""
    return any(first_name_lean(w) is not None for w in name.split())


def _name_kind(name: str, kind: str, raw: str) -> str:
    """The kind of a name as its words read it, mended: an acronym is an organisation's ('NATO said'), and so is
    a name opening with one before no first name ('UKRA Rowing', 'BBC Radio Kell'); a definite epithet of one
    capitalised word is a person's role ('the Scot', 'the Briton', 'the Welshwoman')."""
    if kind == "person" and ((name.isupper() and len(name) <= _LONGEST_ACRONYM) or _initials_named(name)):
        return "org"
    return "role" if kind == "org" and epithet(raw) else kind


_LONGEST_ACRONYM = 6


def _initials_named(name: str) -> bool:
    """A name opening with an organisation's initials (three capitals or more), none of its words a first name
    ('UKRA Rowing', 'BBC Radio Kell'; not 'TJ Marsh', nor a name in capitals 'NORA KELL', nor 'MEP Ada Kell' or 'DCI
    Kell', a job or a rank written before a person's name)."""
    first, _, rest = name.partition(" ")
    initials = first.isalpha() and first.isupper() and 3 <= len(first) <= _LONGEST_ACRONYM
    return initials and bool(rest) and first.lower() not in _RANKS and not _holds_first_name(name)


_RANKS = ROLE_ACRONYMS | word_set("dci dcs dsu dig igp ssp asp acc dcc cdr")
"""Capitalised abbreviations of a job or a police rank written before a person's name."""


_CONTRACTED_PRONOUN = re.compile(r"^(he|she|it|they|we|i|you)['’](?:ll|m|re|ve|d)$")
"""A subject pronoun with a contracted auxiliary ("he'll", "I'm", "we've"): the pronoun, not a name."""


OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
"""Object pronouns and their subject forms ('according to her': the person 'she' points to)."""


_ZERO_RELATIVE_LEADS = word_set("a an the this that")
"""Determiners opening a noun whose clause follows with no relative word ('a chore she dreads')."""


def _zero_relative(words: list[Tok]) -> bool:
    """'a chore she', 'the fact he': a determiner, plain lower-case words and a subject pronoun, the noun and
    the subject of a clause about it with 'that' left out ('a chore she dreads every spring'), no one who
    speaks; a name or a role never ends in a pronoun."""
    if len(words) < 3 or words[0].norm not in _ZERO_RELATIVE_LEADS or words[-1].norm not in PERSON_PRONOUNS:
        return False
    return all(t.kind is WORD and not t.is_cap for t in words[1:-1])


def subject_pronoun(word: str) -> str | None:
    """The subject pronoun a one-word speaker is, contracted or not ("he", "he'll", "you're"), else None."""
    contracted = _CONTRACTED_PRONOUN.match(word)
    if contracted is not None:
        return contracted.group(1)
    return word if word in PRONOUNS else None


_DANGLING = FINITE_BE | PERFECT_AUXILIARIES | word_set("being and or of to for")
_LONGEST_CAPS_NAME = 6


_BODY_LINKS = frozenset({"of", "for", "at"})


def office_of_body(part: list[Tok]) -> bool:
    """'The director of the Amber Centre', 'the Minister for the Coast': a role or title of a body."""
    office = any(
        (t.norm in ROLE_NOUNS and not t.norm.endswith("s")) or t.norm.rstrip(".") in TITLE_WORDS for t in part[:3]
    )
    return office and any(t.norm in _BODY_LINKS for t in part)


def plain_name(part: list[Tok]) -> bool:
    """Two or more capitalised words and nothing else ('Ula Prenn', 'Mrs Ona Veller')."""
    return len(part) >= 2 and all(t.is_cap for t in part)


def _not_a_name(name: str, described: bool = False) -> bool:
    """Words around a speaker taken for one: a sentence opener ('Each election cycle'; not 'First Minister', nor
    an ordinal ``described`` after an article: 'The first caller', 'the last survivor'), a possessive standing for
    a longer phrase ('Trump's [campaign]'), a phrase cut at a verb or a preposition ('the admiral has', 'former
    secretary of'), a dateline in capitals ('WASHINGTON')."""
    words = name.split()
    last = words[-1]
    return (
        name.lower() in POSSESSIVES
        or (words[0].lower() in NOT_NAME_WORDS and not _first_office(words) and not described)
        or last.endswith(POSSESSIVE_ENDS)
        or last.lower() in _DANGLING
        or (len(words) == 1 and name.isupper() and len(name) > _LONGEST_CAPS_NAME)
    )


def _after_article(described: Mention) -> bool:
    """The description opens with an article and ends in a noun of a person's role ('The first caller', 'the last
    survivor'): its words are a noun phrase's, no opener's (not 'the early', 'the first incident')."""
    words = described.text.lower().split()
    return len(words) >= 3 and words[0] in ARTICLES and (words[-1] in ROLE_NOUNS or words[-1].endswith(_DOER_ENDS))


_DOER_ENDS = tuple(end for end in AGENT_ENDINGS if end not in ("ant", "ent"))
"""Endings of a noun naming someone by what they do ('caller', 'survivor'), without '-ant' and '-ent', which end
as many things ('incident', 'event') as people."""


def _first_office(words: list[str]) -> bool:
    return len(words) > 1 and words[0] == "First" and words[-1].lower() in TITLE_WORDS  # 'First Minister'


_DESCRIPTION_OPENERS = DESCRIPTION_OPENERS | {"this", "that"}
_DESCRIPTION_MAX_WORDS = 8
_NOT_IN_DESCRIPTION = RELATIVE_PRONOUNS | {"and", "or"}


def _description(words: list[Tok], raw: str) -> Mention | None:
    """A speaker described without a name or a known role word: 'one commenter', 'the report', 'a spokesperson
    for the highways department', 'the patient described in the report'.

    The phrase opens with a determiner and names a thing or a person by a common noun; it is kept as written
    (without the determiner) and treated like a role: later 'the commenter' is the same actor.
    """
    if len(words) < 2 or len(words) > _DESCRIPTION_MAX_WORDS or words[0].norm not in _DESCRIPTION_OPENERS:
        return None
    if any(t.norm in _NOT_IN_DESCRIPTION for t in words):
        return None
    rest = [t.text for t in (words if words[1].norm == "of" else words[1:])]  # 'one of the fans': all of it
    if not rest[0][:1].isalnum() or rest[0].lower() in PRONOUNS or rest[-1].lower() in PREPOSITIONS_IN_NP:
        return None
    name = " ".join(rest)
    if JUNK_SPEAKER.match(name):
        return None
    return Mention(raw, name, None, "role")


_SHARE_MAX_WORDS = 12


def _share(words: list[Tok], raw: str) -> Mention | None:
    """A share of the people polled: 'Twenty-four percent', 'About four in 10 voters', 'half of respondents'
    (a group, named as written)."""
    shares = "%" in raw or any(share_word(words, i, len(words)) for i in range(min(5, len(words))))
    if len(words) > _SHARE_MAX_WORDS or not shares:
        return None
    return Mention(raw, " ".join(raw.split()), None, "group", "p")
