"""Forms of verbs of speech that are nouns where they stand ('the report that said A', 'seven states', 'a large
state'): no cue; and things one says by name ('said a prayer'), no clause. Split off ``reported`` and ``clauses``."""

from __future__ import annotations

from digest.core.lexicon import ARTICLES, NUMBER_WORDS, PREPOSITIONS_IN_NP, word_set
from digest.core.quotes.clause_shape import FINITE_WORDS, NOT_CLAUSE_START
from digest.core.quotes.tokens import PUNCT, WORD, Tok

_NOUN_DETERMINERS = ARTICLES | word_set("this these those")
_COUNTS = (NUMBER_WORDS - {"one"}) | word_set("hundreds thousands several many both")
"""Words that count a plural noun: before a plural form of a verb of speech ('seven states', 'many claims')."""
_PLURAL_NOUN_FORMS = word_set("states claims reports notes comments remarks answers replies statements warnings")
"""Forms of verbs of speech that are also plural nouns ('says' never is: 'one in five says A')."""


def noun_after_determiner(tokens: list[Tok], v: int, lo: int) -> bool:
    """'rejected the report that said A': a form of a verb of speech after an article or a demonstrative is a
    noun, no cue ('that' may be a relative pronoun before a verb: 'groups that say'; after a possessive pronoun,
    'his claim that ... "..."', main's reading of a clause still lets the quoted fragment be found)."""
    if v - 1 < lo or tokens[v - 1].kind is not WORD:
        return False
    before = tokens[v - 1].norm
    plural = tokens[v].norm in _PLURAL_NOUN_FORMS  # 'the seven states that share the river': a counted plural
    if before in _NOUN_DETERMINERS or (plural and (before in _COUNTS or before.replace(",", "").isdigit())):
        return True
    return _singular_noun(tokens, v, lo)


_BASE_NOUN_FORMS = word_set("state claim report charge estimate promise comment")
"""Base forms of verbs of speech that are also singular nouns ('a large state', 'any claim')."""
_SINGULAR_DETERMINERS = word_set("a an any each every another")
_MODIFIER_REACH = 3


def _singular_noun(tokens: list[Tok], v: int, lo: int) -> bool:
    """'..., a large state with favorable conditions', '..., the most of any state': the base form of a verb of
    speech after a singular determiner and at most a few lower-case modifiers is a noun (a verb in its base form
    needs a plural subject, 'officials state', or 'to'); a preposition or punctuation between ends the search ('a
    group of officials state'), and so does a capitalised word ('a CNN report that A' is the outlet's report)."""
    if tokens[v].norm not in _BASE_NOUN_FORMS:
        return False
    for k in range(v - 1, max(lo, v - 1 - _MODIFIER_REACH) - 1, -1):
        t = tokens[k]
        if t.kind is not WORD or t.is_cap or t.norm in PREPOSITIONS_IN_NP or t.norm == "to":
            return False
        if t.norm in _SINGULAR_DETERMINERS:
            return True
    return False


_OWNERS = word_set("his her its their our my your")
"""Possessive determiners, the owners of a claim ('his claim that A')."""
_OWNED_CLAIMS = word_set("claim claims report reports charge charges estimate promise promises comment comments")
"""Nouns of a claim that are also verbs of speech ('claims', 'reports'); not 'state', 'notes', 'replies': 'their
state', 'her sister replies that' are no one's claim."""
_CLAIM_MODIFIERS = word_set("own recent earlier latest previous repeated false new initial original first public")
"""Words between a possessive and its claim ('his recent claim that A')."""


CLAIM_HOWS = frozenset({"owner", "upheld"})
"""How a claim's owner is found: 'owner' (the possessive: 'The stewards dismissed his claim that A') or 'upheld' (the
subject of a verb of upholding one's own claim: 'NAME repeated his claim that A'). Its clause is no reported speech
(the gold's convention), its quoted words are the owner's."""
_UPHOLDING = word_set(
    "repeated repeats repeat reiterated reiterates reiterate restated restates renewed renews made makes pressed"
    " presses defended defends maintained maintains stood stands"
)
"""Verbs of upholding one's own claim: their subject owns the claim after 'his' or 'her' ('NAME repeated his claim
that A'); after other verbs ('rejected', 'mocked') the owner is someone else."""


