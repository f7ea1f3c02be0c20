"""Statements and the actors who issued them: 'In a statement, the county said A.' and then '"B," the statement
said': the statement is the county's, so B is the county's quote, not a new actor called 'statement'."""

from __future__ import annotations

from dataclasses import dataclass, field

from digest.core.lexicon import (
    ADVERBIAL_OPENERS,
    ARTICLES,
    LEAD_WORDS,
    POSSESSIVES,
    PRONOUNS,
    SENTENCE_OPENERS,
    STATEMENT_NOUNS,
    word_set,
)
from digest.core.quotes.actor_state import ActorState
from digest.core.quotes.attribution import Attribution
from digest.core.quotes.mentions import Mention
from digest.core.quotes.own_words import POSSESSIVE_SUBJECTS
from digest.core.quotes.right_phrases import verb_like
from digest.core.quotes.speakers import np_left
from digest.core.quotes.tokens import WORD, Tok

ISSUED_REACH = 10
"""How many sentences after its issuer was named 'the statement' may still stand for that issuer's statement."""
_MODIFIERS = 2
"""The most lower-case words between 'a' and the statement's noun ('a brief written statement')."""
_ISSUED_NOUNS = STATEMENT_NOUNS | frozenset({"judgment", "judgement", "ruling"})
"""Nouns of a statement issued, and of a court's written decision ('In a written judgment, the judge said A. ...
"B," the judgment said': the judge's)."""


def issued_nouns(tokens: list[Tok]) -> tuple[set[str], set[str]]:
    """The nouns of statements a sentence introduces, as (the medium of its words: 'said in a statement', 'In a
    brief statement, X said', 'wrote in her letter'; any other: 'sent out an email appeal', 'Cook provided a written
    statement'): a singular noun of :data:`STATEMENT_NOUNS` after 'a', 'an' or a possessive and at most two
    lower-case words (not 'the statement', which refers to one already introduced)."""
    medium: set[str] = set()
    other: set[str] = set()
    for k, t in enumerate(tokens):
        if t.kind is not WORD or t.norm not in _ISSUED_NOUNS or t.norm.endswith("s"):
            continue
        j = k - 1
        while j >= 0 and k - j <= _MODIFIERS and tokens[j].kind is WORD and not tokens[j].is_cap:
            if tokens[j].norm in ARTICLES or tokens[j].norm in POSSESSIVES:
                break
            j -= 1
        if j >= 0 and tokens[j].norm in ("a", "an", *POSSESSIVES):
            (medium if j > 0 and tokens[j - 1].norm == "in" else other).add(t.norm)
    return medium, other


_ASIDE_SUBJECT_MAX = 8
"""The most tokens of a subject before its medium set off by commas ('The X campaign, in an email to ...')."""


def medium_aside(tokens: list[Tok]) -> Attribution | None:
    """'The Alder campaign, in an email to supporters, asked for donations': the subject that opens the sentence
    (after a dash closing a time: '9:40 p.m. — The campaign, ...'), before a medium set off by commas ('in a/an/its'
    and a statement noun within a few words), issued the medium whatever its verb; None for any other sentence and
    for a lead word before the comma ('But, in a speech, he ...': the subject comes after)."""
    dash = next((j for j, t in enumerate(tokens[:_ASIDE_SUBJECT_MAX]) if t.text in _DASHES), None)
    start = 0 if dash is None else dash + 1
    for j in range(start + 1, min(len(tokens) - 2, start + _ASIDE_SUBJECT_MAX)):
        if tokens[j].text == ",":
            opener = tokens[j + 1].norm == "in" and tokens[j + 2].norm in ("a", "an", *POSSESSIVES)
            noun = any(t.norm in STATEMENT_NOUNS for t in tokens[j + 3 : j + 4 + _MODIFIERS])
            lead = tokens[start].norm in LEAD_WORDS or tokens[start].norm in SENTENCE_OPENERS
            return Attribution(start, j, "subject") if opener and noun and not lead else None
        if tokens[j].kind is not WORD:
            return None
    return None


_DASHES = frozenset({"—", "–", "--"})
_MEDIUM_REACH = 6
"""The most words between a verb and the medium in its clause ('announced the closure in a statement')."""
_SUBJECT_MAX = 8
"""The most tokens of the subject before its verb ('The Harbour Board of Rexley confirmed')."""


def medium_subject(tokens: list[Tok]) -> Attribution | None:
    """'The trust announced the closure in a brief statement late on Monday': the noun phrase opening the sentence, a
    verb right after it and, in that clause (no mark between), 'in a/an/its' and a statement noun: the subject
    issued the medium, whatever its verb; None for any other sentence."""
    v = next((k for k, t in enumerate(tokens[:_SUBJECT_MAX]) if not t.is_cap and verb_like(t)), None)
    found = np_left(tokens, v, 0) if v is not None else None
    if v is None or found is None or found != (0, v) or not _head_noun(tokens[v - 1]):
        return None
    for k in range(v + 1, min(len(tokens) - 1, v + _MEDIUM_REACH)):
        if tokens[k].kind is not WORD:
            return None
        if tokens[k].norm == "in" and _opens_medium(tokens, k + 1):
            return Attribution(0, v, "subject")
    return None


