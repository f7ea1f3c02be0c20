"""A title before a name stands for a job a later description names: 'Fr NAME' ... 'the priest' (invented text)."""

from __future__ import annotations

from tests.quote_support import speaker_of

_CHAPEL = "The mission hall on the estate has no heating, and {title} Ansel Thurrock reads the notices in gloves.\n\n"


def test_the_priest_is_the_man_written_with_the_title_of_a_priest() -> None:
    text = _CHAPEL.format(title="Fr") + '"The weddings dry up before anything else," the priest says.'
    assert speaker_of(text, "weddings dry up") == "Ansel Thurrock"


def test_the_nun_is_the_woman_written_with_the_title_of_a_nun() -> None:
    text = _CHAPEL.format(title="Sr") + '"The weddings dry up before anything else," the nun says.'
    assert speaker_of(text, "weddings dry up") == "Ansel Thurrock"


def test_another_job_is_someone_else() -> None:
    text = _CHAPEL.format(title="Fr") + '"The coughs come back before anything else," the doctor says.'
    assert speaker_of(text, "coughs come back") == "doctor"


def test_a_noun_of_kin_before_a_name_is_no_title() -> None:
    text = (
        "The vigil was led by a curate from the next valley. Among the mourners were Ottoline Varley and her father "
        'Odran Varley.\n\n"We came because the parish asked us," the priest said.'
    )
    assert speaker_of(text, "parish asked us") == "priest"


def test_a_title_belongs_to_the_name_right_after_it() -> None:
    text = 'The clinic was opened by Dr Hesketh and Odran Varley, a joiner.\n\n"It took nine weeks," the doctor said.'
    assert speaker_of(text, "nine weeks") == "Dr Hesketh"
