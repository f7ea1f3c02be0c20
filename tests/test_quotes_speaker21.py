"""Who spoke, when a common word, an epithet or a pronoun stands near the speaker (twenty-first session, issue 15).

Invented sentences, worded apart from any development article (the review rewrote those that retold one); each
test fails without its rule or guards a near case."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, speaker_of

_BRIDGE_DESIGNER = "Petra Ionescu designs footbridges for the county roads office.\n\n"


def test_fronted_participle_clause_is_no_speaker() -> None:
    """'Brought up by ... , NAME learned ... and once said': the participle opening the sentence names no one; the
    name after the comma is the speaker (an irregular participle, and a clause longer than a short adverbial)."""
    text = _BRIDGE_DESIGNER + (
        "Brought up by two uncles on a grain barge near the delta, Petra learned to weld before she could drive and "
        'once said a bridge was "a boat that agreed to stay put".'
    )
    assert direct_speaker_of(text, "a boat that agreed") == "Petra Ionescu"


def test_fronted_participle_with_as_is_no_speaker() -> None:
    """'Trained as a ..., NAME ... said': 'as' after the participle."""
    text = _BRIDGE_DESIGNER + 'Trained as a glassblower, Petra switched careers and has said steel "forgives less".'
    assert direct_speaker_of(text, "forgives less") == "Petra Ionescu"


def test_plural_noun_opening_a_sentence_is_no_antecedent_of_she() -> None:
    """'Assessors argued that ...': a capitalised plural noun of agents is a group, so a later 'she' is the woman
    named before, not the group."""
    text = (
        "Ysolde Marrin opened a rye bakery by the canal in 2019.\n\n"
        "Her wood oven soon drew complaints. Assessors argued that the smoke she made broke the town's rules. She "
        "fought the case for a year.\n\n"
        '"Rye is stubborn, like me," she said on Friday.'
    )
    assert direct_speaker_of(text, "Rye is stubborn") == "Ysolde Marrin"


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
    """'And happily, veteran referee NAME has said ... The 64-year-old told ...': the age epithet is the person who
    opens the sentence before (after a connective and a job), though another man was named a paragraph earlier."""
    text = (
        "The county chess club lost its final to a team from Harlow on Saturday.\n\n"
        'Its captain, Tomas Obi, called the result "fair".\n\n'
        "And happily, veteran referee Anton Krell has said he will keep officiating next season. The 64-year-old "
        'told the club newsletter he was "not done yet". "Ask me again at seventy," he said.'
    )
    assert direct_speaker_of(text, "not done yet") == "Anton Krell"
    assert direct_speaker_of(text, "Ask me again") == "Anton Krell"


def test_emphatic_reflexive_is_no_part_of_the_speaker() -> None:
    """'The owner herself wrote ...': 'herself' stresses the speaker and is no part of her name or role."""
    text = (
        "The bakery on Quay Lane will close in March, its landlord confirmed on Tuesday.\n\n"
        'The owner herself wrote on the shop window: "Forty years of bread. Thank you, Fenby."'
    )
    assert direct_speaker_of(text, "Forty years of bread") == "owner"


def test_she_is_no_document() -> None:
    """'The report said A.' then '"B," she said': 'she' is never the report; with no woman named it is no one
    rather than the document."""
    text = (
        "The council sent every house a report on the new bin rounds. The report said collections would move to "
        "Thursdays.\n\n"
        'At the meeting a resident stood up near the door. "Nobody asked the street first," she said.'
    )
    assert direct_speaker_of(text, "Nobody asked the street") != "report"


def test_he_is_no_plural_role_after_a_fronted_as_clause() -> None:
    """'As the ushers cleared the room, he ... said, "A"': the main clause's subject, 'he', is the man named before;
    the plural in the fronted clause is no speaker."""
    text = (
        "Bram Tellwood, 44, lost his appeal against a parking fine on Monday.\n\n"
        'As the ushers cleared the room, he waved at the clerk and said, "See you next year."'
    )
    assert direct_speaker_of(text, "See you next year") == "Bram Tellwood"


def test_she_is_no_organisation_named_by_its_head_noun() -> None:
    """'the Brackwater Cricket Club ... The club said A.' then '..., she said: "B"': 'the club' repeats the last
    word of an organisation's name, so 'she' is the woman named before, not the club."""
    text = (
        "Nell Agyei has kept score for the under-12 side for a decade.\n\n"
        "In June the Brackwater Cricket Club gave her a plaque. The club said on its website that she had "
        '"never missed a Saturday".\n\n'
        'When a parent asked about retiring, she said: "Not while they still need a scorer."'
    )
    assert direct_speaker_of(text, "still need a scorer") == "Nell Agyei"


