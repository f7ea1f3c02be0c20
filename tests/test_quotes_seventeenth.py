"""Quote shapes mended in the seventeenth session, each with a neighbouring shape where the rule must not fire.
All sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.quote_support import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('"The ships are late," said a senior port official.', "ships", "senior port official"),
        ('"The ships are late," said the senior port official.', "ships", "senior port official"),
        ('"The ships are late," a senior port official said.', "ships", "senior port official"),
        ('"The ships are late," a former senior port official said.', "ships", "former senior port official"),
        (
            "The ships were delayed by the storm, a senior port official said on Monday.",
            "storm",
            "senior port official",
        ),
        ('"The ships are late," an angry dock worker said.', "ships", "angry dock worker"),
    ],
)
def test_modifiers_before_a_role_stay_in_the_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('"The ships are late," said a senior official.', "ships", "senior official"),
        ('"The ships are late," said a port official.', "ships", "port official"),
        ("After the long rain surveyors said the roads were closed.", "roads", "surveyors"),
        ("Since the long strike dock workers said the ships were late.", "ships", "workers"),
        # a relative pronoun or a subordinator is no modifier of the role after it
        ("The levy that residents say is unfair passed on Monday.", "unfair", "residents"),
        ("The port where dock workers said the ships were late reopened.", "ships", "workers"),
        ("The ships are late, a retired dock worker told AFP.", "ships", "retired dock worker"),
        (
            '"The ships are late," the senior staff at the old port depot said.',
            "ships",
            "senior staff at the old port depot",
        ),
    ],
)
def test_role_modifier_neighbours(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Sen. Tom Hargrove (D-Ore.), said: "The bill will pass."', "bill", "Sen. Tom Hargrove"),
        ("Sen. Tom Hargrove (D-Ore.), told reporters the bill would pass.", "bill", "Sen. Tom Hargrove"),
        ("Later, Rep. Ann Kell (R-Texas), said on Monday that the bill would pass.", "bill", "Rep. Ann Kell"),
        # an appositive after the tag
        ('Sen. Tom Hargrove (D-Ore.), the panel chairman, said: "The bill will pass."', "bill", "Sen. Tom Hargrove"),
        ('Rep. Ann Kell (R-Texas), a panel member, told reporters, "The bill will pass."', "bill", "Rep. Ann Kell"),
        ('The Kelby Group (KLB), a harbour firm, said: "Sales fell."', "Sales", "Kelby Group"),
    ],
)
def test_a_stray_comma_after_a_party_tag_keeps_the_name_speaking(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('"The bill will pass," Sen. Tom Hargrove (D-Ore.), said.', "bill", "Sen. Tom Hargrove"),
        ("The bill (a long one), said critics, would fail.", "bill", "critics"),
        ('In Salem (the capital), a panel member, said: "The bill will pass."', "bill", None),
        ('In Salem, a panel member, said: "The bill will pass."', "bill", None),
    ],
)
def test_party_tag_neighbours(text: str, words: str, speaker: str | None) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Together, Mara Lindqvist, Peter Olsson and Tova Brin said the plan would fail.",
            "plan",
            "Mara Lindqvist, Peter Olsson and Tova Brin",
        ),
        ('Jointly, Norway, Chile and Kenya said: "The plan will fail."', "plan", "Norway, Chile and Kenya"),
        ('Privately, Norway, Chile and Kenya said: "The plan will fail."', "plan", "Norway, Chile and Kenya"),
        ("Instead, Norway, Chile, and Kenya argued that the plan would fail.", "plan", "Norway, Chile, and Kenya"),
        (
            'In a joint statement, Norway, Chile and Kenya said: "The plan will fail."',
            "plan",
            "Norway, Chile and Kenya",
        ),
        ("Last week, Norway, Chile, and Kenya wrote that the plan would fail.", "plan", "Norway, Chile, and Kenya"),
    ],
)
def test_a_sentence_adverb_before_a_list_of_speakers_is_no_member(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Italy, France and Spain said: "The plan will fail."', "plan", "Italy, France and Spain"),
        (
            "Together, Mara Lindqvist and Peter Olsson said the plan would fail.",
            "plan",
            "Mara Lindqvist and Peter Olsson",
        ),
        ('But Norway, Chile and Kenya said: "The plan will fail."', "plan", "Norway, Chile and Kenya"),
        ("In Norway, Chile and Kenya, officials said the plan would fail.", "plan", "officials"),
    ],
)
def test_list_neighbours(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Peter Olsson, a senior analyst at Nordbank in Stockholm told Reuters the rate would rise.",
            "rate",
            "Peter Olsson",
        ),
        (
            "Peter Olsson, an economist at Nordbank in Oslo told reporters on Monday that rates would rise.",
            "rate",
            "Peter Olsson",
        ),
        ('Mara Lindqvist, the head of the harbour board told Reuters: "The rate will rise."', "rate", "Mara Lindqvist"),
    ],
)
def test_a_name_before_an_appositive_no_comma_closes_speaks(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "In Stockholm, a senior analyst at Nordbank told Reuters the rate would rise.",
            "rate",
            "senior analyst at Nordbank",
        ),
        ("Regardless, the head of the Harbour Board said the rate would rise.", "rate", "head of the Harbour Board"),
        # a capitalised preposition or -ing word opens a phrase before the subject, not a name
        (
            "Beside Peter Olsson, a senior analyst at Nordbank told Reuters the rate would rise.",
            "rate",
            "senior analyst at Nordbank",
        ),
        (
            "Across North Harlow, the head of the regional board told Reuters the rate would rise.",
            "rate",
            "head of the regional board",
        ),
        (
            "Joining Peter Olsson, a senior analyst at Nordbank told Reuters the rate would rise.",
            "rate",
            "senior analyst at Nordbank",
        ),
        # a parenthetical attribution: the verb has its own comma
        ('Peter Olsson, a senior analyst at Nordbank said, "would retire."', "retire", "senior analyst at Nordbank"),
    ],
)
def test_unclosed_appositive_neighbours(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Tova Brin, the former harbour master, proposed a "harbour tax" and said the city needed more money.',
            "needed more money",
            "Tova Brin",
        ),
        (
            'Tova Brin, the former mayor, backed a "harbour tax" and argued that the city must act.',
            "must act",
            "Tova Brin",
        ),
    ],
)
def test_a_name_with_an_appositive_speaks_across_a_quoting_predicate(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('In Kelby, the harbour chief called it "a scandal" and said the city must act.', "must act", "harbour chief"),
        (
            'Tova Brin, a lawyer for the port, called it "a scandal" and said the city must act.',
            "must act",
            "Tova Brin",
        ),
        ('Tova Brin proposed a "harbour tax" and said the city needed more money.', "needed more money", "Tova Brin"),
    ],
)
def test_quoting_predicate_neighbours(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Mara Lindqvist, a council member, wanted to know, "Who will pay for the bridge?"', "Who", "Mara Lindqvist"),
        ('"Who will pay for the bridge?" Mara Lindqvist wanted to know.', "Who", "Mara Lindqvist"),
        ('Mara Lindqvist spoke last. "Who will pay for the bridge?" she wanted to know.', "Who", "Mara Lindqvist"),
        ('The councillor wants to know, "Who will pay for the bridge?"', "Who", "councillor"),
    ],
)
def test_a_wish_to_know_puts_the_question(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Mara Lindqvist wanted to know the "real cost" of the bridge.', "real cost", None),
        ('"We won." Mara Lindqvist wanted to know more.', "won", None),
        ('Mara Lindqvist asked, "Who will pay for the bridge?"', "Who", "Mara Lindqvist"),
    ],
)
def test_wish_to_know_neighbours(text: str, words: str, speaker: str | None) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Tam Rooke warned he would call a strike.\n\nAccording to her, the offer was "an insult".',
        'Tam Rooke, the union chief, assured members he would fight.\n\n"It is an insult," she said.',
        'Tam Rooke has stressed that he would call a strike.\n\nShe said the offer was "an insult".',
    ],
)
def test_any_verb_of_reported_speech_before_he_tells_the_gender(text: str) -> None:
    assert speaker_of(text, "insult") is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Tam Rooke warned she would call a strike.\n\nAccording to her, the offer was "an insult".', "Tam Rooke"),
        # an addressee only after a verb of telling: 'warned members' may go on to someone else's 'he'
        ('Tam Rooke warned members he would be fired.\n\nAccording to her, the offer was "an insult".', "Tam Rooke"),
        ('Tam Rooke watched as he left.\n\nAccording to her, the offer was "an insult".', "Tam Rooke"),
    ],
)
def test_reported_gender_neighbours(text: str, speaker: str) -> None:
    assert speaker_of(text, "insult") == speaker


_INSULT = '\n\n"It is an insult," she said.'


@pytest.mark.parametrize(
    "text",
    [
        "Tam Rooke spoke at the meeting. He attacked the plan." + _INSULT,
        "Tam Rooke spoke at the meeting.\n\nBut he attacked the plan." + _INSULT,
    ],
)
def test_he_opening_the_next_sentence_tells_the_gender_of_its_only_name(text: str) -> None:
    assert speaker_of(text, "insult") is None


@pytest.mark.parametrize(
    "text",
    [
        "Tam Rooke spoke at the meeting. She attacked the plan." + _INSULT,
        # the name does not open its sentence, or another name stands beside it: 'he' may be someone else
        "The council heard Tam Rooke. He attacked the plan." + _INSULT,
        "Tam Rooke spoke after Pell Varro. He attacked the plan." + _INSULT,
        # not the very next sentence
        "Tam Rooke spoke at the meeting. The hall was full. He attacked the plan." + _INSULT,
        # a pronoun of the other gender in the sentence: two people act, and the name may be 'her'
        "Tam Rooke praised the mayor. He thanked her for the support." + _INSULT,
    ],
)
def test_next_sentence_gender_neighbours(text: str) -> None:
    assert speaker_of(text, "insult") == "Tam Rooke"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Tova Brin, 61, proposed a "harbour tax" and said the city needed money.', "needed money", "Tova Brin"),
        ('Tova Brin, now 61, proposed a "harbour tax" and said the city needed money.', "harbour tax", "Tova Brin"),
        (
            'Sen. Tova Brin (D-Ore.) proposed a "harbour tax" and said the city needed money.',
            "needed money",
            "Sen. Tova Brin",
        ),
        ('Sen. Tova Brin (Ore.) attacked his "unsuitability for office."', "unsuitability", "Sen. Tova Brin"),
    ],
)
def test_an_age_or_a_tag_after_the_subject_keeps_it_speaking(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a pair with tags: no one subject; the writer's term
        ('Sens. Tova Brin (Ky.) and Pell Varro (Fla.) held what is called a "debate" on Monday.', "debate", None),
        ('Tova Brin (the mayor) proposed a "harbour tax" on Monday.', "harbour tax", None),
    ],
)
def test_age_or_tag_neighbours(text: str, words: str, speaker: str | None) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("But Peter Olsson, chief economist at Nordbank in Oslo said rates would rise.", "rates", "Peter Olsson"),
        (
            "But Ann Berg, a retired teacher in Red Hollow, who runs a choir, said rates would rise.",
            "rates",
            "Ann Berg",
        ),
    ],
)
def test_a_lead_word_before_a_described_name_is_no_part_of_it(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Earlier Tuesday, his campaign manager, Tom Reed, says the plan would work.", "plan", "Tom Reed"),
        ("Ann Berg, a retired teacher in Red Hollow, who runs a choir, said rates would rise.", "rates", "Ann Berg"),
    ],
)
def test_lead_word_neighbours(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Republican Tam Rooke and Democrat Mary Pike won on Tuesday. Pike aimed her speech at her rival. "We have'
            ' work to do," she told a crowd.',
            "Mary Pike",
        ),
        (
            'Republican Tam Rooke and Democrat Mary Pike won on Tuesday. "We have work to do," Pike told a crowd.',
            "Mary Pike",
        ),
    ],
)
def test_a_party_word_before_a_name_is_no_part_of_it(text: str, speaker: str) -> None:
    """'Republican NAME': the party word is no first name ('Republican Tam' was taken for a person, and a later
    'she' went to it)."""
    assert speaker_of(text, "work to do") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Economists surveyed by the Courier said the rate would rise.", "Economists"),
        ("A panel chaired by the mayor said the rate would rise.", "panel"),
        ("Voters polled by the Kelby Post said the rate would rise.", "Voters"),
        # the author of a document speaks through it
        ("A survey conducted by Tam Rooke found that the rate would rise.", "Tam Rooke"),
        # an appositive participle: the name before it speaks
        ("Tam Rooke, backed by the mayor, said the rate would rise.", "Tam Rooke"),
    ],
)
def test_the_agent_of_a_participle_describing_the_subject_is_no_speaker(text: str, speaker: str) -> None:
    """'Economists surveyed by ORG said A': the participle and its agent describe the noun before them, which
    speaks (the agent was given the clause)."""
    assert speaker_of(text, "rate would rise") == speaker
