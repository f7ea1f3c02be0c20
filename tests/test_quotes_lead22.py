"""Pronoun salience (twenty-second session): whom a 'he' or 'she' in a feature's paragraph stands for."""

from __future__ import annotations

from tests.quote_support import quotes_of, speaker_of

_DAIRY = """By the time the frost clears off the Lenn Valley, Ines Ruud has already milked forty cows. She walks the \
sheds with a bucket in each hand.

"People think cheese happens in the cellar," she says.

Ruud, 52, is tall and weathered. She took over the dairy in 2009.

That cheese is also the reason Marit Pell, a distributor based in Ghent, signed Ruud in 2016 after a single tasting.

She had never before taken on a maker on the strength of one cheese, Pell told me by phone. "It was the rind," \
the distributor said.

{last}"""


def test_a_possessive_opening_the_sentence_yields_to_the_woman_the_sentence_before_was_about() -> None:
    text = _DAIRY.format(
        last="Pell is wary of the hype. Ruud\u2019s harvests are small and prices have doubled, she said, calling "
        'the cheese "sold before it is made".'
    )
    assert speaker_of(text, "sold before it is made") == "Marit Pell"
    assert speaker_of(text, "harvests are small") == "Marit Pell"


def test_the_possessive_is_still_the_speaker_when_the_sentence_before_was_about_her() -> None:
    text = _DAIRY.format(
        last='Ruud laughs at the fuss. Ruud\u2019s own herd is small, she said, calling the cheese "a happy accident".'
    )
    assert speaker_of(text, "a happy accident") == "Ines Ruud"


def test_a_man_leading_the_sentence_before_keeps_his_pronoun_past_another_man_s_introduction() -> None:
    text = (
        "Senator Wade Ostrow has courted rural churches all winter, arguing that their votes alone can carry "
        "him.\n\nWhen he took the stage after Pastor Luka Brenn's welcome, at a grange hall in Marlow, he said "
        'the path to victory was plain. "We have to wake the faithful," he said.'
    )
    assert speaker_of(text, "wake the faithful") == "Senator Wade Ostrow"


_CYCLIST = """Oren Talbe, 41, is the team's oldest rider. He quit racing in his twenties and came back after a hip \
operation because his surgeon told him cycling was "gentle on the joints". He grins at that now.

"Gentle," he says, lifting a shin scabbed from a fall. "Nobody mentioned the tarmac."
"""


def test_a_speaker_inside_a_sentence_he_led_does_not_take_his_next_quote_after_another_sentence_he_leads() -> None:
    assert speaker_of(_CYCLIST, "Nobody mentioned the tarmac") == "Oren Talbe"


def test_the_speaker_of_the_sentence_right_before_may_still_be_he() -> None:
    text = (
        "Oren Talbe, 41, is the team's oldest rider. He came back after a hip operation.\n\n"
        'His surgeon, Dr Ilan Vosk, told him cycling was "gentle on the joints". "I was wrong," Vosk says now.\n\n'
        '"I under-rated the tarmac," he says.'
    )
    assert speaker_of(text, "under-rated the tarmac") == "Ilan Vosk"


def test_a_place_opening_the_sentence_is_no_one_a_later_she_stands_for() -> None:
    text = (
        'The quarrel centres on a small grey bird and on an idea one team calls "route borrowing." The idea, '
        "pushed by Ysolde Marrack of the University of Tarn, is that young swifts copy the routes of older ones.\n\n"
        '"We thought they flew by instinct," Marrack says. "They are taught."\n\n'
        "Marrack's team tagged 300 swifts and followed them for two seasons.\n\n"
        "Across the Irish Sea, Caspar Lode is unconvinced. Lode, who leads a rival group at the Brenning Institute, "
        "has a different explanation.\n\n"
        '"Of course they return to the same hedges," he says. "The same hedges have the same insects."\n\n'
        "Lode argues the Tarn data cannot separate memory from habit. He called Marrack's reading "
        '"a lovely fable without proof."\n\n'
        "Marrack's answer, in a reply last spring, was that his tests measure panic, not learning. Asked about "
        'Lode\'s "lovely fable" line, she laughs.\n\n'
        '"Caspar is a lovely writer," she says.'
    )
    assert speaker_of(text, "lovely writer") == "Ysolde Marrack"


