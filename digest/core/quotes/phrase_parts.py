"""A speaker phrase's words split into its comma-separated parts, without parentheticals and without an
emphatic reflexive pronoun ('the player himself')."""

from __future__ import annotations

from digest.core.quotes.tokens import WORD, Tok

_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
"""Reflexive pronouns that stress a speaker ('The minister herself wrote', 'the owners themselves said')."""


def speaker_parts(phrase: list[Tok]) -> list[list[Tok]]:
    """The words of a phrase without parentheticals ('(R-Ohio)') and emphatic reflexives ('the player himself'),
    split into its comma-separated parts."""
    parts: list[list[Tok]] = [[]]
    depth = 0
    for t in phrase:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif t.text == ",":
            parts.append([])
        elif t.norm in _REFLEXIVES and parts[-1]:
            continue  # 'The player himself [posted]': the emphatic pronoun is no part of the speaker's name
        elif t.kind is WORD or (t.text == "&" and parts[-1]):
            parts[-1].append(t)  # 'Carrow & Vell': the ampersand is part of a firm's name
    parts = [p for p in parts if p]
    for i in range(len(parts) - 2, 0, -1):  # 'A, who chairs the board, and B': the relative clause is no name
        if parts[i][0].norm == "who" and parts[i + 1][0].norm == "and":
            parts[i - 1 : i + 2] = [parts[i - 1] + parts[i + 1]]
    return parts