def upholding(tok: Tok) -> bool:
    """``tok`` is a verb of upholding one's own claim (:data:`_UPHOLDING`)."""
    return tok.kind is WORD and not tok.is_cap and tok.norm in _UPHOLDING


def claim_owner(tokens: list[Tok], v: int, lo: int, hi: int) -> int | None:
    """'The stewards dismissed his claim that A', 'Contrary to their claims that A', 'her recent claim that A': where
    the possessive determiner stands before a noun of a claim that is also a verb of speech and is followed by
    'that'; the claim is the owner's, its verb no verb of the sentence's subject. None otherwise."""
    if tokens[v].norm not in _OWNED_CLAIMS or v + 1 >= hi or tokens[v + 1].norm != "that":
        return None
    k = v - 1
    if k > lo and tokens[k].norm in _CLAIM_MODIFIERS:
        k -= 1
    if k < lo or tokens[k].kind is not WORD or tokens[k].norm not in _OWNERS:
        return None
    return k


_SAID_THINGS = word_set(
    "prayer prayers grace goodbye goodbyes farewell farewells hello hellos mass rosary vows words thanks amen"
)
"""Things one says by name ('said a prayer', 'said grace', 'said a few words', 'said their vows'): the object of
'say', not the subject of a clause."""
_SAID_THING_REACH = 3


_AFTER_SAID_THING = word_set("for over before after at with and as that")
"""Words after a thing said ('said a prayer for the crew', 'said grace over the meal'); after 'the' and its noun,
'of', 'on' or 'to' go on into a clause's subject ('said the mass of the planet is', 'said the words on the sign
were'), while 'their goodbyes on the quay', 'a few words to the crew' name what was said."""


def _noun_of(tokens: list[Tok], k: int, hi: int, nouns: frozenset[str]) -> int | None:
    """Where a noun of ``nouns`` stands within :data:`_SAID_THING_REACH` words of ``k``, past lower-case words that
    are no finite verb; None when another token comes first."""
    for j in range(k, min(hi, k + _SAID_THING_REACH)):
        t = tokens[j]
        if t.kind is not WORD or t.is_cap or t.norm in FINITE_WORDS:
            return None
        if t.norm in nouns:
            return j
    return None


def said_thing(tokens: list[Tok], k: int, hi: int) -> bool:
    """The words from ``k`` name a thing said ('a prayer for the crew', 'their goodbyes', 'a few words.'): up to
    two lower-case words and a noun of :data:`_SAID_THINGS`, then punctuation, the end, a preposition or 'that'
    ('a few words would do' and 'the mass grave held' are clauses)."""
    j = _noun_of(tokens, k, hi, _SAID_THINGS)
    if j is None:
        return False
    after = tokens[j + 1] if j + 1 < hi else None
    if after is None or after.kind is PUNCT or after.norm in _AFTER_SAID_THING:
        return True
    return tokens[k].norm != "the" and after.norm in NOT_CLAUSE_START  # 'their goodbyes on the quay'


_TOLD_THINGS = word_set("story stories tale tales joke jokes")
"""Things one tells by name ('told him the tale', 'tells the children stories'): the object of 'tell', not the
subject of a clause ('told him the story was false' still is one)."""
_AFTER_TOLD_THING = _AFTER_SAID_THING | word_set("many again once twice often every countless more")
"""Words after a thing told that end its phrase: those after a thing said, and words of how often ('told him the
tale twice', 'told me the story again')."""


def told_thing(tokens: list[Tok], k: int, hi: int) -> bool:
    """The words from ``k`` name a thing told ('the same joke every winter', 'that story again'): a determiner
    or possessive, up to two lower-case words and a noun of :data:`_TOLD_THINGS`, then punctuation, the end or a
    word of :data:`_AFTER_TOLD_THING`."""
    j = _noun_of(tokens, k, hi, _TOLD_THINGS)
    if j is None or j == k:
        return False
    after = tokens[j + 1] if j + 1 < hi else None
    return after is None or after.kind is PUNCT or after.norm in _AFTER_TOLD_THING