def test_a_name_before_a_possessive_after_into_is_a_person_not_a_place() -> None:
    text = (
        "About an hour into Brynja Tollef\u2019s \u201cSalt Year\u201d, the music stops.\n\n"
        "The lead, Petra Vosz, said she had asked for fewer lines. \u201cBrynja listens,\u201d the actor said.\n\n"
        "The cinematographer, Emil Rask, said the palette came from old maps.\n\n"
        "Not everything works. Tollef, asked about the ending, admitted it had been rewritten for a backer. She "
        "would not say which one.\n\n"
        "\u201cEvery film is a bargain,\u201d she said."
    )
    assert speaker_of(text, "Every film is a bargain") == "Brynja Tollef"


def test_a_short_bare_quotation_after_two_people_spoke_in_turn_is_the_reply_of_the_one_spoken_to() -> None:
    text = (
        "Tamsin Orle is nine, and she is bluffing.\n\n"
        "\u201cHe thinks I\u2019m stuck,\u201d she murmurs, as her tutor frowns at the board. The tutor, Bertil "
        "Kasse, is 70 and patient.\n\n"
        "\u201cShe is stuck,\u201d Kasse says. \u201cShe dropped the rook and now she calls it bait.\u201d\n\n"
        "\u201cIt was bait.\u201d"
    )
    assert speaker_of(text, "It was bait") == "Tamsin Orle"


def test_a_long_bare_paragraph_after_two_speakers_stays_with_the_last() -> None:
    text = (
        '"We welcome the decision," said Mayor Inga Poll.\n\n'
        '"It is a poor deal for the valley," said councillor Ruben Haske.\n\n'
        '"The figures were never tested, and the town will be paying for this long after the ribbon is cut."'
    )
    assert speaker_of(text, "figures were never tested") == "Ruben Haske"


def test_a_call_and_response_goes_back_and_forth() -> None:
    text = (
        '"So what do we do? Do we give up?" Senator Alva Tenn asked.\n\n'
        '"No!" the crowd shouted.\n\n'
        '"Or do we get up every morning and fight for this town?" Tenn asked.\n\n'
        '"No!"\n\n'
        '"Or do we stand together and build the thing ourselves?"\n\n'
        '"Yes!"'
    )
    quotes = [(speaker, quoted) for kind, speaker, quoted in quotes_of(text) if kind == "direct"]
    last_call = "Or do we stand together and build the thing ourselves?"
    assert quotes[-3:] == [("crowd", "No!"), ("Senator Alva Tenn", last_call), ("crowd", "Yes!")]


def test_the_agency_is_the_body_named_before_by_its_initials() -> None:
    text = (
        "Both camps cite the Rural Budget Office\u2019s estimate. The RBO said the plan would cost $2 billion more.\n\n"
        '"The estimate is uncertain," the agency wrote.'
    )
    assert speaker_of(text, "The estimate is uncertain") == "RBO"


def test_the_union_is_the_association_named_before() -> None:
    text = (
        "Nurses at Carrow General walked out on Monday. The Carrow Valley Nurses Association said staffing was "
        "unsafe.\n\nThe union said the strike would last three days unless talks resumed."
    )
    assert speaker_of(text, "the strike would last three days") == "Carrow Valley Nurses Association"


def test_the_regulator_is_not_a_body_of_initials_met_before_another_body() -> None:
    text = (
        "Figures from the Joint Exams Panel showed more top grades. The JEP said the pass rate held.\n\n"
        "Gradewell said marking was back to normal. The regulator said results could still vary from year to year."
    )
    assert speaker_of(text, "results could still vary") != "JEP"


def test_letters_after_a_name_and_a_welsh_particle_are_read_as_one_person() -> None:
    text = (
        "The panel's chair, Iolo ap Rhydderch MS, said members had heard \u201cdamning\u201d evidence.\n\n"
        "\u201cNot one witness backed the timetable,\u201d ap Rhydderch said."
    )
    assert speaker_of(text, "damning") == "Iolo ap Rhydderch"
    assert speaker_of(text, "Not one witness") == "Iolo ap Rhydderch"


def test_a_barrister_s_letters_are_no_part_of_the_name() -> None:
    text = 'Prosecuting, Hester Brack KC told the jury the accounts were "a house of cards".'
    assert speaker_of(text, "house of cards") == "Hester Brack"


