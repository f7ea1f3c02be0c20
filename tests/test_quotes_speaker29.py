"""Who spoke when a name's possessive owns a relative set off after it (twenty-ninth session, speaker29): invented
scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, speaker_of

BAND = (
    "The band's oldest player, Wystan Quarnsby, is 87. He has played the tuba since he was twelve.\n\n"
    "Quarnsby's grandson, Orlwen, 30, joined the band last spring after years of being asked.\n\n"
    '"I never asked twice," his grandfather said.'
)


def test_the_inverse_relative_of_a_name_set_off_after_a_possessive_name() -> None:
    """The scene: "SURNAME's grandson, NAME2," makes the person named in full with that surname NAME2's
    grandfather, so a later 'his grandfather said' whose 'his' is NAME2 is that person, not a speaker of its own."""
    assert direct_speaker_of(BAND, "I never asked twice") == "Wystan Quarnsby"


NURSE = (
    'Ottoline Ebbrell, 88, still runs the Brackwater lending library. "Shelves first," she says.\n\n'
    "Ebbrell's daughter, Tamsyn Pellowe-Ridd, a pediatric nurse in a city two hours away, said she had stopped "
    'asking her mother to rest. "I tried for years," she said.'
)


def test_a_possessive_name_and_kin_before_a_name_and_a_long_apposition() -> None:
    """The scene: "SURNAME's daughter, NAME2 SURNAME2, a ROLE in PLACE, said": the relative filed under the
    owner's full name is the one "SURNAME's daughter" stands for, met as a person, not a role of its own."""
    assert direct_speaker_of(NURSE, "I tried for years") == "Tamsyn Pellowe-Ridd"


def _innings(player: str) -> str:
    """A match report: a batter named and quoted, then the other side's coach quoted, then ``player`` laughing
    before a quotation whose cue is 'he said'."""
    return (
        'Tavish Mordrenn made 140 on the second day. "It was hard work," Mordrenn said.\n\n'
        'Strathkey bowling coach Oribel Vennacott said his attack had stuck at it. "We dropped him twice," '
        "Vennacott said.\n\n"
        f'Asked about a banner in the crowd, {player} laughed. "I would be no good at that," he said.'
    )


def test_a_hyphenated_noun_laughing_is_the_next_pronoun() -> None:
    """'the century-maker laughed. "A," he said': a lower-case noun of words joined by a hyphen sets up its
    person for the next 'he', as 'the centurion' does; not the coach quoted before."""
    assert direct_speaker_of(_innings("the century-maker"), "no good at that") == "century-maker"


def test_a_competitor_noun_is_not_a_coach() -> None:
    """'the batsman laughed. "A," he said' after 'bowling coach NAME said': a competitor's noun never stands for a
    person the article wrote with a counterpart's job (a coach, a judge, an umpire)."""
    assert direct_speaker_of(_innings("the batsman"), "no good at that") != "Oribel Vennacott"


HANDOVER = (
    "Speaking at the training ground on Friday, Corvenna said he had spent the week keeping minds on the pitch.\n\n"
    '"We play the game, not the occasion," Corvenna said.\n\n'
    "The 44-year-old, who grew up on the coast, is preparing for his first derby since taking over from Ansgar "
    "Kelmscott in the summer.\n\n"
    "He confirmed that captain Ivo Brandreth would be fit.\n\n"
    '"Ivo trained fully this morning," he said.'
)


def test_an_age_opening_a_sentence_is_its_subject_for_the_next_pronoun() -> None:
    """'The 44-year-old, who ..., took over from NAME2. He confirmed ... "A," he said': the age is the manager who
    spoke before, the subject of its sentence, so the next 'he' is not NAME2, written after it as an object."""
    assert direct_speaker_of(HANDOVER, "Ivo trained fully") == "Corvenna"


ENVOY = (
    'Former ambassador Corwin Ventris spoke to a radio host on Tuesday. "Everybody resigns from the boards," '
    "Ventris said.\n\n"
    "The former ambassador also compared the plans of Ilsa Ostrova with those of party nominee Morten Halloway-Crane. "
    "He stated that plenty of experts would serve in a new cabinet."
)


def test_a_description_opening_a_sentence_is_the_person_it_stands_for() -> None:
    """'The former ambassador also compared NAME2's plans with NAME3's. He stated that A': the description opening
    the sentence is the person named before, its subject, so the next 'he' is that person, not NAME3, written
    after it as an object."""
    assert speaker_of(ENVOY, "plenty of experts") == "Corwin Ventris"


COUNSEL = (
    "Wrestler Dorvan Telluk has been banned for three years, the panel said.\n\n"
    "Telluk's counsel, Advocate Meenal Rao Pittard, told this newspaper that her client would appeal. "
    '"We will appeal," Ms Pittard said.'
)


def test_advocate_is_a_title_before_a_name() -> None:
    """'Advocate NAME': the lawyer's title (South African and Indian usage), as 'Dr' or 'Judge' is, not part of
    the name."""
    assert direct_speaker_of(COUNSEL, "We will appeal") == "Meenal Rao Pittard"


BANNED = (
    "The wrestler Dorvan Telluk has been banned for three years after a positive test.\n\n"
    'His coach, Gurvinder Ostley, said the camp was stunned. "Nobody saw it coming," Ostley said.\n\n'
    "Speaking to reporters at his family home outside the city on Wednesday, Telluk appeared subdued. "
    '"I have never cheated," he said.'
)


def test_a_surname_after_a_long_opening_phrase_is_the_next_pronoun() -> None:
    """'Speaking to reporters at his family home ... on Wednesday, SURNAME appeared subdued. "A," he said': an
    opening phrase of eleven words (up to sixteen) still puts the lone surname in its sentence's subject place, so
    'he' is that person, not the coach quoted before."""
    assert direct_speaker_of(BANNED, "never cheated") == "Dorvan Telluk"


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
    "Dr Kestrin Oyelowo-Brandt has run the clinic alone for eleven years.\n\n"
    'A student, Istvan Quellwood, spent six weeks with him last year. "I did not want to leave," Quellwood said by '
    "phone.\n\n"
    "By noon the farmer is stitched and back in his truck. The doctor watches the dust rise behind him and shakes "
    'his head. "He will be back on Friday," he says.'
)


def test_a_role_acting_then_gesturing_is_the_next_pronoun() -> None:
    """'The doctor watches the dust rise behind him and shakes his head. "A," he says': a gesture after a first
    act joined by 'and' sets the role up to speak, as a gesture right after it does; not the student quoted
    before."""
    assert direct_speaker_of(SURGERY, "back on Friday") != "Istvan Quellwood"


SISTERS = (
    'When Zintle Dlamuka opened her door last spring, she met her twin. "I just stood there," Dlamuka said.\n\n'
    "Wilhelmina Mokoena-Vries was raised by her father in the city.\n\n"
    '"She sings exactly like me," Mokoena-Vries said. "My husband has given up."\n\n'
    'Zintle laughed when she was told this. "He will get used to it," she said.'
)


def test_a_first_name_the_lists_do_not_know_before_a_pronoun_cue() -> None:
    """'NAME laughed when told this. "A," she said': a first name of no known sex opening the sentence, the first
    word of a full name met before as a person, is that person, set up for the pronoun of the quotation after it;
    not the sister quoted before."""
    assert direct_speaker_of(SISTERS, "get used to it") == "Zintle Dlamuka"
