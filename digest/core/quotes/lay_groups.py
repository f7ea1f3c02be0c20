"""A reported clause whose speaker is a loose group of lay people ('Residents say A', 'Colleagues say she is
meticulous', 'Several of the younger singers said A', 'A, friends said'): the common voice of many, which the gold
of every invented set leaves out (it keeps a specific speaker's reports only)."""

from __future__ import annotations

from digest.core.lexicon import ARTICLES, DEMONSTRATIVES, NUMBER_WORDS, POSSESSIVES, word_set
from digest.core.quotes.cue import Attribution
from digest.core.quotes.tokens import WORD, Tok

_LAY_PEOPLE = word_set(
    """residents villagers townspeople islanders locals neighbours neighbors commuters passengers shoppers customers
    regulars diners patrons students pupils parents families friends colleagues relatives players teammates
    singers fishermen farmers growers shopkeepers traders women men teachers staff members"""
)
"""Plurals of lay people: a group no one speaks for (not 'officials', 'critics', 'voters' or 'witnesses', whom
news reports quote as sources)."""
_KIN_OF = word_set("friends colleagues relatives neighbours neighbors teammates members")
"""Plurals that name a circle: 'Friends of NAME' are that person's, 'members of NAME' a known body's, not a loose
group."""
_LOOSE = word_set("some several many most other")
"""Quantifiers that leave the group loose ('Some residents', 'Several of the women'); 'both men' are two known."""
_AFTER_HEAD = word_set("of at in from on along across around")
"""Words that open what follows the group's noun ('Residents of the estate', 'Traders at the market')."""
_RELATIVES = word_set("who whose that")
"""A relative clause after the noun defines the group ('Growers whose orchards flooded'): not a loose one."""
_NOT_BEFORE = ARTICLES | POSSESSIVES | DEMONSTRATIVES | NUMBER_WORDS | word_set("both least of all")
"""Words that make the group known or counted ('the residents', 'her friends', 'two colleagues', 'at least four
men', 'dozens of women')."""


_VOICES = word_set("organisers organizers critics opponents")
"""Plurals of people who speak for a cause or an event: a loose group only when they 'say', in the present, what
is commonly held ('organisers say it was the biggest crowd yet', 'critics say it will push up rents'); 'organisers
said on Monday that A' reports one statement."""


def common_voice(tokens: list[Tok], who: Attribution, verb: int) -> bool:
    """A loose group of lay people (:func:`lay_group`), or a bare plural of :data:`_VOICES` before a present 'say'."""
    if lay_group(tokens, who):
        return True
    return 0 <= verb < len(tokens) and tokens[verb].norm == "say" and lay_group(tokens, who, _VOICES)


def lay_group(tokens: list[Tok], who: Attribution, heads: frozenset[str] = _LAY_PEOPLE) -> bool:
    """The speaker phrase is a plural of lay people with no article, possessive or number, maybe after a loose
    quantifier and an adjective ('Residents', 'Local teachers', 'Some residents', 'Several of the women',
    'Traders at the market'); not 'the residents', 'her friends', '300 residents', 'Friends of NAME' nor a name
    ('Castlegate Growers') nor one a relative clause defines ('Growers whose orchards flooded')."""
    words = tokens[who.start : who.end]
    if not words or any(t.kind is not WORD for t in words) or _counted(tokens, who) or _defined(tokens, who):
        return False
    if len(words) > 2 and words[0].norm in _LOOSE and words[1].norm == "of" and words[2].norm == "the":
        words = words[3:]  # 'Several of the younger singers'
    at = next((i for i, t in enumerate(words) if i > 0 and t.norm in _AFTER_HEAD), len(words))
    if at == 0:
        return False
    head, before = words[at - 1], words[: at - 1]
    if head.norm not in heads or (head.is_cap and at > 1):
        return False
    if head.norm in _KIN_OF and at < len(words) and words[at].norm == "of":
        return False
    return all(_loose_modifier(t, i) for i, t in enumerate(before))


def _loose_modifier(t: Tok, i: int) -> bool:
    """A word before the group's noun that leaves it loose: a plain word, no article, possessive or number, and no
    capital after the first ('Local teachers', 'Some residents'; not 'Castlegate Growers')."""
    return t.norm.isalpha() and t.norm not in _NOT_BEFORE and (i == 0 or not t.is_cap)


def _defined(tokens: list[Tok], who: Attribution) -> bool:
    """A relative clause after the phrase defines its people ('Growers whose orchards flooded said A')."""
    return who.end < len(tokens) and tokens[who.end].norm in _RELATIVES


def _counted(tokens: list[Tok], who: Attribution) -> bool:
    """The word before the phrase counts or picks its people ('1,409 teachers', 'two colleagues', 'dozens of
    women')."""
    if who.start == 0:
        return False
    before = tokens[who.start - 1]
    return before.kind is WORD and (before.norm in _NOT_BEFORE or any(c.isdigit() for c in before.norm))
