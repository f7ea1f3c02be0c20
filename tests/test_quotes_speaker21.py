"""Who spoke, when a common word, an epithet or a pronoun stands near the speaker (twenty-first session, issue 15).

Invented sentences, worded apart from any development article; each test fails without its rule or guards a
near case."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, speaker_of


def test_fronted_participle_clause_is_no_speaker() -> None:
    """'Brought up by ... , NAME grew up ... and later said': the participle opening the sentence names no one;
    the name after the comma is the speaker (an irregular participle, and a clause longer than a short
    adverbial)."""
    text = (
        "Teodora Vlasic, who has died aged 91, mapped the caves under the Velebit range.\n\n"
        "Born at sea off Split to a ferry cook and a Slovene teacher, Teodora spent her childhood on islands and "
        'later said caving was "the only way to travel without a ticket".'
    )
    assert direct_speaker_of(text, "without a ticket") == "Teodora"


def test_fronted_participle_with_as_is_no_speaker() -> None:
    """'Trained as a ..., NAME ... said': 'as' after the participle."""
    text = (
        "Teodora Vlasic, who has died aged 91, mapped the caves under the Velebit range.\n\n"
        "Trained as a pharmacist, Teodora took up caving at 40 and later said the dark had "
        '"cured her of hurrying".'
    )
    assert direct_speaker_of(text, "cured her") == "Teodora"


def test_plural_noun_opening_a_sentence_is_no_antecedent_of_she() -> None:
    """'Examiners doubted that ...': a capitalised plural noun of agents is a group, so a later 'she' is the
    woman named before, not the group."""
    text = (
        "Hedda Lorvik, a chemist, published her first study of lichen in 1975.\n\n"
        "Her results met with doubt. Examiners argued that the colours she had recorded came from dirty glassware. "
        "She spent years proving them wrong.\n\n"
        '"Nobody thought a lichen could keep a diary," she told a radio host in 1999.'
    )
    assert direct_speaker_of(text, "keep a diary") == "Hedda Lorvik"


def test_surname_like_plural_named_before_stays_a_person() -> None:
    """A lone word ending like a plural that the article wrote as someone's surname ('Colm Withers ... Withers
    argued') stays that person, 'he' included."""
    text = (
        "Colm Withers, a fisherman, sued the harbour board in May.\n\n"
        "Withers argued that the new wall had ruined his moorings. He lost the case.\n\n"
        '"I will appeal until the sea runs dry," he said.'
    )
    assert direct_speaker_of(text, "sea runs dry") == "Colm Withers"
    assert speaker_of(text, "ruined his moorings") == "Colm Withers"


def test_age_epithet_is_the_subject_of_the_sentence_before() -> None:
    """'And lastly, veteran goalkeeper NAME has ruled out ... The 39-year-old told ...': the age epithet is the
    person who opens the sentence before (after a connective and a job), though someone else was named a
    sentence earlier."""
    text = (
        "Elsewhere, Lowfield want to sign teenage winger Niall Brett, 18, on loan, reports the Gazette. Brett, who "
        'scored twice on Sunday, is seen at his club as "a gem".\n\n'
        "And lastly, veteran goalkeeper Warren Madrigal has ruled out hanging up his gloves. The 39-year-old told a "
        'local radio show he felt "sharper than ever" and hoped to play two more seasons. "My knees will let me '
        'know," he said. "For now they are quiet."'
    )
    assert direct_speaker_of(text, "knees will let me know") == "Warren Madrigal"
    assert direct_speaker_of(text, "sharper than ever") == "Warren Madrigal"


def test_emphatic_reflexive_is_no_part_of_the_speaker() -> None:
    """'The owner herself wrote ...': 'herself' stresses the speaker and is no part of her name or role."""
    text = (
        "The bakery on Quay Lane will close in March, its landlord confirmed on Tuesday.\n\n"
        'The owner herself wrote on the shop window: "Forty years of bread. Thank you, Fenby."'
    )
    assert direct_speaker_of(text, "Forty years of bread") == "owner"


def test_she_is_no_document() -> None:
    """'The notice said A.' then '"B," she said': 'she' is never the notice; with no woman named it is no one
    rather than the document."""
    text = (
        "I wrote to the gym about the broken lockers. A notice came back saying the damage was my fault. The notice "
        "said the lockers had been checked in May.\n\n"
        'A week later the manager rang me. "We got this wrong and will refund your fee," she said.'
    )
    assert direct_speaker_of(text, "refund your fee") != "notice"


def test_he_is_no_plural_role_after_a_fronted_as_clause() -> None:
    """'As prison guards led him away, he turned and said, "A"': the main clause's subject, 'he', is the man named
    before; the plural in the fronted clause is no speaker."""
    text = (
        "Osric Tallamy, 61, was convicted on Thursday of fraud at the Crown Court in Lanmouth.\n\n"
        'As prison guards led him away, he looked at the press bench and said, "You will hear from me again."'
    )
    assert direct_speaker_of(text, "hear from me again") == "Osric Tallamy"


