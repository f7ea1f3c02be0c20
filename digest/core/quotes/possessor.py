"""The owner of a statement named by a possessive: 'Despite NAME's claim that the towns had reached a "historic"
deal', 'NAME's call last night to "make the harbour whole again"': a quoted fragment joined to a noun of saying is
the words of the person the possessive names (a last resort, when no verb of speech or subject attributes the
fragment). A possessive pronoun ('his comments on') is left alone: resolving it gave wrong speakers as often as
right ones on PolNeAR train."""

from __future__ import annotations

from digest.core.lexicon import (
    ADVERBIAL_OPENERS,
    LEAD_WORDS,
    MONTH_ABBREVIATIONS,
    MONTHS_DAYS,
    ROLE_NOUNS,
    SENTENCE_OPENERS,
    STANCE_VERBS,
    STATEMENT_NOUNS,
    word_set,
)
from digest.core.quotes.clauses import skip_time
from digest.core.quotes.speakers import Mention, make_mention
from digest.core.quotes.tokens import PUNCT, QUOTE, WORD, Tok
from digest.core.speech_verbs import DESCRIBE_VERBS, SPEECH_VERBS

STATEMENT_HEADS = word_set(
    """claim claims comment comments remark remarks statement statements suggestion suggestions promise promises
    pledge pledges call calls words warning warnings assertion assertions insistence description argument arguments
    vow vows accusation accusations boast boasts charge charges prediction predictions announcement announcements"""
)
"""Nouns of something said, owned by its speaker ('her claim that', 'his comments on')."""
_REACH = 20
"""The most tokens between the noun and the fragment."""
_MODIFIERS = 3
"""The most words between the possessive and the noun ('Oct. 11', 'patronizing', 'past')."""
_NAME_WORDS = 4


def possessor(tokens: list[Tok], qi: int, para: str, content: bool = False) -> tuple[Mention, int] | None:
    """The mention of whoever owns the statement a quoted fragment belongs to, and its offset in the paragraph;
    None when no possessive and noun of saying stand before the fragment in its clause, or when 'so-called' stands
    right before it ('NAME's warning about the so-called "ghost ships"': the writer's term for a thing). With
    ``content``, only a statement whose content follows ('NAME's claim that A "B"'), whatever verb stands before
    it: 'X mocked NAME's claim that the ferry "runs on time"' quotes NAME, not X."""
    if qi > 0 and tokens[qi - 1].norm in _NAMING_BEFORE:
        return None
    for n in range(qi - 1, max(-1, qi - _REACH), -1):
        t = tokens[n]
        if t.kind is QUOTE or t.text in (";", ":"):
            return None
        if t.kind is WORD and not t.is_cap and (t.norm in STATEMENT_HEADS or t.norm in _ANSWERS):
            link = _past_occasion(tokens, skip_time(tokens, n + 1, qi), qi)  # 'NAME's call last night to "..."'
            if (
                t.norm in _ANSWERS
                and link + 1 < qi
                and tokens[link].norm in _COPULAS
                and tokens[link + 1].norm == "that"
            ):
                return _owner(tokens, n, para)  # 'NAME's answer was that "..."': the answer's words (not 'NAME's
                # response was "pathetic"', the speaker's judgment of it)
            plain = all(x.kind is WORD for x in tokens[n + 1 : qi])  # 'NAME's calls to ban X, noting "A"': not NAME's
            infinitive = content and plain and t.norm in _INFINITIVE_HEADS  # 'NAME's pledge to "A"'
            links = (_CONTENT_LINKS | _TO if infinitive else _CONTENT_LINKS) if content else _LINKS
            if link >= qi or t.norm in _ANSWERS or tokens[link].norm not in links:
                return None  # 'NAME's statement was "true"', 'NAME's comments "are based on ...": a predicate
            if not content and any(x.kind is WORD and x.norm in _SAID_BEFORE for x in tokens[:n]):
                return None  # 'declaring NAME's statements "...", 'described NAME's call as "..."': the outer cue's
            return _owner(tokens, n, para)
    return None