_ISSUING_VERBS = word_set("issued released provided published posted put")
"""Verbs whose subject gives out a statement as its object ('issued a statement', 'put out a short message')."""
_GIVEN_OUT = STATEMENT_NOUNS - word_set("video videos speech speeches filing filings")
"""Statement nouns whose giving out makes them the giver's words (not 'released a video': footage)."""
_ISSUING_REACH = 16
"""The most tokens before the issuing verb: its subject with an appositive ('NAME, the club's owner, issued')."""


def issuing_phrase(
    tokens: list[Tok], medium: set[str], other: set[str], spoken: bool
) -> tuple[Attribution | None, bool]:
    """The issuer's phrase of a sentence introducing statements (``medium`` and ``other``, see
    :func:`issued_nouns`) in which no one speaks (not ``spoken``): the subject before a medium ('The X campaign, in
    an email to ...', 'The trust announced it in a statement'), else the subject of a verb of giving out
    (:func:`issuing_subject`); and whether it gave out every statement the sentence introduces (the latter)."""
    if spoken or not (medium or other):
        return None, False
    aside = (medium_aside(tokens) or medium_subject(tokens)) if medium else None
    if aside is not None:
        return aside, False
    giver = issuing_subject(tokens)
    return giver, giver is not None


def issuing_subject(tokens: list[Tok]) -> Attribution | None:
    """'The trust issued a short statement on Monday', 'Ada Kell, now a pundit, released a brief response': the
    noun phrase opening the sentence is the subject of a verb of giving out (issued, released, put out ...)
    whose object is a statement noun after 'a', 'an' or a possessive: the subject issued it (a later 'the
    statement said' is theirs); None for any other sentence."""
    v = next((k for k, t in enumerate(tokens[:_ISSUING_REACH]) if t.norm in _ISSUING_VERBS and not t.is_cap), None)
    if v is None or v == 0:
        return None
    k = v + 2 if tokens[v].norm == "put" and v + 1 < len(tokens) and tokens[v + 1].norm == "out" else v + 1
    if tokens[v].norm == "put" and k == v + 1 or k >= len(tokens) or tokens[k].norm not in ("a", "an", *POSSESSIVES):
        return None
    if not any(t.norm in _GIVEN_OUT for t in tokens[k + 1 : k + 2 + _MODIFIERS]):
        return None
    found = np_left(tokens, v, 0)
    return Attribution(found[0], found[1], "subject") if found is not None and _opens(tokens, found[0]) else None


def _opens(tokens: list[Tok], start: int) -> bool:
    """The phrase at ``start`` opens the sentence: first, after a lead word ('But'), or after an adverbial phrase
    set off by a comma ('On Monday, the club issued ...'; not 'Asked about it, X said', whose subject speaks)."""
    if start == 0 or (start == 1 and tokens[0].norm in LEAD_WORDS):
        return True
    fronted = tokens[0].norm in ADVERBIAL_OPENERS and tokens[0].norm not in ("as", "asked", "speaking")
    return fronted and tokens[start - 1].text == "," and all(t.text != "," for t in tokens[: start - 1])


def _head_noun(tok: Tok) -> bool:
    """The last word of a subject may be its noun: a capitalised word or a plain lower-case word (not 'flat-out',
    'firmly': an adverb read into the phrase)."""
    return tok.is_cap or (tok.norm.isalpha() and not tok.norm.endswith("ly"))


def _opens_medium(tokens: list[Tok], k: int) -> bool:
    """'a statement', 'its brief statement': an article or possessive, then a statement noun within a few words."""
    if tokens[k].norm not in ("a", "an", *POSSESSIVES):
        return False
    return any(t.norm in _ISSUED_NOUNS for t in tokens[k + 1 : k + 2 + _MODIFIERS])


@dataclass
class Issuers:
    """The last actor each kind of statement was issued by, and in which sentence."""

    by_noun: dict[str, tuple[ActorState, int]] = field(default_factory=dict)
    latest: tuple[ActorState, int] | None = None
    """The issuer of the statement of any noun introduced last ('issued a response ... the statement said')."""

    def note(self, nouns: set[str], actor: ActorState | None, sentence: int) -> None:
        """The statements of ``nouns`` introduced in ``sentence`` were ``actor``'s (None: someone's not known, so a
        later 'the statement' stands for no earlier issuer)."""
        for noun in nouns:
            if actor is None:
                self.by_noun.pop(noun, None)
            else:
                self.by_noun[noun] = (actor, sentence)
        if nouns:
            self.latest = None if actor is None else (actor, sentence)

    def issuer_of(self, mention: Mention, sentence: int) -> Mention:
        """A mention of 'the statement' (a definite statement noun alone) stands for its issuer when one was noted
        within :data:`ISSUED_REACH` sentences, and 'her statement', 'his letter' for the person the possessive
        refers to (a pronoun); any other mention is returned as it is."""
        words = mention.text.lower().split()
        if len(words) == 2 and words[0] in POSSESSIVE_SUBJECTS and words[1] in _ISSUED_NOUNS:
            pronoun = POSSESSIVE_SUBJECTS[words[0]]  # '"A," her statement said': hers
            return Mention(pronoun, pronoun, None, "pronoun", PRONOUNS[pronoun][1])
        issued = self.by_noun.get(words[1]) if len(words) == 2 and words[0] == "the" else None
        if issued is None and words == ["the", "statement"]:
            issued = self.latest  # 'NAME issued a brief response ... "A," the statement said'
        if issued is None:
            return mention
        actor, at = issued
        actor = actor.root()
        if sentence - at > ISSUED_REACH:
            return mention
        return Mention(actor.name, actor.name, actor.role, actor.kind, actor.gender)
