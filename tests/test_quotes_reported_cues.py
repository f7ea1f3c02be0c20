"""Reported-speech cues added as classes of English (fifth session): verbs of remarking, joking or boasting,
verbs that tell someone (``assured voters that``), and a noun-like verb with a pronoun clause."""

from __future__ import annotations

import pytest

from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes


def reported(*paragraphs: str) -> list[tuple[str, str]]:
    text = "\n\n".join(paragraphs)
    report = extract_quotes(Article("t", "x", (Section(None, text),)))
    for q in report.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.speaker, q.text) for q in report.quotes if q.kind == "indirect"]


@pytest.mark.parametrize("verb", ["joked", "remarked", "boasted", "lamented", "quipped", "speculated", "countered"])
def test_verbs_of_remarking_take_a_that_clause(verb: str) -> None:
    sentence = f"Dana Pike {verb} that the bridge would never open on time."
    assert reported(sentence) == [("Dana Pike", "the bridge would never open on time")]


@pytest.mark.parametrize("verb", ["assured", "reminded", "informed"])
def test_verbs_of_telling_someone_skip_their_object(verb: str) -> None:
    sentence = f"Dana Pike {verb} the voters that the bridge would open in May."
    assert reported(sentence) == [("Dana Pike", "the bridge would open in May")]


def test_a_noun_like_verb_takes_a_pronoun_clause_after_a_subject() -> None:
    assert reported("Dana Pike claims he's owed three million dollars by the city.") == [
        ("Dana Pike", "he's owed three million dollars by the city")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "His claims he was owed money went nowhere in the courts last year.",
        "Her remarks were brief and the crowd left before the end.",
        "The minister's estimates it would cost less were wrong.",
    ],
)
def test_a_noun_like_word_after_a_possessive_is_no_cue(sentence: str) -> None:
    assert reported(sentence) == []
