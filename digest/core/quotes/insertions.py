"""What stands between a speaker and the verb on its left: an inserted clause (', who ...,'), an appositive role
after a name ('X, a senator, said') and a name after a role ('her adviser, Tom Reed, said')."""

from __future__ import annotations

from digest.core.lexicon import (
    ADVERBIAL_OPENERS,
    CONTRAST_SUBORDINATORS,
    IRREGULAR_PAST,
    LEAD_WORDS,
    PREPOSITIONS_IN_NP,
    PRONOUNS,
    ROLE_NOUNS,
    SUBORDINATORS,
)
from digest.core.quotes.agents import IRREGULAR_PARTICIPLES
from digest.core.quotes.clause_ends import DASHES
from digest.core.quotes.phrase_words import STOP_CAPS
from digest.core.quotes.right_phrases import member_aside
from digest.core.quotes.tokens import QUOTE, WORD, Tok, bracket_after_name
from digest.core.speech_verbs import SPEECH_VERBS

_INSERTION_OPENERS = frozenset(
    {
        "who",
        "which",
        "whose",
        "however",
        "too",
        "though",
        "meanwhile",
        "also",
        "after",
        "at",
        "in",
        "on",
        "during",
        "with",
        "speaking",
        "writing",
        "for",
        "according",
    }
)


def skip_insertion_left(tokens: list[Tok], j: int, lo: int) -> int:
    """From a ``,`` or dash at ``j``, skip back over an inserted clause (", who ...," / "- at ... -")."""
    mark = tokens[j].text
    pairs = {",": ",", "-": "-", "—": "—", "–": "–", "--": "--"}
    if mark not in pairs:
        return j
    k = j - 1
    while k >= lo and tokens[k].text != pairs[mark]:
        if tokens[k].kind is QUOTE:
            return j
        k -= 1
    if k < lo:
        return j
    first = tokens[k + 1] if k + 1 < j else None
    if first is None:
        return j
    if mark == "," and _name_after_role(tokens, k, j):
        return k - 1
    if mark == "," and (_past_participle_aside(tokens, k, j) or member_aside(tokens, k, j + 1) == j):
        return k - 1  # 'The panel, chaired by NAME, said', 'The growers, NAME among them, said'
    opens = first.norm in _INSERTION_OPENERS or present_participle(first)
    if mark == "," and not opens and not _appositive_after_name(tokens, k, lo):
        # two appositives: 'Lee Moss, an analyst at Kelby Risk, the Ohio-based firm, told'
        outer = k - 1
        while outer >= lo and outer > k - 20 and tokens[outer].text != "," and tokens[outer].kind is WORD:
            outer -= 1
        if outer >= lo and tokens[outer].text == "," and _appositive_after_name(tokens, outer, lo):
            return outer - 1
        return j
    return name_before_party_label(tokens, k - 1, lo) if mark == "," else k - 1


_PARTY_INITIALS = frozenset("DRI")
_LABEL_WORDS = 3
"""The most capitalised words of a party-and-state label after its first ('R-Pine Hollow', 'D-Cedar Falls')."""


def party_label(word: str) -> bool:
    """'D-Ore', 'R-Idaho', 'I-Vt', 'D-N.Y': a legislator's party initial and state, the American wire style."""
    initial, dash, state = word.partition("-")
    return initial in _PARTY_INITIALS and dash == "-" and state[:1].isupper() and state.replace(".", "").isalpha()


def name_before_party_label(tokens: list[Tok], j: int, lo: int) -> int:
    """'Sen. Ada Wole, D-Fairhaven, who chairs the panel, said', 'Rep. Ada Wole, R-Cedar Falls, who ...': when the
    phrase ending at ``j`` is a party-and-place label set off by a comma after a name, the last word of that name
    (the label names a party and a district, never the speaker); else ``j``."""
    k = j - 1 if j > lo and tokens[j].text == "." else j
    stop = max(lo, k - _LABEL_WORDS)
    while k > stop and tokens[k].kind is WORD and tokens[k].is_cap and not party_label(tokens[k].text):
        k -= 1  # 'R-Cedar Falls': the label's later words
    if k - 2 < lo or not party_label(tokens[k].text) or tokens[k - 1].text != ",":
        return j
    return k - 2 if tokens[k - 2].kind is WORD and tokens[k - 2].is_cap else j


_PARTICIPLE_LINKS = frozenset({"by", "in", "at", "for", "from", "with", "on", "since", "under"})


_NOT_PARTICIPLES = frozenset(
    {
        "something",
        "nothing",
        "anything",
        "everything",
        "morning",
        "evening",
        "building",
        "meeting",
        "wedding",
        "darling",
        "including",
        "regarding",
        "notwithstanding",
    }
)
"""Words ending in '-ing' that open no participle aside: nouns that may open an appositive (', something of a
legend,') and prepositions ('including', 'regarding'), whose members or topics are no speaker's doing (see
:func:`member_aside`)."""


