"""Who spoke (twenty-fourth session): invented sentences, each failing without its change or guarding a near case."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, speaker_of

_ASKED_ABOUT = (
    "Councillor Ravelstoke said the ferry timetable should be cut.\n\n"
    'Within the hour, Oswin Quennick, who runs the Selby Quay ferries, answered. "She has never sailed at dawn," he'
    " said.\n\n"
    'Later, Mr Ravelstoke defended his plan to the harbour board. "I stand by every word," he said. {opener}, he'
    ' laughed: "He knows where I live."'
)


def test_a_name_inside_a_fronted_clause_of_asking_is_not_the_next_he() -> None:
    for opener in ("Asked about Mr Quennick", "Asked whether he had met Mr Quennick"):
        text = _ASKED_ABOUT.format(opener=opener)
        assert direct_speaker_of(text, "where I live") == "Councillor Ravelstoke", opener


def test_a_fronted_clause_of_asking_naming_no_one_keeps_the_speaker() -> None:
    for opener in ("Asked about the timetable", "When pressed on Quennick's reply"):
        text = _ASKED_ABOUT.format(opener=opener)
        assert direct_speaker_of(text, "where I live") == "Councillor Ravelstoke", opener


_FIRST_NAME_ALONE = (
    "The kiln shed at Marrowby smells of wet clay. Gwendolen Pask, 61, who runs it, is scolding a potter whose bowls"
    " are 'far too tidy'.\n\n"
    "The potter, who would rather be called {name}, shrugs.\n\n"
    "{name} is serving out a long sentence. He said he had come for the warm room.\n\n"
    '"I won\'t pretend otherwise," he says. "It was the stove."'
)


def test_a_first_name_alone_opening_a_sentence_is_the_next_he() -> None:
    text = _FIRST_NAME_ALONE.format(name="Rufus")
    assert direct_speaker_of(text, "pretend otherwise") == "Rufus"


def test_a_first_name_written_elsewhere_in_a_full_name_or_after_an_article_is_not_alone() -> None:
    later = _FIRST_NAME_ALONE.format(name="Rufus") + "\n\nRufus Tidwell is due for parole in May."
    assert direct_speaker_of(later, "pretend otherwise") != "Rufus"
    place = _FIRST_NAME_ALONE.format(name="Rufus") + "\n\nThe Rufus kiln was fired twice."
    assert direct_speaker_of(place, "pretend otherwise") != "Rufus"


_SAME_SURNAME = (
    "Isaura Quellmark, 14, is the youngest cox the rowing club has had. Her trainer, Marcus Drewett, times her from"
    " the bank.\n\n"
    '"She steers like a veteran," Drewett says.\n\n'
    'Piet Quellmark, an accountant, holds her coat. "I only watch the start," he says.\n\n'
    'Drewett, 52, taught her to row at eight. "Good coxes are rare," he says.\n\n'
    '{opener} her father says the river still frightens him. "I cannot even swim," he says.'
)


def test_her_father_after_an_opener_is_the_man_of_her_surname() -> None:
    text = _SAME_SURNAME.format(opener="Afterwards, by the van,")
    assert direct_speaker_of(text, "cannot even swim") == "Piet Quellmark"


def test_her_mother_is_not_the_man_of_her_surname() -> None:
    mother = _SAME_SURNAME.replace("her father says the river still frightens him", "her mother says it frightens her")
    text = mother.format(opener="Afterwards, by the van,")
    assert direct_speaker_of(text, "cannot even swim") != "Piet Quellmark"


_ROLE_THEN_WIFE = (
    "Tobiah Crane retired from the ring in 1996. A radio announcer called his last bout 'the bravest loss of the"
    " century', a phrase that Crane's wife, {name}, has had stitched on a cushion.\n\n"
    '"He sits on it to watch the snooker," she says.'
)


def test_a_role_of_unknown_sex_yields_to_a_woman_named_after_it_for_she() -> None:
    assert direct_speaker_of(_ROLE_THEN_WIFE.format(name="Philippa"), "watch the snooker") == "Philippa"


def test_a_role_keeps_she_when_the_person_named_after_it_is_inside_its_phrase() -> None:
    text = (
        "Rev Ansel Tarrow opened the fete. A spokesperson for Ms Quintal said the stall 'was never her idea'.\n\n"
        '"It will not happen again," she said.'
    )
    assert direct_speaker_of(text, "not happen again") != "Ms Quintal"


def test_the_organisation_is_the_one_body_named_before() -> None:
    text = (
        "Brellick Kite Federation said the festival on the dunes would go ahead.\n\n"
        'The organisation called the forecast "no worse than a breezy Tuesday".'
    )
    assert direct_speaker_of(text, "breezy Tuesday") == "Brellick Kite Federation"


_LEDE = (
    "Surveyor warned the harbour wall was 'a breach in waiting', tribunal told\n\n"
    "A marine surveyor told the port board in 2019 that the Pellmouth wall was"
    ' "a breach in waiting", a tribunal has heard.\n\n'
    "{second}, who surveyed the wall for the board, said she had measured cracks a hand wide.\n\n"
    '"Nobody on the board asked me a single question," she said.'
)


def test_a_lede_role_is_the_person_named_opening_the_next_paragraph() -> None:
    text = _LEDE.format(second="Dr Morwenna Tallis")
    assert direct_speaker_of(text, "a breach in waiting") == "Dr Morwenna Tallis"


def test_a_lede_source_is_not_the_person_named_after_it() -> None:
    text = _LEDE.replace("A marine surveyor", "A port spokesman").format(second="Dr Morwenna Tallis")
    assert direct_speaker_of(text, "a breach in waiting") != "Dr Morwenna Tallis"


_SURNAME_KIN = (
    "Ivo Brannagh fell off the rowing machine at his first session. He walked home and announced he was done.\n\n"
    "{relative}, said she offered him a bargain: stay until Easter, and then decide.\n\n"
    "Coach Pim Aldous said no rower of his had improved so fast.\n\n"
    "This winter, Brannagh has lost two races. He said he keeps the race times on a card in his wallet."
)


def test_a_relative_named_with_the_same_surname_does_not_take_it_from_the_protagonist() -> None:
    text = _SURNAME_KIN.format(relative="His mother, Odile Brannagh")
    assert speaker_of(text, "race times on a card") == "Ivo Brannagh"


def test_a_later_bearer_of_the_surname_not_named_as_a_relative_still_takes_it() -> None:
    text = _SURNAME_KIN.format(relative="The club secretary, Odile Brannagh")
    assert speaker_of(text, "race times on a card") != "Ivo Brannagh"


def test_a_clause_an_attribution_interrupts_speaks_its_own_quotation() -> None:
    lead = "Hesketh Vole keeps bees above the chapel.\n\n"
    called = lead + 'His late wife, Vole says, used to call the hives her "humming parish", and named every queen.'
    assert direct_speaker_of(called, "humming parish") == "His late wife"
    told = lead + 'His grandmother, he says, would always tell him: "Never rob a hive in the rain."'
    assert direct_speaker_of(told, "rob a hive") == "His grandmother"


def test_an_interrupted_clause_without_a_verb_of_saying_leaves_the_teller() -> None:
    text = 'Hesketh Vole keeps bees above the chapel.\n\nHis late wife, Vole says, was "a terror" with the smoker.'
    assert direct_speaker_of(text, "a terror") == "Hesketh Vole"
