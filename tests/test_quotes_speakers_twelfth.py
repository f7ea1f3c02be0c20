"""Speaker rules of the twelfth session (issue 15): a name opening the sentence speaks past a long description
with an inserted clause ('X, the head of A -- a B that ... -- said'); a day alone after 'said' is no speaker; the
region of a town closing an opening phrase is no subject ('In Marlow, Maine, X called it "A"'); a cue inside a
subordinate clause opening the sentence does not reach a quotation in the main clause; a subject asked the words
is no speaker of them (the asker after 'by' is). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes


def _speakers(text: str) -> dict[str, str]:
    """The direct quotes of ``text`` (one paragraph a line) and their speakers."""
    article = Article(title="Invented headline", source="probe.txt", sections=(Section(None, text),))
    return {q.text: q.speaker for q in extract_quotes(article).quotes if q.kind == "direct"}


def _speaker_of(text: str, words: str) -> str | None:
    return next((s for quoted, s in _speakers(text).items() if words in quoted), None)


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "Ines Morrow, a ferry pilot from Port Hale, who has crossed the strait for thirty years, told us the new"
            ' boats were "too light for winter."',
            "too light",
            "Ines Morrow",
        ),
        (
            "Judge Orla Finch, the magistrate who chairs the Coastal Licensing Board, which meets twice a year, warned"
            ' that the rules were "written for another century."',
            "another century",
            "Judge Orla Finch",
        ),
        (
            "Petra Lund, the head chef at the Blue Anchor -- a tavern that has fed the docks since 1890, when the port"
            ' opened -- said the menu would stay "exactly as it was."',
            "exactly as",
            "Petra Lund",
        ),
    ],
)
def test_name_speaks_past_its_description(sentence: str, words: str, speaker: str) -> None:
    assert _speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ('Or, as Ada Berg, a former judge of the high court, put it: "The law is slow."', "law is slow", "Ada Berg"),
        (
            'A spokesman for the Kelby Clinic, which runs the night ward, said the beds were "all taken."',
            "all taken",
            "spokesman for the Kelby Clinic",
        ),
        ('Tom Reed, who keeps a bakery in Marlow, said the flour was "never better."', "never better", "Tom Reed"),
    ],
)
def test_description_rule_leaves_other_phrases(sentence: str, words: str, speaker: str) -> None:
    assert _speaker_of(sentence, words) == speaker


def test_day_after_said_is_no_speaker() -> None:
    text = '"The ferry will sail at dawn," Oskar Lind, the harbour master\'s deputy, said Tuesday. "Come early."'
    assert _speaker_of(text, "Come early") == "Oskar Lind"


def test_region_closing_an_opening_phrase_is_no_subject() -> None:
    text = 'Standing on the pier at Marlow, Maine, Quist thanked the crews, calling them "the backbone of this town."'
    assert _speaker_of(text, "backbone") == "Quist"


def test_name_after_a_place_phrase_keeps_its_appositive() -> None:
    text = 'In Marlow, Dana Quist, the harbour master, called the storm "the worst in years."'
    assert _speaker_of(text, "worst in years") == "Dana Quist"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "After Auditor Grell criticized the ferry contract at a hearing, Mayor Ostrow snapped back,"
            ' "Read the whole report before you judge it."',
            "whole report",
            "Mayor Ostrow",  # the main clause's turn taken ('snapped back'), never the auditor
        ),
        (
            'When the rival club hinted that it would appeal, Coach Vidal answered flatly: "Let them try."',
            "Let them try",
            "Coach Vidal",
        ),
    ],
)
def test_cue_in_fronted_clause_does_not_reach_main_clause(sentence: str, words: str, speaker: str | None) -> None:
    assert _speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ('After Vidal called the referee "blind," he was fined by the league.', "blind", "Vidal"),
        ('While Vidal praised the keeper, calling him "a wall," Ostrow stayed silent.', "a wall", "Vidal"),
    ],
)
def test_fronted_clause_keeps_its_own_quotes(sentence: str, words: str, speaker: str) -> None:
    assert _speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            'During the call-in hour, Ostrow was asked by Lena Brandt, a retired nurse, if the tunnel would "ever pay'
            ' for itself."',
            "ever pay",
            "Lena Brandt",
        ),
    ],
)
def test_subject_asked_the_words_is_no_speaker(sentence: str, words: str, speaker: str | None) -> None:
    assert _speaker_of(sentence, words) == speaker


def test_subordinator_opens_no_speaker_phrase() -> None:
    text = 'Because the mayor had promised "a tram in every street," voters were angry.'
    assert _speaker_of(text, "tram in every street") == "mayor"


def test_asked_then_said_keeps_the_subject() -> None:
    text = 'Ostrow was asked about the tunnel and said it was "a sound investment."'
    assert _speaker_of(text, "sound investment") == "Ostrow"


def test_place_named_after_a_preposition_is_no_one() -> None:
    text = (
        'The drive out to Red Hollow takes an hour. In Red Hollow, the old mill shut last spring. "Nobody saw it'
        ' coming," she said.'
    )
    assert _speaker_of(text, "Nobody saw it") is None


def test_place_does_not_take_a_pronoun_from_a_person() -> None:
    text = (
        "Ana Bell runs the bakery on the square.\n\nThe road to Stone Ferry was shut for a week after the storm."
        ' Traffic in Stone Ferry stopped for two days.\n\n"We ran out of flour on the second day," she said.'
    )
    assert _speaker_of(text, "ran out of flour") == "Ana Bell"


def test_person_after_a_preposition_keeps_the_pronoun() -> None:
    text = 'A crowd gathered around Clara Voss at the gate. "Thank you all for coming," she said.'
    assert _speaker_of(text, "Thank you all") == "Clara Voss"


@pytest.mark.parametrize("preposition", ["near", "around"])
def test_a_person_with_an_unlisted_first_name_after_near_or_around_keeps_the_pronoun(preposition: str) -> None:
    text = f'Reporters waited {preposition} Tavita Mauga after the hearing. "I will appeal," he said.'
    assert _speaker_of(text, "I will appeal") == "Tavita Mauga"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ('The mayor and his team said the budget was "balanced at last."', "balanced", "mayor"),
        ('The governor and her aides said the new pier was "a gift."', "a gift", "governor"),
    ],
)
def test_role_leading_a_team_speaks_for_it(sentence: str, words: str, speaker: str) -> None:
    assert _speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ('Critics of the mayor and his team said the budget was "a fantasy."', "a fantasy"),
        ('Voters who met the mayor and his team said the plan was "a muddle."', "a muddle"),
    ],
)
def test_team_inside_a_longer_subject_has_no_leader(sentence: str, words: str) -> None:
    assert _speaker_of(sentence, words) != "mayor"


def test_participle_opening_the_sentence_is_no_speaker() -> None:
    text = 'Stunned by the verdict, the families of the crew called it "a second loss."'
    assert _speaker_of(text, "second loss") is None  # never 'Stunned'; the plain plural is no phrase the rules read


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ('Pleased with the result, Coach Vidal called the draw "a fair reward."', "fair reward", "Coach Vidal"),
        (
            'United Harbour Lines, the ferry firm, called the strike "a blow to the islands."',
            "a blow",
            "United Harbour Lines",
        ),
    ],
)
def test_participle_rule_leaves_names(sentence: str, words: str, speaker: str) -> None:
    assert _speaker_of(sentence, words) == speaker


def test_addressee_after_a_participle_is_no_speaker() -> None:
    text = 'The ferry union would not name "that man," telling Radio Kelby 9 that it cared only for "safer boats."'
    assert _speaker_of(text, "that man") is None  # the union, not the station it addressed: no cue names it


def test_noun_of_speech_after_a_capitalised_modifier_is_no_cue() -> None:
    text = 'Dana Pike left a Council comment of her own, saying, "The pier stays shut."'
    assert _speaker_of(text, "pier stays shut") == "Dana Pike"
    rated = 'The Harbour Trust marked half of the Ferry claims as "misleading" in its audit.'
    assert _speaker_of(rated, "misleading") == "Harbour Trust"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ('The Herald reports that the mayor is "not amused."', "not amused", "Herald"),
        ('The Senator says the plan is "dead on arrival."', "dead on arrival", "Senator"),
    ],
)
def test_verb_of_speech_after_a_name_stays_a_cue(sentence: str, words: str, speaker: str) -> None:
    assert _speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ('"There is little you can do," said a former U.S. customs official.', "little you can do", "customs official"),
        ('"The nets are empty," said a Kelby port official.', "nets are empty", "port official"),
        (
            'Coastal safety experts doubt the firm, but have warned that the hull could "crack in a storm."',
            "crack in a storm",
            "Coastal safety experts",
        ),
    ],
)
def test_role_noun_after_plain_modifiers_heads_the_phrase(sentence: str, words: str, speaker: str) -> None:
    found = _speaker_of(sentence, words)
    assert found is not None and found.endswith(speaker)


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ('Moss told reporters the plan was "a tired idea."', "tired idea", "Moss"),
        ('Moss met voters and called the plan "a tired idea."', "tired idea", "Moss"),
        ('"It was fine," said Tom Reed, the Kelby coach.', "It was fine", "Tom Reed"),
    ],
)
def test_modifier_rules_leave_plain_subjects(sentence: str, words: str, speaker: str) -> None:
    assert _speaker_of(sentence, words) == speaker


def test_description_right_after_the_name_with_a_second_insertion() -> None:
    text = (
        "Tom Berg, the secretary of the Marlow County board in Ohio, for instance, said Moss kept hurting the club"
        " by ignoring the rowers, who train at dawn."
    )
    article = Article(title="Invented headline", source="probe.txt", sections=(Section(None, text),))
    assert [q.speaker for q in extract_quotes(article).quotes] == ["Tom Berg"]


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ('In Kelby, the mayor, who rarely speaks, said the plan was "a mess."', "a mess", "mayor"),
        (
            'Kelby Works, the firm that built the pier, which opened in May, said the fault was "minor."',
            "minor",
            "Kelby Works",
        ),
    ],
)
def test_description_after_a_place_or_a_firm_stays(sentence: str, words: str, speaker: str) -> None:
    assert _speaker_of(sentence, words) == speaker


def test_subject_asked_a_question_is_offered_to_no_one() -> None:
    assert _speaker_of('At the forum, Ostrow was asked, "Would you ride the new tram yourself?"', "new tram") is None


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ('As the mayor spoke of "a new dawn," the crowd cheered.', "new dawn"),
        (
            'Ada was half asleep, and as the mayor went on about "forgotten streets," Tom said yes, yes, yes.',
            "forgotten",
        ),
    ],
)
def test_main_clause_after_a_fragment_in_a_subordinate_clause_is_no_attribution(sentence: str, words: str) -> None:
    assert _speaker_of(sentence, words) is None  # the mayor's words; no cue the rules know names him


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ('If the vote is "rigged," Moss said, "we will sue."', "rigged", "Moss"),
        (
            'Perhaps there is hope, since the "new harbour," as Reed dubbed the merger, will be larger.',
            "new harbour",
            "Reed",
        ),
        ('"It was chaos," Moss said.', "It was chaos", "Moss"),
    ],
)
def test_attribution_after_a_fragment_stays(sentence: str, words: str, speaker: str) -> None:
    assert _speaker_of(sentence, words) == speaker
