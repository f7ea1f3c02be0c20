"""A role that a short sentence sets up to speak is a candidate for the 'he' or 'she' of the next sentence.

'Pressed on the fares, the boatman shrugged. "We will manage," he said.': 'he' is the boatman, whom the
sentence just before shows reacting to a question, not a person named further back (the pronoun reached past the
description, which was no candidate unless it spoke, to an older person of its gender). The sentence is short:
an opening adverbial ending in a comma ('Asked about the fares,', 'Pressed on the date,'), a singular role written
with 'the' ('the novelist', 'the busker'), a verb of a gesture, a pause or a laugh ('shrugged', 'laughed',
"doesn't hesitate", as :mod:`scene` reads them for names), maybe after a first act joined by 'and' ('watches the
truck go and shakes his head'), and at most a few words more ('shook her head').

A relative of one sex named by kin after 'his' or 'her' ('Her brother had driven up.') is such a candidate
when the next sentence opens with the pronoun of that sex ('He set the bags down ...') or with a quotation whose
cue is that pronoun, when the relative's sentence opens its paragraph ('His sister was less sure. "A," she
said.'; not 'NAME keeps the light. Her sister lives in Oslo. "A," she said').

A plain singular role written with 'the' opening a sentence ('The ferryman is still in his oilskins.') is such a
candidate when the next sentence's subject is 'he' or 'she' of a sex the role allows ('He ...', 'Pressed on the
crossing, he ...', or, when the role's sentence opens its paragraph, a quotation and 'he said' after it; 'NAME,
who chairs the board, spoke. The chairman declined ...' varies the name just written); not a role holding a
capital, an epithet or an age ('the Vermont senator', 'the former president', 'the 31-year-old', 'the older man'),
which news writes for the person just named.

An age or another description opening a sentence as its subject ('The 51-year-old, a goalkeeper in his day, has
won four games since replacing NAME2.', 'The Swede said A.'; a sentence holding no quotation) is met there as the
person it stands for (see ``descriptions``), so a later 'he' or 'she' is that person, not the name written after
it.

Left alone: any other sentence a role opens ('The harbour's new director would not comment. But he wrote ...': news
writes such a description for the person just named, whom the pronoun already finds), and a plural role."""

from __future__ import annotations

import re

from digest.core.lexicon import GROUP_NOUNS, KIN, ORG_WORDS, PERSON_HEADS, PRONOUNS, ROLE_NOUNS, word_set
from digest.core.quotes.actors import ActorState, Registry
from digest.core.quotes.gender import role_gender
from digest.core.quotes.insertions import present_participle
from digest.core.quotes.mention_parts import AGE_MODIFIER
from digest.core.quotes.openers import subject_start
from digest.core.quotes.role_reference import named_before_role
from digest.core.quotes.scene import RECALLING
from digest.core.quotes.speakers import Mention, make_mention, np_right
from digest.core.quotes.things import plural_role
from digest.core.quotes.tokens import QUOTE, WORD, Tok

_OPENER_REACH = 16
"""The most tokens of an opening adverbial before its comma ('Asked whether she would sell the old boatyard soon,')."""
_REACTIONS = RECALLING | word_set(
    "laughed laughs laugh chuckled chuckles sighed sighs hesitate pause shrug smile nod grin"
)
"""Verbs of a gesture, a pause or a laugh (and their base forms after "didn't")."""
_NEGATED = word_set("doesn't didn't does did not never")
_TAIL = 4
"""The most words after the verb ('shook her head firmly')."""
_FIRST_ACT = 8
"""The most words of a first act before 'and' and the gesture ('latches the gate behind the farmer and shrugs')."""


