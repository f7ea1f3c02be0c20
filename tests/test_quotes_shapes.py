"""Speaker phrases, cues and marks of general English that the first rules missed (issue 15), on texts of
our own: titles and jobs before names, NAME of PLACE, descriptions without names, relative clauses,
participles and coordinated cues, fragments inside reported speech, '' marks and possessive apostrophes."""

from __future__ import annotations

import pytest

from tests.test_quotes_patterns import run


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The storm turns north," TV meteorologist Dana Pike said.', "Dana Pike"),
        ('"The storm turns north," councillor Dana Pike said.', "Dana Pike"),
        ('"The storm turns north," said Rep. J.K. Olsen (D-Ore.), a member of the panel.', "Rep. J.K. Olsen"),
        # a bracketed tag and an appositive before the verb
        ('"The storm turns north," Rep. Dana Pike (D-Ore.), a member of the panel, said.', "Rep. Dana Pike"),
        ('"The storm turns north," said Rep. Dana Pike of Oregon, the panel\'s senior member.', "Rep. Dana Pike"),
        ('"The storm turns north," one commenter wrote.', "commenter"),
        (
            '"The storm turns north," a spokesperson for the roads department said.',
            "spokesperson for the roads department",
        ),
        ('"The storm turns north," the statement said.', "statement"),
    ],
)
def test_speaker_phrases(text: str, speaker: str) -> None:
    assert [q.speaker for q in run(text).quotes] == [speaker]


def test_relative_clause_speaker_is_its_antecedent() -> None:
    report = run(
        'Set that against Dana Pike, who has called the plan "a disaster," and Lee Wong, who says it is "fine."'
    )
    assert [(q.speaker, q.text) for q in report.quotes] == [
        ("Dana Pike", "a disaster"),
        ("Lee Wong", 'it is "fine."'),  # a clause quoting its own last words is reported whole
        ("Lee Wong", "fine."),
    ]


def test_coordinated_cue_and_participle_take_the_sentence_subject() -> None:
    report = run(
        "Dana Pike took the stage in Salem and called the budget “a fraud.”",
        'In Salem on Monday, Lee Wong defended the plan, saying, "It will pay for itself."',
    )
    assert [q.speaker for q in report.quotes] == ["Dana Pike", "Lee Wong"]


def test_fragment_inside_reported_speech_is_the_reporters_quote() -> None:
    report = run('Dana Pike said the plan was sound but said "the timing is wrong."')
    direct = [q for q in report.quotes if q.kind == "direct"]
    assert [(q.speaker, q.text) for q in direct] == [("Dana Pike", "the timing is wrong.")]


def test_a_quoted_name_inside_reported_speech_leaves_the_clause_whole() -> None:
    """A quoted name ('Ray's "Harbour House" villa') is no one's words: the clause around it stays reported."""
    report = run('Leo Ray and two of his aides are staying at Ray\'s "Harbour House" villa near Avon, a friend said.')
    assert [(q.kind, q.speaker) for q in report.quotes] == [("indirect", "friend")]
    assert report.quotes[0].text.startswith("Leo Ray and two of his aides") and "Harbour House" in report.quotes[0].text


def test_a_quoted_fragment_after_the_writer_s_relative_clause_ends_the_clause() -> None:
    """Words quoted as speech inside a paraphrase are the direct quote; after a comma opening a relative clause,
    the reported part stops before them."""
    report = run('Leo Ray and two aides met the board, which was "dead in the water", a friend said.')
    kinds = [(q.kind, q.text) for q in report.quotes]
    assert ("direct", "dead in the water") in kinds
    assert ("indirect", "Leo Ray and two aides met the board") in kinds


def test_a_quoted_fragment_in_a_coordinated_clause_stays_in_the_reported_clause() -> None:
    """After ', and' the quoted words go on with what was said: the whole clause is reported, the words quoted."""
    report = run('Leo Ray and two aides met the board, and the plan is "dead in the water", a friend said.')
    kinds = [(q.kind, q.text) for q in report.quotes]
    assert ("direct", "dead in the water") in kinds
    assert ("indirect", 'Leo Ray and two aides met the board, and the plan is "dead in the water"') in kinds


