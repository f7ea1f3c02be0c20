"""Group nouns are every plural of the role nouns (lexicon.GROUP_NOUNS derives from ROLE_NOUNS): a plural role
is a group, so 'he' or 'she' after it is the person named before, never the group; 'one of' such a group is one
person, so 'One of the board's top executives, NAME,' is NAME. Every sentence is invented."""

from __future__ import annotations

import pytest

from digest.core.lexicon import GROUP_NOUNS, ROLE_NOUNS
from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str]]:
    report = extract_quotes(Article("t", "x", (Section(None, text),)))
    return [(q.speaker, q.text) for q in report.quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Tom Reed met the researchers on Monday. The researchers said the river was rising. "
            'He said "the town is ready for the flood tonight."',
            "Mayor Tom Reed",
        ),
        (
            "Ada Kell met the negotiators in Salem. The negotiators said the talks would go on. "
            'She told reporters "we are close to a deal on wages."',
            "Ada Kell",
        ),
    ],
)
def test_he_or_she_after_a_plural_role_is_the_person_named_before(text: str, speaker: str) -> None:
    assert [s for s, _ in _speakers(text)] == [speaker]


def test_a_name_after_one_of_the_executives_is_the_speaker() -> None:
    text = (
        'One of the harbour board\'s top executives, Ada Kell, later testified that "none of the pilots" were trained.'
    )
    assert [s for s, _ in _speakers(text)] == ["Ada Kell"]


def test_group_nouns_are_plural_role_nouns() -> None:
    assert GROUP_NOUNS <= ROLE_NOUNS
    assert {"researchers", "negotiators", "senators", "people", "spokespeople", "executives"} <= GROUP_NOUNS
    assert not {"witness", "boss", "official's"} & GROUP_NOUNS
