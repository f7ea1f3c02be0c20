"""Who a pronoun or a role noun stands for when the article names several people (nineteenth session, issue 15).

Invented sentences, worded apart from any development article; each test fails without its rule or guards a
near case."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, speaker_of

_FILLER = (
    "The course was icy. Fog came down twice. The start was put back an hour. Two racers fell on the first run. "
    "One was taken away on a sled. The crowd was smaller than last year. Tickets had sold slowly. The organisers "
    "blamed the weather. A new chairlift opened in March. The village has three hotels. Most were full. Snow is "
    "forecast for Sunday."
)


def test_relative_sharing_a_surname_is_another_person() -> None:
    """A lone surname met long after the full name ('Solberg' for 'Marta Solberg'), then a relative named in full
    with the same surname ('Anders Solberg, her uncle'): he is not her, and 'he' after him is his."""
    text = (
        "The slalom gold in Lillefjell went on Saturday to a 24-year-old Norwegian, Marta Solberg, at her fifth "
        f"attempt.\n\n{_FILLER}\n\n"
        "Solberg, for her part, would not discuss the judging. She had not watched the replay, she said.\n\n"
        "Near the finish line, Anders Solberg, her uncle and long-time trainer, stood with his eyes shut. He told "
        "journalists he had been too nervous to look at the clock.\n\n"
        '"I counted the gates out loud," he said. "After the last one I stopped breathing."\n\n'
        '"Next year we go again," Solberg said, as she signed autographs.'
    )
    assert direct_speaker_of(text, "counted the gates") == "Anders Solberg"
    assert speaker_of(text, "watched the replay") != "Anders Solberg"
    assert direct_speaker_of(text, "Next year") != "Anders Solberg"


def test_fuller_name_of_the_same_person_still_joins() -> None:
    """Guard: a fuller name sharing a first name with the one the lone surname stood for ('Pia Haug', 'Haug',
    then 'Pia K. Haug') is the same person."""
    text = (
        f"The relay was won by a team led by Pia Haug of Tromvik.\n\n{_FILLER}\n\n"
        "Haug, for her part, praised the wax crew.\n\n"
        "Pia K. Haug, 31, was asked about retiring. She laughed.\n\n"
        '"Not this winter," she said.'
    )
    assert direct_speaker_of(text, "Not this winter") in ("Pia K. Haug", "Haug", "Pia Haug")


def test_a_role_word_modifying_another_is_no_head() -> None:
    """'the chief' is not the person whose title is 'County Chief Executive' ('chief' modifies 'executive');
    with no one described as a chief, the description stays as written."""
    text = (
        "The County Chief Executive, Mrs Audra Kimsey, warned drivers that the bridge would shut for a week. "
        "She said the ring road would take the lorries.\n\n"
        "The elder of Marlo Hollow, Daveth Penrose, has closed the old well until the spring is tested. "
        '"Better thirsty than sick," the chief said on the green.'
    )
    assert direct_speaker_of(text, "Better thirsty") == "chief"


def test_the_head_of_a_role_still_joins() -> None:
    """Guard: 'the chief' is the person written as 'police chief NAME' (the head of the title)."""
    text = 'Police chief Ottar Torvald said the road would reopen on Monday.\n\n"We will not rush it," the chief said.'
    assert direct_speaker_of(text, "rush it") == "Ottar Torvald"


def test_job_in_apposition_without_an_article_describes_the_name() -> None:
    """'NAME, curator of the museum,' (a job set off after a name without 'a' or 'the', before 'of') says what
    'the curator' later stands for."""
    text = (
        "Ottilie Brandvold, curator of the Kesteven Textile Museum, locked the doors on Monday after the roof "
        'gave way. "We saved the tapestries and little else," the curator said.'
    )
    assert direct_speaker_of(text, "saved the tapestries") == "Ottilie Brandvold"


def test_role_set_up_by_a_gesture_is_the_next_pronoun() -> None:
    """'Asked about X, the artist laughed.' sets the artist up to speak: the 'she' of the next sentence is the
    artist, not the person named before (of unknown gender)."""
    text = (
        "Greta Loxley has painted the same lighthouse for thirty years. Her new show opened on Friday in Askervik.\n\n"
        "Her dealer, Tarquil Vayne, said the canvases had sold before the doors opened. The prices had doubled "
        'since the spring, Vayne said.\n\n"Collectors queue for her. They always have."\n\n'
        "Asked about the prices, the artist laughed. The lighthouse had never charged her a fee, she said."
    )
    assert speaker_of(text, "never charged her") == "artist"


def test_role_that_does_not_hesitate_is_the_next_pronoun() -> None:
    """A negated pause ("doesn't hesitate") sets the role up too; the direct quotation after it is the role's."""
    text = (
        "Marrow Lane's allotments have a waiting list of nine years, Orrin Faske told the parish meeting.\n\n"
        "Asked whether she would give up her plot, the councillor doesn't hesitate. "
        '"Only when they carry me off it," she says.'
    )
    assert direct_speaker_of(text, "carry me off") == "councillor"


def test_description_of_the_person_just_named_is_left_to_the_pronoun() -> None:
    """Guard: a description opening a sentence that sets no one up ('The chairman declined to discuss ...') is
    the person just named, whom the pronoun finds; and a group that laughs is no one's 'he'."""
    text = (
        "Bruno Hesketh, who chairs the harbour board, spoke first. The chairman declined to discuss the budget. "
        '"We will publish it in May," he said.\n\n'
        'Asked about the fees, the crowd laughed. "Nobody pays them," he said.'
    )
    assert direct_speaker_of(text, "publish it in May") == "Bruno Hesketh"
    assert direct_speaker_of(text, "Nobody pays") != "crowd"


