"""The lead's quote classes of the twenty-first session, read from the retired probes: names given to things."""

from __future__ import annotations

import pytest

from tests.quote_support import direct_quotes, direct_speaker_of, speaker_of

NAMES_GIVEN = [
    (
        'Ms Ferreday said hikers can rest on a rock shelf the rangers call "Owl Table," which overlooks the gorge.',
        "Owl Table",
    ),
    ('The warden said pilots had nicknamed one narrow runway "the Ribbon" soon after it opened.', "the Ribbon"),
    ('Mr Castellane said the orchard pie, which he nicknamed "the Long Walk," sold out by noon.', "the Long Walk"),
    (
        'Ms Ferreday said every bus would be electric by 2038, a pledge often referred to simply as "Volt Forty".',
        "Volt Forty",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAMES_GIVEN)
def test_a_name_given_to_a_thing_is_no_ones_words(text: str, name: str) -> None:
    """A name in a title's capitals after 'call' in the present, 'nicknamed' or 'referred to as' is not a quote."""
    assert all(quoted != name for _, quoted in direct_quotes(text))


JUDGEMENTS = [
    ('Councillor Aldwin referred to the audit as "a whitewash" on Monday.', "Councillor Aldwin", "a whitewash"),
    ('Ms Treave called the scheme "a shambles" in a letter to members.', "Ms Treave", "a shambles"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), JUDGEMENTS)
def test_a_judgement_in_plain_words_stays_a_quote(text: str, speaker: str, words: str) -> None:
    """'referred to X as "a whitewash"', 'called it "a shambles"': a person's own words, in lower case, stay hers."""
    assert (speaker, words) in direct_quotes(text)


def test_a_party_and_state_label_closes_the_appositive_name() -> None:
    """'The panel's ranking member, Sen. NAME, D-Ore., told': the name in apposition speaks, not a word of the role."""
    text = (
        "The panel's ranking Democratic member, Sen. Oriel Vantassel, D-Ore., told reporters on the steps that the"
        ' vote had been "a coin toss" until the last hour.'
    )
    assert direct_speaker_of(text, "a coin toss") == "Sen. Oriel Vantassel"


def test_a_document_with_a_participle_aside_describes_in_its_own_words() -> None:
    """'The growers' charter, drawn up after the harvest, describes X as "A"': the document before the aside."""
    text = (
        'The growers\' charter, drawn up after a wet harvest in Venmoor, describes the new levy as "a tax on bad luck".'
    )
    assert direct_speaker_of(text, "a tax on bad luck") == "growers' charter"


CALLED_OUT = [
    'Fenna Roskam left by the side door. "Not tonight," she called over her shoulder. "Ask me on Friday."',
    'Fenna Roskam stood at the back of the hall. "Not tonight," Roskam called out from the doorway.',
]


@pytest.mark.parametrize("text", CALLED_OUT)
def test_a_quotation_called_out_belongs_to_its_caller(text: str) -> None:
    """'"...," she called over her shoulder', '"...," NAME called out from the doorway': 'called' says the words."""
    assert direct_speaker_of(text, "Not tonight") == "Fenna Roskam"


HEARING = (
    "Under questioning from Mr Kettleby, harbour master Lise Varnholt accepted the buoy had been misplaced.\n\n"
    '"I accept it was in the wrong place," Ms Varnholt said.\n\n'
    '"By how far, Harbour Master?" Mr Kettleby asked.\n\n'
    '"Perhaps thirty metres, on our survey."\n\n'
    "Mr Kettleby then showed the panel a chart of the channel and the wreck's position.\n\n"
)


def test_a_bare_answer_after_a_question_put_to_someone_is_the_one_asked() -> None:
    """'"By how far, Harbour Master?" NAME asked.' then a bare paragraph: the answer of the one asked."""
    assert direct_speaker_of(HEARING, "Perhaps thirty metres") == "Lise Varnholt"


def test_a_bare_question_to_someone_after_an_answer_is_the_askers() -> None:
    """After the answer and a paragraph of the asker's doing, '"Is that the chart you drew?"' is the asker's."""
    text = (
        "Questioned by Mr Kettleby, the surveyor Ruth Amsel said she had drawn the chart in May.\n\n"
        '"Why did you wait until May?" Mr Kettleby asked.\n\n'
        '"The tides were lowest then," Ms Amsel said.\n\n'
        'She said the spring survey had been "rushed". Mr Kettleby then handed her the chart.\n\n'
        '"Is that the chart you drew?"\n\n'
    )
    assert direct_speaker_of(text, "Is that the chart") == "Mr Kettleby"


def test_a_rhetorical_question_after_an_answer_stays_with_the_speaker() -> None:
    """A question that puts nothing to anyone ('"Who would pay for that?"') is the last speaker's own."""
    text = (
        '"Why do you want it dredged now?" Mr Kettleby asked.\n\n'
        '"Because the channel is silting," Ms Amsel said.\n\n'
        '"Who would pay for dredging it twice?"\n\n'
    )
    assert direct_speaker_of(text, "Who would pay") == "Ms Amsel"


def test_the_head_of_a_body_is_an_office_not_a_name() -> None:
    """'the head of the Harbour Reserve said': 'Harbour Reserve' is the body, no person's name."""
    text = 'Bonds rallied after the head of the Harbour Reserve said rates were "close to turning".'
    assert direct_speaker_of(text, "close to turning") == "head of the Harbour Reserve"


def test_an_office_in_the_lead_is_the_leader_named_later() -> None:
    """'the head of the Harbour Reserve said ...' then 'Reserve Chair NAME': one person, named."""
    text = (
        'Bonds rallied after the head of the Harbour Reserve said rates were "close to turning".\n\n'
        "In testimony on Tuesday, Reserve Chair Ada Lunnholm said prices had cooled since the spring."
    )
    assert direct_speaker_of(text, "close to turning") == speaker_of(text, "prices had cooled")


def test_an_office_is_not_merged_into_a_deputy_or_one_of_two_leaders() -> None:
    """A deputy leads no body; two leaders of bodies sharing the word leave the office as it is."""
    deputy = (
        'Bonds rallied after the head of the Harbour Reserve said rates were "close to turning".\n\n'
        "Reserve deputy chair Ada Lunnholm said prices had cooled since the spring."
    )
    two = (
        'Bonds rallied after the head of the Harbour Reserve said rates were "close to turning".\n\n'
        "Reserve chair Ada Lunnholm said prices had cooled. Reserve Bank governor Tomas Vendrey said wages had not."
    )
    assert direct_speaker_of(deputy, "close to turning") == "head of the Harbour Reserve"
    assert direct_speaker_of(two, "close to turning") == "head of the Harbour Reserve"


def test_according_to_a_document_after_the_speaker_is_the_source_not_the_speaker() -> None:
    """'"...," he told local leaders, according to a statement': 'he' is the person met before, not the statement."""
    text = (
        "Mr Varkonyi toured the flood barrier at Osterby on Tuesday.\n\n"
        '"Today the river lost its argument with us," he told local leaders, according to a statement.'
    )
    assert direct_speaker_of(text, "the river lost") == "Mr Varkonyi"


NESTED = [
    (
        'The prosecutor said Mr Dunleigh told the constable the fence "got what it deserved".',
        "got what it deserved",
        "Mr Dunleigh",
    ),
    ('Ms Ferrand said the note Mr Dunleigh wrote was "warm and generous".', "warm and generous", "Ms Ferrand"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NESTED)
def test_a_fragment_inside_a_relayed_speech_is_the_inner_speakers(text: str, words: str, speaker: str) -> None:
    """'X said NAME told the constable the fence "A"': NAME's words; 'the note NAME wrote was "A"' stays X's."""
    assert direct_speaker_of(text, words) == speaker


def test_a_relation_of_someone_described_by_a_job_is_the_speaker() -> None:
    """'said a friend of the late potter NAME': the friend speaks, not the potter."""
    text = '"She never once locked her door," said a friend of the late potter Ines Valdoro.'
    assert direct_speaker_of(text, "never once locked") == "friend of the late potter Ines Valdoro"
