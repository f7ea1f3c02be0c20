"""A quotation its writer calls someone's own words: 'she was, in her own words, "a nervous wreck"',
'Vell's exact words were: "Not yet."', 'His parting words: "Lock the gate."'.

The owner of 'words' (a possessive pronoun or a name's possessive) said the quotation right after them. Only
'words' counts: 'in his view, "..."' or 'her verdict: "..."' is the writer's framing of an opinion, read elsewhere.
"""

from __future__ import annotations

from digest.core.lexicon import PRONOUNS, word_set
from digest.core.quotes.according import according_source
from digest.core.quotes.cue import Attribution
from digest.core.quotes.mentions import Mention
from digest.core.quotes.tokens import WORD, Tok

POSSESSIVE_SUBJECTS = {"his": "he", "her": "she", "their": "they", "its": "it"}
"""The subject pronoun a possessive determiner stands for ('her statement' is what 'she' said)."""
_OWNER_PRONOUNS = {k: v for k, v in POSSESSIVE_SUBJECTS.items() if k != "its"}
"""The possessives whose 'words' a quotation may be ('in her own words'; not 'its')."""
_WORDS_BEFORE = word_set("own exact precise very parting final last first actual")
"""Words between the owner and 'words' ('her own words', 'his exact words', 'her parting words')."""
_LINKS = word_set("were are was")


def own_words(tokens: list[Tok], qi: int, lo: int) -> Attribution | None:
    """The owner of 'words' right before the quotation ``tokens[qi]`` (see the module): 'in her own words, "A"',
    'NAME's exact words were: "A"'."""
    k = qi - 1
    if k >= lo and tokens[k].text in (",", ":"):
        k -= 1
    if k >= lo and tokens[k].norm in _LINKS and k + 1 < qi and tokens[k + 1].text == ":":
        k -= 1  # 'were:' needs its colon
    if k < lo or tokens[k].norm != "words":
        return words_of(tokens, qi, lo)
    k -= 1
    while k >= lo and tokens[k].norm in _WORDS_BEFORE and qi - k < 8:
        k -= 1
    if k < lo or tokens[k].kind is not WORD:
        return None
    owner = tokens[k]
    if owner.norm in _OWNER_PRONOUNS:
        opened = k - 1 >= lo and tokens[k - 1].norm == "in"
        return Attribution(k, k + 1, "own-words") if opened or tokens[qi - 1].text == ":" else None
    if owner.is_cap and owner.text.endswith(("'s", "’s")):
        if tokens[qi - 1].text == ":":
            return Attribution(k, k + 1, "own-words")
        start = _name_start(tokens, k, lo)
        if start - 1 >= lo and tokens[start - 1].norm == "in" and tokens[qi - 1].text == ",":
            return Attribution(start, k + 1, "words-of")  # 'In Tilda Marsh's words, "A"'
    return None


_NAME_REACH = 4
"""The most capitalised words of a name before its possessive ('In Dame Tilda Marsh's words')."""


def _name_start(tokens: list[Tok], k: int, lo: int) -> int:
    """Where the capitalised name ending in the possessive at ``k`` begins."""
    start = k
    while start - 1 >= lo and k - start < _NAME_REACH and tokens[start - 1].is_cap and tokens[start - 1].norm != "in":
        start -= 1
    return start


_COMPLETED = word_set("on by with as into for")
"""Prepositions whose object the quotation is, standing between the source's comma and the quotation."""
_WORDS_OF_REACH = 12
"""The most tokens of the source after 'in the words of' ('one of the oldest fishermen on the quay')."""


def words_of(tokens: list[Tok], qi: int, lo: int) -> Attribution | None:
    """'In the words of one fisherman, "A"', 'The plan was, in the words of its architect, "B"': the source between
    'in the words of' and the comma right before the quotation, read as an 'according to' source; a preposition
    the quotation completes may stand after that comma ('the roof was paid for, in the words of its treasurer,
    with "C"')."""
    comma = qi - 2 if qi - 2 > lo and tokens[qi - 1].norm in _COMPLETED and tokens[qi - 2].text == "," else qi - 1
    if comma <= lo or tokens[comma].text != ",":
        return None
    for k in range(comma - 1, max(lo + 3, comma - 1 - _WORDS_OF_REACH) - 1, -1):
        t = tokens[k]
        if t.kind is not WORD:
            return None
        if t.norm == "of" and [w.norm for w in tokens[k - 3 : k]] == ["in", "the", "words"]:
            found = according_source(tokens, k + 1, comma) if k + 1 < comma else None
            return Attribution(found[0], found[1], "according") if found and found[1] == comma else None
    return None


def owner_mention(tok: Tok) -> Mention | None:
    """The mention the owner of 'words' stands for: 'her' is whom 'she' points to, 'Vell's' is Vell."""
    if tok.norm in _OWNER_PRONOUNS:
        pronoun = _OWNER_PRONOUNS[tok.norm]
        return Mention(tok.text, pronoun, None, "pronoun", PRONOUNS[pronoun][1])
    return named_owner([tok])


def named_owner(toks: list[Tok]) -> Mention:
    """The person a name's possessive stands for: "Vell's" is Vell, "Tilda Marsh's" is Tilda Marsh."""
    name = " ".join(t.text for t in toks).removesuffix("'s").removesuffix("’s")
    return Mention(name, name, None, "person")