_NAMING_BEFORE = word_set("so-called")
_LINKS = word_set("that to for of on about as at in during with against")
"""Words that join a statement noun to what it said ('her claim that', 'his call for', 'his remarks about')."""
_CONTENT_LINKS = word_set("that")
_TO = word_set("to")
_INFINITIVE_HEADS = word_set("pledge pledges promise promises vow vows call calls threat threats")
"""Statements whose content an infinitive gives ('NAME's pledge to "put passengers first"')."""
_OCCASION = word_set("during at in on")
_OCCASION_REACH = 5
"""The most words of an occasion between a statement noun and its 'to' or 'that' ('during the campaign')."""


def _past_occasion(tokens: list[Tok], k: int, qi: int) -> int:
    """Past a short phrase of the occasion after a statement noun ('NAME's pledge during the campaign to "..."'):
    where 'to' or 'that' stands within a few words, else ``k``."""
    if k >= qi or tokens[k].norm not in _OCCASION:
        return k
    for j in range(k + 1, min(qi, k + _OCCASION_REACH + 1)):
        if tokens[j].kind is not WORD:
            return k
        if tokens[j].norm in ("to", "that"):
            return j
    return k


_ANSWERS = word_set("answer reply response retort message advice explanation excuse verdict position view")
"""Nouns whose content a copula and 'that' give ('NAME's answer was that "..."')."""
_COPULAS = word_set("was is")
_SAID_BEFORE = SPEECH_VERBS | DESCRIBE_VERBS | STANCE_VERBS | STATEMENT_NOUNS
"""A verb of saying or a statement before the possessive: the fragment is that statement's words."""


def _owner(tokens: list[Tok], n: int, para: str) -> tuple[Mention, int] | None:
    """The possessive a few modifiers before the noun at ``n``: a name ending in 's or a possessive pronoun."""
    for p in range(n - 1, max(-1, n - 2 - _MODIFIERS), -1):
        t = tokens[p]
        if t.kind is not WORD:
            return None
        if t.is_cap and t.text.endswith(("'s", "’s")):
            return _named(tokens, p, para)
        if t.text.endswith(("'s", "’s")) and t.text[:-2].lower() in ROLE_NOUNS:
            return _described(tokens, p, para)  # 'The Florida mayor's answer
        if not _modifier(t):
            return None
    return None


def _modifier(t: Tok) -> bool:
    """A word between a possessive and its noun: lower-case ('recent', 'patronizing') or a date ('Oct. 11')."""
    return not t.is_cap or t.norm in MONTHS_DAYS or t.norm.rstrip(".") in MONTH_ABBREVIATIONS or t.text.isdigit()


_NOT_IN_NAME = LEAD_WORDS | SENTENCE_OPENERS | ADVERBIAL_OPENERS


def _name_word(t: Tok) -> bool:
    """A capitalised word of a name ('Ms.', 'Dana'), not a sentence's opener ('Despite', 'Given', 'But')."""
    return t.kind is WORD and t.is_cap and t.norm not in _NOT_IN_NAME


def _described(tokens: list[Tok], p: int, para: str) -> tuple[Mention, int] | None:
    """A role ending in the possessive at ``p``, opened by 'the' a few words before ('The harbour master's'), as a
    mention without its 's."""
    start = next((d for d in range(p - 1, max(-1, p - 1 - _NAME_WORDS), -1) if tokens[d].norm == "the"), None)
    if start is None or any(t.kind is not WORD for t in tokens[start:p]):
        return None
    last = tokens[p]
    words = [*tokens[start:p], Tok(last.text[:-2], last.start, last.end - 2, WORD)]
    found = make_mention(words, 0, len(words), para)
    return (found, tokens[start].start) if found is not None and found.kind == "role" else None


def _named(tokens: list[Tok], p: int, para: str) -> tuple[Mention, int] | None:
    """The name ending in the possessive at ``p`` ('Ms. Vard's', 'Dana Pike's') as a mention without its 's."""
    start = p
    while start - 1 >= 0 and p - start < _NAME_WORDS and _name_word(tokens[start - 1]):
        start -= 1
    last = tokens[p]
    bare = Tok(last.text[:-2], last.start, last.end - 2, WORD)
    words = [*tokens[start:p], bare]
    if any(w.kind is PUNCT for w in words):
        return None
    found = make_mention(words, 0, len(words), para)
    if found is None or found.kind not in ("person", "org"):
        return None
    return found, tokens[start].start
