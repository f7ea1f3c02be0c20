"""The last cue for a quoted fragment: the subject of its sentence, when the words before the fragment speak of
something said ('X stood by his comment Monday that "..."', 'X refers to him as "..."', 'X ticked off a series of
issues, including making the wealthy pay their "fair share"')."""

from __future__ import annotations

from digest.core.lexicon import COMMUNICATION_WORDS, STANCE_VERBS
from digest.core.quotes.attribution import WITHHELD_REACH, bare_describe, clause_subject, withheld
from digest.core.quotes.cue import Attribution
from digest.core.quotes.fragment_scope import new_clause
from digest.core.quotes.titles import title_cased
from digest.core.quotes.tokens import QUOTE, WORD, Tok
from digest.core.speech_verbs import DESCRIBE_VERBS, SPEECH_VERBS

_SAID_WORDS = COMMUNICATION_WORDS | SPEECH_VERBS | DESCRIBE_VERBS | STANCE_VERBS


def subject_cue(tokens: list[Tok], qi: int) -> Attribution | None:
    """The sentence's subject for a quoted fragment no other cue attributes: the fragment is inside its sentence
    (not opening it), is not a title, and a word of saying or publishing stands between subject and fragment."""
    if qi == 0 or tokens[qi].kind is not QUOTE:
        return None
    if title_cased(tokens[qi].text.strip("\"“”'‘’«» .,;:!?")):
        return None
    who = clause_subject(tokens, 0, qi)
    if who is None or any(new_clause(tokens, k, qi) for k in range(who.end, qi)):
        return None  # ', and when the treasurer began on "A"': that clause's subject, not this one
    words = enumerate(tokens[who.end : qi], who.end)
    if not any(
        t.kind is WORD
        and t.norm in _SAID_WORDS
        and not bare_describe(tokens, k, qi)
        and not (qi - k <= WITHHELD_REACH and withheld(tokens, k, 0))
        for k, t in words
    ):
        return None  # no word of saying, or only one the subject did not say ('refused to say the words "A"')
    return Attribution(who.start, who.end, "subject-fragment")
