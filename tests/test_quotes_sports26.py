"""Who spoke (sports26, twenty-sixth session): speakers in sports and entertainment reporting (invented
sentences)."""

from __future__ import annotations

from tests.quote_support import direct_quotes, direct_speaker_of


def test_a_count_of_fans_is_no_club() -> None:
    """'Scores of fans waited ...' then 'the club said': the crowd (a count of a plural noun of followers) is
    people, never the organisation 'the club' stands for."""
    text = (
        "Scores of fans waited at the airport arrivals gate for the Pellmoor Comets on Sunday night.\n\n"
        'The club said on Monday the homecoming had been "the best welcome in our history".'
    )
    assert direct_speaker_of(text, "best welcome") not in ("Scores of fans", None)


def test_it_is_the_club_just_quoted() -> None:
    """'the club said A. "B," it said': 'it' stands for the organisation's noun met last, as for a document."""
    text = (
        'The club said on Friday the new kit was "a nod to the founders of 1898". "Every shirt carries their '
        'names inside the collar," it said.'
    )
    assert direct_speaker_of(text, "inside the collar") == "club"


def test_a_name_given_after_renamed_the() -> None:
    """'will be renamed the "X"': the article before the quotation belongs to the name, which is no one's
    words."""
    text = (
        "Tarnwick Harriers said on Thursday that the old members' bar will be renamed the "
        '"Ellery Quayle Room" in honour of the club\'s first groundsman.'
    )
    assert not any("Ellery Quayle" in quoted for _, quoted in direct_quotes(text))


def test_a_name_its_bearers_give_themselves() -> None:
    """'teachers calling themselves "the X"': a name in a title's capitals that a group gives itself is no one's
    words, whoever the group is."""
    text = 'Four retired teachers calling themselves "the Ossory Night Owls" have won the quiz league again.'
    assert not any("Night Owls" in quoted for _, quoted in direct_quotes(text))


def test_boss_and_manager_are_one_job() -> None:
    """'Tansey Park boss NAME' ... 'The Tansey Park manager said afterwards': words news writes for one job in
    turn name the same person."""
    text = (
        "Tansey Park boss Orla Brinkworth-Veale kept her players on the pitch for twenty minutes after the defeat. "
        '"Nobody goes home sulking," she said.\n\n'
        'The Tansey Park manager said afterwards that the penalty had been "a guess dressed up as a decision".'
    )
    assert direct_speaker_of(text, "guess dressed up") == "Orla Brinkworth-Veale"


def test_the_new_champion_is_the_one_just_quoted() -> None:
    """'"A," NAME said.' then a paragraph opening 'At the closing dinner, the new champion said': a competitor's
    noun is the one person quoted just before, as a job is."""
    text = (
        "Annemie Vantolder took the chess title with a round to spare on Saturday.\n\n"
        '"I played terribly in round four," Vantolder said at the board. "Somehow I survived it."\n\n'
        'At the closing dinner, the new champion said the prize would "pay for a year of coaching".'
    )
    assert direct_speaker_of(text, "year of coaching") == "Annemie Vantolder"


def test_the_runner_up_is_the_one_written_about() -> None:
    """'NAME, a physiotherapist, had led ...' then '"A," said the runner-up': a competitor's noun is the one
    person who opened the sentence before, as an epithet is."""
    text = (
        "Sjur Tesch beat Ossig Brumby by a tenth of a second in the single sculls final.\n\n"
        "Brumby, a 31-year-old physiotherapist, had led at the halfway buoy.\n\n"
        '"My legs went with two hundred metres left," said the runner-up.'
    )
    assert direct_speaker_of(text, "My legs went") == "Ossig Brumby"


def test_spectators_chanting() -> None:
    """'spectators chanting "A"': spectators are people who may chant words."""
    text = 'The riders passed through the square, with hundreds of spectators chanting "Bring them home safely".'
    assert direct_speaker_of(text, "Bring them home") is not None


