"""A quotation after a verb of stance or naming and 'as' ('X rejected the claims as "plainly wrong"'), or a verb
of likening and 'to'. Split off ``attribution``."""

from __future__ import annotations

from digest.core.lexicon import ARTICLES, POSSESSIVES, word_set
from digest.core.quotes.agents import IRREGULAR_PARTICIPLES
from digest.core.quotes.appositives import appositive_subject
from digest.core.quotes.cue import Attribution, is_verb
from digest.core.quotes.phrase_words import lower_word
from digest.core.quotes.speakers import np_left, np_right
from digest.core.quotes.tokens import WORD, Tok

_STANCE_AS = word_set(
    "rejected rejects dismissed dismisses described describes branded brands denounced denounces "
    "characterized characterised labelled labeled condemned condemns hailed hails portrayed portrays"
    " describe refer refers referred identified identifies introduced introduces depicted depicts framed frames"
    " characterizes characterises labels painted paints touted touts derided derides mocked mocks summed sums"
    " heralded heralds"
)
"""Verbs of stance or naming whose object, 'as' and a quotation give the subject's words ('dismissed it as "A"')."""
_LIKEN_TO = word_set("likened likens compared compares")
"""Verbs of likening whose object, 'to' and a quotation give the subject's words ('likened the toll to "A"')."""


_PASSIVE_NAMING = word_set(
    "described called dubbed labelled labeled branded termed characterised characterized hailed praised condemned"
    " denounced slammed criticised criticized"
)
"""Past participles of naming and judging: 'was hailed by X as "..."' (X said it)."""


def stance_as(tokens: list[Tok], qi: int, lo: int) -> Attribution | None:
    """'X rejected the claims as "plainly wrong"', 'X hailed him as a "fighter"', 'X introduced her as his "right
    hand"', 'X likened the toll to "draining the harbor"': a verb of stance or naming, its object, ``as`` (or ``to``
    after a verb of likening), an optional article or possessive, the quote. (An -ing form of these verbs, and an
    object set off by commas, found nothing more that was right on PolNeAR train and were left out.)"""
    k = qi - 1
    if k > lo and (tokens[k].norm in ARTICLES or tokens[k].norm in POSSESSIVES):
        k -= 1
    if k < lo or tokens[k].norm not in ("as", "to"):
        return None
    verbs = _STANCE_AS if tokens[k].norm == "as" else _LIKEN_TO
    for v in range(k - 1, max(lo - 1, k - 9), -1):
        t = tokens[v]
        if t.kind is not WORD:
            return None
        if t.norm == "by" and tokens[k].norm == "as" and v - 1 >= lo and tokens[v - 1].norm in _PASSIVE_NAMING:
            agent = np_right(tokens, v + 1, k)  # 'was hailed by a state official as "..."': the agent said it
            return Attribution(agent[0], agent[1], "stance-as") if agent is not None and agent[1] == k else None
        if is_verb(t, verbs):
            found = np_left(tokens, v, lo) or _relative_indefinite(tokens, v, lo) or _before_aside(tokens, lo, v)
            if found is None or not (tokens[found[0]].is_cap or tokens[found[0]].norm in ("the", "one", "another")):
                return None
            return Attribution(found[0], found[1], "stance-as")
    return None


def _before_aside(tokens: list[Tok], lo: int, v: int) -> tuple[int, int] | None:
    """'The petition, handed in on Monday, describes the delay as "A"': the subject before an aside opened by a
    past participle and set off by commas right before the verb (not 'The Minister, NAME, described': a role's
    name is read by the appositive rules, which keep the role)."""
    aside = appositive_subject(tokens, lo, v)
    if aside is None or aside.end + 1 >= v or tokens[aside.end].text != ",":
        return None
    opener = tokens[aside.end + 1]  # a participle opens the aside: 'handed in', 'released after', 'drawn up by'
    participle = opener.norm.endswith("ed") or opener.norm in IRREGULAR_PARTICIPLES
    return (aside.start, aside.end) if lower_word(opener) and participle else None


def _relative_indefinite(tokens: list[Tok], v: int, lo: int) -> tuple[int, int] | None:
    """'a plan that one neighbour described as "A"': 'one' or 'another' and a noun between 'that' or 'which' and the
    verb ``tokens[v]`` are the subject of an object relative clause, whose verb is active."""
    if v - 3 < lo or tokens[v - 3].norm not in ("that", "which") or tokens[v - 2].norm not in ("one", "another"):
        return None
    noun = tokens[v - 1]
    return (v - 2, v) if noun.kind is WORD and not noun.is_cap and noun.norm.isalpha() else None
