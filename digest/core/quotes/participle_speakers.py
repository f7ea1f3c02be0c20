"""A quotation set inside an object by a participle of speech belongs to the phrase before the participle, not to
the sentence's subject: 'The mayor cited a letter from residents calling the plan "A"', 'reports of a review by the
regulator warning of "B"', 'a text from her brother saying the road was "C"' (the quotation, attributed by no
rule, went to the subject by the ranker's last resort)."""

from __future__ import annotations

from digest.core.lexicon import word_set
from digest.core.quotes.speakers import np_left
from digest.core.quotes.tokens import WORD, Tok

SPEECH_PARTICIPLES = word_set(
    """warning saying calling describing urging claiming stating declaring demanding labelling labeling branding
    dubbing accusing promising vowing insisting"""
)
_REACH = 6
"""At most this many words between the participle and the quotation ('calling the new parking plan')."""


def participle_phrase(tokens: list[Tok], qi: int) -> tuple[int, int] | None:
    """The phrase before a participle of speech that sets up the quotation at ``qi`` ('a letter from residents
    calling the plan "A"': 'residents'), when the participle follows a word (not ', saying "A"': the subject's own
    participle clause) and only lower-case words stand between it and the quotation; else None."""
    for p in range(qi - 1, max(0, qi - _REACH - 1), -1):
        t = tokens[p]
        if t.kind is not WORD or t.is_cap:
            return None
        if t.norm in SPEECH_PARTICIPLES:
            before = tokens[p - 1] if p > 0 else None
            if before is None or before.kind is not WORD:
                return None
            return np_left(tokens, p, 0)
    return None
