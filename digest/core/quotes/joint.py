"""Joint speakers written as a list: 'Norway, Chile and Kenya said', 'Tam Rooke, Orla Brisk and Pell Varro wrote'.
Members set off by commas before a last pair joined by 'and' speak together, named as written: the convention of
a pair ('Mr. A and Mr. B say': one speaker, 'Mr. A and Mr. B'), carried to longer lists. A list of plain phrases
('The union, the council and the bus operator said') passes :func:`joint_members`, but the speaker phrases found
before and after a verb end at its last member, so such a list is not yet read as one speaker."""

from __future__ import annotations

from digest.core.lexicon import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    GROUP_NOUNS,
    IRREGULAR_PAST,
    MONTHS_DAYS,
    NOT_NAME_WORDS,
    ORG_WORDS,
    POSSESSIVES,
    PREPOSITIONS_IN_NP,
    PRONOUNS,
    ROLE_NOUNS,
    SENTENCE_OPENERS,
    SUBORDINATORS,
)
from digest.core.quotes.tokens import WORD, Tok

_MEMBER_MAX = 5
_LIST_MAX = 6


def _member(words: list[Tok]) -> str | None:
    """The kind of one member of a list: "name" for capitalised words ('Norway', 'Dr. Tam Rooke'), "plain" for a
    determiner and lower-case words headed by an organisation, group or role noun ('the bus operator'); else
    None (an opener, a day, a preposition's phrase, a pronoun)."""
    if not words or len(words) > _MEMBER_MAX or any(t.kind is not WORD for t in words):
        return None
    first = words[0]
    if first.norm in SENTENCE_OPENERS or first.norm in MONTHS_DAYS or first.norm in NOT_NAME_WORDS:
        return None
    if all(t.is_cap for t in words):
        return "name" if first.norm not in PRONOUNS and first.norm not in PREPOSITIONS_IN_NP else None
    head = words[-1].norm
    plain = first.norm in ARTICLES or first.norm in POSSESSIVES
    headed = head in ORG_WORDS or head in GROUP_NOUNS or head in ROLE_NOUNS
    return "plain" if plain and headed and not any(t.is_cap for t in words[1:]) else None


def joint_members(parts: list[list[Tok]]) -> bool:
    """The comma-separated parts of a speaker phrase are a list of three or more members of one kind, the last two
    joined by 'and' ('Norway', 'Chile and Kenya'; 'A', 'B', 'and C')."""
    if len(parts) < 2 or len(parts) > _LIST_MAX:
        return False
    last = parts[-1]
    ands = [k for k, t in enumerate(last) if t.norm == "and"]
    if len(ands) != 1:
        return False
    members = [*parts[:-1], last[: ands[0]], last[ands[0] + 1 :]]
    if not members[-2]:
        members.pop(-2)  # 'A, B, and C': a comma before 'and'
    kinds = {_member(m) for m in members}
    return len(members) >= 3 and len(kinds) == 1 and None not in kinds


def list_start(tokens: list[Tok], start: int, end: int, lo: int) -> int:
    """Where a list opening the sentence starts when the speaker phrase ``start``-``end`` is its last pair
    ('Norway, Chile and Kenya said', 'But A, B, and C said'); ``start`` when the members before it, each set off
    by a comma, do not reach back to the sentence's start (past a lead word or a sentence adverb: 'Privately, A
    and B said' is a pair; 'Together, A, B and C said' and 'On Monday, A, B and C said' are lists of three) or are
    not of one kind."""
    last = tokens[start:end]
    if start - 2 >= lo and tokens[start - 1].norm == "and" and tokens[start - 2].text == ",":
        k = start - 2  # 'A, B, and C': the phrase was cut at 'and'
        last = tokens[start - 1 : end]
    elif start - 1 >= lo and tokens[start - 1].text == "," and any(t.norm == "and" for t in last):
        k = start - 1
    else:
        return start
    parts = [last]
    while k > lo and tokens[k].text == "," and len(parts) < _LIST_MAX:
        first = k
        while first - 1 >= lo and tokens[first - 1].kind is WORD:
            first -= 1
        lead = first if first > lo or not _opener(tokens[lo]) else lo + 1  # 'But', 'Privately,'
        if first == lo and (_scene(tokens[lo:k]) or _fronted_clause(tokens[lo:k])):
            lead = k  # 'In a joint statement, A, B and C said', 'After the court ruled, ...': no member
        if lead < k:
            parts.insert(0, tokens[lead:k])
        if first == lo:
            return (
                (lead if lead < k else k + 1) if joint_members(parts) else start
            )  # 'Together, A, B and C': past the comma
        k = first - 1
    return start


