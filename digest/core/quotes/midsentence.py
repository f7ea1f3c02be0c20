"""Attributions in the middle of a sentence: '"A big truck" plowed through the barriers, he said, and ...'."""

from __future__ import annotations

from digest.core.lexicon import ADVERBS, MONTHS_DAYS, WH_RELATIVES, word_set
from digest.core.quotes.cue import Attribution, is_verb
from digest.core.quotes.description_after import description_after
from digest.core.quotes.speakers import np_right
from digest.core.quotes.tokens import QUOTE, WORD, Tok
from digest.core.speech_verbs import FINITE_SPEECH_VERBS, SPEECH_VERBS

ADDRESS_VERBS = word_set("told tells tell")
"""After these the noun phrase is the one spoken to, not the speaker."""
_MID_MAX_WORDS = 20
"""The most tokens between a quotation and the comma opening an attribution later in its sentence."""
_MID_TAIL_MAX = 10


def mid_attribution(tokens: list[Tok], qi: int, hi: int) -> Attribution | None:
    """'"A big truck" plowed through the barriers, he said, and ...', '"The politics are so blatant" in the
    legislature, he said in an interview.': an attribution set off by a comma after the words that continue
    the quotation, in the same sentence ('X said' or 'said X', then only a short adverbial to the next comma
    or the sentence's end)."""
    for k in range(qi + 1, min(hi, qi + _MID_MAX_WORDS)):
        t = tokens[k]
        if t.kind is QUOTE or t.text in (";", ":") or is_verb(t, SPEECH_VERBS) and t.norm != "said":
            return None
        if t.text != "," or k == qi + 1:
            continue  # '"...," X said' is the speaker-after rule's
        found = _comma_attribution(tokens, k + 1, hi)
        if found is not None:
            return found
    return None


def _comma_attribution(tokens: list[Tok], i: int, hi: int) -> Attribution | None:
    """'he said in an interview,' or 'said Tom Reed.' from ``i``: a speaker and a finite speech verb, then
    a short stretch without 'that' up to a comma, a quotation or the sentence's end."""
    found = np_right(tokens, i, hi)
    if found is not None and found[0] == i:
        verb = found[1]
        if verb + 1 < hi and tokens[verb].text == "," and any(t.text == "," for t in tokens[i:verb]):
            verb += 1  # 'the spokesman, Tom Reed, told ...': an appositive closed by its own comma
        while verb < hi and tokens[verb].kind is WORD and tokens[verb].norm in ADVERBS:
            verb += 1
        if verb < hi and is_verb(tokens[verb], FINITE_SPEECH_VERBS) and _short_tail(tokens, verb + 1, hi):
            return Attribution(found[0], found[1], "mid-X-said")
    if i < hi and is_verb(tokens[i], FINITE_SPEECH_VERBS) and tokens[i].norm not in ADDRESS_VERBS:
        found = np_right(tokens, i + 1, hi)
        if (
            found is not None
            and tokens[found[0]].norm not in MONTHS_DAYS
            and (_short_tail(tokens, found[1], hi) or _relative_tail(tokens, found, hi))
        ):
            return Attribution(found[0], found[1], "mid-said-X")
    return None


_RELATIVE_OPENERS = WH_RELATIVES - {"whom"}
"""Relative pronouns that open a relative clause right after a speaker ('said X, who was born ...'): not 'that'
(only after an appositive, below) nor 'whom'."""


def _relative_tail(tokens: list[Tok], found: tuple[int, int], hi: int) -> bool:
    """'said Anna Berg, executive director of a union that has ...', 'said X, who was born in ...': the
    words after the speaker are a relative clause on it (after an appositive, 'that' opens one too)."""
    if found[1] >= hi:
        return False
    first = tokens[found[1]]
    if first.norm in _RELATIVE_OPENERS:
        return True
    appositive = any(t.text == "," for t in tokens[found[0] : found[1]])
    return first.norm == "that" and appositive


def _short_tail(tokens: list[Tok], k: int, hi: int) -> bool:
    """Up to the next comma, quotation or sentence end: a few words, none of them 'that' (a reported clause)."""
    for n, t in enumerate(tokens[k:hi]):
        if t.kind is QUOTE or t.text in (",", ".", "!", "?"):
            return True
        if n >= _MID_TAIL_MAX or t.norm == "that" or t.text in (";", ":"):
            return False
    return True


_RELATIVE_MAX = 16
"""The most tokens of a relative clause between commas before a speech verb."""


def before_relative(tokens: list[Tok], v: int, lo: int) -> Attribution | None:
    """'A worker at the plant, who asked not to be named, said that ... "..."': the noun phrase opening the
    sentence, before a relative clause set off by commas that ends right before the verb."""
    if v - 1 <= lo or tokens[v - 1].text != ",":
        return None
    for k in range(v - 2, max(lo, v - _RELATIVE_MAX), -1):
        t = tokens[k]
        if t.kind is QUOTE or t.text in (";", ":"):
            return None
        if t.norm in ("who", "whose") and tokens[k - 1].text == ",":
            found = np_right(tokens, lo, k - 1) or description_after(tokens, lo, k - 1)
            return Attribution(lo, k - 1, "before-relative") if found == (lo, k - 1) else None
    return None
