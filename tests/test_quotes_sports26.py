"""Who spoke (sports26, twenty-sixth session): speakers in sports and entertainment reporting (invented
sentences)."""

from __future__ import annotations

from tests.quote_support import direct_quotes, direct_speaker_of


def test_a_count_of_fans_is_no_club() -> None:
    """'Dozens of fans gathered ...' then 'the club said': the crowd (a count of a plural noun of followers) is
    people, never the organisation 'the club' stands for."""
    text = (
        "Dozens of fans gathered at the gates of Brimwell Rovers before kick-off on Saturday.\n\n"
        'In a statement on Friday, the club said the sale was "the one road left open".'
    )
    assert direct_speaker_of(text, "road left open") not in ("Dozens of fans", None)


def test_it_is_the_club_just_quoted() -> None:
    """'the club said A. "B," it said': 'it' stands for the organisation's noun met last, as for a document."""
    text = (
        'The club said on Monday the plan was "a fair price for a fair ground". "We have listened to our '
        'season-ticket holders," it said.'
    )
    assert direct_speaker_of(text, "season-ticket holders") == "club"


def test_a_name_given_after_renamed_the() -> None:
    """'would be renamed the "X"': the article before the quotation belongs to the name, which is no one's
    words."""
    text = (
        "Sable Hythe Albion confirmed on Thursday that its old ground would be renamed the "
        '"Ferrowind Arena" under a new sponsorship deal.'
    )
    assert not any("Ferrowind" in quoted for _, quoted in direct_quotes(text))


def test_a_name_its_bearers_give_themselves() -> None:
    """'fans calling themselves "the X"': a name in a title's capitals that a group gives itself is no one's
    words, whoever the group is."""
    text = 'The stand, packed with teenagers calling themselves "the Quarry End Choir", sang until the final whistle.'
    assert not any("Quarry End" in quoted for _, quoted in direct_quotes(text))


def test_boss_and_manager_are_one_job() -> None:
    """'Wexmoor boss NAME' ... 'The Wexmoor manager also said': words news writes for one job in turn name the
    same person."""
    text = (
        'Wexmoor boss Ilka Galloway-Rusk was furious at full time. "We were robbed," she said.\n\n'
        'The Wexmoor manager also said the second goal was "clearly offside".'
    )
    assert direct_speaker_of(text, "clearly offside") == "Ilka Galloway-Rusk"


def test_the_new_champion_is_the_one_just_quoted() -> None:
    """'"A," NAME said.' then a paragraph opening 'Speaking later, the new champion said': a competitor's noun
    is the one person quoted just before, as a job is."""
    text = (
        "Joost Quillon won the title on Sunday with a nine-dart finish.\n\n"
        '"I am still shaking," Quillon said on stage. "It is crazy."\n\n'
        'Speaking later, the new champion said the final had been "the longest hour of my life".'
    )
    assert direct_speaker_of(text, "longest hour") == "Joost Quillon"


def test_the_runner_up_is_the_one_written_about() -> None:
    """'NAME, the world number four, had led ...' then '"A," said the runner-up': a competitor's noun is the one
    person who opened the sentence before, as an epithet is."""
    text = (
        "Rhoswen Orrell beat Kitty Marlowe 10-9 in the final.\n\n"
        "Marlowe, the world number four, had led for most of the evening.\n\n"
        '"I will think about that last pink for a while," said the runner-up.'
    )
    assert direct_speaker_of(text, "last pink") == "Kitty Marlowe"


def test_spectators_chanting() -> None:
    """'spectators chanting "A"': spectators are people who may chant words."""
    text = 'The riders passed through the square, with hundreds of spectators chanting "Bring them home safely".'
    assert direct_speaker_of(text, "Bring them home") is not None


def test_a_nationality_before_a_full_name() -> None:
    """'beat Dutchman NAME', 'lost to the American NAME': a nationality written before a full name is no part of
    it, and 'the' before it makes no thing's name of the run; a later surname and 'he' are that person."""
    text = (
        "Tove Lindahl beat Dutchman Joos Verlinde in the semi-final.\n\n"
        'Verlinde was gracious. "She was simply too strong today," he said.'
    )
    assert direct_speaker_of(text, "too strong") == "Joos Verlinde"
    text = (
        "Second place went to the American Wendell Asare, 27, whose recital was widely praised.\n\n"
        'Asare was gracious. "Tove is a remarkable artist," he said.'
    )
    assert direct_speaker_of(text, "remarkable artist") == "Wendell Asare"


def test_an_irish_surname_with_its_o() -> None:
    """'His manager, Fionn Ó Ceallaigh, watched ... He said': 'Ó' inside a name is a particle, so the full name is
    a person named in the sentence before, whom 'he' stands for."""
    text = (
        "Ronan Byrne scored twice as Greyholm won the semi-final.\n\n"
        'His manager, Fionn Ó Ceallaigh, watched from the stand. He said the second goal had been "a crushing blow".'
    )
    assert direct_speaker_of(text, "crushing blow") == "Fionn Ó Ceallaigh"


def test_a_full_name_after_of() -> None:
    """'a 6-1 thrashing of NAME': a known first name after 'of' opens a person's name (not a body's: 'Head of
    Coastal Survey'), so a later lone surname is that person, whom 'she' stands for."""
    text = (
        'Anka Wilk won the final with a 6-1 thrashing of Carys Mabey on Sunday. "It was my day," Wilk said.\n\n'
        "Mabey was philosophical about the defeat.\n\n"
        '"What else could I do?" she said.'
    )
    assert direct_speaker_of(text, "What else") == "Carys Mabey"


def test_a_possessive_name_after_of_is_no_one_spoken_of() -> None:
    """'his memory of NAME's years in office': a name owning a thing after 'of' is not read as a person met there,
    so a later 'he' stays with the man the paragraph is about."""
    text = (
        "Across town is Wendell Pike, a canvasser. Dismayed by his memory of Roland Amesbury's years in office, he "
        "backs the challenger.\n\n"
        '"I knock on doors all day and most evenings," he said.'
    )
    assert direct_speaker_of(text, "knock on doors") == "Wendell Pike"
