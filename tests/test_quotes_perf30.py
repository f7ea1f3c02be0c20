"""Same-output speed steps of the thirtieth session (issue 16): the quote stage asks a pure question once."""

from __future__ import annotations

import pytest

from digest.core.quotes import actors
from digest.core.quotes.actors import Registry
from digest.core.quotes.gender import org_name

_NAMES = [
    "Zorvane Pellick Productions",
    "Mr Zorvane Band",
    "Dr Pellick Choir",
    "Rowing Ireland",
    "Zorvane Ireland",
    "Casa Pellick",
    "Zorvane Pellick",
    "Quarrowby",
    "Quarrowby Rovers Women",
]


def test_org_name_answers_as_before_and_remembers() -> None:
    """org_name is a function of the name alone: remembered, it answers as the function itself, and a name asked
    again is answered from memory (the table of first words asks it of every person, sentence after sentence)."""
    for name in _NAMES:
        assert org_name(name) == org_name.__wrapped__(name)
    hits = org_name.cache_info().hits
    for name in _NAMES:
        org_name(name)
    assert org_name.cache_info().hits == hits + len(_NAMES)


def test_a_name_opening_the_sentence_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """note_names asks once whether a name opens its sentence (for its description and for the sentence's opener),
    and notes the name as the opener."""
    calls: list[tuple[str, int, int, int]] = []
    real = actors.opens_at

    def counted(para: str, start: int, at: int, lead_chars: int) -> bool:
        calls.append((para, start, at, lead_chars))
        return real(para, start, at, lead_chars)

    monkeypatch.setattr(actors, "opens_at", counted)
    registry = Registry()
    para = "Zorvane Pellick mended the nets on the quay at dawn."
    registry.note_names(1, ["Zorvane Pellick"], para, 0)
    assert len(calls) == 1
    assert registry.openers[1] == "Zorvane Pellick"
