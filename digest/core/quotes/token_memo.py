"""Answers of pure functions of a sentence's tokens, kept while the reader is on that sentence.

Several passes over one sentence ask the same question of its tokens: the speaker phrase before a verb of speech
(:func:`~digest.core.quotes.speakers.np_left`) for the reported-speech pass and again for the subjects of those
verbs, the phrase opening the sentence for salience and for a role as subject, the subject before a quotation for
its speaker and for the model's candidates, whether a quotation is a title when speakers are found, when the
quotation is emitted and when it is dropped. A function wrapped by :func:`per_tokens` answers each question once
for a token list.

A token list is never changed once made (:func:`~digest.core.quotes.tokens.tokenize` makes a new list for each
sentence) and the wrapped functions read nothing but the list and their other arguments, so a kept answer is the
answer the function gives."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from digest.core.quotes.tokens import Tok

_P = ParamSpec("_P")
_R = TypeVar("_R")
_LISTS_KEPT = 4
"""How many token lists a wrapped function keeps answers for (the sentence read, the sentence before it, a list
made from a part of either); past that they are all dropped."""


def per_tokens(function: Callable[Concatenate[list[Tok], _P], _R]) -> Callable[Concatenate[list[Tok], _P], _R]:
    """``function`` (of a token list and hashable arguments, reading nothing else) answering each question once
    for the token lists read lately: a list is known by its identity (kept alive with its answers, so no other
    list can take its identity)."""
    kept: dict[int, tuple[list[Tok], dict[object, _R]]] = {}

    @functools.wraps(function)
    def remembered(tokens: list[Tok], /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        entry = kept.get(id(tokens))
        if entry is None or entry[0] is not tokens:
            if len(kept) >= _LISTS_KEPT:
                kept.clear()
            entry = kept[id(tokens)] = (tokens, {})
        answers = entry[1]
        key = (args, tuple(kwargs.items()))
        if key in answers:
            return answers[key]
        answer = answers[key] = function(tokens, *args, **kwargs)
        return answer

    return remembered