def present_participle(tok: Tok) -> bool:
    """A lower-case present participle opening an aside (', winding a clock at the bench,', ', overhearing,'): it
    describes what the speaker before it was doing, no speaker of its own."""
    n = tok.norm
    return tok.kind is WORD and not tok.is_cap and len(n) > 5 and n.endswith("ing") and n not in _NOT_PARTICIPLES


def _past_participle_aside(tokens: list[Tok], k: int, j: int) -> bool:
    """', chaired by NAME,', ', based in CITY,', ', founded in 1990,': the commas at ``k`` and ``j`` set off a past
    participle and its phrase, which describe the noun before them (the speaker), no speaker of their own."""
    first = tokens[k + 1]
    return (
        j - k > 3
        and first.kind is WORD
        and not first.is_cap
        and (first.norm.endswith("ed") or first.norm in IRREGULAR_PARTICIPLES)
        and (tokens[k + 2].norm in _PARTICIPLE_LINKS or first.norm in _ASIDE_PARTICIPLES)
    )


_ASIDE_PARTICIPLES = frozenset({"asked", "pressed", "questioned", "granted", "given", "reached", "contacted"})
"""Participles of what was put to a speaker, opening an aside with any words after them (', asked about the
talks,', ', granted anonymity to discuss them,', ', pressed on the figures,')."""


_NAME_WORDS = 4


def _name_after_role(tokens: list[Tok], k: int, j: int) -> bool:
    """'her senior policy adviser, Tom Reed, said': a name between commas after a role noun."""
    if k < 1 or not 1 < j - k <= _NAME_WORDS + 1:
        return False
    role = tokens[k - 1]
    name = tokens[k + 1 : j]
    return (
        role.kind is WORD
        and not role.is_cap
        and role.norm in ROLE_NOUNS
        and all(t.kind is WORD and t.is_cap and t.norm not in PRONOUNS for t in name)
    )


def named_role_end(tokens: list[Tok], j: int, verb: int) -> int:
    """The end of a phrase whose head is ``tokens[j]``: past the name after a role ('adviser, Dana Pike')."""
    close = next((c for c in range(j + 2, min(verb, j + _NAME_WORDS + 3)) if tokens[c].text == ","), None)
    if close is not None and tokens[j + 1].text == "," and _name_after_role(tokens, j + 1, close):
        return close
    return j + 1


def _appositive_after_name(tokens: list[Tok], k: int, lo: int) -> bool:
    """'Tom Reyes, one of the leading voices on the fisheries, said': a role between commas after a name.

    The role opens with a determiner or a role noun; the name before it is a run of capitalised words that
    opens the sentence (after an optional lead word such as 'But'), so 'In Washington, the senator said'
    never makes 'Washington' the speaker.
    """
    if k + 1 >= len(tokens) or k - 1 < lo:
        return False
    if not _role_like(tokens, k + 1):
        return False
    start = name_end = _before_tag(tokens, k - 1, lo)
    while start >= lo and tokens[start].kind is WORD and tokens[start].is_cap and tokens[start].norm not in STOP_CAPS:
        start -= 1  # not past 'In': 'In Salem, a panel member, said' names no Salem
    if start == name_end:
        return False
    if start < lo or _age_after_described(tokens, k, start, lo):
        return True
    # after a lead word opening the sentence or a clause: 'But General Ada Kell, chairman of ..., told'
    # ('X, a role, and Y, a role, testified' has two subjects: a clause opening with 'and' is not taken)
    if start == lo:
        return tokens[start].norm in LEAD_WORDS
    if tokens[start].text in DASHES:
        return True  # '... an accident — NAME, a spokesman for the board, told the paper': a clause after a dash
    if tokens[start].norm == "as" or (tokens[start].text == "," and _opening_adverbial(tokens, lo, start)):
        return True  # 'as X, a former mayor, put it', 'In a call on Monday, X, a spokesman, said'
    return tokens[start].norm in _CLAUSE_LEADS and tokens[start - 1].text == ","


_AGE_WORDS = frozenset({"now", "aged"})
_OLDEST = 120
_NOT_DESCRIBING = IRREGULAR_PAST | SPEECH_VERBS | ADVERBIAL_OPENERS | PREPOSITIONS_IN_NP | SUBORDINATORS


def _age_after_described(tokens: list[Tok], k: int, start: int, lo: int) -> bool:
    """'Truck driver NAME, 29, said', 'The band's NAME, 24, said': an age between commas after a name marks a
    person, so a description opening the sentence (or its clause after an opening adverbial) before the name, plain
    words (no verb in -ed or of the past, no preposition, no plural but a possessive), is the name's own, not an
    adverbial before the subject. ``k`` is the comma opening the age, ``start`` the word before the name."""
    i = k + 1 + (tokens[k + 1].norm in _AGE_WORDS)
    if i + 1 >= len(tokens) or tokens[i + 1].text != "," or not tokens[i].text.isdigit():
        return False
    if not 0 < int(tokens[i].text) < _OLDEST:
        return False
    b = start
    while b >= lo and _describing(tokens[b]):
        b -= 1
    return b < lo or (tokens[b].text == "," and _opening_adverbial(tokens, lo, b))  # 'At the fair, retiree NAME, 71,'


