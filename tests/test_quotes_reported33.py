"""Reported clauses cut by an inserted attribution (thirty-third session, reported33): words before 'according to
X,' or ', X said,' that end on a word ending no clause are the writer's; what follows is the speaker's when it goes
on the clause. Invented scenes (rewritten by review33: the first ones retold development sentences)."""

from __future__ import annotations

from tests.quote_support import quotes_of, speaker_of

FALCONER = (
    "Pippa Launceston flew falcons on the moor for three decades and, according to Launceston's nephew, never "
    "lost one to the wind."
)

TRAM_SHED = (
    "The tram shed on Vellery Road is, according to a council surveyor, a danger to anyone under its north gable. "
    "Its bells were also, according to the verger next door, half a note flat."
)

FENCING_CLUB = (
    "The fencing club trained for a couple of winters in a disused abattoir, where, according to its coach, the "
    "echo made every touch sound like a door slamming."
)


def _texts(text: str) -> list[str]:
    return [quote for _, _, quote in quotes_of(text)]


def test_words_before_a_mid_phrase_attribution_are_no_clause() -> None:
    """'... for three decades and, according to Launceston's nephew, never lost one': 'and' ends no clause, so the words
    before it are not the nephew's; 'never lost one to the wind' goes on the clause as a verb and is. 'is, according
    to X, a danger' and 'were also, according to X, half a note flat': a bare complement after the attribution is
    no clause on its own, and the words before it are none either."""
    texts = _texts(FALCONER)
    assert not any(t.endswith(" and") for t in texts), texts
    assert speaker_of(FALCONER, "never lost one to the wind") == "Launceston's nephew"
    assert not any(t.endswith((" is", " also")) for t in _texts(TRAM_SHED)), _texts(TRAM_SHED)


def test_the_clause_after_where_is_the_speakers() -> None:
    """'..., where, according to its coach, the echo made ...': 'where' asks for a clause, and the clause after the
    attribution is what the coach said, not 'trained for a couple of winters in a disused abattoir, where'."""
    texts = _texts(FENCING_CLUB)
    assert not any(t.endswith(" where") for t in texts), texts
    assert speaker_of(FENCING_CLUB, "the echo made every touch sound like a door slamming") == "its coach"


HILL_MARATHON = (
    "The slowest finisher of the hill marathon got the loudest cheer. Wilbur Strachan-Odo, 88, who said he took up "
    "running after his second knee surgery, crossed the line a little before dusk. The youngest entrant, Hester "
    "Quayle, aged 17, who said the last climb felt like a wall, finished third."
)


def test_an_age_between_a_name_and_who_said() -> None:
    """'NAME, 88, who said A', 'NAME, aged 17, who said A': the age set off by commas is no noun phrase; the name
    before it speaks the relative clause's report. (Scene rewritten by review33: the first retold development
    sentences.)"""
    assert speaker_of(HILL_MARATHON, "took up running after his second knee surgery") == "Wilbur Strachan-Odo"
    assert speaker_of(HILL_MARATHON, "the last climb felt like a wall") == "Hester Quayle"


TRIBUNAL = (
    "The hearing in Carvell resumed on Thursday. Perpetua Stiles, for the drivers, put it to the depot manager "
    "that the rota had been rewritten overnight without a word to staff. Next, Stiles put it to the dispatcher, "
    "Amos Kettering, that his logbook was missing two pages. The panel then put it to members for a ballot."
)


def test_put_it_to_someone_that() -> None:
    """'X put it to Y that A': counsel putting a point to a witness reports A as X's; 'put it to members for a
    ballot' reports nothing."""
    assert speaker_of(TRIBUNAL, "the rota had been rewritten overnight") == "Perpetua Stiles"
    assert speaker_of(TRIBUNAL, "his logbook was missing two pages") == "Perpetua Stiles"
    assert not any("ballot" in t for t in _texts(TRIBUNAL))


HEATING_DISPUTE = (
    "Tenants of Quarrybank House took their landlord to the housing panel. Corwen Ashgrove denied switching off "
    "the boilers to save money, and his agent denies threatening anyone. Ashgrove also denied that cutting the "
    "caretaker's hours had left the stairwells unlit."
)


def test_a_gerund_after_denied_is_no_clause() -> None:
    """'denied switching off the boilers', 'denies threatening anyone': the gerund names what is denied, no
    reported clause; 'denied that cutting ... had left ...' still reports its clause."""
    texts = _texts(HEATING_DISPUTE)
    assert not any(t.startswith(("switching", "threatening")) for t in texts), texts
    assert speaker_of(HEATING_DISPUTE, "the caretaker's hours had left the stairwells unlit") == "Corwen Ashgrove"


KILN_LOFT = (
    "Mirela Voskuijlen bakes on Harrow Lane, in a coal oven her grandfather installed. Has it ever failed her? "
    "It has not, she said. Mirela's brother wanted it scrapped in 1998. He regretted it, she added. Would she sell "
    "the loft? Yes and no, she said."
)


def test_a_three_word_clause_before_a_trailing_attribution() -> None:
    """'It has not, she said.', 'He regretted it, she added.': a subject, a finite or past verb and one more word
    make a clause; 'Yes and no, she said' has no verb and reports nothing."""
    assert speaker_of(KILN_LOFT, "It has not") == "Mirela Voskuijlen"
    assert speaker_of(KILN_LOFT, "He regretted it") == "Mirela Voskuijlen"
    assert not any(t.startswith("Yes") for t in _texts(KILN_LOFT))
