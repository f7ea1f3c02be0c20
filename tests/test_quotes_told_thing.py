"""A thing told by name after the object of 'tell' ('told him the tale many times') is the object of 'tell', no
reported clause, so no one is made a speaker by it; 'told him the story was false' is still a clause. All sentences
and names are invented."""

from __future__ import annotations

from tests.quote_support import quotes_of, speaker_of


def test_tale_told_is_no_clause() -> None:
    """The uncle told a tale, no clause: the later 'He says' is Oren's, who spoke last."""
    text = (
        "Oren Vask mends the nets on the slip.\n\nOren Vask, listening, says his uncle has told him the tale many"
        " times. He says he came back because he missed it."
    )
    assert all(speaker != "his uncle" for _, speaker, _ in quotes_of(text))
    assert speaker_of(text, "came back") == "Oren Vask"


def test_story_with_a_verb_is_a_clause() -> None:
    """'the story was false' has its verb: the uncle's clause."""
    assert speaker_of("His uncle told him the story was false.", "story was false") == "His uncle"
