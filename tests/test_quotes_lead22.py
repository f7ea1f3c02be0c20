"""Pronoun salience (twenty-second session): whom a 'he' or 'she' in a feature's paragraph stands for."""

from __future__ import annotations

from tests.quote_support import quotes_of, speaker_of

_WORKSHOP = """Hedda Skarholt strings three fiddles before the Tarnby market opens. She tries each one at the bench \
by the window.

"Everyone blames the varnish for a bad fiddle," she says.

Skarholt, 47, learned the trade from an uncle. She kept his workshop going after 2011.

Ottoline Morrow, who runs a music shop in Dunmoor, has stocked Skarholt's fiddles since 2018.

Morrow buys from few makers, and only after a long trial. "The tone sold me," the shop owner added.

{last}"""


def test_a_possessive_opening_the_sentence_yields_to_the_woman_the_sentence_before_was_about() -> None:
    text = _WORKSHOP.format(
        last="Morrow is careful with praise. Skarholt\u2019s output is tiny and the waiting list keeps growing, she "
        'said, calling the fiddles "spoken for before the glue dries".'
    )
    assert speaker_of(text, "spoken for before the glue dries") == "Ottoline Morrow"
    assert speaker_of(text, "output is tiny") == "Ottoline Morrow"


def test_the_possessive_is_still_the_speaker_when_the_sentence_before_was_about_her() -> None:
    text = _WORKSHOP.format(
        last='Skarholt shrugs at the fuss. Skarholt\u2019s own bench is cramped, she said, calling the trade "a '
        'stubborn habit".'
    )
    assert speaker_of(text, "a stubborn habit") == "Hedda Skarholt"


def test_a_man_leading_the_sentence_before_keeps_his_pronoun_past_another_man_s_introduction() -> None:
    text = (
        "Governor Bram Tessaly has spent the spring in dairy towns, telling farmers they will decide the race.\n\n"
        "Once he had thanked Deacon Osk Varrin's choir, in a barn outside Brackwater, he said the choice was stark. "
        '"Farmers decide this," he said.'
    )
    assert speaker_of(text, "Farmers decide this") == "Governor Bram Tessaly"


_CLIMBER = """Oren Talbe, 41, is the club's oldest climber. He took up the sport at 38 on the advice of his \
dentist, who told him it was "restful for the mind". He snorts at that now.

"Restful," he says, showing a thumb split on granite. "She never saw the overhang."
"""


def test_a_speaker_inside_a_sentence_he_led_does_not_take_his_next_quote_after_another_sentence_he_leads() -> None:
    assert speaker_of(_CLIMBER, "never saw the overhang") == "Oren Talbe"


def test_the_speaker_of_the_sentence_right_before_may_still_be_he() -> None:
    text = (
        "Oren Talbe, 41, is the club's oldest climber. He took up the sport at 38.\n\n"
        'His dentist, Dr Ilan Vosk, told him it was "restful for the mind". "I spoke too soon," Vosk says now.\n\n'
        '"I had never seen an overhang," he says.'
    )
    assert speaker_of(text, "never seen an overhang") == "Ilan Vosk"


def test_a_place_opening_the_sentence_is_no_one_a_later_she_stands_for() -> None:
    text = (
        "Ysolde Marrack dates the wreck off Penlee Point to the 1540s. Her museum in Tarn has dived on it for "
        "six summers.\n\n"
        '"Every plank points the same way," Marrack says.\n\n'
        "Across the Kessock Firth, Caspar Lode dates it a century later. Lode, a surveyor with a salvage firm, "
        "thinks the oak was reused.\n\n"
        '"Shipwrights never wasted good timber," he says.\n\n'
        "Lode says the museum's dates prove nothing.\n\n"
        "Told of Lode's theory, she grins.\n\n"
        '"Caspar tells a good story," she says.'
    )
    assert speaker_of(text, "tells a good story") == "Ysolde Marrack"


def test_a_name_before_a_possessive_after_into_is_a_person_not_a_place() -> None:
    text = (
        "Twenty pages into Brynja Tollef\u2019s \u201cLow Water\u201d, the narrator walks out of the book.\n\n"
        "Her translator, Petra Vosz, said the German was harder. \u201cBrynja hates adjectives,\u201d she said.\n\n"
        "Her publisher, Bastian Orsby, said the cover came from a ferry ticket.\n\n"
        "Tollef concedes the last chapter was cut twice.\n\n"
        "\u201cBooks get made by committee,\u201d she said."
    )
    assert speaker_of(text, "Books get made by committee") == "Brynja Tollef"


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
        "Porters at Quenby Infirmary stopped work at dawn. The Quenby Porters Guild said the rota was "
        "unworkable.\n\nThe union said porters would be back on Friday if managers met them."
    )
    assert speaker_of(text, "porters would be back on Friday") == "Quenby Porters Guild"


def test_the_regulator_is_not_a_body_of_initials_met_before_another_body() -> None:
    text = (
        "Figures from the Joint Exams Panel showed more top grades. The JEP said the pass rate held.\n\n"
        "Gradewell said marking was back to normal. The regulator said results could still vary from year to year."
    )
    assert speaker_of(text, "results could still vary") != "JEP"