def _describing(t: Tok) -> bool:
    """A word of a description before a name ('Haul truck driver', 'Long-standing member', 'The band's')."""
    if t.kind is not WORD or t.norm.endswith("ed") or t.norm in _NOT_DESCRIBING:
        return False
    return not t.norm.endswith("s") or t.text.endswith(("'s", "’s", "s'", "s’"))


def _before_tag(tokens: list[Tok], j: int, lo: int) -> int:
    """'Sen. NAME (D-Ore.), the panel chairman, said': the last word of the name before a tag in brackets (capitalised
    words and marks) closing at ``j`` and opened right after it; ``j`` when no such tag closes there."""
    if tokens[j].text != ")" or not bracket_after_name(tokens, j, lo):
        return j
    opening = next(k for k in range(j - 1, lo - 1, -1) if tokens[k].text == "(")
    tag = all(t.is_cap or t.kind is not WORD for t in tokens[opening + 1 : j])  # not 'Salem (the capital)'
    return opening - 1 if tag else j


_ADVERBIAL_WORDS = 12
_PLACE_OPENERS = frozenset({"across", "beyond", "inside", "outside", "along", "around", "near", "behind", "over"})
"""Prepositions of place opening an adverbial before the subject ('Across the Sound, NAME, a rival, says')."""
_FRONTED_CLAUSE_WORDS = 24
"""The most words of a fronted subordinate clause ('While A did not ..., X, R-NY, says')."""


def _opening_adverbial(tokens: list[Tok], lo: int, comma: int) -> bool:
    """The words before ``comma`` are one adverbial phrase opening the sentence, after optional lead words ('But
    in a call with reporters on Monday,'): an opening preposition or adverb, no other comma, a few words."""
    start = lo
    while start < comma and tokens[start].norm in LEAD_WORDS and tokens[start].norm not in ADVERBIAL_OPENERS:
        start += 1
    most = _FRONTED_CLAUSE_WORDS if tokens[start].norm in SUBORDINATORS else _ADVERBIAL_WORDS
    opener = tokens[start].norm in ADVERBIAL_OPENERS or tokens[start].norm in _PLACE_OPENERS
    if start == comma or comma - start > most or not opener:
        return False
    return all(t.kind is WORD for t in tokens[start:comma])


_APPOSITIVE_WORDS = 12


def _role_like(tokens: list[Tok], i: int) -> bool:
    """An appositive after a name: 'a senator', 'pastor of the Fort Church', 'technology analyst at a bank',
    'Iowa State University professor' (a role noun before the next comma), 'R-Ky.' (party and state)."""
    first = tokens[i]
    if first.kind is not WORD:
        return False
    if not first.is_cap:
        return first.norm not in SPEECH_VERBS and first.norm not in PRONOUNS
    if first.text[:2] in ("R-", "D-", "I-"):
        return True
    for t in tokens[i : i + _APPOSITIVE_WORDS]:
        if t.kind is not WORD:
            return False
        if t.norm in ROLE_NOUNS and not t.is_cap:
            return True
    return False


_CLAUSE_LEADS = CONTRAST_SUBORDINATORS | {"but", "yet"}


_QUOTED_INSERTION_MAX = 24
_INSERTION_PAIRS = {",": ",", "-": "-", "—": "—", "–": "–", "--": "--"}


def quoted_insertion(tokens: list[Tok], v: int, lo: int) -> tuple[int, int] | None:
    """'NAME, who calls the plan a “folly,” said A', 'NAME, host of “Harbour Hour,” suggested A', 'NAME - who once
    vowed to "sink" the ferry - said A': an inserted clause or appositive holding a quotation, closed by a comma
    (perhaps inside the closing mark) or a dash right before the verb; the phrase before it, as found by
    ``np_left`` at the opening comma or dash, is returned as the place to look (its start and the opening mark)."""
    close = v - 1
    if close <= lo:
        return None
    last = tokens[close]
    mark = "," if last.kind is QUOTE and last.text.rstrip("\"'”’»").endswith(",") else last.text
    if mark not in _INSERTION_PAIRS:
        return None
    end = close if last.kind is QUOTE else close - 1  # the last token inside the insertion
    quoted = last.kind is QUOTE
    for k in range(end, max(lo, close - _QUOTED_INSERTION_MAX), -1):
        t = tokens[k]
        if t.kind is QUOTE:
            quoted = True
            continue
        if t.text in (";", ":", ".", "?", "!"):
            return None
        if t.text == _INSERTION_PAIRS[mark] and k < end:
            return (k, close) if quoted and _opens_insertion(tokens, k + 1) else None
    return None


def _opens_insertion(tokens: list[Tok], i: int) -> bool:
    """The first word after the opening comma or dash opens a relative clause, a participle or an appositive."""
    first = tokens[i]
    if first.kind is not WORD:
        return False
    return first.norm in _INSERTION_OPENERS or first.norm.endswith("ing") or _role_like(tokens, i)