@pytest.mark.parametrize("text", ["I'm here to say that the ferry runs late.", "You’ll say that the ferry runs late."])
def test_a_contracted_first_or_second_person_pronoun_is_no_speaker(text: str) -> None:
    assert run(text).quotes == []


def test_a_contracted_third_person_pronoun_is_the_pronoun() -> None:
    report = run("Nora Platt runs the ferry.", "She'll tell you that the timetable is a fiction.")
    assert [(q.speaker, q.text) for q in report.quotes] == [("Nora Platt", "the timetable is a fiction")]


def test_one_clause_read_by_two_cues_is_one_quote() -> None:
    report = run('Nora Platt said in a letter, "We are relieved" by the ruling, adding that the crew was paid.')
    reported = [q.text for q in report.quotes if q.kind == "indirect"]
    assert reported == ["the crew was paid"]


def test_two_clauses_of_one_speaker_stay_two_quotes() -> None:
    report = run("Nora Platt said the ferry would sail, adding that the crew was paid.")
    assert [q.text for q in report.quotes] == ["the ferry would sail", "the crew was paid"]


def test_a_name_given_in_the_passive_is_no_quote() -> None:
    report = run('For a century the lighthouse has been nicknamed the "Old Candle" by sailors, Mayor Ilse Varga said.')
    assert [(q.kind, q.speaker) for q in report.quotes] == [("indirect", "Mayor Ilse Varga")]


def test_a_name_the_subject_gives_stays_the_subjects_words() -> None:
    report = run('Mayor Ilse Varga dubbed the "Grey Giant" a relic of the past.')
    assert [(q.speaker, q.text) for q in report.quotes] == [("Mayor Ilse Varga", "Grey Giant")]


def test_a_credit_line_under_a_quotation_names_its_speaker() -> None:
    report = run(
        "Readers wrote to us about the ferry.",
        '"The crossing was calm and the crew was kind."',
        "\u2014 Hal Brenner, Oslo",
        "\u201cWe will sail again next summer.\u201d",
        "\u2013 Ines Q.",
    )
    assert [q.speaker for q in report.quotes] == ["Hal Brenner", "Ines Q."]


@pytest.mark.parametrize(
    "after", ["\u2014 and that is the point. The boats run all winter.", "Readers agreed with him on the boats."]
)
def test_a_dash_sentence_or_prose_under_a_quotation_credits_no_one(after: str) -> None:
    report = run('"Ferries are slow," said Tor Lund, who sails daily.', '"They are also cheap."', after)
    assert [q.speaker for q in report.quotes] == ["Tor Lund", "Tor Lund"]


@pytest.mark.parametrize(
    "text",
    [
        '"Keep walking," I told myself.',
        'We asked the ferryman, "Why the hurry?"',
        'In last week\'s test we called it "a small marvel."',
    ],
)
def test_the_narrators_own_words_are_the_writers(text: str) -> None:
    assert [q.speaker for q in run(text).quotes] == ["the writer"]


@pytest.mark.parametrize(
    "text",
    [
        'The new timetable is "a small miracle," and I agree.',  # words before the narrator's verb are not his
        'I remember the mayor promising a "new dawn" for the port.',  # a fragment the narrator speaks of
    ],
)
def test_the_narrator_near_someone_elses_words_is_no_speaker(text: str) -> None:
    assert "the writer" not in [q.speaker for q in run(text).quotes]


def test_a_pronoun_after_the_narrator_spoke_is_not_the_writer() -> None:
    report = run('I asked Tom Reed about the toll. "It stays," I said.', '"No chance," he replied.')
    assert [q.speaker for q in report.quotes] == ["the writer", "Tom Reed"]


def test_a_thing_announced_after_the_clause_is_no_speaker() -> None:
    assert run("The island ferry line raised its fares by a third, a change announced on Friday.").quotes == []


