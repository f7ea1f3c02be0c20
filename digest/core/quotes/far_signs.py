"""The words a sign carries, when a longer phrase stands between the sign and its words: 'One painted sign, nailed
to the post by the cattle grid, reads "Eggs Gone By Noon"', 'a small chalk sign behind the honesty box, in curly
capitals, says "Change Is on Trust"', 'below an enamel sign from a seaside café: "Tea Is Always Brewing"'. Such a
quotation is no one's words here, though the sentence names people. ``named_things`` reads the near shapes ('a
sign at the gate read "X"', 'the plaque: "X"'); this module reads a sign's noun further back, past a phrase of
place or of how it was made, and an aside set off by commas.

Left as they were: a verb of speech or a pronoun between the sign and its words ('the sign, she says, reads "X"'
is what she says it reads; 'a sign she painted reads' has a subject of its own), and a quotation followed by a verb
of speech ('the banner above the stage: "A lie," she said')."""

from __future__ import annotations

from digest.core.lexicon import ARTICLES, POSSESSIVES, PRONOUNS, word_set
from digest.core.quotes.thing_names import SIGN_NOUNS
from digest.core.quotes.tokens import WORD, Tok
from digest.core.speech_verbs import SPEECH_VERBS

_SIGN_VERBS = word_set("read reads reading says saying")
"""Verbs whose object is the words a sign carries ('reads', 'says'); not 'said', which a writer may have spoken."""
_REACH = 12
"""The most tokens between the sign's noun and its verb or colon (', nailed to the post by the cattle grid,')."""
_PLACE_OR_MANNER = word_set(
    "at on in inside outside near by above over under behind beside across along below against from of with"
)
"""Prepositions opening the phrase after the sign's noun ('on the post', 'in curly capitals', 'behind the box')."""
_OPENERS = ARTICLES | POSSESSIVES | word_set("one another")
"""Words that may open the sign's noun phrase ('a sign', 'one hand-painted sign', 'her sign')."""
_KNOWN_AFTER = 4
"""How many words after a quotation may hold the verb of speech that claims it ('"A lie," she said')."""


def far_sign(tokens: list[Tok], qi: int) -> bool:
    """The quotation ``tokens[qi]`` is what a sign named a phrase before it carries (see the module)."""
    k = qi - 1
    colon = k >= 0 and tokens[k].text == ":"
    if k >= 0 and tokens[k].text in (",", ":"):
        k -= 1
    if not colon and (k < 0 or tokens[k].kind is not WORD or tokens[k].is_cap or tokens[k].norm not in _SIGN_VERBS):
        return False
    if colon and any(t.norm in SPEECH_VERBS for t in tokens[qi + 1 : qi + 1 + _KNOWN_AFTER]):
        return False
    end = k + 1 if colon else k  # the colon's phrase runs to the colon; a verb's subject ends before the verb
    for j in range(end - 1, max(-1, end - 1 - _REACH), -1):
        t = tokens[j]
        if t.kind is WORD and (t.norm in PRONOUNS or (t.norm in SPEECH_VERBS and j != k)):
            return False  # 'the sign, she says, reads': her account of it
        if t.kind is WORD and not t.is_cap and t.norm in SIGN_NOUNS:
            return _sign_phrase(tokens, j, end)
    return False


def _sign_phrase(tokens: list[Tok], noun: int, end: int) -> bool:
    """The sign's noun at ``noun`` opens its phrase after a determiner (maybe past a word or two: 'a hand-painted
    sign'), and the words up to ``end`` go on with a phrase of place or manner ('on the post', 'in curly
    capitals'), a participle ('nailed to the post') or an aside set off by commas."""
    opened = any(tokens[d].norm in _OPENERS for d in range(max(0, noun - 3), noun))
    if not opened or noun + 1 >= end:
        return False
    after = tokens[noun + 1]
    return after.text == "," or after.norm in _PLACE_OR_MANNER or (after.kind is WORD and after.norm.endswith("ed"))
