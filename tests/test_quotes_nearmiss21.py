"""Near misses of the twenty-first session's quote rules: invented sentences close in shape to what a rule reads."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, quotes_of


def _reported(text: str) -> list[tuple[str, str]]:
    return [(speaker, quoted) for kind, speaker, quoted in quotes_of(text) if kind == "indirect"]


def test_a_person_in_the_clause_asking_after_a_plain_past_goes_on() -> None:
    stopped = "Coastguards said the skipper radioed twice and asked for a tow back to the harbour."
    assert _reported(stopped) == [("Coastguards", "the skipper radioed twice and asked for a tow back to the harbour")]
    begged = "The neighbours said a woman screamed and begged the porter to call an ambulance."
    assert _reported(begged) == [("neighbours", "a woman screamed and begged the porter to call an ambulance")]


def test_a_thing_or_another_tense_before_the_asking_still_ends_the_clause() -> None:
    thing = "The warden said the river rose overnight and asked walkers to avoid the towpath."
    assert _reported(thing) == [("warden", "the river rose overnight")]
    tense = "The warden said the ferryman had been ill for weeks and asked walkers to avoid the towpath."
    assert _reported(tense) == [("warden", "the ferryman had been ill for weeks")]


def test_a_spokesman_for_a_legislator_with_a_party_label_speaks() -> None:
    text = "An aide to Rep. Corinne Vasko, D-Wis., said the congresswoman would skip the vote on the dairy bill."
    assert _reported(text) == [
        ("aide to Rep. Corinne Vasko", "the congresswoman would skip the vote on the dairy bill")
    ]


def test_a_role_then_a_legislator_with_a_party_label_is_the_legislator() -> None:
    text = "Her deputy on the panel, Sen. Idris Fallowfield, R-Mont., said the count would be close."
    [(speaker, clause)] = _reported(text)
    assert speaker.endswith("Idris Fallowfield") and clause == "the count would be close"


def test_an_age_after_a_sentence_meeting_someone_unnamed_is_not_the_subject() -> None:
    text = (
        'Mrs Lindqvist took in a girl from the flooded valley in March.\n\n"She treats me like a daughter," '
        "the 14-year-old said."
    )
    assert direct_speaker_of(text, "treats me") != "Mrs Lindqvist"
    met = 'Mr Barrowclough hired a young nurse last spring.\n\n"I owe her everything," the 23-year-old said.'
    assert direct_speaker_of(met, "owe her") != "Mr Barrowclough"


def test_an_age_after_a_sentence_of_the_named_person_alone_is_that_person() -> None:
    text = 'Ines Carvalho finished fourth in the sprint final.\n\n"I lost it at the start," the 31-year-old said.'
    assert direct_speaker_of(text, "lost it") == "Ines Carvalho"


def test_a_noun_after_an_article_spelt_like_a_verb_of_speech_stays_in_the_subject() -> None:
    asked = "Asked about the timetable, a spokeswoman for the rail regulator said the review would end in June."
    assert _reported(asked) == [("spokeswoman for the rail regulator", "the review would end in June")]
    email = "A manager at the email provider said the outage had been fixed overnight."
    assert _reported(email) == [("manager at the email provider", "the outage had been fixed overnight")]


def test_a_stressed_role_met_before_as_someone_else_is_not_the_person() -> None:
    text = (
        "Noor Haddad quit the orchestra last month after a dispute with the conductor.\n\n"
        'The conductor himself wrote to the board: "No player is bigger than the music."'
    )
    assert direct_speaker_of(text, "No player") != "Noor Haddad"
    alone = 'Noor Haddad quit the orchestra last month.\n\nThe violinist herself wrote: "I needed a rest."'
    assert direct_speaker_of(alone, "needed a rest") == "Noor Haddad"