def test_title_word_after_a_first_name_is_a_surname() -> None:
    """'Parent governor Alice Bishop': 'Bishop' after a first name is her surname, and 'Bishop' alone later is her,
    so a later 'he' is not her."""
    text = (
        'The school governors met on Tuesday night. Parent governor Alice Bishop said the vote had been "close". '
        "Bishop added that the head teacher would stay.\n\n"
        'Later the chair, Yusuf Demir, spoke to parents in the hall. He said the budget was "tight but honest".'
    )
    assert direct_speaker_of(text, "close") == "Alice Bishop"
    assert speaker_of(text, "head teacher would stay") == "Alice Bishop"
    assert direct_speaker_of(text, "tight but honest") == "Yusuf Demir"


def test_first_name_subject_is_the_woman_named_in_full() -> None:
    """'Last week Hana wrote ...' then '"A," she wrote': the lone first name opening the sentence is Hana Petrov,
    named in full before, not the doctor quoted in between."""
    text = (
        "Hana Petrov, a track cyclist, has pulled out of the national championships, her team confirmed.\n\n"
        'A team doctor said: "The knee needs rest. There is no tear."\n\n'
        "Last week Hana wrote to her fans from the team bus.\n\n"
        '"I will be back for the track season," she wrote.'
    )
    assert direct_speaker_of(text, "back for the track season") == "Hana Petrov"


def test_relative_named_by_first_name_is_the_next_she() -> None:
    """ "Hana's sister Helen, 31, ..." then '"A," she said': the sister, written only by her first name after a noun
    of kin, is who 'she' is, not a man named before by a first name the lists do not know."""
    text = (
        "Hana Petrov, a track cyclist, has left her coach, Dusan Vekic.\n\n"
        'Dusan told a radio show he was "sad but not surprised".\n\n'
        "Hana's sister Helen, 31, spoke to us outside the velodrome.\n\n"
        '"He never listened to her," she said.'
    )
    assert direct_speaker_of(text, "never listened") == "Helen"


def test_role_stressed_by_himself_is_the_man_written_about() -> None:
    """'The cellist himself told ...: "A"' after a paragraph about a named musician and his agent's words: the
    stressed role is the musician, as 'he' would be, not a role of its own."""
    text = (
        "Aurelio Banti has been linked with an orchestra in Lisbon.\n\n"
        '"He is tempted," his agent, Pia Lund, said. "Nothing is signed."\n\n'
        'Banti joined his current orchestra at 22. The cellist himself told an audience on Sunday: "I am going '
        'nowhere."'
    )
    assert direct_speaker_of(text, "going nowhere") == "Aurelio Banti"


def test_named_agent_is_no_organisation_for_the_club() -> None:
    """'his agent, Pia Lund, said A. The club says B': a name given a person's job ('agent') is a person's,
    whatever her first name, so 'the club' is not her."""
    text = (
        "Jonas Ekberg, a goalkeeper, has been linked with a move to Porto.\n\n"
        '"He is tempted," his agent, Pia Lund, said.\n\n'
        "The club says it has made no offer."
    )
    assert speaker_of(text, "made no offer") == "club"


_MOTHER_AND_SON = (
    "Ana Ferreira-Lopes moved to Leeds in 2012 with one suitcase.\n\n"
    "Today she teaches maths at a sixth-form college. Her son, now 11, races go-karts at weekends. "
    '{who} said he drives "faster than he thinks", which worries her a little.'
)


def test_his_mother_after_her_son_is_the_woman() -> None:
    """'Her son, now 11, races go-karts. His mother said A': 'his mother' is the woman whose son the sentence
    before named, the one 'her' stood for."""
    assert direct_speaker_of(_MOTHER_AND_SON.format(who="His mother"), "faster than") == "Ana Ferreira-Lopes"


def test_her_mother_after_her_son_is_someone_else() -> None:
    """'Her son ... Her mother said A': 'her mother' is the woman's own mother, not the woman."""
    assert direct_speaker_of(_MOTHER_AND_SON.format(who="Her mother"), "faster than") != "Ana Ferreira-Lopes"
