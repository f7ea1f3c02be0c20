"""A name whose clause an attribution interrupts is not the attribution's pronoun, and speaks that clause's
quotation.

'Brask spoke next. Osterlund, he said, was "steering by guesswork".': the words 'he said' break into a clause whose
subject, 'Osterlund', is written just before them, so 'he' is someone else (Brask); a writer meaning Osterlund
would have written 'He was, he said, ...'. The same holds for 'Ms Hale, she told the hearing, had known' and
'Dr. Amsel, he added, was'. Not for a fronted topic the pronoun takes up ('As for Osterlund, he said he would go':
no comma after the verb, so the attribution does not interrupt anything).
"""

from __future__ import annotations

from digest.core.lexicon import (
    BE_FORMS,
    DETERMINERS,
    POSSESSIVES,
    PRONOUNS,
    SENTENCE_OPENERS,
    THIRD_PERSON_PRONOUNS,
    word_set,
)
from digest.core.quotes.cue import Attribution
from digest.core.quotes.tokens import WORD, Tok
from digest.core.speech_verbs import SAY_TELL, SPEECH_VERBS

_VERB_REACH = 4
"""Words between the pronoun and the comma closing the attribution ('he told reporters on Friday,')."""


def _name_start(tokens: list[Tok], end: int) -> int | None:
    """Start of the run of capitalised words ending at ``end`` (exclusive), a title's full stop included
    ('Dr. Amsel'); None when the word before ``end`` is not capitalised."""
    k = end
    while k > 0:
        before = tokens[k - 1]
        title_stop = before.text == "." and k >= 2 and tokens[k - 2].is_cap and len(tokens[k - 2].text) <= 4
        if not (before.is_cap or title_stop):
            break
        k -= 1
    return k if k < end else None


def interrupted_subject(tokens: list[Tok], who: Attribution) -> int | None:
    """Token index where the name begins whose clause ``who`` (a third-person pronoun) interrupts:
    'NAME, he said, VERB ...' gives NAME's first token; None for any other shape."""
    p = who.start
    if who.end - p != 1 or tokens[p].norm not in THIRD_PERSON_PRONOUNS or p < 2 or tokens[p - 1].text != ",":
        return None
    closing = [k for k in range(p + 2, min(p + 2 + _VERB_REACH, len(tokens))) if tokens[k].text == ","]
    if not closing or closing[0] + 1 >= len(tokens):
        return None  # 'As for Osterlund, he said he would go': nothing interrupted
    return _name_start(tokens, p - 1)


_SAYING = SAY_TELL | word_set("call calls called calling")
"""Verbs of a clause an attribution interrupts that report its subject's own words ('would tell her', 'used to
call the sleeper')."""
_NOUN_WORDS = 3
"""The most words after the possessive of the interrupted clause's subject ('His late wife')."""
_PREDICATE_REACH = 12
"""The most tokens between an attribution's closing comma and the quotation."""


_NOT_NAMES = SENTENCE_OPENERS | DETERMINERS | word_set("nor neither either not no")
"""Capitalised words opening a sentence that are no name ('Nor, he said, did he ...')."""


def _name(words: list[Tok]) -> bool:
    """A person's name of one to three capitalised words ('Corentin', 'Ada Vell'); not a connective or an adverb
    opening the sentence ('Nor', 'Still'), a phrase a determiner opens ('The Courier') nor a body's short form in
    capitals ('NBC, he said, called it "A"' stays his report, as a paper's words do)."""
    first = words[0] if words else None
    if first is None or len(words) > _NOUN_WORDS or first.norm in _NOT_NAMES:
        return False
    return all(t.kind is WORD and t.is_cap and not t.text.isupper() and t.norm not in PRONOUNS for t in words)


def interrupted_speaker(tokens: list[Tok], lo: int, qi: int) -> Attribution | None:
    """The subject of the clause an attribution interrupts, when that clause goes on to a verb of saying before the
    quotation at ``qi``: 'Her uncle, she says, would always tell her: "A"', 'His wife, NAME says, used to call the
    sleeper "B"', 'Corentin, she says, called the plan "C"' (remembered speech: the words are the uncle's, the
    wife's and Corentin's, not the teller's). The sentence (from ``lo``) opens with a noun phrase led by a
    possessive (someone's relative or friend) or a person's name (:func:`_name`; not a firm or a paper: 'The
    Courier, he said, called it "A"' stays his report), a comma, a pronoun or a capitalised name, a
    verb of speech and a comma; None for any other shape, and when the clause's verb of saying is passive ('Her
    manager, she says, was told she had gone "somewhere warm"': the manager heard the words, they are the
    teller's)."""
    comma = next((k for k in range(lo + 1, min(qi, lo + _PREDICATE_REACH)) if tokens[k].text == ","), qi)
    v = comma + 2 if comma + 1 < qi and tokens[comma + 1].norm in THIRD_PERSON_PRONOUNS else comma + 1
    while v < qi and tokens[v].kind is WORD and tokens[v].is_cap:
        v += 1  # 'NAME says': a name of capitalised words
    if v + 1 >= qi or v == comma + 1 or tokens[v].norm not in SPEECH_VERBS or tokens[v + 1].text != ",":
        return None
    noun = tokens[lo + 1 : comma]  # 'His late wife'
    plain = 1 <= len(noun) <= _NOUN_WORDS and all(t.kind is WORD and not t.is_cap for t in noun)
    kin = plain and tokens[lo].norm in POSSESSIVES
    if qi - v > _PREDICATE_REACH or not (kin or _name(tokens[lo:comma])):
        return None  # a relative or a friend ('His late wife'), not 'Nor, he said, ...' nor 'The paper, he said, ...'
    predicate = [t for t in tokens[v + 2 : qi] if t.text not in (",", ":")]
    saying = (t.norm in _SAYING and not (k and predicate[k - 1].norm in BE_FORMS) for k, t in enumerate(predicate))
    if any(t.kind is not WORD for t in predicate) or not any(saying):
        return None  # 'Her label, she says, was told only that ...': told, the label heard the words
    return Attribution(lo, comma, "interrupted")