def test_a_person_announcing_after_the_clause_stays_the_speaker() -> None:
    report = run("Norvik bought the old ferry line last year, a spokesman announced in March.")
    assert [(q.kind, q.speaker) for q in report.quotes] == [("indirect", "spokesman")]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Bell sold the mill, adding to fears that the town would lose its last employer.",
        "The flood added to the doubts that the new dam would hold.",
    ],
)
def test_adding_to_something_is_no_saying(text: str) -> None:
    assert run(text).quotes == []


def test_adding_that_is_still_saying() -> None:
    report = run("Ann Bell sold the mill, adding that the town would survive.")
    assert [(q.speaker, q.text) for q in report.quotes] == [("Ann Bell", "the town would survive")]


@pytest.mark.parametrize(
    "text",
    [
        "Ines Varga and her team wrote that the lake had warmed by two degrees.",
        "The lake had warmed by two degrees, Ines Varga and her colleagues wrote.",
    ],
)
def test_a_named_leader_speaks_for_her_team(text: str) -> None:
    assert [q.speaker for q in run(text).quotes] == ["Ines Varga"]


def test_a_team_after_other_words_is_no_leaders() -> None:
    report = run("Ines Varga sold her boat, and her team said the lake had warmed by two degrees.")
    assert "Ines Varga" not in [q.speaker for q in report.quotes]


def test_a_name_given_after_a_comma_by_an_appositive_subject_stays_a_quote() -> None:
    report = run('Pia Moss, the mayor, dubbed the "Harbour Deal" her finest hour.')
    assert [(q.speaker, q.text) for q in report.quotes] == [("Pia Moss", "Harbour Deal")]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ('Lena Dahl posted on Facebook: I told the council, "Fix the pier."',),
        ("Q: When did the trouble start?", 'A: In 2019. I told the board, "The hull will not last."'),
        ("Pia Moss described the night to the inquiry:", 'I woke at two. I shouted to my husband, "Get up!"'),
        ('"Nobody saw the fire," I\'m told.',),
        ('We were told, "Nobody saw the fire."',),
    ],
)
def test_an_i_that_is_not_the_writers_narration_is_not_the_writer(paragraphs: tuple[str, ...]) -> None:
    assert "the writer" not in [q.speaker for q in run(*paragraphs).quotes]


@pytest.mark.parametrize("credit", ["\u2014 Monday", "\u2014 Oslo", "\u2014 Update, March 4", "\u2014 AP", "- June"])
def test_a_dash_line_that_names_no_person_credits_no_one(credit: str) -> None:
    report = run("Readers wrote to us.", '"The crossing was calm."', credit)
    assert credit.strip("\u2014- ").split(",")[0] not in [q.speaker for q in report.quotes]


def test_a_hyphen_list_under_a_quotation_is_no_credit() -> None:
    report = run("The council posted a rule and wardens:", '"No dogs on the pier."', "- Hal Brenner", "- Greta Moll")
    assert [q.speaker for q in report.quotes] == ["council"]


def test_a_titled_credit_names_its_person() -> None:
    report = run("Readers wrote to us.", '"The crossing was calm."', "\u2014 Dr. Hal Brenner")
    assert [q.speaker for q in report.quotes] == ["Dr. Hal Brenner"]


def test_a_place_inside_the_subject_does_not_lead_the_team() -> None:
    report = run("Doctors at Vestby Hospital and their colleagues wrote that the virus had spread.")
    assert "Vestby Hospital" not in [q.speaker for q in report.quotes]


def test_as_and_a_verb_of_saying_with_another_object_names_no_speaker() -> None:
    assert run('Children waved banners reading "Come back soon," as the ferry put out to sea.').quotes == []


def test_as_x_put_it_still_names_the_speaker() -> None:
    report = run('The plan was "a quiet revolution," as the mayor put it.')
    assert [(q.speaker, q.text) for q in report.quotes] == [("mayor", "a quiet revolution")]