def test_portfolios_joined_by_and_title_one_person() -> None:
    """'Ports and Harbours Secretary NAME' is one person whose title names two portfolios, not a pair: a later
    'the secretary' is that person, not another secretary named before."""
    text = (
        "Ilse Marow, the general secretary of the dockers' union, called the offer an insult.\n\n"
        "Ports and Harbours Secretary Halvor Brekke said a better offer would be tabled in March. "
        '"Nobody leaves the table hungry," the secretary said.'
    )
    assert direct_speaker_of(text, "leaves the table") == "Halvor Brekke"
    assert speaker_of(text, "tabled in March") == "Halvor Brekke"


def test_two_people_joined_by_and_still_speak_together() -> None:
    """Guard: names on both sides of 'and', or titles on both sides, are still a pair."""
    text = 'Sen. Ivo Tamm and Rep. Lida Crewe said the bridge "must be rebuilt".'
    assert speaker_of(text, "must be rebuilt") == "Sen. Ivo Tamm and Rep. Lida Crewe"


def test_rank_title_before_one_name_names_a_person() -> None:
    """'Sheikh NAME' (a title of rank before one name, as 'Lord NAME') names a man whom the 'he' after him means,
    not the man who spoke before."""
    text = (
        "Silas Feldt, who runs a rival yard, said the new dock was far too big.\n\n"
        "Sheikh Tamim heard the complaint out and nodded. "
        '"Big is what the next fifty years will need," he said.'
    )
    assert direct_speaker_of(text, "next fifty years") == "Sheikh Tamim"


def test_aside_after_a_reported_clause_is_its_own_subjects() -> None:
    """', an offer Captain NAME dismissed as "A"' (a noun set off by a comma after a reported clause, with a
    relative clause of its own) is the writer's aside: A is hers, not the reporting speaker's."""
    text = (
        "The ferry crews said they would return to work if the operator paid the overtime owed since March, an "
        'offer Captain Jorunn Vikse dismissed as "a fairy tale".'
    )
    assert direct_speaker_of(text, "fairy tale") in ("Jorunn Vikse", "Captain Jorunn Vikse")


def test_stance_inside_a_reported_clause_stays_the_reporters() -> None:
    """Guard: a verb of stance inside the reported clause itself ('X said the council had dismissed the plan as
    "A"') leaves A to X, as before."""
    text = 'Wendell Orme said the council had dismissed his plan as "a sketch on a napkin".'
    assert direct_speaker_of(text, "sketch on a napkin") == "Wendell Orme"


def test_noun_outside_the_role_words_set_up_by_a_gesture() -> None:
    """'the busker shrugged' sets up a person even when 'busker' is no known role noun; 'the crowd laughed' (a
    collective) sets up no one."""
    text = (
        "The square's new bylaw bans amplifiers after six, Councillor Dermot Quaile told the market traders.\n\n"
        'Asked whether he would move his pitch, the busker shrugged. "The pigeons never complained," he said.'
    )
    assert direct_speaker_of(text, "pigeons never") == "busker"
    crowd = (
        "The square's new bylaw bans amplifiers after six, Councillor Dermot Quaile told the market traders.\n\n"
        'Asked about the fines, the crowd laughed. "Nobody will pay them," he said.'
    )
    assert direct_speaker_of(crowd, "Nobody will pay") != "crowd"


def test_indefinite_subject_of_a_relative_clause_frames_the_fragment() -> None:
    """'a poem that one printer described as "A"': 'one printer' is the subject of the relative
    clause whose verb frames A, not the person the main clause is about."""
    text = (
        "Willa Brunt, the retiring editor's deputy, spoke last. With a poem that one printer described as "
        '"a eulogy in rhyme", Brunt closed the evening.'
    )
    assert direct_speaker_of(text, "eulogy in rhyme") == "printer"


def test_passive_participle_after_a_noun_is_no_speaker() -> None:
    """Guard: 'a plan described as "A"' (a participle after a noun, no subject of its own): the noun is no speaker."""
    text = 'Willa Brunt backed a plan described as "a bridge too far" in the harbour report.'
    assert direct_speaker_of(text, "bridge too far") != "plan"


def test_relative_then_pronoun_opening_the_next_sentence() -> None:
    """'Her brother had driven up. He set the bags down ...': a relative of one sex as the subject, then a
    sentence opened by the pronoun of that sex: the pronoun, and the 'he said' after it, are the relative."""
    text = (
        "Brannagh Teel has kept the Skerry Point light for forty years. The board's inspector, Tarquil Venn, "
        'called it "the tidiest station on the coast".\n\n'
        "The storm took the landing stage in March. Her brother had driven up from the town with groceries. He "
        'set the bags down and looked at the lamp.\n\n"You should have retired in the spring," he said.'
    )
    assert direct_speaker_of(text, "retired in the spring") == "Her brother"


def test_relative_without_a_pronoun_opening_the_next_sentence_is_left() -> None:
    """Guard: a relative as the subject, with no pronoun of that sex opening the next sentence, makes no candidate
    ('Her sister lives in Oslo. "...," she said': the one the article is about)."""
    text = (
        "Brannagh Teel has kept the Skerry Point light for forty years. Her sister lives in Oslo. "
        '"I have never once been lonely," she said.'
    )
    assert direct_speaker_of(text, "never once been lonely") == "Brannagh Teel"