def test_a_nationality_before_a_full_name() -> None:
    """'edged out Dutchman NAME', 'the Canadian NAME': a nationality written before a full name is no part of it,
    and 'the' before it makes no thing's name of the run; a later surname and 'he' are that person."""
    text = (
        "Ingrid Skovhus edged out Dutchman Joos Quellhorst on the final hole.\n\n"
        'Quellhorst shrugged. "She putted like a machine," he said.'
    )
    assert direct_speaker_of(text, "putted like a machine") == "Joos Quellhorst"
    text = (
        "The crowd's favourite was the Canadian Peter Achterwyn, who finished fourth after a fall on the last jump."
        '\n\nAchterwyn limped to the podium anyway. "I wanted to see the view from up there," he said.'
    )
    assert direct_speaker_of(text, "see the view") == "Peter Achterwyn"


def test_an_irish_surname_with_its_o() -> None:
    """'The walk was led by the parish historian, NAME Ó X, who ... He said': 'Ó' inside a name is a particle, so
    the full name is a person named in the sentence before, whom 'he' stands for."""
    text = (
        "Forty walkers set out from the crossroads at dawn on Sunday.\n\n"
        "The walk was led by the parish historian, Cormac Ó Braonáin, who has mapped every standing stone in the "
        'valley. He said the oldest of them was "older than the parish by two thousand years".'
    )
    assert direct_speaker_of(text, "older than the parish") == "Cormac Ó Braonáin"


def test_a_full_name_after_of() -> None:
    """'the portrait of NAME': a known first name after 'of' opens a person's name (not a body's: 'Head of Coastal
    Survey'), so a later lone surname is that person, whom 'she' stands for."""
    text = (
        "The gallery unveiled a portrait of Henrietta Rosquist, the weir warden, at a small ceremony on Friday.\n\n"
        "Rosquist stood beside the canvas in her painted overalls.\n\n"
        '"I look like I have just lost an argument with a swan," she said.'
    )
    assert direct_speaker_of(text, "argument with a swan") == "Henrietta Rosquist"


def test_a_possessive_name_after_of_is_no_one_spoken_of() -> None:
    """'the memory of NAME's bakery': a name owning a thing after 'of' is not read as a person met there, so a later
    'he' stays with the man the paragraph is about."""
    text = (
        "The stallholder is Oswin Quenby-Tull, a retired baker. Loyal to the memory of Bruno Tellwright's bakery, "
        "he still proves every loaf overnight.\n\n"
        '"Every loaf I sell started on page forty," he said.'
    )
    assert direct_speaker_of(text, "page forty") == "Oswin Quenby-Tull"


def test_a_reviewer_is_a_person() -> None:
    """'The Lantern Weekly's reviewer called the exhibition "A"': a reviewer (like a composer, a drummer, a
    steward) is a person by role, so the one who called it so is the speaker, not a name given."""
    text = "The Lantern Weekly’s reviewer called the exhibition “a cupboard with ambitions”."
    assert "reviewer" in (direct_speaker_of(text, "cupboard with ambitions") or "")


def test_a_possessive_owning_a_person_named_in_apposition() -> None:
    """'NAME's neighbour, the retired pilot NAME2, feeds the birds': the sentence is about NAME2, so a 'he' after
    it is NAME2, not the owner written first; unless the one in apposition is of the other sex ('NAME's nephew,
    Ambrose, ...' then 'she said' is NAME's)."""
    text = (
        "Rupert Dancey has raced pigeons from the same loft for thirty years.\n\n"
        "Dancey's neighbour, the retired pilot Ambrose Quarrington, feeds the birds in August. "
        '"I only get pecked on Sundays," he said.'
    )
    assert direct_speaker_of(text, "pecked on Sundays") == "Ambrose Quarrington"
    text = (
        "Maud Dancey bought her first pigeons at seventy. Her friend Ivy Thimbleby chose them.\n\n"
        "Dancey's nephew, Ambrose, feeds the birds in August. "
        '"He only gets pecked on Sundays," she said.'
    )
    assert direct_speaker_of(text, "pecked on Sundays") == "Maud Dancey"


def test_a_team_written_after_the_is_no_one() -> None:
    """'Fenby Ospreys' and 'the Ospreys': a name whose last word, a plural, the article writes after 'the' is a
    team's (opened by no first name), never 'he' or 'she', so 'Ospreys coach NAME ... she said' is NAME."""
    text = (
        "Fenby Ospreys won the cup on Saturday, and the Ospreys now face a long trip north for the final.\n\n"
        'Ospreys coach Dilys Amberton praised her bench. "The subs turned it for us," she said.'
    )
    assert direct_speaker_of(text, "subs turned") == "Dilys Amberton"
