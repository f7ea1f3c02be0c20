"""A word of speech followed by a passive participle and its agent is a noun, not a verb: in 'The harbour
board's claims, made by its chair in March, ...' or 'Claims made by the board show that ...', 'claims' is what
was made, and 'show' is the cue."""

from __future__ import annotations

from digest.core.lexicon import AUXILIARIES, BE_FORMS, DOCUMENT_NOUNS, IRREGULAR_PAST, word_set
from digest.core.quotes.tokens import WORD, Tok

IRREGULAR_PARTICIPLES = IRREGULAR_PAST | word_set(
    "seen given taken shown written known drawn done read heard gotten told put set"
)
"""Past participles not ending in -ed that take a 'by' agent after a noun ('reports seen by', 'a letter sent by'):
those of the lexicon's irregular past tenses ('made', 'held') and the others. A past tense that is no participle
('wrote', 'took') never stands between a word of speech and 'by' as a verb would ('X said wrote by' is no
English), so the whole list of past tenses serves."""


def before_agent(tokens: list[Tok], k: int, hi: int) -> bool:
    """Whether ``tokens[k]`` is followed by a lower-case past participle and 'by' ('reports seen by', 'claims
    made by', 'statements issued by'): then it is a noun that the participle describes, no verb of speech."""
    if k + 2 >= hi or tokens[k + 2].norm != "by":
        return False
    participle = tokens[k + 1]
    if participle.kind is not WORD or participle.is_cap:
        return False
    return participle.norm.endswith("ed") or participle.norm in IRREGULAR_PARTICIPLES


_FINITE_AFTER_NOUN = AUXILIARIES | word_set("is are was were")


def before_auxiliary(tokens: list[Tok], k: int, hi: int) -> bool:
    """Whether ``tokens[k]``, a word of speech in -s, is followed by an auxiliary or a finite 'be' ('Repeated promises
    had gone unkept', 'Such warnings were ignored', 'Her claims have been denied'): then it is a plural noun, the
    head of the subject, and no verb of speech (a verb of speech in -s is followed by its object or clause, never an
    auxiliary); else 'Generous' was read as a speaker."""
    if k + 1 >= hi or not tokens[k].norm.endswith("s"):
        return False
    after = tokens[k + 1]
    return after.kind is WORD and not after.is_cap and after.norm in _FINITE_AFTER_NOUN


def participle_before_agent(tokens: list[Tok], start: int, lo: int) -> int | None:
    """'Economists surveyed by Reuters said', 'a panel chaired by the mayor said', 'a pilot speaking to a radio
    station said': the speaker phrase found at
    ``start`` is the agent of a participle describing the noun before it, which is the speaker; the participle's
    index, else None (not after an auxiliary: 'who was elected by voters'; nor when the agent wrote the document
    before it)."""
    if start - 2 > lo and tokens[start - 1].norm in _OWN_OUTLET and tokens[start - 2].norm == "by":
        start -= 1  # 'a memo seen by this newspaper said': the outlet the words were shown to
    p = start - 2
    if p - 1 < lo:
        return None
    participle, before = tokens[p], tokens[p - 1]
    if tokens[start - 1].norm in _ADDRESSED and participle.kind is WORD and participle.norm in _TALKING:
        # 'A harbour pilot speaking to Gull Bay FM said': the one addressed is no speaker
        return p if before.kind is WORD and before.norm not in AUXILIARIES and before.norm not in BE_FORMS else None
    if tokens[start - 1].norm != "by":
        return None
    if participle.kind is not WORD or participle.is_cap:
        return None
    if not (participle.norm.endswith("ed") or participle.norm in IRREGULAR_PARTICIPLES):
        return None
    if before.norm in DOCUMENT_NOUNS and participle.norm in _AUTHORING:
        return None  # 'a survey conducted by NAME found': the author speaks through the document
    return p if before.kind is WORD and before.norm not in AUXILIARIES and before.norm not in BE_FORMS else None


_OWN_OUTLET = word_set("this our")
_TALKING = word_set("speaking talking writing")
_ADDRESSED = word_set("to with for")
"""'speaking to NAME', 'talking with NAME', 'writing for NAME' after a speaker: the one spoken to or written for."""

_AUTHORING = word_set(
    """conducted written published released issued prepared commissioned compiled produced authored drafted signed
    sent filed"""
)
"""Participles that make their agent a document's author ('a report published by ORG', 'a letter signed by NAME')."""