def test_a_so_called_term_after_a_possessive_statement_is_not_its_owners() -> None:
    report = run('Lena Dahl\'s warning about the so-called "ghost ships" went unheeded.')
    assert "Lena Dahl" not in [q.speaker for q in report.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ferry left late, with the captain warning that the sea was rough.", "captain"),
        ("A bigger boat comes in May, with Norvel suggesting that it will carry twice the cars.", "Norvel"),
    ],
)
def test_a_noun_phrase_after_with_speaks_by_its_participle(text: str, speaker: str) -> None:
    assert [(q.kind, q.speaker) for q in run(text).quotes] == [("indirect", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The match ended, with the crowd cheering that the season was over.",
        "The vote passed, with the mayor and her deputy leaving early that night.",
    ],
)
def test_with_and_a_participle_of_no_saying_is_no_report(text: str) -> None:
    assert run(text).quotes == []


def test_two_apostrophes_make_a_double_mark() -> None:
    report = run("''That is our weak point,'' said Dana Pike, an economist.")
    assert [(q.speaker, q.text) for q in report.quotes] == [("Dana Pike", "That is our weak point")]


def test_apostrophe_after_initials_opens_no_quote() -> None:
    report = run("The F.B.I.'s agents and the C.I.A.'s analysts met, Dana Pike said.")
    assert all("agents" not in q.text for q in report.quotes if q.kind == "direct")


def test_a_pronoun_with_no_speaker_before_it_takes_the_person_last_named() -> None:
    report = run("Dana Pike toured the plant on Monday.", '"It will reopen," she said.')
    assert [q.speaker for q in report.quotes] == ["Dana Pike"]


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        ("The fund warned that the exit will raise many questions.", "fund", "the exit will raise many questions"),
        ("His aides say it is too early to discuss a strategy.", "His aides", "it is too early to discuss a strategy"),
        (
            "Dana Pike said in an email to the agency that the bridge would close in May.",
            "Dana Pike",
            "the bridge would close in May",
        ),
        (
            "Dana Pike told a meeting of island leaders that few people understood the stakes.",
            "Dana Pike",
            "few people understood the stakes",
        ),
    ],
)
def test_reported_speech_shapes(text: str, speaker: str, clause: str) -> None:
    reported = [(q.speaker, q.text) for q in run(text).quotes if q.kind == "indirect"]
    assert reported == [(speaker, clause)]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        ('According to the report, "nothing was found."', "report", "nothing was found."),
        ('"We will win," said the 52-year-old.', "52-year-old", "We will win"),
        ('"Is this the end?" Dana Pike asked.', "Dana Pike", "Is this the end?"),
        (
            'Dana Pike, the mayor, said "the plan failed," the prosecutor\'s office said.',
            "Dana Pike",
            "the plan failed",
        ),
    ],
)
def test_cue_shapes(text: str, speaker: str, quote: str) -> None:
    assert [(q.speaker, q.text) for q in run(text).quotes if q.kind == "direct"] == [(speaker, quote)]


def test_according_to_a_description_opens_reported_speech() -> None:
    reported = [(q.speaker, q.text) for q in run("According to the data, few voters changed their minds.").quotes]
    assert reported == [("data", "few voters changed their minds")]


def test_a_quotation_ending_a_sentence_stays_one_when_no_attribution_follows() -> None:
    report = run('"We won!" The crowd went home. Dana Pike said the count was over.')
    assert [q.kind for q in report.quotes] == ["indirect"]


def test_a_participle_before_a_title_and_name_belongs_to_the_speaker() -> None:
    report = run('"We will win," said retired Army Lt. Gen. Dana Pike, who served in the war.')
    assert [q.speaker for q in report.quotes] == ["Dana Pike"]


def test_a_paragraph_ending_in_speaker_and_colon_introduces_the_next_quotation() -> None:
    report = run("Dana Pike spoke at the hall. Lee Wong continued:", '"The count is over and we won."')
    assert [(q.speaker, q.kind) for q in report.quotes] == [("Lee Wong", "direct")]


def test_reported_clause_stops_at_the_speakers_next_verb_of_speech() -> None:
    report = run("Dana Pike said the bridge would close in May and warned that the ferry was full.")
    assert [(q.speaker, q.text) for q in report.quotes] == [
        ("Dana Pike", "the bridge would close in May"),
        ("Dana Pike", "the ferry was full"),
    ]
