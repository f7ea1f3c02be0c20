"""The speaker of a verb of speech coordinated after another predicate or an adverb: 'The survey also suggests
A', 'X, who endorsed her and said A', 'X celebrated, calling it "a fine day" and said A', '..., and when X thanked
the crowd and said A'."""

from __future__ import annotations

from digest.core.lexicon import DESCRIPTION_OPENERS, GROUP_NOUNS, ROLE_NOUNS, SUBORDINATORS
from digest.core.quotes.attribution import Attribution, clause_subject, main_subject, open_relative_subject
from digest.core.quotes.speakers import np_left, np_right
from digest.core.quotes.subjects import opening_subject
from digest.core.quotes.tokens import WORD, Tok


def conjoined_subject(tokens: list[Tok], v: int, lo: int, conj: int) -> Attribution | None:
    """The speaker of the verb of speech at ``v`` coordinated by the word at ``conj`` ('and', 'also', 'but',
    'then') when :func:`also_subject` (which the caller tries first) found none: the sentence's subject, a
    relative's antecedent, the subject across a quoting predicate, or the subject of a subordinate clause."""
    who = main_subject(tokens, lo, v) or clause_subject(tokens, lo, v) or open_relative_subject(tokens, lo, v, True)
    who = who or (_subject_across_quotes(tokens, lo, v) if conj == v - 1 else None)
    return who or _coordinated_subordinate(tokens, conj, lo)


_RELATIVE_REACH = 16


def also_subject(tokens: list[Tok], v: int, lo: int) -> Attribution | None:
    """'also' right before a verb of speech is an adverb when a noun phrase or ', who' stands before it: the
    speaker is that phrase ('The harbour survey also suggests that') or the relative's antecedent ('X, who also
    said'), not the subject of an earlier verb."""
    also = v - 1
    if also <= lo or tokens[also].norm != "also":
        return None
    if tokens[also - 1].norm == "who":
        return open_relative_subject(tokens, lo, v, person=True)
    found = np_left(tokens, also, lo)
    if found is not None:
        return Attribution(found[0], found[1], "reported")
    return opening_subject(tokens, lo, also)


def _subject_across_quotes(tokens: list[Tok], lo: int, v: int) -> Attribution | None:
    """'X celebrated, calling it "a fine day" and said B': the sentence's subject for a verb of speech coordinated
    after a predicate that quotes; the subject is a name (with an appositive: 'NAME, the former mayor, proposed'),
    a role or a group ('A legal opinion drafted in May ...' cut to 'A legal', or 'Therefore, harbour sources', is
    none)."""
    who = clause_subject(tokens, lo, v, across_quotes=True)
    if who is None:
        return None
    comma = next((k for k in range(who.start, who.end) if tokens[k].text == ","), None)
    if comma is not None:
        if not (tokens[comma - 1].is_cap and tokens[comma + 1].norm in DESCRIPTION_OPENERS):
            return None
        who = Attribution(who.start, comma, who.how)  # 'NAME, the former harbour master, proposed "A" and said B'
    head = tokens[who.end - 1]
    return who if head.is_cap or head.norm in ROLE_NOUNS or head.norm in GROUP_NOUNS else None


def _coordinated_subordinate(tokens: list[Tok], conj: int, lo: int) -> Attribution | None:
    """'..., and when X thanked the crowd and said B, ...': a speech verb coordinated inside a subordinate clause
    is the subject's that opens the clause (only words between the subordinator and the conjunction)."""
    for j in range(conj - 1, max(lo - 1, conj - _RELATIVE_REACH), -1):
        t = tokens[j]
        if t.kind is not WORD:
            return None
        if t.norm in SUBORDINATORS and (j == lo or not t.is_cap):
            found = np_right(tokens, j + 1, conj)
            if found is None or found[1] >= conj or not tokens[found[0]].is_cap:
                return None
            after = tokens[found[1]]
            return Attribution(found[0], found[1], "subordinate") if after.kind is WORD and not after.is_cap else None
    return None