def test_letters_after_a_name_and_a_welsh_particle_are_read_as_one_person() -> None:
    text = (
        "The inquiry's convener, Iolo ap Rhydderch MS, told reporters the figures were \u201cdamning\u201d.\n\n"
        "\u201cNot one witness backed the timetable,\u201d ap Rhydderch said."
    )
    assert speaker_of(text, "damning") == "Iolo ap Rhydderch"
    assert speaker_of(text, "Not one witness") == "Iolo ap Rhydderch"


def test_a_barrister_s_letters_are_no_part_of_the_name() -> None:
    text = 'Prosecuting, Hester Brack KC told the jury the accounts were "a house of cards".'
    assert speaker_of(text, "house of cards") == "Hester Brack"


def test_a_pledge_to_do_something_quotes_its_owner_not_the_sentence_s_subject() -> None:
    text = (
        "The council has declined to freeze parking charges, despite Orla Pennick\u2019s vow at the hustings to "
        "\u201cscrap every meter\u201d."
    )
    assert speaker_of(text, "scrap every meter") == "Orla Pennick"


def test_a_statement_far_before_a_participle_does_not_take_the_fragment() -> None:
    text = (
        "Ines Varro, the ferry's oldest pilot, mocked Tobin Glade\u2019s repeated promises to automate the crossing, "
        'adding that he has "never steered anything bigger than a pedalo".'
    )
    assert speaker_of(text, "never steered anything") == "Ines Varro"


def test_her_mother_is_the_woman_whose_daughter_she_was_named_as() -> None:
    text = (
        "Greta Volke has judged the town's bread show since 1990.\n\n"
        "Volke's son, Tam Hesk, 44, bakes for the cafe on the square and says she buys his loaves in disguise.\n\n"
        'Hesk took a ribbon in March. His mother said the crust was "almost respectable."'
    )
    assert speaker_of(text, "almost respectable") == "Greta Volke"


def test_her_mother_stays_a_role_when_no_relative_was_named() -> None:
    text = (
        "Tam Hesk, 44, bakes for the cafe on the square and took a ribbon in March.\n\n"
        'His mother said the crust was "almost respectable."'
    )
    assert speaker_of(text, "almost respectable") == "His mother"


def test_a_name_followed_by_who_is_a_person_never_the_company() -> None:
    text = (
        "The mill belongs to Hallvard Holdings, which wants offices on every floor.\n\n"
        "Tobin Vale, who has fired pots on the ground floor since 1994, said his rent had tripled.\n\n"
        "Hallvard would not comment. On its website, the company calls the mill \u201ca blank canvas\u201d."
    )
    assert speaker_of(text, "a blank canvas") != "Tobin Vale"


def test_the_department_is_the_body_whose_spokesman_spoke_before() -> None:
    text = (
        "Shopkeepers say break-ins went unanswered for weeks. A KCPD spokeswoman said on Tuesday that the "
        'claim was false. Later, by email, the department said: "Every report was logged within the hour."'
    )
    assert speaker_of(text, "Every report was logged") == "KCPD"


def test_two_bodies_spoken_for_leave_the_department_as_written() -> None:
    text = (
        "A KCPD spokeswoman said every report was logged. A TVFD spokesman said the engines came fast. Later, by "
        'email, the department said: "Our staff did their jobs."'
    )
    assert speaker_of(text, "Our staff did their jobs") == "department"


def test_an_aside_of_what_was_put_to_the_speaker_lies_between_the_name_and_the_verb() -> None:
    assert speaker_of('Hal Brinton, asked about the merger, said: "It is off."', "It is off") == "Hal Brinton"
    text = 'A senior aide, granted anonymity to speak freely, said: "Nobody reads the annex."'
    assert speaker_of(text, "Nobody reads the annex") == "senior aide"


def test_a_passive_of_hearsay_names_its_subject_as_the_speaker() -> None:
    text = "\u2018We are out of road,\u2019 Mr Odell is said to have warned fellow trustees."
    assert speaker_of(text, "out of road") == "Mr Odell"
    assert speaker_of("Mr Odell is understood to have said that the fund was spent.", "fund") == "Mr Odell"


def test_a_parent_named_only_by_a_possessive_is_the_later_her_mother() -> None:
    text = (
        "Tilde Orrey\u2019s son, Aksel Orrey, said his mother still judges every loaf he bakes.\n\n"
        'Orrey said he took a ribbon in March. His mother said the crust was "almost respectable."'
    )
    assert speaker_of(text, "almost respectable") == "Tilde Orrey"


def test_a_titled_subject_followed_by_who_is_the_next_she() -> None:
    text = (
        "Port Director Ivo Sarant said the grain ships would sail on Monday. He said the strike was over.\n\n"
        "Trade Commissioner Marta Quell, who toured the docks at dawn, sat down with Sarant for an hour. At a "
        'briefing later, she said she was pleased but would "cheer when the holds are empty."'
    )
    assert speaker_of(text, "cheer when the holds are empty") == "Trade Commissioner Marta Quell"
