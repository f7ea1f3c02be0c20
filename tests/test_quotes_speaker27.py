"""Who spoke in feature writing (twenty-seventh session, speaker27): invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

GALLEY = (
    "Ysmay Brackwater runs the kitchen at the Sellick Arms.\n\n"
    'A regular, Mildred Ollerby, swears by the fish pie. "Best in the county, and I have tried them all," she said.\n\n'
    'The chef lets this pass. "It is the one dish on the menu I cannot ruin," she said.'
)


def test_a_plain_role_opening_a_sentence_is_the_she_of_the_quotation_after_it() -> None:
    """'The chef lets this pass. "A," she said.': the role the sentence opens with is the 'she' of the cue after
    the next sentence's quotation, not the regular quoted just before."""
    assert direct_speaker_of(GALLEY, "one dish on the menu") in ("chef", "Ysmay Brackwater")


def test_a_comparative_description_opening_a_sentence_is_left_as_before() -> None:
    """A near case: 'The older woman lets this pass.' varies the name of someone named before (a comparison); the
    'she said' after it is read as before, not given to the description."""
    text = GALLEY.replace("The chef lets", "The older woman lets")
    assert direct_speaker_of(text, "one dish on the menu") != "older woman"


LOFT = (
    "Cornelius Meswick keeps forty racing pigeons in a loft behind the chip shop.\n\n"
    '"They know my whistle from a mile off," Meswick said, and his neighbour, Mildred Ollerby, nodded. "They do," '
    "she said.\n\n"
    'His sister pulled a face. "They know the corn tin," she said.'
)


def test_a_relative_opening_a_sentence_is_the_she_of_the_quotation_after_it() -> None:
    """'His sister pulled a face. "A," she said.': the relative the sentence opens with is the 'she' of the cue
    after the next sentence's quotation, not the neighbour who spoke just before."""
    assert direct_speaker_of(LOFT, "They know the corn tin") == "His sister"


def test_a_relative_of_the_other_sex_leaves_the_pronoun_as_before() -> None:
    """A near case: 'His brother pulled a face.' cannot be the 'she' after it; the neighbour keeps the words."""
    text = LOFT.replace("His sister pulled", "His brother pulled")
    assert direct_speaker_of(text, "They know the corn tin") == "Mildred Ollerby"


SLIPWAY = (
    "Ysolde Pennath rows the pilot gig out of Carn Quenmore every Sunday.\n\n"
    '"The water is the only quiet place I know," Pennath said.\n\n'
    "Her mother, Wenna Tregarrow, watches from the slipway with a flask. Wenna Tregarrow says she stopped "
    "counting storms.\n\n"
    '"I counted eleven last winter," her daughter says.'
)


def test_a_relative_named_in_apposition_is_the_inverse_relative_of_that_person() -> None:
    """'Her mother, NAME2, watches ...' then 'her daughter says' (whose 'her' is NAME2): the daughter is the one the
    first 'her' stood for, named before."""
    assert direct_speaker_of(SLIPWAY, "I counted eleven") == "Ysolde Pennath"


def test_a_neighbour_in_apposition_names_no_daughter() -> None:
    """A near case: 'Her neighbour, NAME2,' tells nothing of NAME2's daughter; the role stays as written."""
    text = SLIPWAY.replace("Her mother, Wenna", "Her neighbour, Wenna")
    assert direct_speaker_of(text, "I counted eleven") == "her daughter"


def test_a_lone_first_name_finds_the_relative_filed_under_its_full_name() -> None:
    """'his grandson, Ottiwell Weatherill, sat ... "A," Ottiwell read out. "B," his grandfather said':
    the grandson met again by his first name alone still finds the grandfather named before."""
    text = (
        "Ewart Rookwood has called the bingo at the Tollerby social club for thirty years.\n\n"
        "On his last night his grandson, Ottiwell Weatherill, 11, sat at the front table with a dabber.\n\n"
        '"Two little ducks," Ottiwell read out from the card.\n\n'
        '"A natural," his grandfather said.'
    )
    assert direct_speaker_of(text, "A natural") == "Ewart Rookwood"


def test_a_noun_and_its_clause_without_that_are_no_speaker() -> None:
    """'... a stint she recalls with a wince.': 'a stint she' is a noun and the subject of its clause, with
    'that' left out, not a speaker; the 'she said' after it is the woman the article is about."""
    text = (
        "Hilda Dunmoor turned ninety on Friday at the Gorsedale lodge.\n\n"
        "Her first job was feeding coal to a paddle steamer's boilers, a stint she recalls with a wince.\n\n"
        '"We were black with soot by noon," she said.'
    )
    assert direct_speaker_of(text, "black with soot") == "Hilda Dunmoor"


def test_a_relative_shown_acting_before_a_quotation_alone_is_its_speaker() -> None:
    """'Her brother reached for the kettle. "A."': a relative named by 'his'/'her' and a noun of kin, shown acting in
    the sentence before a quotation that names no speaker, speaks it (as a person named in full already does)."""
    text = (
        "Rosamund Ketteridge ran the ferry café at Porthkennack Quay for twenty years.\n\n"
        '"I never wanted anything bigger," Ketteridge said.\n\n'
        'Her brother reached for the kettle. "Same again tomorrow, then."'
    )
    assert direct_speaker_of(text, "Same again tomorrow") == "Her brother"


def test_a_hyphened_job_with_its_department_before_a_name_is_a_title() -> None:
    """'"A," vice-chair of the harbour trust NAME said': a job written with 'vice-' or 'co-' heads a title of
    lower-case words before the name, as 'chair of the harbour trust NAME' does."""
    text = '"The cranes will run again by Easter," vice-chair of the harbour trust Consuelo Penhaligan said.'
    assert direct_speaker_of(text, "cranes will run") == "Consuelo Penhaligan"


def test_a_name_before_a_noun_of_a_facility_is_a_place_no_she() -> None:
    """'at Tamsett Brook station': a capitalised name before a lower-case noun of a place or a facility names a
    place, which a later 'she' never stands for."""
    text = (
        "The timetable was pinned up at Tamsett Brook station by noon, and the depot manager stood beside it.\n\n"
        '"Every bus will be back on Thursday," she said.'
    )
    assert direct_speaker_of(text, "Every bus will be back") != "Tamsett Brook"


def test_a_lone_first_name_before_its_noun_of_kin_is_a_person_of_that_sex() -> None:
    """'greeted by NAME, NAME2's daughter, and a dog': a lone first name the lists do not know, set off before a
    possessive and a noun of kin, names that relative (a girl), whom the later 'she' stands for, not the woman
    quoted before."""
    text = (
        "The Penvose family has run the donkey rides on Trewidden sands since 1961.\n\n"
        '"They are the gentlest animals alive," Mildred Penvose said.\n\n'
        "Riders are greeted at the rope by Bryluen, Jowan's daughter, and a sheepdog with one ear up. Helmets are "
        "handed out from a crate.\n\n"
        '"Nobody falls off on my watch," she said.'
    )
    assert direct_speaker_of(text, "Nobody falls off") == "Bryluen"


def test_a_question_closed_by_a_verb_of_asking_keeps_its_attribution() -> None:
    """'"A?" NAME posed.': after a quotation ending in '?', a name and 'posed' (or 'queried', 'enquired') close
    the quotation's attribution, as 'asked' does, not a new sentence."""
    text = '"Who will mend the sea wall if we do not?" Mr Trevanion posed.'
    assert direct_speaker_of(text, "mend the sea wall") == "Mr Trevanion"
