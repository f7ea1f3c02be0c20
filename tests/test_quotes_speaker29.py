"""Who spoke when a name's possessive owns a relative set off after it, and the twenty-ninth session's other
classes (speaker29): invented scenes, none retelling an article of the development data."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, speaker_of

ALLOTMENT = (
    "Thorolf Ardwinkle, 91, has kept the same allotment for sixty years. He grows leeks and little else.\n\n"
    "Ardwinkle's grandson, Eadric, 27, took on the plot next door in April.\n\n"
    '"The boy digs far too deep," his grandfather said.'
)


def test_the_inverse_relative_of_a_name_set_off_after_a_possessive_name() -> None:
    """The scene: "SURNAME's grandson, NAME2," makes the person named in full with that surname NAME2's
    grandfather, so a later 'his grandfather said' whose 'his' is NAME2 is that person, not a speaker of its own."""
    assert direct_speaker_of(ALLOTMENT, "digs far too deep") == "Thorolf Ardwinkle"


PIANO = (
    'Ingeborg Quentavy, 84, still teaches the piano in her front room. "Scales before biscuits," she says.\n\n'
    "Quentavy's son, Anselmo Vantrelli-Osk, a dentist on the far side of the county, said his mother would "
    'never retire. "I gave up asking," he said.'
)


def test_a_possessive_name_and_kin_before_a_name_and_a_long_apposition() -> None:
    """The scene: "SURNAME's son, NAME2 SURNAME2, a ROLE in PLACE, said": the relative filed under the owner's full
    name is the one "SURNAME's son" stands for, met as a person, not a role of its own."""
    assert direct_speaker_of(PIANO, "gave up asking") == "Anselmo Vantrelli-Osk"


def _scorecard(player: str) -> str:
    """A match report: a batter named and quoted, then the other side's coach quoted, then ``player`` laughing
    before a quotation whose cue is 'he said'."""
    return (
        'Torvald Brennageth batted through the whole of the opening day. "My legs are gone," Brennageth said.\n\n'
        'Quarrendon bowling coach Gerlach Quincemore said his seamers had kept going. "We had our chances," '
        "Quincemore said.\n\n"
        f'Asked about the chanting from the terrace, {player} laughed. "Singing is not my job," he said.'
    )


def test_a_hyphenated_noun_laughing_is_the_next_pronoun() -> None:
    """'the left-hander laughed. "A," he said': a lower-case noun of words joined by a hyphen sets up its person
    for the next 'he', as 'the opener' does; not the coach quoted before."""
    assert direct_speaker_of(_scorecard("the left-hander"), "not my job") == "left-hander"


def test_a_competitor_noun_is_not_a_coach() -> None:
    """'the batsman laughed. "A," he said' after 'bowling coach NAME said': a competitor's noun never stands for a
    person the article wrote with a counterpart's job (a coach, a judge, an umpire)."""
    assert direct_speaker_of(_scorecard("the batsman"), "not my job") != "Gerlach Quincemore"


CUP_TIE = (
    "On the eve of the cup tie, Quillane said his squad had rested well.\n\n"
    '"Nobody is tired," Quillane said.\n\n'
    "The 51-year-old, a goalkeeper in his playing days, has won four of six games since replacing Corrado "
    "Vesselby in March.\n\n"
    "He added that striker Fabrizio Tolvanmere had shaken off a cold.\n\n"
    '"Fabrizio was sharp on the training pitch," he said.'
)


def test_an_age_opening_a_sentence_is_its_subject_for_the_next_pronoun() -> None:
    """'The 51-year-old, a ..., has won four games since replacing NAME2. He added that ... "A," he said': the age is
    the manager who spoke before, the subject of its sentence, so the next 'he' is not NAME2, written after it as an
    object."""
    assert direct_speaker_of(CUP_TIE, "sharp on the training pitch") == "Quillane"


ADMIRAL = (
    'Retired admiral Leofric Hawtaine took questions on a morning radio show. "Nobody wants the job," Hawtaine '
    "said.\n\n"
    "The retired admiral also set the budget of Cressida Ruelle against that of opposition leader Lucan "
    "Marrowfield. He argued that the fleet would need new frigates."
)