def test_a_pledge_to_do_something_quotes_its_owner_not_the_sentence_s_subject() -> None:
    text = (
        "The Treasury has refused to rule out higher bus fares, despite Orla Pennick\u2019s pledge during the "
        "campaign to \u201ckeep every route running\u201d."
    )
    assert speaker_of(text, "keep every route running") == "Orla Pennick"


def test_a_statement_far_before_a_participle_does_not_take_the_fragment() -> None:
    text = (
        "Ines Varro, whose son died in the flood, also attacked Tobin Glade\u2019s repeated calls to close the river "
        'path, noting he has "never walked it".'
    )
    assert speaker_of(text, "never walked it") == "Ines Varro"


def test_her_mother_is_the_woman_whose_daughter_she_was_named_as() -> None:
    text = (
        "Alma Tresk has won the jam contest 20 times.\n\n"
        "Tresk's daughter, Nell Ode, 58, said her mother had never shared the recipe.\n\n"
        'Ode said she entered her own jam this year and came fourth. Her mother said that was "fair for a beginner."'
    )
    assert speaker_of(text, "fair for a beginner") == "Alma Tresk"


def test_her_mother_stays_a_role_when_no_relative_was_named() -> None:
    text = (
        "Nell Ode, 58, entered her own jam this year and came fourth.\n\n"
        'Her mother said that was "fair for a beginner."'
    )
    assert speaker_of(text, "fair for a beginner") == "Her mother"


def test_a_name_followed_by_who_is_a_person_never_the_company() -> None:
    text = (
        "The building is owned by Harrow Property Partners, which plans to turn the cellar into flats.\n\n"
        "Tobin Vale, who has run the club since 1988, said the rent had doubled.\n\n"
        "Harrow did not respond to requests for comment. In a document filed in May, the company described the "
        "cellar as \u201cwasted space\u201d."
    )
    assert speaker_of(text, "wasted space") != "Tobin Vale"


def test_the_department_is_the_body_whose_spokesman_spoke_before() -> None:
    text = (
        "A ROPD spokesman disputed that, saying patrol cars answered every call. In a written statement, the "
        'department said: "Detectives worked around the clock."'
    )
    assert speaker_of(text, "Detectives worked") == "ROPD"


def test_two_bodies_spoken_for_leave_the_department_as_written() -> None:
    text = (
        "A ROPD spokesman said every call was answered. A KCFD spokeswoman said crews came fast. In a statement, the "
        'department said: "We stand by our officers."'
    )
    assert speaker_of(text, "We stand by our officers") == "department"


def test_an_aside_of_what_was_put_to_the_speaker_lies_between_the_name_and_the_verb() -> None:
    assert speaker_of('Hal Brinton, asked about the merger, said: "It is off."', "It is off") == "Hal Brinton"
    text = 'A senior aide, granted anonymity to speak freely, said: "Nobody reads the annex."'
    assert speaker_of(text, "Nobody reads the annex") == "senior aide"


def test_a_passive_of_hearsay_names_its_subject_as_the_speaker() -> None:
    assert speaker_of("\u2018The till is empty,\u2019 Ms Vane is said to have told the meeting.", "till") == "Ms Vane"
    assert speaker_of("Ms Vane is understood to have said that the till was empty.", "till") == "Ms Vane"


def test_a_parent_named_only_by_a_possessive_is_the_later_her_mother() -> None:
    text = (
        "Tilde Marr\u2019s daughter, Elsa Marr, said her mother had never shared the recipe.\n\n"
        'Marr said she entered her own jam this year. Her mother said that was "fair for a beginner."'
    )
    assert speaker_of(text, "fair for a beginner") == "Tilde Marr"


def test_a_titled_subject_followed_by_who_is_the_next_she() -> None:
    text = (
        "Foreign Minister Ivo Sarant said the two aid workers would be freed on Friday. He said they had broken "
        "the law.\n\n"
        "Deputy Envoy Marta Quell, who flew in overnight, met with Sarant for three hours. Speaking to reporters "
        'afterward, she said she welcomed the news but would "believe it when they land."'
    )
    assert speaker_of(text, "believe it when they land") == "Deputy Envoy Marta Quell"