def note_role_subject(registry: Registry, sentence: int, tokens: list[Tok], para: str) -> None:
    """The role a sentence of ``para`` (its ``tokens``) sets up to speak becomes a candidate for a later pronoun
    (see the module's docstring)."""
    if not tokens or tokens[-1].text != ".":
        return
    start = subject_start(tokens, _OPENER_REACH, clause=False)  # 'When reached, the board's spokeswoman, NAME, said'
    if start < len(tokens) and tokens[start].norm in ("his", "her"):
        _kin_then_pronoun(registry, sentence, tokens, start, para)
    if start >= len(tokens) or tokens[start].norm != "the":
        return
    if start + 1 < len(tokens) and AGE_MODIFIER.fullmatch(tokens[start + 1].norm):
        _described_subject(registry, sentence, tokens, start, para, tokens[start + 1].norm)
        return
    found = np_right(tokens, start, len(tokens))
    m = _reacting(tokens, start, found, para)
    if m is None:
        m = _role_then_pronoun(tokens, found or _plain_role(tokens, start), para)
    if m is not None and m.kind == "role" and not plural_role(m.name):
        registry.resolve(m, sentence, pos=tokens[start].start)
    elif found is not None and _subject_then(tokens, found[1]) and not any(t.kind is QUOTE for t in tokens):
        d = make_mention(tokens, found[0], found[1], para)  # 'The Norwegian, who ..., held the lead.'
        if d is not None and d.kind == "role" and not plural_role(d.name):
            _described_subject(registry, sentence, tokens, start, para, d.name)


def _reacting(tokens: list[Tok], start: int, found: tuple[int, int] | None, para: str) -> Mention | None:
    """The subject phrase ``found`` at 'the' (``start``) as a mention when a reaction follows it ('the busker
    shrugged'; a noun the role words lack set up as a person); None when none does."""
    m = make_mention(tokens, found[0], found[1], para) if found is not None and _reaction(tokens, found[1]) else None
    if m is None and _reaction(tokens, start + 2) and _one_person_noun(tokens[start + 1]):
        noun = tokens[start + 1].text
        m = Mention(f"{tokens[start].text} {noun}", noun, None, "role")
    return m


def _subject_then(tokens: list[Tok], end: int) -> bool:
    """A phrase ending at ``end`` is a subject: a comma (an apposition or a relative clause) or a lower-case word
    (its verb) follows it."""
    return end < len(tokens) and (tokens[end].text == "," or (tokens[end].kind is WORD and not tokens[end].is_cap))


_COLLECTIVES = word_set("crowd audience room hall public class team band choir family couple pair jury panel house")
"""Nouns of many people, whose laugh or pause is no one's words ('the crowd laughed')."""


def _one_person_noun(noun: Tok) -> bool:
    """A singular common noun that may name one person: lower case, no organisation, group or collective; letters,
    or words of letters joined by hyphens ('the centurion', 'the century-maker')."""
    word = noun.norm
    if noun.kind is not WORD or noun.is_cap or word.endswith("s") or not word.replace("-", "").isalpha():
        return False
    return word not in ORG_WORDS and word not in GROUP_NOUNS and word not in _COLLECTIVES


def _reaction(tokens: list[Tok], at: int) -> bool:
    """A verb of a gesture, a pause or a laugh stands at ``at`` (past a negation), or after a first act of a few
    words and 'and', and the sentence ends a few words after it."""
    while at < len(tokens) and tokens[at].norm in _NEGATED:
        at += 1
    if at >= len(tokens) or tokens[at].kind is not WORD or tokens[at].is_cap:
        return False
    if tokens[at].norm not in _REACTIONS:  # 'the vet latches the gate behind the farmer and shrugs'
        joined = next((k for k in range(at + 1, min(len(tokens), at + _FIRST_ACT)) if tokens[k].norm == "and"), None)
        if joined is None or any(t.kind is not WORD for t in tokens[at:joined]):
            return False
        at = joined + 1
        if at >= len(tokens) or tokens[at].norm not in _REACTIONS:
            return False
    return len(tokens) - 1 - (at + 1) <= _TAIL


_QUOTED_THEN = r"[\"“‘](?:[^\"“”‘’]|’(?=\w)){1,300}?[,?!][\"”’]\s+"
"""A quotation closed by a comma, '?' or '!' opening the next sentence, before the pronoun of its cue."""
_NEXT_PRONOUN = re.compile(rf"\s*(?:(He|She)|{_QUOTED_THEN}(he|she)(?=\s+[a-z]+\b))\s")
"""The next sentence opens with 'He' or 'She', or with a quotation whose cue is 'he' or 'she' and a verb."""


