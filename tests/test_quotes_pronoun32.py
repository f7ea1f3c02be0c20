"""Who 'he' or 'she' is in feature writing (thirty-second session, pronoun32): invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, quotes_of

BEE_DEPOT = (
    "When a swarm settled on a timetable board, the bus drivers called Saoirse DeWitt-Lamont.\n\n"
    "Ms DeWitt-Lamont keeps forty hives above the depot at Corran Hythe. She said the drivers now bring "
    "her stray queens in lunchboxes.\n\n"
    "'Nobody could read the departures for a whole week,' she said."
)

ORGAN_MENDER = (
    "Corran Balfour has mended church organs across the glens for forty years.\n\n"
    "His apprentice, Isla McTavish, joined him in 2019 after a music degree at Dunmore. Ms McTavish, 26, tunes the "
    "reeds while he works the bellows at Strathcorrie Kirk.\n\n"
    '"He hums the wrong note on purpose," she said. "To see if I notice."'
)


def test_a_hyphenated_surname_with_a_capital_inside_is_the_she_after_it() -> None:
    """'... called Saoirse DeWitt-Lamont. / Ms DeWitt-Lamont keeps hives ... at PLACE. She said ...': a surname with a
    capital inside ('Mac', 'Mc', 'De') joined by a hyphen is read whole, after a first name or an honorific, so
    the woman is the 'she' of the cues after it, not the two capitalised words of a place named since."""
    assert direct_speaker_of(BEE_DEPOT, "read the departures") == "Saoirse DeWitt-Lamont"
    found = quotes_of(BEE_DEPOT)
    assert ("indirect", "Saoirse DeWitt-Lamont", "the drivers now bring her stray queens in lunchboxes") in found


def test_an_honorific_before_a_surname_with_a_capital_inside_names_a_person() -> None:
    """'Ms McTavish, 26, tunes the reeds ... at PLACE. / "A," she said.': an honorific and a surname with a capital
    inside name the woman named in full before, the 'she' of the next cue."""
    assert direct_speaker_of(ORGAN_MENDER, "wrong note on purpose") == "Isla McTavish"


CAROUSEL = (
    "Perpetua Vallance-Hume repaints carousel horses in a tin-roofed barn outside Skerrow.\n\n"
    '"Every horse arrives sulking," Vallance-Hume says, sanding a chipped mane. "By spring they gallop again."\n\n'
    "Vallance-Hume, 66, charges by the hoof, a price she set in 1991. She says no fairground owner has ever "
    "haggled.\n\n"
    '"Owners understand hooves," she says. "Mostly they round up."\n\n'
    'Her neighbour, Ottoline Crabbe, a retired ferry pilot, drops by each Friday with scones. "She once painted my '
    'bicycle to match a palomino," Crabbe says. "I never asked for a palomino bicycle."\n\n'
    "Could she ever give it up? She turns a brush between her fingers and stares at the rafters.\n\n"
    '"When the paint runs out," she says. "Not before."'
)


def test_a_paragraph_narrating_her_before_the_quotation_keeps_she_for_the_main_person() -> None:
    """'Could she ever give it up? She turns a brush ... / "A," she says.': a paragraph that narrates one
    woman as 'she' in every sentence, with no name and no speech, before a quotation with a present-tense 'she
    says', is about the article's main person, not the neighbour quoted in the paragraph before it."""
    assert direct_speaker_of(CAROUSEL, "When the paint runs out") == "Perpetua Vallance-Hume"


def test_a_narrating_paragraph_with_a_sentence_about_something_else_is_left_as_before() -> None:
    """A near case: when a sentence of the paragraph before is not about her ('The scones are still warm.'), the
    'she' is read as before: the neighbour just quoted, who goes on about her baking."""
    text = CAROUSEL.replace(
        "Could she ever give it up? She turns a brush between her fingers and stares at the rafters.",
        "She brushes crumbs from her cardigan. The scones are still warm.",
    ).replace('"When the paint runs out," she says. "Not before."', '"I bake them on Thursday nights," she says.')
    assert direct_speaker_of(text, "bake them on Thursday nights") == "Ottoline Crabbe"


FENCER = (
    "Wilhelmina Ostrander-Pike took up the sabre at nineteen, late by any standard.\n\n"
    "Ostrander-Pike, now 34, trains in a converted tram depot in Harrowgate. Her first coach told her that tall "
    "fencers never learn to lunge low. Eleven years on, she captains the national squad.\n\n"
    '"I spent a whole winter crouching like a frog," she said. "My knees have not forgiven me."'
)

GLAZIER = (
    "Bartholomew Quince-Amory has leaded the windows of eleven chapels along the Severn.\n\n"
    "Quince-Amory, 71, learned the trade late. An evening-class tutor reminded him that solder is not "
    "glue, and he pinned the warning above his bench.\n\n"
    '"I still read it every morning," he said. "Solder is not glue. Quite right."'
)


def test_a_role_that_told_her_is_not_the_she_after_it() -> None:
    """'Her first coach told her that ... . Eleven years on, she captains ... / "A," she said.': a role of unknown sex
    written as the one who told 'her' is not the 'she' of the next cue; the woman the article calls 'her' is."""
    assert direct_speaker_of(FENCER, "crouching like a frog") == "Wilhelmina Ostrander-Pike"


def test_a_role_that_reminded_him_is_not_the_he_after_it() -> None:
    """The same with 'him' and 'he', and another verb of telling ('reminded him')."""
    assert direct_speaker_of(GLAZIER, "read it every morning") == "Bartholomew Quince-Amory"
