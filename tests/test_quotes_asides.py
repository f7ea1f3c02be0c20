"""A description speaking past an aside set off by commas ('The growers, NAME among them, said', 'The panel,
chaired by NAME, said'), and a participle aside after a named body. All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.quote_support import direct_speaker_of, speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('The beekeepers, Ilse Marr among them, said "the mites arrived early" this year.', "mites", "beekeepers"),
        ('The panel, chaired by Odo Fenn, said "the report goes out in March" on Friday.', "report", "panel"),
        ('The bakery, owned by Nell Tarrant, said "prices must rise" this week.', "prices", "bakery"),
        ('The co-operative, based in Ortley, said "the mill will reopen" soon.', "mill", "co-operative"),
    ],
)
def test_a_description_speaks_past_an_aside(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the aside names the speaker, or is no aside: unchanged
        ('Her deputy, Odo Fenn, said "the report goes out in March" on Friday.', "report", "Odo Fenn"),
        ('Odo Fenn, backed by the union, said "the rota is unsafe" last night.', "rota", "Odo Fenn"),
        ('The beekeepers said "the mites arrived early" this year.', "mites", "beekeepers"),
        ('The ferry crews, who struck in May, said "the rota is unsafe" last night.', "rota", "ferry crews"),
    ],
)
def test_asides_that_name_the_speaker_keep_it(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a quoted aside of the subject, then 'said' and a clause: the clause names no speaker
        (
            'Ada Brisk, famous in the harbour for her "iron rule," said the quay was too short.',
            "iron rule",
            "Ada Brisk",
        ),
    ],
)
def test_a_clause_after_said_is_no_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # roles of courts, councils and newspapers read as speakers
        ('Orla Benn attacked a finding the coroner called "a careful start".', "careful start", "coroner"),
        ('A solicitor for the family said the delay was "cruel".', "cruel", "solicitor for the family"),
    ],
)
def test_roles_of_courts_and_councils_speak(text: str, words: str, speaker: str) -> None:
    assert direct_speaker_of(text, words) == speaker
