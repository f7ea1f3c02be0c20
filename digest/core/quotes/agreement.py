"""A plural noun opening a subject, then a preposition and a name ('Crab fishers along the shore of NAME say',
'Teachers at two schools in NAME said'): the plural speaks and the name says where they are; a verb in the plain
present ('say', 'insist') could not agree with the name alone."""

from __future__ import annotations

from digest.core.lexicon import word_set
from digest.core.quotes.cue import Attribution
from digest.core.quotes.tokens import WORD, Tok

_PLAIN_PRESENT = word_set(
    "say claim insist argue warn believe fear complain allege contend maintain suggest predict worry report tell"
)
"""Verbs of speech in the plain present, whose subject (beside 'I', 'you', 'we', 'they') is plural; with the
commonest past tenses they are the verbs read."""
_SPEECH = _PLAIN_PRESENT | word_set("said told claimed insisted argued warned complained alleged reported")
_LINKS = word_set("of in at on along from near across around inside outside throughout for with")
_IRREGULAR_PLURALS = word_set("men women people children fishermen police staff folk")


def plural_speakers(tokens: list[Tok], v: int, lo: int, found: tuple[int, int]) -> Attribution | None:
    """The plural noun phrase speaking through the verb of speech at ``v`` when the phrase ``found`` before it
    ends in a capitalised name after a preposition: the phrase from its plural head ('Crab fishers along the shore
    of NAME say', 'Drivers in the queue at NAME said': the fishers and the drivers, not the places), which
    may open the sentence before ``found``; else None."""
    start, end = found
    if tokens[v].norm not in _SPEECH or not tokens[end - 1].is_cap:
        return None
    if any(t.kind is not WORD for t in tokens[end:v]):
        return None  # 'Crews from NAME, led by NAME, said': an aside between, read by the appositive rules
    if start - 2 >= lo and (tokens[start - 1].norm in _LINKS or tokens[start - 1].norm in ("the", "a", "an")):
        opening = _phrase_start(tokens, lo, start)  # 'Crab fishers along the shore of' before the name found
        if opening is None:
            return None
        start = opening
    link = next((k for k in range(start + 1, end) if tokens[k].norm in _LINKS), None)
    if link is None or not all(t.kind is WORD for t in tokens[start:link]):
        return None
    return Attribution(start, end, "plural") if _plural_head(tokens, start, link) else None


_PHRASE_REACH = 12
"""How many words a subject phrase may run back before the name it ends with."""


def _phrase_start(tokens: list[Tok], lo: int, name: int) -> int | None:
    """Where the words before the name at ``name`` start: at the sentence's start or after a punctuation mark (a
    dateline's dash, an opening phrase's comma), within a few words; else None."""
    for k in range(name - 1, max(lo, name - _PHRASE_REACH) - 1, -1):
        if tokens[k].kind is not WORD:
            return k + 1 if k + 1 < name - 1 else None
        if k == lo:
            return k
    return None


def _plural_head(tokens: list[Tok], start: int, end: int) -> bool:
    """The words from ``start`` up to the preposition at ``end`` end in a plural noun ('Crab fishers', 'Teachers',
    'Parents'; not 'The head', 'A crowd')."""
    head = tokens[end - 1].norm
    return head in _IRREGULAR_PLURALS or (head.endswith("s") and not head.endswith(("ss", "'s", "’s", "us")))
