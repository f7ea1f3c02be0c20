"""Verbs that report a clause only in one shape: 'pointed out that A', 'expressed concern that A', 'informed that A'
(without the one informed,
as Indian English writes it), 'X claims A' without 'that' after a name, a pronoun, or a role, group or organisation
noun. 'was informed that' is passive: the subject was told, not the teller."""

from __future__ import annotations

from digest.core.lexicon import (
    BE_FORMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORG_WORDS,
    POSSESSIVES,
    PRONOUNS,
    ROLE_NOUNS,
    word_set,
)
from digest.core.quotes.clause_shape import FINITE_WORDS, finite_clause, past_clause
from digest.core.quotes.tokens import WORD, Tok

POINTING = word_set("pointed points")
"""Verbs that are cues only before 'out that' (:func:`shaped_start`)."""
POINTING_FORMS = POINTING | word_set("pointing")
""":data:`POINTING` and its participle (', pointing out that A'): the forms :func:`shaped_start` reads."""
INFORMING = word_set("informed informs")
"""Verbs that report a clause right after them only after 'that' ('Officials informed that A')."""
EXPRESSING = word_set("expressed expresses voiced voices")
"""Verbs that report a clause only with a feeling named before 'that' ('expressed concern that A', 'voiced hope
that A'; not 'raised fears that': an attack or a storm raises fears)."""
PUTTING = word_set("put puts")
"""Verbs that report a clause only as 'put it to X that A' (counsel or an interviewer putting a point to someone:
'Counsel put it to the witness that A')."""
_PUT_REACH = 8
"""Most tokens naming the one a point is put to ('the witness', 'the dispatcher, NAME,')."""
_FEELINGS = word_set(
    """concern concerns hope hopes fear fears doubt doubts confidence optimism regret dismay frustration worry
    worries alarm anger scepticism skepticism surprise disappointment"""
)
_FEELING_ADJECTIVES = word_set("deep serious grave some great growing strong cautious particular")


def shaped_start(tokens: list[Tok], i: int, hi: int, verb: Tok) -> int | None:
    """Where the clause after 'pointed out that', 'informed that' or 'put it to X that' starts, else None (``i`` is
    the token after the verb; a verb of :data:`POINTING` in any other shape, 'pointed to the map', reports
    nothing)."""
    if i - 2 >= 0 and tokens[i - 2].norm in BE_FORMS:
        return None  # 'were informed that', 'was pointed out that': passive
    if verb.norm in POINTING_FORMS:
        out = i + 1 < hi and tokens[i].norm == "out" and tokens[i + 1].norm == "that"
        return i + 2 if out else None
    if verb.norm in INFORMING:
        return i + 1 if i < hi and tokens[i].norm == "that" else None
    if verb.norm in PUTTING:
        return _put_to(tokens, i, hi)
    if verb.norm in EXPRESSING:
        k = i + 1 if i < hi and tokens[i].norm in _FEELING_ADJECTIVES else i
        named = k + 2 < hi and tokens[k].norm in _FEELINGS and tokens[k + 1].norm == "that"
        return k + 2 if named and tokens[k + 2].norm not in FINITE_WORDS else None  # not 'concern that was shared'
    return None


def _put_to(tokens: list[Tok], i: int, hi: int) -> int | None:
    """Where the clause after 'put it to X that' starts (``i`` after the verb): X is a few words with no
    punctuation but commas (a name set off by them); any other shape ('put it to a vote') reports nothing."""
    if not (i + 2 < hi and tokens[i].norm == "it" and tokens[i + 1].norm == "to"):
        return None
    for k in range(i + 2, min(hi, i + 2 + _PUT_REACH)):
        if tokens[k].kind is not WORD and tokens[k].text != ",":
            return None
        if tokens[k].norm == "that":
            return k + 1 if k > i + 2 else None
    return None


_CLAIMING = word_set("claims claim")
_BODIES = GROUP_NOUNS | ORG_WORDS | DOCUMENT_NOUNS
"""Nouns of bodies and of documents that claim a clause ('The union claims', 'The lawsuit claims the landlord
ignored A')."""
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", ":"})


def claimed_clause(tokens: list[Tok], i: int, hi: int, verb: Tok) -> bool:
    """'Dr NAME claims the outbreak began at a wedding', 'Critics claim the plan will fail': after 'claims' or
    'claim' whose subject is a name, a pronoun, or a role, group or organisation noun, a clause without 'that' (a
    subject and a finite or irregular past verb); 'his claims', "the board's claims", 'false claims' are nouns (a
    capital opening the sentence proves no name)."""
    if verb.norm not in _CLAIMING or i < 2:
        return False
    before = tokens[i - 2]
    if before.kind is not WORD or before.text.endswith(("'s", "’s")) or before.norm in POSSESSIVES:
        return False
    opening = i == 2 or tokens[i - 3].text in _SENTENCE_ENDS
    named = before.is_cap and not opening and before.norm not in DETERMINERS
    if not (named or before.norm in PRONOUNS or before.norm in ROLE_NOUNS or before.norm in _BODIES):
        return False
    return finite_clause(tokens, i, hi) or past_clause(tokens, i, hi)


WARNING = word_set("warn warns warned warning caution cautions cautioned advise advises advised")
"""Verbs of speech that may name the people warned before the clause ('warned voters that A')."""
_WARNED_WORDS = 4


def warned_object(tokens: list[Tok], i: int, hi: int) -> int | None:
    """After 'warned' (and 'cautioned', 'advised'): the people warned, up to four plain words with no verb, then
    'that' and the clause ('warned voters that A', 'warned the board that A'); the token after 'that', else None
    (also before a relative clause: 'warned the officials that were there')."""
    for k in range(i, min(hi, i + _WARNED_WORDS + 1)):
        t = tokens[k]
        if t.kind is not WORD or t.norm in FINITE_WORDS or t.norm in PRONOUNS:
            return None
        if t.norm == "that":
            after = tokens[k + 1] if k + 1 < hi else None
            return k + 1 if k > i and after is not None and after.norm not in FINITE_WORDS else None
    return None