def _kin_then_pronoun(registry: Registry, sentence: int, tokens: list[Tok], start: int, para: str) -> None:
    """'Her nephew was fixing the gate. He waved at us ...': a relative of one sex named by kin after 'his' or 'her',
    the subject of a sentence whose next sentence opens with the pronoun of that sex (or with a quotation whose cue
    is that pronoun), is what that pronoun (and the ones after it) stands for: the subject of the next sentence
    goes on from the subject of this one."""
    found = np_right(tokens, start, len(tokens))
    verb = _participle_aside(tokens, found[1]) if found is not None else 0  # 'Her mother, tightening a stop, sighed.'
    if found is None or verb >= len(tokens) or tokens[verb].kind is not WORD or tokens[verb].is_cap:
        return
    m = make_mention(tokens, found[0], found[1], para)
    if m is None or m.kind != "role" or (gender := role_gender(m.name)) == "?":
        return
    after = _NEXT_PRONOUN.match(para, tokens[-1].end)
    if after is None or (after.group(2) is not None and para[: tokens[0].start].strip()):
        return  # before a quotation's cue: only a sentence opening its paragraph ('Her sister lives in Oslo.' inside)
    if (after.group(after.lastindex or 1).lower() == "he") == (gender == "m"):
        registry.resolve(m, sentence, pos=tokens[start].start)


_ASIDE_REACH = 8
"""The most words of a present participle's aside after a subject (', winding a clock at the bench,')."""


def _participle_aside(tokens: list[Tok], at: int) -> int:
    """Where the verb after a subject ending at ``at`` stands: past an aside set off by commas that a present
    participle opens (', overhearing,', ', listening from the hall,'), else ``at``."""
    if at + 2 >= len(tokens) or tokens[at].text != "," or not present_participle(tokens[at + 1]):
        return at
    close = next(
        (k for k in range(at + 2, min(len(tokens), at + _ASIDE_REACH + 2)) if tokens[k].kind is not WORD), None
    )
    return close + 1 if close is not None and tokens[close].text == "," else at


_EPITHET_WORDS = word_set("former late ex retired veteran outgoing incoming then older younger elder")
"""Words of a description that varies the name of someone just named ('the former president', 'the older man')."""
_NEXT_SUBJECT = re.compile(
    r"\s*(?:(?:Asked|Pressed|Questioned|Told)\b[^.?!\"“”]{0,80}?,\s*([hH]e|[sS]he)|(He|She)"
    rf"|{_QUOTED_THEN}(he|she)(?=\s+[a-z]+\b))\s"
)
"""The next sentence's subject is 'He' or 'She', opening it or after a fronted clause of questioning ('Asked how
the day went, she ...'), or the next sentence is a quotation whose cue after it is 'he' or 'she' and a verb
('"We will manage," she said.')."""
_ROLE_REACH = 3
"""The most words of a plain role after 'the' ('the deputy head teacher')."""


def _described_subject(
    registry: Registry, sentence: int, tokens: list[Tok], start: int, para: str, description: str
) -> None:
    """'The 51-year-old, a goalkeeper in his day, has won four games since replacing NAME2.', 'The Swede said A.': an
    age or a ``description`` opening a sentence as its subject is the person it stands for (as it would be if it
    spoke: the one it was written for, see ``descriptions``), met here as that sentence's subject, so that a later
    'he' or 'she' ('He said ...', in this paragraph or the next) stands for that person, not for a name written after
    it in its sentence nor for a role of its own. Nothing is noted when it stands for no one the article named."""
    pos = tokens[start].start
    named = registry.described.person(
        description,
        named_before_role(registry, sentence, pos),
        sentence,
        registry.gender_of,
        lambda name: name in registry.people() or name in registry.aged,
        not para[: tokens[0].start].strip(),  # the sentence opens its paragraph
    )
    if named is not None:
        registry.resolve(Mention(named, named, None, "person"), sentence, pos=pos)


def _plain_role(tokens: list[Tok], start: int) -> tuple[int, int] | None:
    """'the head teacher': 'the' at ``start`` and a few lower-case words ending in a noun of a person's role, where
    the speaker phrase reader finds none; None when there is no such phrase."""
    for end in range(start + 2, min(len(tokens), start + 2 + _ROLE_REACH)):
        words = tokens[start + 1 : end]
        if not all(t.kind is WORD and not t.is_cap and t.norm.isalpha() for t in words):
            return None
        if words[-1].norm in ROLE_NOUNS:
            return start, end
    return None


