"""A quotation that names a person by the first name alone is not that person's words (invented text)."""

from __future__ import annotations

from tests.quote_support import speaker_of

_SCENE = (
    "Neville Thackery has captained the county side for six seasons.\n\n"
    "Walter Ravensworth, the visiting captain, said on Monday the hosts were the side to fear, and Thackery was "
    "happy to pass that label back.\n\n"
)


def test_he_is_not_the_man_his_words_call_by_his_first_name() -> None:
    text = _SCENE + '"Walter\'s a crafty operator," he said. "We travel as the underdogs."'
    assert speaker_of(text, "crafty operator") == "Neville Thackery"
    assert speaker_of(text, "underdogs") == "Neville Thackery"


def test_a_first_name_given_as_his_own_or_said_to_him_keeps_him() -> None:
    introduced = _SCENE + '"I\'m Walter, and nobody here calls me captain," he said.'
    assert speaker_of(introduced, "nobody here calls me") == "Walter Ravensworth"
    called = _SCENE + "\"My father used to say, 'Walter, never fear a home crowd,' and I never have,\" he said."
    assert speaker_of(called, "never have") == "Walter Ravensworth"


def test_the_first_name_of_someone_else_in_full_does_not_count() -> None:
    text = _SCENE + '"Walter Brightling taught me the game at school," he said.'
    assert speaker_of(text, "taught me the game") == "Walter Ravensworth"


def test_a_name_after_the_speaker_phrase_stands() -> None:
    text = _SCENE + '"Walter\'s a crafty operator," Ravensworth said.'
    assert speaker_of(text, "crafty operator") == "Walter Ravensworth"


def test_words_that_call_out_to_a_person_are_not_theirs() -> None:
    asked = (
        "Walter Ravensworth hosts the late show on the county station. A caller, Neville Thackery, rang in about "
        "his father's tractor.\n\nRavensworth asked him why he had not sold it.\n\n"
        '"Honestly, Walter? If I sell it, he is gone."'
    )
    assert speaker_of(asked, "If I sell it") != "Walter Ravensworth"
    told = _SCENE + '"Walter, you are wasting your breath," he said.'
    assert speaker_of(told, "wasting your breath") == "Neville Thackery"


def test_a_group_carried_to_words_in_the_first_person_singular_yields_to_the_last_person() -> None:
    text = (
        '"I kept the notebooks," says Nerys Pellingham. "Every one of them."\n\n'
        'Her first collection won a prize in 1998. Reviewers called her "the harbour\'s own poet", a tag she '
        "shrugs off now.\n\n"
        '"I was thirty and living above a chip shop. The only harbour I saw was the bus depot."'
    )
    assert speaker_of(text, "above a chip shop") == "Nerys Pellingham"


def test_an_accented_first_name_is_read_as_one() -> None:
    text = (
        "Crispin Wendlebury and Ruairí Thornley have run the night ferry for a decade.\n\n"
        "Wendlebury keeps the ledgers. Ruairí Thornley took the wheel in the squall.\n\n"
        '"Ruairí\'s the braver of us," he said.'
    )
    assert speaker_of(text, "braver of us") == "Crispin Wendlebury"
