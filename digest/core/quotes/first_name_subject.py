"""A person written by a first name alone as a sentence's subject ('Last night Maeve posted ...', "Maeve's
sister Orla, 31, said ..."): a candidate for a later 'she' or 'he' of that name's sex.

Features and tabloids call people by their first names; a lone first name opening a sentence is no speaker of
any cue, so without this a later 'she' reaches back past it to someone named before ('a source', a man named by a
first name the lists do not know). Two shapes, each before a lower-case verb or an aside's comma:

- a first name clearly of one sex, opening the sentence after its lead words, an opening adverbial or 'Last
  night'/'Last week', that the article wrote as the first word of a full name and never as the last ('Maeve'
  after 'Maeve Hanlon'; never 'Morgan' after 'Dana Morgan'): that person;
- a first name clearly of one sex, in the same place, that the article never writes beside another capitalised
  word ('Garvin is serving six years' where no 'Garvin Hale', 'Hale Garvin' nor 'Mr Garvin' is written anywhere
  in the article; a man who asks to be called so, a caller, a child): that first name alone;
- a relative named by a possessive, a noun of kin and a first name ("Maeve's sister Orla", 'her son Cian') that
  is no one's surname in the article: that first name, with the kin noun as its role;
- a first name the lists do not know the sex of, in the same place, the first word of a full name met before as a
  person and never written as a last word, when a quotation whose cue is 'he' or 'she' follows in the paragraph
  ('NAME smiled at the mention of it. "A," she said.'): that person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from digest.core.lexicon import (
    ADVERBIAL_OPENERS,
    ARTICLES,
    KIN,
    PERIOD_WORDS,
    PHRASE_LINKS,
    POSSESSIVES,
    SENTENCE_OPENERS,
    word_set,
)
from digest.core.quotes.first_names_met import first_name_only
from digest.core.quotes.gender import UNKNOWN, first_name_gender
from digest.core.quotes.mentions import Mention
from digest.core.quotes.names import PARTICLES
from digest.core.quotes.openers import subject_start
from digest.core.quotes.tokens import WORD, Tok

if TYPE_CHECKING:
    from digest.core.quotes.actors import Registry

_ADVERBIAL_REACH = 10
_NAMES_READ = 200
"""The most recent names read when looking for the full name of a first name (bounded: linear time)."""
_PAIRED = re.compile(
    rf"([A-Z](?<!\w[A-Z])[^\W\d_]*\.?){PARTICLES}{{0,2}}[ \u00a0]+(?=((?:[a-z]{{1,3}}[-'’])?[A-Z][^\W\d_]+)\b)"
)
"""A capitalised word and the capitalised word after it, maybe past particles ('Garvin Hale', 'Mr Garvin', 'Mr.
Garvin', 'Garvin van Hale', 'Garvin al-Hale'). The word boundary before the first word is written after its first
capital (the same matches as a boundary before it): a pattern that opens with a character class lets
``re`` skip to its candidates, about twice as fast."""
_AFTER_ARTICLE = re.compile(r"\b(?:[Tt]he|an?|An?)\s+((?:[\w-]+\s+){0,2})([A-Z][^\W\d_]+)\b")
"""A capitalised word after an article and at most two words ('the Garvin ferry', 'a busy Garvin market')."""
_AFTER_PLACE_WORD = re.compile(r"\b(?:[Ii]n|near|across|throughout)\s+([A-Z][^\W\d_]+)\b(?!['’])")
"""A capitalised word after a preposition of place ('in Florence', 'across Georgia'; not 'in Garvin's cell')."""
_NOT_ONE_PERSON_AFTER = word_set("are were have do and or of in on at for from with to")
"""Words after a capitalised word opening a sentence that show a plural noun or a thing, not a person called by a
first name alone ('Piers were battered', 'Miles of road were shut'): first names that are also common nouns."""
_NOT_NAME_STARTS = SENTENCE_OPENERS | ARTICLES | PHRASE_LINKS | ADVERBIAL_OPENERS
"""Capitalised words that open a sentence before a name without being part of it ('Then Garvin', 'In May')."""


def paired_words(paras: list[str]) -> frozenset[str]:
    """The capitalised words an article writes beside another capitalised word, as part of a longer name ('Garvin'
    of 'Garvin Hale' or 'Mr Garvin'; not after a connective or a preposition opening a sentence: 'Then Garvin'),
    or after an article or a preposition of place, as a thing or a place ('the Garvin ferry', 'a busy Garvin market',
    'in Florence': a city, not a woman written by her first name)."""
    found: set[str] = set()
    for para in paras:
        for match in _PAIRED.finditer(para):
            first, second = match.groups()
            if first.lower() not in _NOT_NAME_STARTS:
                found.update((first.removesuffix("."), second))
        for match in _AFTER_ARTICLE.finditer(para):
            if not any(word.lower() in PHRASE_LINKS for word in match.group(1).split()):
                found.add(match.group(2))
        found.update(_AFTER_PLACE_WORD.findall(para))
    return frozenset(found)


def note_first_name_subject(registry: Registry, sentence: int, tokens: list[Tok], para: str = "") -> None:
    """Make the person a lone first name opening the sentence names (see the module) a candidate for pronouns;
    ``para`` is the sentence's paragraph."""
    start = subject_start(tokens, _ADVERBIAL_REACH)
    if start + 2 < len(tokens) and tokens[start].norm == "last" and tokens[start + 1].norm in PERIOD_WORDS:
        start += 2  # 'Last night Maeve posted ...'
    found = _kin_name(tokens, start) or _first_name(tokens, start)
    if found is None:
        if (
            not _one_name_known(registry, sentence, tokens, start)
            and tokens
            and _QUOTED_CUE.match(para, tokens[-1].end)
        ):
            _unlisted_first_name(registry, sentence, tokens, start)
        return
    at, role = found
    word = tokens[at].text
    alone = role is None and word not in registry.words.paired and not _surname(registry, word)  # 'Garvin' (module)
    alone = alone and tokens[at + 1].norm not in _NOT_ONE_PERSON_AFTER  # not 'Miles of road were shut'
    if not (first_name_only(registry, word) or alone) if role is None else _surname(registry, word):
        return  # 'Clinton said': the surname of someone named in full, not a first name
    name = (word if alone else _full_name(registry, word)) if role is None else word
    if name is not None:
        registry.resolve(Mention(name, name, role, "person", first_name_gender(word)), sentence, pos=tokens[at].start)


def _first_name(tokens: list[Tok], k: int) -> tuple[int, str | None] | None:
    """A first name of one sex at ``k`` before a lower-case verb or a comma."""
    return (k, None) if _named_here(tokens, k) else None


def _kin_name(tokens: list[Tok], k: int) -> tuple[int, str | None] | None:
    """ "NAME's sister Orla", 'Her son Cian': a possessive, a noun of kin and a first name of one sex."""
    if k + 3 >= len(tokens) or tokens[k + 1].norm not in KIN or tokens[k + 1].is_cap:
        return None
    owner = tokens[k]
    if not (owner.norm in POSSESSIVES or (owner.is_cap and owner.text.endswith(("'s", "’s")))):
        return None
    return (k + 2, tokens[k + 1].norm) if _named_here(tokens, k + 2) else None


def _named_here(tokens: list[Tok], k: int) -> bool:
    """A capitalised first name clearly of one sex at ``k``, followed by a lower-case word or a comma."""
    if k + 1 >= len(tokens) or tokens[k].kind is not WORD or not tokens[k].is_cap:
        return False
    after = tokens[k + 1]
    verb_or_aside = (after.kind is WORD and not after.is_cap) or after.text == ","
    return verb_or_aside and first_name_gender(tokens[k].text) in ("m", "f")


def _surname(registry: Registry, word: str) -> bool:
    """The article wrote ``word`` as the last word of a longer name, or met a person of that surname; a first name
    it wrote alone ('Her son, Ivo, 7,') is no surname of itself."""
    return word in registry.surnames() or any(
        n.split()[-1] == word and n != word for _, n in registry.names_seen[-_NAMES_READ:]
    )


def _full_name(registry: Registry, word: str) -> str | None:
    """The latest full name the article wrote whose first word is ``word`` (of two or three words)."""
    for _, name in reversed(registry.names_seen[-_NAMES_READ:]):
        words = name.split()
        if 2 <= len(words) <= 3 and words[0] == word:
            return name
    return None


_QUOTED_CUE = re.compile(r"\s*[\"“‘](?:[^\"“”‘’]|’(?=\w)){1,300}?[,?!][\"”’]\s+(?:he|she)\s+[a-z]+\b")
"""A quotation closed by a comma, '?' or '!' whose cue is 'he' or 'she' and a verb, right after the sentence."""


def _unlisted_first_name(registry: Registry, sentence: int, tokens: list[Tok], k: int) -> None:
    """'NAME SURNAME traced ... / NAME smiled at the mention of it. "A," she said.': a first name the lists
    do not know the sex of, opening the sentence before a lower-case verb or a comma, that the article wrote as the
    first word of a full name and never as the last, is that person (one already met as a person, no thing), when a
    quotation whose cue is a pronoun follows the sentence in its paragraph."""
    if k + 1 >= len(tokens) or tokens[k].kind is not WORD or not tokens[k].is_cap:
        return
    word, after = tokens[k].text, tokens[k + 1]
    if first_name_gender(word) != UNKNOWN or not ((after.kind is WORD and not after.is_cap) or after.text == ","):
        return
    full = _full_name(registry, word) if first_name_only(registry, word) else None
    if full is not None and full in registry.people() and full not in registry.things:
        registry.resolve(Mention(full, full, None, "person"), sentence, pos=tokens[k].start)


def _one_name_known(registry: Registry, sentence: int, tokens: list[Tok], k: int) -> bool:
    """'Her son, Tavish, 30, bakes the bread. ... Tavish rarely talks.': a person the article named by one
    word alone (set off after a noun of kin, which told the sex), opening the sentence before a lower-case verb or a
    comma, is that person, whatever the lists of first names say of the word (True then)."""
    if k + 1 >= len(tokens) or tokens[k].kind is not WORD or not tokens[k].is_cap:
        return False
    word, after = tokens[k].text, tokens[k + 1]
    gender = registry.called.get(word)
    if gender not in ("m", "f") or not ((after.kind is WORD and not after.is_cap) or after.text == ","):
        return False
    if any(n == word for _, n in registry.names_seen[-_NAMES_READ:]):
        registry.resolve(Mention(word, word, None, "person", gender), sentence, pos=tokens[k].start)
        return True
    return False
