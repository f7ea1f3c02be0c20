"""What a speaker did say after a denied verb of speech: 'X did not say A, only that B', 'X would not call it
"safe," but that it met "minimum standards"': the clause after ', only that' or ', but that' is X's."""

from __future__ import annotations

from digest.core.lexicon import word_set
from digest.core.quotes.clause_ends import comma_inside
from digest.core.quotes.cue import Attribution
from digest.core.quotes.main_clause import clause_subject
from digest.core.quotes.right_phrases import verb_like
from digest.core.quotes.tokens import Tok

_INSTEAD = word_set("only but just merely simply")
_REACH = 30
"""The most tokens between the denied verb and ', only that' (what was not said stands between)."""


def said_instead(tokens: list[Tok], v: int, lo: int, hi: int) -> tuple[Attribution, int] | None:
    """The speaker of the denied verb at ``v`` (the subject opening the sentence) and where the clause after
    ', only that' starts; None when no such clause follows (before a semicolon or a colon; ', but that is expected'
    is the demonstrative 'that' before its verb)."""
    for k in range(v + 1, min(hi - 3, v + _REACH)):
        t = tokens[k]
        if t.text in (";", ":"):
            return None
        if t.text != "," and not comma_inside(t):
            continue  # '"safe," only that': the comma inside the marks
        n = k + 1
        if tokens[n].norm in _INSTEAD and tokens[n + 1].norm == "that" and not verb_like(tokens[n + 2]):
            who = clause_subject(tokens, lo, v)
            return (who, n + 2) if who is not None else None
    return None