def _role_then_pronoun(tokens: list[Tok], found: tuple[int, int] | None, para: str) -> Mention | None:
    """'The ferryman is still in his oilskins. Pressed on the crossing, he smiles.': a singular role written with
    'the' in plain lower-case words ending in a noun of a person (no capital, pronoun, kin, hyphen or epithet: 'the
    Vermont senator', 'the former president', 'the 31-year-old' vary the name of someone just named), the subject
    of a sentence (a lower-case verb after it) whose next sentence's subject is 'he' or 'she' of a gender the role
    allows, is what that pronoun stands for: the subject goes on."""
    if found is None or found[1] >= len(tokens) or tokens[found[1]].kind is not WORD or tokens[found[1]].is_cap:
        return None
    words = tokens[found[0] + 1 : found[1]]
    if not words or words[-1].norm not in PERSON_HEADS or not all(_plain(t) for t in words):
        return None
    if _named_by_copula(tokens, found[1]):
        return None  # 'The circle's one man is NAME, 83. He joined ...': the name, the subject, goes on
    after = _NEXT_SUBJECT.match(para, tokens[-1].end)
    if after is None or (after.group(3) is not None and para[: tokens[0].start].strip()):
        return None  # a role after a quotation's cue: only opening its paragraph, not varying a name just written
    m = make_mention(tokens, found[0], found[1], para)
    if m is None:  # a role the speaker phrase reader does not read
        m = Mention(para[tokens[found[0]].start : words[-1].end], " ".join(t.text for t in words), None, "role")
    if m.kind != "role":
        return None
    gender = role_gender(m.name)
    return m if gender == "?" or (after.group(after.lastindex or 1).lower() == "he") == (gender == "m") else None


_COPULAS = word_set("is was")


def _named_by_copula(tokens: list[Tok], verb: int) -> bool:
    """The role's verb at ``verb`` is 'is' or 'was' before a capitalised name of two words ('The newest member is
    Ada Kell'): the sentence names the person the role stands for."""
    name = verb + 1
    return (
        tokens[verb].norm in _COPULAS
        and name + 1 < len(tokens)
        and all(t.kind is WORD and t.is_cap for t in tokens[name : name + 2])
    )


def _plain(t: Tok) -> bool:
    """A plain lower-case word of a job ('head', 'teacher'): no capital, pronoun, kin, epithet or hyphen."""
    word = t.norm
    plain = t.kind is WORD and not t.is_cap and word.isalpha()
    return plain and word not in PRONOUNS and word not in KIN and word not in _EPITHET_WORDS


def reacting_speaker(registry: Registry, sentence: int, tokens: list[Tok], para: str) -> ActorState | None:
    """The speaker of a quotation standing alone after a sentence that shows a role reacting ('Asked whether he
    would stay, the ferryman shook his head.', 'The new coach paused.'): the person the role stands for, or, when it
    stands for no one named, whom a 'he' or 'she' in the opening adverbial stands for (the one asked is the
    subject); None when the sentence is of no such shape or names no one."""
    found = _reacting_role(tokens, para)
    if found is None:
        return None
    m, start = found
    actor = registry.resolve(m, sentence - 1, pos=tokens[start].start)  # as met in its sentence, the one before
    if actor is not None and actor.kind == "person":  # not a role of its own ('the cleaner'): no one named
        return actor
    pronoun = next((t for t in tokens[:start] if t.norm in ("he", "she")), None)  # 'Asked whether she would ...,'
    if pronoun is None:
        return None
    asked = Mention(pronoun.text, pronoun.norm, None, "pronoun", PRONOUNS[pronoun.norm][1])
    return registry.resolve(asked, sentence - 1, pos=pronoun.start)


def _reacting_role(tokens: list[Tok], para: str) -> tuple[Mention, int] | None:
    """'Asked about the fares, the boatman shrugged.', 'The new coach paused.', 'Pressed on it, the 52-year-old
    smiled.': a singular role or an age written with 'the', the subject of a short sentence (past an opening
    adverbial) that only shows it gesturing, pausing or laughing (see ``_reaction``), and where it starts; None for
    any other sentence, a plural or a group ('the crowd laughed')."""
    if len(tokens) < 3 or tokens[-1].text != "." or any(t.kind is QUOTE for t in tokens):
        return None
    start = subject_start(tokens, _OPENER_REACH, clause=False)
    if start + 2 >= len(tokens) or tokens[start].norm != "the":
        return None
    if AGE_MODIFIER.fullmatch(tokens[start + 1].norm):
        aged = make_mention(tokens, start, start + 2, para) if _reaction(tokens, start + 2) else None
        return (aged, start) if aged is not None else None
    m = _reacting(tokens, start, np_right(tokens, start, len(tokens)), para)
    return (m, start) if m is not None and m.kind == "role" and not plural_role(m.name) else None