def test_a_description_opening_a_sentence_is_the_person_it_stands_for() -> None:
    """'The retired admiral also set NAME2's budget against NAME3's. He argued that A': the description opening the
    sentence is the person named before, its subject, so the next 'he' is that person, not NAME3, written after it
    as an object."""
    assert speaker_of(ADMIRAL, "need new frigates") == "Leofric Hawtaine"


COUNSEL = (
    "Sprinter Florentyna Terhune-Vask will contest the charge, her club said.\n\n"
    "The athlete's counsel, Advocate Zanelethu Esserby, said the sample had been mishandled. "
    '"The chain of custody broke," Ms Esserby said.'
)


def test_advocate_is_a_title_before_a_name() -> None:
    """'Advocate NAME': the lawyer's title (South African and Indian usage), as 'Dr' or 'Judge' is, not part of
    the name."""
    assert direct_speaker_of(COUNSEL, "chain of custody") == "Zanelethu Esserby"


CLIMBER = (
    "The climber Torquil Penvarrow lost two toes on the descent.\n\n"
    'His guide, Gervase Aldgrove, said the party had turned back too late. "We pushed our luck," Aldgrove said.\n\n'
    "Sitting up in a hospital bed in the valley town below the pass on Sunday, Penvarrow looked "
    'exhausted. "I would go again tomorrow," he said.'
)


def test_a_surname_after_a_long_opening_phrase_is_the_next_pronoun() -> None:
    """'Sitting up in a hospital bed in the valley town below the pass on Sunday, SURNAME looked exhausted. "A," he
    said': an opening phrase of fifteen tokens (up to sixteen) still puts the lone surname in its sentence's
    subject place, so 'he' is that person, not the guide quoted before."""
    assert direct_speaker_of(CLIMBER, "go again tomorrow") == "Torquil Penvarrow"


SEASON = (
    'Coach Ebbert Thornquist said his team had given everything. "We ran out of legs," Thornquist said.\n\n'
    "The club will review the season next week.\n\n"
    '"It was a hard year," Coach Thornquist said.'
)


def test_coach_is_a_title_before_a_surname() -> None:
    """'Coach SURNAME' after 'Coach NAME SURNAME': a coach's title before the surname names the person named in
    full, as 'Mayor SURNAME' does, not a speaker of its own."""
    assert direct_speaker_of(SEASON, "hard year") == direct_speaker_of(SEASON, "ran out of legs")


SURGERY = (
    "Dr Ignatius Fallowmere has run the practice alone for nine years.\n\n"
    'A trainee, Tancred Vantassel, spent a month with him in the spring. "I learned more than at college," '
    "Vantassel said.\n\n"
    "By dusk the ewe is stitched and back in her pen. The vet latches the gate behind the farmer and shrugs. "
    '"She will lamb by Sunday," he says.'
)


def test_a_role_acting_then_gesturing_is_the_next_pronoun() -> None:
    """'The vet latches the gate behind the farmer and shrugs. "A," he says': a gesture after a first act joined by
    'and' sets the role up to speak, as a gesture right after it does; not the trainee quoted before."""
    assert direct_speaker_of(SURGERY, "lamb by Sunday") != "Tancred Vantassel"


HALF_BROTHER = (
    "Ngozika Farrowgate-Imoh traced her half-brother through a parish register last winter. "
    '"I read the entry three times," Farrowgate-Imoh said.\n\n'
    "Euphemia Kestelyn, his adoptive sister, had kept his letters in a biscuit tin.\n\n"
    '"We always knew," Kestelyn said. "Nobody spoke of it."\n\n'
    'Ngozika smiled at the mention of the tin. "That explains a great deal," she said.'
)


def test_a_first_name_the_lists_do_not_know_before_a_pronoun_cue() -> None:
    """'NAME smiled at the mention of it. "A," she said': a first name of no known sex opening the sentence, the
    first word of a full name met before as a person, is that person, set up for the pronoun of the quotation after
    it; not the woman quoted before."""
    assert direct_speaker_of(HALF_BROTHER, "explains a great deal") == "Ngozika Farrowgate-Imoh"
