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
    """'The subcommittee chair, Sen. NAME, D-Ore., said': the name in apposition speaks, not a word of the role."""
    text = 'The subcommittee chair, Sen. Maren Vantassel, D-Ore., said the budget was "a wish list".'
    assert direct_speaker_of(text, "a wish list") == "Sen. Maren Vantassel"


def test_a_document_with_a_participle_aside_describes_in_its_own_words() -> None:
    """'The growers' charter, drawn up after the harvest, describes X as "A"': the document before the aside."""
    text = (
        'The growers\' charter, drawn up after a wet harvest in Venmoor, describes the new levy as "a tax on bad luck".'
    )
    assert direct_speaker_of(text, "a tax on bad luck") == "growers' charter"


CALLED_OUT = [
    ('Fenna Roskam was halfway up the ladder. "Pass me the hammer," she called across the yard.', "Pass me"),
    ('Fenna Roskam was painting the gate. "Mind the wet paint," Roskam called out from the ladder.', "Mind the wet"),
]


@pytest.mark.parametrize(("text", "words"), CALLED_OUT)
def test_a_quotation_called_out_belongs_to_its_caller(text: str, words: str) -> None:
    """'"...," she called across the yard', '"...," NAME called out from the ladder': 'called' says the words."""
    assert direct_speaker_of(text, words) == "Fenna Roskam"


HEARING = (
    "Mr Kettleby turned to the surveyor, Lise Varnholt, and to her flood map.\n\n"
    '"The map is old, I grant you," Ms Varnholt said.\n\n'
    '"How old, Ms Varnholt?" Mr Kettleby asked.\n\n'
    '"Nine years, give or take."\n\n'
    "Mr Kettleby moved on to the drainage plans.\n\n"
)


def test_a_bare_answer_after_a_question_put_to_someone_is_the_one_asked() -> None:
    """'"How old, Ms Varnholt?" NAME asked.' then a bare paragraph: the answer of the one asked."""
    assert direct_speaker_of(HEARING, "Nine years") == "Lise Varnholt"


def test_a_bare_question_to_someone_after_an_answer_is_the_askers() -> None:
    """After the answer and a paragraph of the asker's doing, '"Does that look normal to you?"' is the asker's."""
    text = (
        "Ruth Amsel, who looks after the tide gauges, gave evidence after lunch.\n\n"
        '"When did you last calibrate them?" Mr Kettleby asked.\n\n'
        '"In the autumn," Ms Amsel said.\n\n'
        'She said the readings had looked "perfectly normal". Mr Kettleby passed her a printout.\n\n'
        '"Does that look normal to you?"\n\n'
    )
    assert direct_speaker_of(text, "Does that look normal") == "Mr Kettleby"


def test_a_rhetorical_question_after_an_answer_stays_with_the_speaker() -> None:
    """A question that puts nothing to anyone ('"Who would pay for that?"') is the last speaker's own."""
    text = (
        '"Why do you want it dredged now?" Mr Kettleby asked.\n\n'
        '"Because the channel is silting," Ms Amsel said.\n\n'
        '"Who would pay for dredging it twice?"\n\n'
    )
    assert direct_speaker_of(text, "Who would pay") == "Ms Amsel"


_WATCH = 'Boat owners were wary after the head of the Coastal Watch said patrols would be "halved".\n\n'


def test_the_head_of_a_body_is_an_office_not_a_name() -> None:
    """'the head of the Coastal Watch said': 'Coastal Watch' is the body, no person's name."""
    assert direct_speaker_of(_WATCH, "halved") == "head of the Coastal Watch"


def test_an_office_in_the_lead_is_the_leader_named_later() -> None:
    """'the head of the Coastal Watch said ...' then 'Watch chief NAME': one person, named."""
    text = _WATCH + "Speaking on the radio on Tuesday, Watch chief Ada Lunnholm said crews had been cut since spring."
    assert direct_speaker_of(text, "halved") == speaker_of(text, "crews had been cut")


def test_an_office_is_not_merged_into_a_deputy_or_one_of_two_leaders() -> None:
    """A deputy leads no body; two leaders of bodies sharing the word leave the office as it is."""
    deputy = _WATCH + "Watch deputy chief Ada Lunnholm said crews had been cut since spring."
    two = (
        _WATCH + "Watch chief Ada Lunnholm said crews had been cut. Watch Fund director Tomas Vendrey said pay had not."
    )
    assert direct_speaker_of(deputy, "halved") == "head of the Coastal Watch"
    assert direct_speaker_of(two, "halved") == "head of the Coastal Watch"


def test_according_to_a_document_after_the_speaker_is_the_source_not_the_speaker() -> None:
    """'"...," she told the builders, according to a press release': 'she' is the person met before, not the
    release."""
    text = (
        "Ms Varkonyi opened the new ferry terminal at Osterby on Tuesday.\n\n"
        '"This pier will outlast all of us," she told the builders, according to a press release.'
    )
    assert direct_speaker_of(text, "outlast all of us") == "Ms Varkonyi"


NESTED = [
    ('Her lawyer said Mr Dunleigh told the tenants the boiler was "as good as new".', "as good as new", "Mr Dunleigh"),
    ('Ms Ferrand said the note Mr Dunleigh wrote was "warm and generous".', "warm and generous", "Ms Ferrand"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NESTED)
def test_a_fragment_inside_a_relayed_speech_is_the_inner_speakers(text: str, words: str, speaker: str) -> None:
    """'X said NAME told the tenants the boiler was "A"': NAME's words; 'the note NAME wrote was "A"' stays X's."""
    assert direct_speaker_of(text, words) == speaker


def test_a_relation_of_someone_described_by_a_job_is_the_speaker() -> None:
    """'said a friend of the late potter NAME': the friend speaks, not the potter."""
    text = '"She never once locked her door," said a friend of the late potter Ines Valdoro.'
    assert direct_speaker_of(text, "never once locked") == "friend of the late potter Ines Valdoro"