def test_she_is_no_organisation_named_by_its_head_noun() -> None:
    """'the Tarn Valley Rowing Guild ... The club said A.' then '..., she replied: "B"': 'the club' repeats the
    last word of an organisation's name, so 'she' is the woman named before, not the guild."""
    text = (
        "Margaret Marrack, who has died aged 88, coached rowers for half a century.\n\n"
        "In 1990 the Tarn Valley Rowing Guild made her a life member. The guild said in a tribute that she had "
        '"taught three generations to pull together".\n\n'
        'Asked once why she never retired, she replied: "The river has not asked me to."'
    )
    assert direct_speaker_of(text, "river has not asked") == "Margaret Marrack"


def test_title_word_after_a_first_name_is_a_surname() -> None:
    """'campaign manager Lorraine Bishop': 'Bishop' after a first name is her surname, and 'Bishop' alone later is
    her, so a later 'he' is not her."""
    text = (
        "9:10 p.m. — Independent Tobias Varga is ahead in the northern wards.\n\n"
        '9:40 p.m. — Okafor campaign manager Lorraine Bishop tells our reporter that she is "relaxed". Bishop also '
        "said the team would not contest any result.\n\n"
        "10:15 p.m. — Varga has reached his party at a riverside bar. Addressing volunteers, he said he would wait "
        '"until every box from the islands is opened".'
    )
    assert direct_speaker_of(text, "relaxed") == "Lorraine Bishop"
    assert speaker_of(text, "would not contest") == "Lorraine Bishop"
    assert direct_speaker_of(text, "every box from the islands") == "Tobias Varga"


def test_first_name_subject_is_the_woman_named_in_full() -> None:
    """'Last night Maeve posted ...' then '"A," she wrote': the lone first name opening the sentence is Maeve
    Hanlon, named in full before, not the source quoted earlier."""
    text = (
        "Singer Maeve Hanlon has split from her manager of ten years, the Evening Lamp understands.\n\n"
        'A source close to the band said: "It has been coming for months. Nobody is surprised."\n\n'
        "Last night Maeve posted a long message to her fans.\n\n"
        '"New chapter, same songs," she wrote under a photo of her guitar.'
    )
    assert direct_speaker_of(text, "New chapter") == "Maeve Hanlon"


def test_relative_named_by_first_name_is_the_next_she() -> None:
    """ "Maeve's aunt Orla, 61, ..." then '"A," she snapped': the aunt, written only by her first name after a
    noun of kin, is who 'she' is, not a man named before by a first name the lists do not know."""
    text = (
        "Singer Maeve Hanlon has split from her manager, Tavish Corrigan.\n\n"
        'Tavish told reporters he was "gutted" by the news.\n\n'
        "Maeve's aunt Orla, 61, was less forgiving when we reached her in Sligo.\n\n"
        '"He never deserved her," she snapped.'
    )
    assert direct_speaker_of(text, "never deserved her") == "Orla"


def test_role_stressed_by_himself_is_the_man_written_about() -> None:
    """'The player himself posted ...: "A"' after a paragraph about a named player and his agent's words: the
    stressed role is the player, as 'he' would be, not a role of its own."""
    text = (
        "Omar Quist, the midfielder, has been linked with a move to Spain.\n\n"
        '"He wants to go," his agent, Pia Lund, said. "We will talk in May."\n\n'
        "Quist signed a new deal last year. The club has no plans to sell. The player himself posted a short "
        'message last night: "Only thinking about Sunday."'
    )
    assert direct_speaker_of(text, "Only thinking about Sunday") == "Omar Quist"


def test_named_agent_is_no_organisation_for_the_club() -> None:
    """'his agent, Pia Lund, said A. The club says B': a name given a person's job ('agent') is a person's,
    whatever her first name, so 'the club' is not her."""
    text = (
        "Omar Quist, the midfielder, has been linked with a move to Spain.\n\n"
        '"He wants to go," his agent, Pia Lund, said.\n\n'
        "The club says it will not sell."
    )
    assert speaker_of(text, "will not sell") == "club"


_MOTHER_AND_SON = (
    "Marisol Quintero came to Ohio in 2015 with two children and a rucksack.\n\n"
    "She now has a work permit and rents a flat above a bakery. Her son, now 14, plays drums in the school band. "
    '{who} said he is "more Ohioan than anyone here", which both pleases and scares her.'
)


def test_his_mother_after_her_son_is_the_woman() -> None:
    """'Her son, now 14, plays drums. His mother said A': 'his mother' is the woman whose son the sentence before
    named, the one 'her' stood for."""
    assert direct_speaker_of(_MOTHER_AND_SON.format(who="His mother"), "more Ohioan") == "Marisol Quintero"


def test_her_mother_after_her_son_is_someone_else() -> None:
    """'Her son ... Her mother said A': 'her mother' is the woman's own mother, not the woman."""
    assert direct_speaker_of(_MOTHER_AND_SON.format(who="Her mother"), "more Ohioan") != "Marisol Quintero"
