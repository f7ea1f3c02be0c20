"""A thing told by name after the object of 'tell' ('told her the same joke every winter') is the object of 'tell', no
reported clause, so no one is made a speaker by it; 'told him the story was false' is still a clause. All sentences
and names are invented."""

from __future__ import annotations

from tests.quote_support import quotes_of, speaker_of


def test_tale_told_is_no_clause() -> None:
    """The grandmother told a joke, no clause: the later 'She says' is Ilse's, who spoke last."""
    text = (
        "Ilse Marrack runs the café on the ferry quay.\n\nIlse Marrack, drying cups, says her grandmother has told"
        " her the same joke every winter. She says she still laughs at the ending."
    )
    assert all(speaker != "her grandmother" for _, speaker, _ in quotes_of(text))
    assert speaker_of(text, "still laughs") == "Ilse Marrack"


def test_story_with_a_verb_is_a_clause() -> None:
    """'the story was false' has its verb: the uncle's clause."""
    assert speaker_of("His uncle told him the story was false.", "story was false") == "His uncle"
