"""Quote shapes mended in the fifteenth session, each with a neighbouring shape where the rule must not fire.
All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of, speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('The family of the pilot said he was "a gentle soul".', "gentle soul", "family of the pilot"),
        ('The families of the nurses said the ruling was "a betrayal".', "betrayal", "families of the nurses"),
        ('The family of Orla Brisk said she had been "failed by everyone".', "failed by", "family of Orla Brisk"),
    ],
)
def test_a_relation_before_of_heads_the_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the relation is the object of another verb: the subject speaks
        ('Wardens told the family of the pilot that he had been "swept away".', "swept away", "Wardens"),
        ('After meeting the family of the pilot, the mayor said the town would "never forget" him.', "never", "mayor"),
        ('Speaking for the family of the pilot, Tam Rooke said they were "devastated".', "devastated", "Tam Rooke"),
    ],
)
def test_a_relation_elsewhere_names_no_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker
    assert all("family" not in who for _, who, _ in quotes_of(text))


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # 'state' before a title or role is a modifier, not the verb 'state'
        ('"The bill is dead," said state Sen. Orla Brisk, a Democrat.', "bill is dead", "Orla Brisk"),
        ('"The bill is dead," said state senator Orla Brisk.', "bill is dead", "Orla Brisk"),
        # an adjective of roles goes on to its plain noun
        ('"Gusts are still possible," said the national forecaster.', "Gusts", "national forecaster"),
        (
            "The regional forecaster has extended its warning, saying gusts are still possible along the coast.",
            "gusts are",
            "regional forecaster",
        ),
        # an opening participle is no part of the speaker
        ('Responding, the minister, Tam Rooke, said the claim was "baseless".', "baseless", "Tam Rooke"),
    ],
)
def test_modifiers_and_openers_around_the_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('"The bill is dead," said Orla Brisk, who declined to state her age.', "bill is dead", "Orla Brisk"),
        ('"It was chaos," said a former executive who asked not to be named.', "chaos", "former executive"),
        ('A campaign official later said the rally was "a triumph".', "triumph", "campaign official"),
        ('Manning, the lawyer, said the claim was "baseless".', "baseless", "Manning"),
        ('Ann Rooke, a longtime liberal, called the remark "reckless".', "reckless", "Ann Rooke"),
    ],
)
def test_modifier_rules_leave_neighbouring_shapes(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_a_name_after_known_as_is_no_quote() -> None:
    quotes = quotes_of('Bryony Hale, known to her friends as "Wren," said the flat was damp.')
    assert [(kind, who) for kind, who, _ in quotes] == [("indirect", "Bryony Hale")]
    assert not [q for q in quotes_of("The depot, known locally as “the Hive”, will reopen in May.") if q[0] == "direct"]


def test_a_term_known_as_inside_attributed_words_stays_a_quote() -> None:
    # the term closes the words of a speaker named after it
    assert speaker_of('It is what is known as "a dead cat bounce," Tam Rooke said.', "dead cat") == "Tam Rooke"


@pytest.mark.parametrize(
    "text",
    [
        'A spokeswoman said in a statement that "stopgap measures" were in place for the night buses.',
        'Orla Brisk said the "reforms" had failed every family on the estate.',
    ],
)
def test_a_clause_opening_with_a_quoted_noun_phrase_is_reported(text: str) -> None:
    kinds = {kind for kind, _, _ in quotes_of(text)}
    assert kinds == {"direct", "indirect"}


def test_a_quoted_phrase_attributed_after_it_makes_no_clause() -> None:
    text = "Surveys show that ''the public is uneasy about the plan,'' said Tam Rooke, an editor."
    assert all(kind == "direct" for kind, _, _ in quotes_of(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to the mission director, Engr Alma Quist, the leak was found in a valve.", "Engr Alma Quist"),
        ("According to a former commander, Rear Admiral (ret.) Alma Quist, the hull cracked in 2019.", "Alma Quist"),
    ],
)
def test_a_name_in_apposition_after_according_to_a_role_is_the_source(text: str, speaker: str) -> None:
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert speaker in quotes[0][1]
    assert quotes[0][2].startswith("the ")


@pytest.mark.parametrize(
    "text",
    [
        "According to the mayor, Alma Quist resigned on Monday.",
        "According to police, Alma Quist, 34, was arrested on Monday.",
    ],
)
def test_a_name_opening_the_clause_after_according_to_stays_in_it(text: str) -> None:
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0][2].startswith("Alma Quist")


def test_an_auxiliary_after_a_role_and_name_in_apposition() -> None:
    text = "The Defence Minister, Greg Pallow, has confirmed that two patrol boats will be withdrawn."
    assert quotes_of(text) == [("indirect", "Greg Pallow", "two patrol boats will be withdrawn")]
    # the apposition's subject did something else: the later clause is the party's
    other = "The minister, Greg Pallow, has resigned and the party said it would choose a new leader soon."
    assert [who for _, who, _ in quotes_of(other)] == ["party"]


def test_an_organiser_is_a_role() -> None:
    text = '"They were told it was on the list," said the union\'s organiser, Jimmy Strathy.'
    assert speaker_of(text, "on the list") == "Jimmy Strathy"


def test_a_place_after_a_preposition_is_no_persons_name() -> None:
    text = "Two members of Congress from Florida, Ana Ruiz and Tom Vale, said they will not back the bill."
    assert "members of Congress" in (speaker_of(text, "not back") or "")
    # a statement's author after 'from' stays the name
    assert speaker_of('A post from Alma Quist said the vote was "rigged".', "rigged") == "Alma Quist"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'The union representing dock workers, Quay Alliance, said the leak was "serious".',
            "serious",
            "Quay Alliance",
        ),
        ('One neighbour, nurse Ines Tarrow, said the fire "spread in seconds".', "seconds", "Ines Tarrow"),
        ('Her husband, builder Olek Marr, said the fire "spread in seconds".', "seconds", "Olek Marr"),
        ('One donor, retired teacher Ines Tarrow, 74, said the appeal was "a lifeline".', "lifeline", "Ines Tarrow"),
        ('Growers\' leader Olek Marr, head of the Vell Fruit Union, said the cuts were "cruel".', "cruel", "Olek Marr"),
        ('Analyst Olek Marr of the research firm Quaystats said prices would "fall sharply".', "sharply", "Olek Marr"),
        ('The report into Quaystats said trustees had "failed in their duty".', "failed", "report into Quaystats"),
        ('Analysts at Carrow & Vell said prices would "fall sharply".', "sharply", "Analysts at Carrow & Vell"),
        ('"We are ready to talk," said Local 88 President Ines Tarrow.', "ready", "Ines Tarrow"),
    ],
)
def test_speakers_inside_longer_subjects(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Crews from Vell, led by Ines Tarrow, said the fire "spread in seconds".', "seconds", "Crews"),
        ('The families, including farmer Olek Marr, said the fire "spread in seconds".', "seconds", "families"),
        (
            'Sen. Ines Tarrow (D-Vt.), head of the budget panel, said the vote was "fair".',
            "fair",
            "Sen. Ines Tarrow",
        ),
        ('An inquiry by Vell Council said the ferry was "overloaded".', "overloaded", "Vell Council"),
        ('Olek Marr of the Harbour Trust said the cuts were "cruel".', "cruel", "Olek Marr"),
    ],
)
def test_longer_subjects_keep_their_own_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_a_job_opening_the_sentence_is_not_shown_as_a_title() -> None:
    assert speaker_of('Pensioner Ines Tarrow said the bus was "always late".', "late") == "Ines Tarrow"
    assert speaker_of('Rabbi Ines Tarrow said the bus was "always late".', "late") == "Rabbi Ines Tarrow"
    assert speaker_of('Mayor Ines Tarrow said the bus was "always late".', "late") == "Mayor Ines Tarrow"


def test_a_description_then_an_organisation_in_apposition() -> None:
    text = (
        "The protest network named in the ruling, the Amber Road Front, said in a post that it had "
        '"never taken a penny" from any party.'
    )
    assert speaker_of(text, "never taken") == "Amber Road Front"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The owner of the Gull Inn, Alba Rennick, said trade had "collapsed".', "Alba Rennick"),
        ('The Minister for the Coast, Mrs Ona Veller, said the cut was "unavoidable".', "Mrs Ona Veller"),
        ('The Minister of Culture and Sport, Ona Veller, said the cut was "unavoidable".', "Ona Veller"),
    ],
)
def test_a_name_after_an_office_of_a_body(text: str, speaker: str) -> None:
    assert {who for _, who, _ in quotes_of(text)} == {speaker}


def test_an_office_of_a_body_before_a_description_keeps_no_name() -> None:
    # the apposition is a description, no name: the organisation speaks
    text = 'The owner of the Gull Inn, Ferro Leisure, said trade had "collapsed".'
    assert {who for _, who, _ in quotes_of(text)} == {"Ferro Leisure"}


def test_titles_of_world_english_abbreviated() -> None:
    text = "The water company's head, Eng. Oduya Kamau, said the dam would reopen in May."
    assert quotes_of(text) == [("indirect", "Oduya Kamau", "the dam would reopen in May")]


def test_madam_is_a_womans_title() -> None:
    # 'he' cannot go on from a woman: the quote has no speaker in reach
    text = '"The lift just stopped," Madam Sze said. "Worst start to a holiday," he wrote.'
    assert quotes_of(text) == [("direct", "Madam Sze", "The lift just stopped")]


@pytest.mark.parametrize(
    "text",
    [
        "Ona Veller runs the reserve. According to her, the reserve has 40 lions.",
        "Olek Marr runs the reserve. The reserve has 40 lions, according to him.",
    ],
)
def test_according_to_an_object_pronoun_is_the_person_it_points_to(text: str) -> None:
    assert [(kind, who) for kind, who, _ in quotes_of(text)] == [("indirect", text.split(" runs")[0])]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Bookings doubled, according to data compiled by the harbour board.", "harbour board"),
        (
            "Claims rose by a fifth last year, according to figures released by the Vell Department on Tuesday.",
            "Vell Department",
        ),
        ("Power returned to the north by nightfall, state media reported.", "state media"),
    ],
)
def test_documents_issued_by_a_body_and_the_media(text: str, speaker: str) -> None:
    assert [who for _, who, _ in quotes_of(text)] == [speaker]


def test_a_document_without_its_issuer_names_no_source() -> None:
    assert quotes_of("The herd has 40 elephants, according to figures.") == []


def test_according_to_after_a_subordinator_reports_the_clause_after_it() -> None:
    text = "Olek Marr left the club. He resigned after, according to him, the board cut the youth budget."
    assert ("indirect", "Olek Marr", "the board cut the youth budget") in quotes_of(text)


def test_one_of_a_group_then_a_name_in_apposition() -> None:
    text = (
        "One of the drivers, Tamas, a 41-year-old welder who gave only his first name, said he had "
        'waited a month for his licence. "I did everything they asked," he said.'
    )
    assert {who for _, who, _ in quotes_of(text)} == {"Tamas"}
    # a thing picked from a group is no speaker: the officials speak
    boats = "One of the boats, Sea Lark, which sank in 2019, was found last week, officials said."
    assert [who for _, who, _ in quotes_of(boats)] == ["officials"]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('The Speaker, Ilse Marrow, twice urged members to "calm down".', "calm down", "Ilse Marrow"),
        (
            'Vell Marine\'s chief executive, Orrin Daske, declined to comment but said the firm "stands by its work".',
            "stands by",
            "Orrin Daske",
        ),
        (
            "The head of the Amber Centre, Ula Prenn, denied it and said the trust had paid the builders itself.",
            "paid the builders",
            "Ula Prenn",
        ),
    ],
)
def test_a_role_and_name_apposition_before_the_verb(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_an_opening_adverb_before_a_name_is_no_speaker() -> None:
    text = "Recently, Ruth Okafo of Danby stood up at a town meeting to say she would vote against the levy."
    assert all(who != "Recently" for _, who, _ in quotes_of(text))


@pytest.mark.parametrize(
    "text",
    [
        'Ona Veller refused to say the words "hard border" on stage.',
        'Ona Veller would not say "sorry" to the families.',
        'Ona Veller didn\'t say "sorry" to the families.',
    ],
)
def test_words_not_said_are_no_quote(text: str) -> None:
    assert quotes_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Ona Veller went on to say "sorry" to the families.',
        'Ona Veller did not hesitate to say the plan was "a disaster".',
    ],
)
def test_words_said_after_a_negation_elsewhere_stay_quotes(text: str) -> None:
    assert any(kind == "direct" and who == "Ona Veller" for kind, who, _ in quotes_of(text))


@pytest.mark.parametrize(
    "text",
    [
        '"Gull Talk," the late-night show that ran for 40 years, ended in May, its owner said.',
        'Fans started an online appeal called "Save Studio 9," which has raised $8,000.',
        'The annual "Lantern Night" parade will go ahead, organisers confirmed.',
    ],
)
def test_names_of_shows_fundraisers_lists_and_festivals_are_no_quotes(text: str) -> None:
    assert [q for q in quotes_of(text) if q[0] == "direct"] == []


def test_a_title_case_quote_attributed_after_it_stays_a_quote() -> None:
    assert speaker_of('"We Lost 3 Games In A Row," the coach said.', "Lost 3") == "coach"


def test_an_indefinite_role_with_a_relative_clause_then_a_name() -> None:
    text = 'A ranger who saw the fire from the ridge, Ravi Telm, 47, said the wind "changed in a minute".'
    assert {who for _, who, _ in quotes_of(text)} == {"Ravi Telm"}


@pytest.mark.parametrize(
    "text",
    [
        "The well was dry, according to the village elder, Mr Tobi Arum.",
        "According to the village elder, Mr Tobi Arum, the well was dry.",
    ],
)
def test_a_name_in_apposition_to_the_source_of_according_to(text: str) -> None:
    assert quotes_of(text) == [
        ("indirect", "Mr Tobi Arum", "the well was dry" if text[0] == "A" else "The well was dry")
    ]


def test_a_name_with_its_own_apposition_after_according_to_opens_the_clause() -> None:
    text = "According to the report, Ona Veller, the treasurer, moved the money."
    assert [who for _, who, _ in quotes_of(text)] == ["report"]


def test_the_subject_of_an_absolute_participle_speaks() -> None:
    text = 'Growers reacted with fury to the cut, with one farmer warning that "half the farms will close by Easter".'
    assert {who for _, who, _ in quotes_of(text)} == {"farmer"}


# The review of the session's rules on neighbouring shapes (regressions found and mended before the close)


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        (
            "According to prosecutors, Nina Holm, the night nurse, stole the drugs from the ward.",
            "prosecutors",
            "Nina Holm, the night nurse, stole the drugs from the ward",
        ),
        (
            "According to the head of the union, Mr Pavel Drann, who has led it since 2019, the strike will go on.",
            "Mr Pavel Drann",
            "the strike will go on",
        ),
    ],
)
def test_according_to_a_role_then_a_name_in_the_clause(text: str, speaker: str, clause: str) -> None:
    assert quotes_of(text) == [("indirect", speaker, clause)]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("One of them, a 33-year-old mechanic, said he was afraid.", "afraid", "33-year-old mechanic"),
        (
            'The group that sued the city, a coalition of tenants, said it was "a victory."',
            "victory",
            "coalition of tenants",
        ),
        ('Orme and Pask, a Tarn Liberal, said the plan was "a mess".', "mess", "Orme and Pask"),
        ('The squad, minus striker Ivo Brann, said the coach had "lost the room."', "lost the room", "squad"),
        ('The players, plus coach Ivo Brann, said the pitch was "dangerous."', "dangerous", "The players"),
        ('Ada Holm said she could not say "with certainty" that the dam was safe.', "with certainty", "Ada Holm"),
    ],
)
def test_review_regressions_stay_mended(text: str, words: str, speaker: str) -> None:
    assert any(who == speaker for _, who, quoted in quotes_of(text) if words in quoted)


@pytest.mark.parametrize(
    "text",
    [
        'The motion passed (narrowly.) The speaker said the vote "stands."',
        '"We won," Ada Holm said. (Cheers.) The rival camp said it would "challenge the count."',
    ],
)
def test_a_bracketed_word_ending_a_sentence_still_ends_it(text: str) -> None:
    assert any(who in ("speaker", "rival camp") for _, who, _ in quotes_of(text))


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a possessive before a title-case quotation is no title: the subject's words
        ('Moss Ferrin said her "Deepest Sympathy" went to the families.', "Deepest", "Moss Ferrin"),
        # a person of a show or festival speaks
        ('"Nobody Is Safe," the festival director said.', "Nobody", "festival director"),
        ('"We Will Win," the show\'s host told listeners.', "We Will Win", "show's host"),
        # a hedge before a question is the subject's own words
        ('Ona Veller said she could not say "at this stage" whether jobs would go.', "this stage", "Ona Veller"),
    ],
)
def test_second_review_regressions_stay_mended(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Prices will keep climbing, according to the economist at the bank, North Fen Savings.",
            "economist at the bank",
        ),
        ("The storm killed six people, according to officials in the region, New Vell.", "officials in the region"),
    ],
)
def test_a_place_or_firm_after_a_source_is_no_name(text: str, speaker: str) -> None:
    assert all(who == speaker for _, who, _ in quotes_of(text))


def test_two_roles_with_names_joined_by_and_name_no_single_speaker() -> None:
    text = 'The chairman, Ivo Rask, and the treasurer, Ada Moss, urged members to "vote no."'
    assert all(who not in ("Ivo Rask", "Ada Moss") for _, who, _ in quotes_of(text))


def test_a_wire_dateline_with_a_date_is_no_part_of_the_sentence() -> None:
    text = (
        "VELL FALLS, March 3 (Anvil Press) - Feed maker Orrin Mills recalled 14 lines on Tuesday, the company said."
        "\n\nThe recall covers three brands, the company said in a statement."
    )
    quotes = quotes_of(text)
    assert quotes[0][2].startswith("Feed maker")
    assert all("VELL" not in who for _, who, _ in quotes)


@pytest.mark.parametrize("count", ["five", "10", "most"])
def test_any_count_of_people_described_after_the_comma_speaks(count: str) -> None:
    text = f"The merger is close, {count} people familiar with the talks said."
    assert [who for _, who, _ in quotes_of(text)] == [f"{count} people familiar with the talks"]
