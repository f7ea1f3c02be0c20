"""Quote rules of the eleventh session: a subject with a relative clause before the verb of speech ('The
tenants who live by the quarry say A'), a lead word or adverb before a plain subject ('Even the owner of the
mill said A', 'Again, those polled said A'), and an indirect question after 'explain' ('went on to explain how
A', 'before explaining why A'); web-page classes: 'as X dubbed it' after a quotation, 'describe X as', a description
ending before its auxiliary ('the firm would not'), a contracted pronoun ("he'd say"), a time phrase after a
subject ('X at the time said'). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes
from tests.test_quotes_reported_cues import reported


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "The tenants who live beside the quarry say the blasting has cracked their walls.",
            "tenants",
            "the blasting has cracked their walls",
        ),
        (
            "Growers whose orchards flooded in March said the insurer had ignored their claims.",
            "Growers",
            "the insurer had ignored their claims",
        ),
        ("But some who know the harbour well argue the new pier is too short.", "some", "the new pier is too short"),
        (
            "The pilots who told the board about the fog say the beacon failed twice.",
            "pilots",
            "the beacon failed twice",
        ),
        (
            "Vera Lund and others who want the mill reopened said the vote would decide its fate.",
            "Vera Lund and others",
            "the vote would decide its fate",
        ),
    ],
)
def test_a_subject_with_a_relative_clause_speaks(sentence: str, speaker: str, clause: str) -> None:
    assert reported(sentence) == [(speaker, clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the phrase before 'whose' names a thing: a building never speaks
        "The library whose roof leaked all winter says a great deal about the town's budget.",
        # a second clause inside ('and') leaves the verb of speech to a subject this rule cannot see
        "The pilots who flew in the fog and the clerks at the harbour say the beacon failed.",
    ],
)
def test_a_relative_clause_after_a_thing_or_with_a_second_clause_gives_no_speaker(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "Even the owner of the old mill said the new rules had raised costs for everyone.",
            "owner of the old mill",
            "the new rules had raised costs for everyone",
        ),
        (
            "Again, those polled said the ferry was the town's main worry.",
            "those polled",
            "the ferry was the town's main worry",
        ),
    ],
)
def test_a_lead_word_or_adverb_before_a_plain_subject(sentence: str, speaker: str, clause: str) -> None:
    assert reported(sentence) == [(speaker, clause)]


def test_a_singular_subject_before_a_bare_verb_is_a_noun_phrase() -> None:
    # 'promise' after 'a passing' is a noun: no speaker 'passing' promises anything
    assert reported("But even a passing promise that the pier would reopen raised hopes in the village.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "Dr. Ines Varga went on to explain how she tests every sample twice.",
            "Dr. Ines Varga",
            "how she tests every sample twice",
        ),
        (
            "Mara Quist thanked the volunteers before explaining why she had left the board.",
            "Mara Quist",
            "why she had left the board",
        ),
    ],
)
def test_an_indirect_question_after_explain_is_what_was_said(sentence: str, speaker: str, clause: str) -> None:
    assert reported(sentence) == [(speaker, clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Brandt declined to explain why the ferry was late.",
        "The council has yet to explain why the pool closed early.",
        "Ivo Brandt was asked to explain why he missed the meeting.",
        "Carla Moss faced questions after saying whether she would run again.",
    ],
)
def test_an_indirect_question_not_yet_answered_is_no_speech(sentence: str) -> None:
    assert reported(sentence) == []


def direct(text: str) -> list[tuple[str, str]]:
    report = extract_quotes(Article("t", "x", (Section(None, text),)))
    return [(q.speaker, q.text) for q in report.quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # after 'as': a verb of naming, describing or saying and a short object, then a comma or the end
        ('Tolls end in May with the "fair crossing," as harbour chief Ilse Worth dubbed the reform.', "Ilse Worth"),
        ('Tolls end in May with the "fair crossing," as harbour chief Ilse Worth called it.', "Ilse Worth"),
        ('The pier is "our front door," as the ferry captain put it.', "ferry captain"),
    ],
)
def test_as_a_speaker_names_it_after_a_quotation(text: str, speaker: str) -> None:
    assert [s for s, _ in direct(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'The "quiet harbour," as it is known, will close six offices.',
        'The "Blue Line," as the new tram route is called, will open in May.',
        'The "Blue Line," as the tram is called by locals, will open in May.',
    ],
)
def test_a_passive_after_as_names_no_speaker(text: str) -> None:
    assert direct(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Tomas Reyes went on the radio on Monday to describe the new bridge as a "costly mistake."', "Tomas Reyes"),
        ('Vera Lund is labeling the ferry cuts "a slow goodbye to the islands."', "Vera Lund"),
        (
            'Harbour lobbyists describe such work as "a different kettle of fish" from the usual jobs.',
            "Harbour lobbyists",
        ),
    ],
)
def test_describe_as_and_labeling_frame_the_subjects_words(text: str, speaker: str) -> None:
    assert [s for s, _ in direct(text)] == [speaker]


def test_describe_without_as_frames_nothing() -> None:
    assert direct('Few words describe the "Blue Line" tram better than slow.') == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Last spring, Corvale closed two depots (the firm would not confirm the number but called it "small").',
            "firm",
        ),
        ("The agency has since said how many boats it sold in the spring.", "agency"),
    ],
)
def test_a_description_ends_before_its_auxiliary_and_negation(text: str, speaker: str) -> None:
    quotes = extract_quotes(Article("t", "x", (Section(None, text),))).quotes
    assert [q.speaker for q in quotes] == [speaker]


def test_a_modal_before_a_finite_verb_is_a_noun_of_the_phrase() -> None:
    # 'will' before 'says' is no auxiliary (a finite verb takes none but 'has'): the phrase keeps it
    assert reported("The old will says the farm goes to her son.") == [("old will", "the farm goes to her son")]


def test_a_sentence_opening_with_a_preposition_has_no_subject_there() -> None:
    text = 'Despite Ines Vard\'s June 3 promise that the ferry would be "back by summer," the pier stays shut.'
    assert all(not s.startswith("Despite") for s, _ in direct(text))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('Piet Baars rarely gave interviews. When pressed, he\'d respond, "Ask the boats."', "Ask the"),
        ('Piet Baars rarely gave interviews. "Ask the boats," he\'d say.', "Ask the"),
        ('Piet Baars never explained his plots. He’d say, "Bring the boats in early."', "Bring"),
    ],
)
def test_a_pronoun_before_a_contracted_would_is_the_speaker(text: str, quote: str) -> None:
    found = direct(text)
    assert len(found) == 1 and found[0][0] == "Piet Baars" and found[0][1].startswith(quote)


def test_a_contracted_pronoun_before_a_reported_clause() -> None:
    text = "Mara Quist ran the yard for years. She'll tell you the harbour was busier then."
    assert reported(text) == [("Mara Quist", "the harbour was busier then")]


@pytest.mark.parametrize(
    "text",
    [
        # "It's said" is 'it is said': a passive, no one speaks (only 'would', 'had' and 'will' are read as contracted)
        "The harbour board met on Monday. It's said the ferry will stop in May.",
        # the writer's own "I'd say" names no speaker
        "Piet Baars runs the ferry. I'd say the harbour is busier than ever.",
    ],
)
def test_a_contraction_that_names_no_speaker(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ilse Worth at the time said the harbour would reopen in May.", "Ilse Worth"),
        ("Ilse Worth in turn said the harbour would reopen in May.", "Ilse Worth"),
    ],
)
def test_a_time_phrase_after_the_subject_is_no_part_of_it(text: str, speaker: str) -> None:
    assert reported(text) == [(speaker, "the harbour would reopen in May")]


def test_a_place_phrase_after_the_subject_stays_part_of_it() -> None:
    # 'in the state' is no time: the noun 'state' is no verb of speech here, and nothing is reported
    assert reported("A loss to Pike in the state she represented for years would be a huge setback.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The growers denied closing the pier. "We did nothing wrong," they said in a statement.', "growers"),
        ('The harbour officials met on Monday. "The ferry will run," they said.', "harbour officials"),
    ],
)
def test_they_refers_to_a_plural_role(text: str, speaker: str) -> None:
    assert direct(text) == [(speaker, text.split('"')[1].rstrip(","))]


@pytest.mark.parametrize(
    "text",
    [
        'The harbour spokesman denied closing the pier. "We did nothing wrong," they said.',
        'A person close to the mayors denied closing the pier. "We did nothing wrong," they said.',
    ],
)
def test_they_never_refers_to_one_person_by_role(text: str) -> None:
    assert direct(text) == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The harbour board said about half of the new berths were already taken.", "about half of the new berths"),
        ("The ferry office reported more than half of its sailings ran late in May.", "more than half of its"),
        ("Dana Pike has said about 20 people have asked for the job.", "about 20 people have asked"),
        ("A lawyer for the growers, Ivo Brandt, said no final decision had been made.", "no final decision had"),
    ],
)
def test_a_clause_whose_subject_opens_with_an_amount(sentence: str, clause: str) -> None:
    found = reported(sentence)
    assert len(found) == 1 and found[0][1].startswith(clause)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Pike said no to the plan on Monday.",
        "Dana Pike said about twenty minutes into the meeting.",
        "Asked if she was ever afraid, Dana Pike said no. But the crew kept quiet.",
    ],
)
def test_an_amount_or_no_without_a_verb_after_it_is_no_clause(sentence: str) -> None:
    assert reported(sentence) == []


def test_only_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = "Only Dana Pike stayed home. Pike has said the ferry will run."
    assert reported(text) == [("Dana Pike", "the ferry will run")]


def test_no_as_an_answer_ending_its_sentence_is_no_clause() -> None:
    # 'no.' ends the answer (the splitter keeps 'no.' with the next sentence, as in 'No. 5'): no clause opens there
    text = "Asked if she was ever afraid, the skipper said no. But she said the crew kept quiet."
    assert all(not clause.startswith("no") for _, clause in reported(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ines Vard toured the pier in spring. Despite Ms. Vard's June 3 promise that the ferry would be"
            ' "back by summer," the pier stays shut.',
            "Ines Vard",
        ),
        (
            'Dana Pike spoke in Kelby. Pike\'s call last night to "make the harbour whole again" drew cheers.',
            "Dana Pike",
        ),
        # a possessive pronoun owns its claim too (twenty-ninth session: noun_forms.claim_owner; until then no one)
        ('Dana Pike spoke in Kelby. Her claim that the pier was "safe" drew laughs.', "Dana Pike"),
    ],
)
def test_a_fragment_joined_to_a_possessives_statement_is_its_owners(text: str, speaker: str) -> None:
    assert [s for s, _ in direct(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # the quotation is the statement's predicate, not what it said
        'Dana Pike spoke in Kelby. Ms. Pike\'s remarks "went too far" for the council.',
        # a verb of saying before the possessive: the fragment is that speaker's word for the statement
        'Dana Pike spoke in Kelby. In declaring Ms. Pike\'s remarks as "unkind," the bishop went further.',
    ],
)
def test_a_possessives_statement_without_a_link_or_after_another_cue_names_no_speaker(text: str) -> None:
    assert all(speaker != "Dana Pike" for speaker, _ in direct(text))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A court filing released Thursday says the ferry firm will not be charged.", "court filing released Thursday"),
        ("A news report published on Wednesday said the harbour master used a private phone.", "news report"),
    ],
)
def test_a_document_with_a_dated_participle_speaks(sentence: str, speaker: str) -> None:
    found = reported(sentence)
    assert len(found) == 1 and found[0][0].startswith(speaker)


def test_a_day_after_a_plain_noun_is_no_speaker() -> None:
    # no participle before the day: 'The harbour on Monday' is no phrase this rule reads
    assert reported("The harbour on Monday said the ferry would run.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("All the divers we questioned said the bridge was safe.", "All the divers"),
        ("The man I interviewed said the bridge was safe.", "man"),
    ],
)
def test_a_relative_clause_without_who_after_the_subject(sentence: str, speaker: str) -> None:
    assert reported(sentence) == [(speaker, "the bridge was safe")]


def test_a_pronoun_and_an_auxiliary_after_a_noun_are_no_relative_clause() -> None:
    # 'they had' ends no clause about the boats: 'had said' is the verb group (the verb group is read first)
    assert reported("The boats they had said the crossing was rough.") == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Dana Pike said before the regatta they would race the old boat.", "they would race the old boat"),
        ("Dana Pike told the rowing club of Avon on Friday they could keep the shed.", "they could keep"),
    ],
)
def test_a_pronoun_clause_after_a_phrase_without_that(sentence: str, clause: str) -> None:
    found = reported(sentence)
    assert len(found) == 1 and found[0][0] == "Dana Pike" and found[0][1].startswith(clause)


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause inside the phrase: 'she was called to' is about the hearing, not what was said
        "Dana Pike said after the ferry left the berth it was moored at.",
        # a question inside the phrase: the pronoun's clause is the question's
        "Dana Pike replied to a letter about where they would moor the boats.",
    ],
)
def test_a_pronoun_after_a_phrase_with_a_clause_of_its_own_opens_nothing(sentence: str) -> None:
    assert reported(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "The rowing club admitted it lost the trophy during the move.",
            "rowing club",
            "it lost the trophy during the move",
        ),
        ("Dana Pike said for the first time that the pier would close.", "Dana Pike", "the pier would close"),
    ],
)
def test_it_and_a_past_tense_or_a_first_time_before_the_clause(sentence: str, speaker: str, clause: str) -> None:
    assert reported(sentence) == [(speaker, clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        # 'it' as the object: a preposition or participle follows, no past tense of a clause
        "Dana Pike noted it in passing at the meeting on Monday.",
        # something added is no speech: a count and a noun, no verb
        "The marina added forty moorings over the winter.",
        "The ferry company added two new routes to the timetable.",
    ],
)
def test_it_as_an_object_and_an_amount_added_are_no_clauses(sentence: str) -> None:
    assert reported(sentence) == []


def test_a_name_with_a_plural_verb_is_a_firm_they_refers_to() -> None:
    # British usage: 'Blue Harbour have denied' is a label or a band, no person; 'they' refers to it
    text = (
        'Grey Anchor have pulled their tour of the islands. "We are sorry to let the fans down," they wrote on their'
        " website."
    )
    assert [s for s, _ in direct(text)] == ["Grey Anchor"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Judge Tomas Berg heard the case.", 'Lawyers for Ivo Moss have appealed. "I am innocent," he said.'),
        ("Ivo Moss met Peter Lund. Why would Ivo Moss have lied?", '"I never lied," he said.'),
    ],
)
def test_a_name_not_opening_its_sentence_before_a_plural_verb_stays_a_person(paragraphs: tuple[str, ...]) -> None:
    assert [s for s, _ in direct(" ".join(paragraphs))] == ["Ivo Moss"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Pike testified before the committee she was chairing on Monday.",
        "Dana Pike insisted on the route they were taking.",
    ],
)
def test_a_pronoun_and_a_form_of_be_after_a_noun_make_a_relative_clause(sentence: str) -> None:
    assert reported(sentence) == []


def test_a_dated_participle_without_a_determiner_is_no_speaker_phrase() -> None:
    # 'Shares rallied Friday' is a clause, not a phrase that speaks: no reported speech at all
    assert reported("Shares rallied Friday said a trader in Kelby.") == []


def test_two_people_named_before_a_plural_verb_stay_people() -> None:
    # 'Ivo' is no first name the list knows: only the coordination keeps 'Ivo Moss' a person 'he' may refer to
    text = (
        "Clara Pike and Ivo Moss have denied closing the pier. Ivo Moss spoke to reporters."
        ' "We did nothing wrong," he said.'
    )
    assert [s for s, _ in direct(text)] == ["Ivo Moss"]