_ADVERB_ENDINGS = ("ally", "ately", "ntly", "edly", "ously", "ively", "fully", "ably", "ibly", "ingly")
"""Endings of sentence adverbs ('Crucially', 'Privately', 'Evidently'); a bare '-ly' would take names that open
a list ('Italy, France and Spain', 'Kelly, Tran and Obi'), so a few adverbs ('Frankly', 'Sadly') are missed."""


def _opener(t: Tok) -> bool:
    """A word opening the sentence before a list of speakers, no member of it: a lead word ('But', 'Meanwhile') or
    a sentence adverb ('Privately,', 'Crucially,')."""
    n = t.norm
    return n in SENTENCE_OPENERS or n in ADVERBS or n.endswith(_ADVERB_ENDINGS)


def _scene(words: list[Tok]) -> bool:
    """Words opening the sentence before a list that set its scene, no member of it ('In a joint statement', 'On
    Monday', 'Last week'): a preposition or 'last' first, then no verb ('After the court ruled' is a clause)."""
    return len(words) >= 2 and words[0].norm in _SCENE_OPENERS and not _has_verb(words)


def _fronted_clause(words: list[Tok]) -> bool:
    """Words opening the sentence before a list that make a subordinate clause ('After the court ruled', 'When
    the vote was over'): a subordinator first, then a verb."""
    return len(words) >= 3 and words[0].norm in SUBORDINATORS and _has_verb(words[1:])


def _has_verb(words: list[Tok]) -> bool:
    """A lower-case auxiliary, form of 'be', past tense or word in -ed among the words."""
    return any(
        not t.is_cap
        and (t.norm in AUXILIARIES or t.norm in BE_FORMS or t.norm.endswith("ed") or t.norm in IRREGULAR_PAST)
        for t in words
    )


_SCENE_OPENERS = frozenset({"in", "on", "at", "during", "after", "before", "last", "earlier", "later", "since"})


def tagged_list_start(tokens: list[Tok], start: int, lo: int) -> int:
    """'Sen. A (D-Vt.) and Sen. B (D-Ore.) said', 'A (D-Vt.), B (D-Ore.) and C said': a speaker phrase found from
    its last member starts at the bracket closing the member before it; the members each a name and its bracketed
    tag, set off by commas or 'and', reaching back to the sentence's start (past an opening word: 'But'), speak
    together. ``start`` when the phrase does not open so, and past the bracket and 'and' when the list does not
    reach back (then the members after it speak, as before)."""
    if start < len(tokens) - 1 and tokens[start].text == ")" and tokens[start + 1].norm in ("and", ","):
        k, alone = start, start + 2  # the phrase took the bracket before 'and': 'A (D-Vt.) and B said'
    elif start - 2 >= lo and tokens[start - 1].text == "," and tokens[start - 2].text == ")":
        k, alone = start - 2, start  # the phrase stopped at a comma after a bracket: 'A (D-Vt.), B and C said'
    else:
        return start
    while k > lo and tokens[k].text == ")":
        open_at = next((b for b in range(k - 1, max(lo, k - _TAG_MAX) - 1, -1) if tokens[b].text == "("), None)
        if open_at is None:
            break
        first = open_at
        while first - 1 >= lo and tokens[first - 1].kind is WORD and tokens[first - 1].is_cap:
            first -= 1
        if first == open_at:
            break
        if first == lo or (first == lo + 1 and _opener(tokens[lo])):
            return first
        joined = tokens[first - 1].norm == "and" or tokens[first - 1].text == ","
        k = first - 2 if joined else lo
    return alone


_TAG_MAX = 8
"""The most tokens of a bracketed tag after a name ('(D-N.Y.)')."""


_RELATIVE_MAX = 14
"""The most tokens of a relative clause set off by commas inside a pair of speakers."""


def relative_pair_start(tokens: list[Tok], start: int, lo: int) -> int:
    """'Ada Quist, who chairs the board, and Colm Bright said': a speaker phrase found from the second member of a
    pair, after ', and', starts at the first member when a relative clause set off by commas stands between them
    and the first member is a name opening the sentence (past an opening word); ``start`` otherwise."""
    if start - 3 < lo or tokens[start - 1].norm != "and" or tokens[start - 2].text != ",":
        return start
    for k in range(start - 3, max(lo, start - 3 - _RELATIVE_MAX) - 1, -1):
        t = tokens[k]
        if t.kind is not WORD and t.text != ",":
            return start
        if t.text == "," and k + 1 < start and tokens[k + 1].norm == "who":
            first = k
            while first - 1 >= lo and tokens[first - 1].kind is WORD and tokens[first - 1].is_cap:
                first -= 1
            opens = first == lo or (first == lo + 1 and _opener(tokens[lo]))
            return first if first < k and opens else start
        if t.text == ",":
            return start
    return start
