"""A speaker described without a name right before its verb (split off ``speakers``): 'the fund warned', 'one
analyst wrote', 'The growers, NAME among them, said'."""

from __future__ import annotations

from digest.core.lexicon import AUXILIARIES, DESCRIPTION_OPENERS, NEGATIONS, PERFECT_AUXILIARIES, PRONOUNS
from digest.core.quotes.insertions import skip_insertion_left
from digest.core.quotes.tokens import PUNCT, WORD, Tok
from digest.core.quotes.verb_gaps import CLAUSE_WORDS

_CLAUSE_OPENERS = frozenset({"and", "but", "so", "yet", "while", "although", "though", "because", "as"})


def description_before(tokens: list[Tok], verb: int, lo: int) -> tuple[int, int] | None:
    """'the fund warned', 'one analyst wrote', 'the data show': a determiner and up to three lower-case words
    opening a clause right before the verb (the phrase names a thing or a person by a common noun)."""
    for d in range(verb - 2, max(lo - 1, verb - 5), -1):
        t = tokens[d]
        if t.kind is not WORD or t.is_cap and d > lo:
            return None
        if t.norm in DESCRIPTION_OPENERS:
            before = tokens[d - 1] if d > lo else None
            opens_clause = before is None or before.kind is PUNCT or before.norm in _CLAUSE_OPENERS
            words = tokens[d + 1 : verb]
            plain = all(w.kind is WORD and not w.is_cap and w.norm not in PRONOUNS for w in words)
            return (d, _verb_group_start(tokens, d + 1, verb)) if opens_clause and plain else None
    return None


def description_before_aside(tokens: list[Tok], verb: int, lo: int) -> tuple[int, int] | None:
    """'The growers, NAME among them, said', 'the panel, chaired by NAME, said': a description (see
    :func:`description_before`) before an aside set off by commas that ends right before the verb."""
    comma = verb - 1
    if comma <= lo or tokens[comma].text != ",":
        return None
    k = skip_insertion_left(tokens, comma, lo)
    if k == comma:  # 'One passenger, a retired teacher from Leeds, said': the appositive describes the speaker
        k = _appositive_left(tokens, comma, lo)
        plain = all(t.norm not in CLAUSE_WORDS and t.norm not in PRONOUNS for t in tokens[k + 2 : comma])
        return (k + 2, comma) if k < comma and plain and description_before(tokens, k + 1, lo) is not None else None
    return description_before(tokens, k + 1, lo) if k < comma else None


_APPOSITIVE_REACH = 10


def _appositive_left(tokens: list[Tok], comma: int, lo: int) -> int:
    """The word before an appositive opened by a lower-case determiner and closed by ``comma`` (', a retired
    teacher from Leeds,'; words only inside; not ', The Daily Post's NAME,'), else ``comma``."""
    for k in range(comma - 1, max(lo, comma - _APPOSITIVE_REACH) - 1, -1):
        if tokens[k].kind is not WORD:
            opener = tokens[k + 1]
            opens = tokens[k].text == "," and k + 2 < comma and opener.norm in DESCRIPTION_OPENERS and not opener.is_cap
            return k - 1 if opens and k - 1 >= lo else comma
    return comma


_FINITE_ENDINGS = ("s", "ed", "id", "ld", "ote")


def _verb_group_start(tokens: list[Tok], first: int, verb: int) -> int:
    """Where the auxiliaries and negation before a bare verb start, after the noun's first word ('the firm would
    not say', 'the firm has not said': the phrase is 'the firm'; 'the data show': no verb group; 'the old will
    says': 'will' is a noun, as a finite verb takes no auxiliary but 'has')."""
    end = verb
    while end - 1 > first and (tokens[end - 1].norm in AUXILIARIES or tokens[end - 1].norm in NEGATIONS):
        end -= 1
    perfect = any(t.norm in PERFECT_AUXILIARIES for t in tokens[end:verb])  # 'the firm has not said': a participle
    return end if perfect or not tokens[verb].norm.endswith(_FINITE_ENDINGS) else verb
