"""Who 'he' or 'she' is in feature writing (thirty-second session, pronoun32): invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, quotes_of

GLASS_STUDIO = (
    "Last month Oonagh MacFadyen-Rusk blew her thousandth paperweight, a swirl of green with a bubble trapped at "
    "its heart.\n\n"
    "Ms MacFadyen-Rusk, 58, lit her first furnace at Kelderby Forge in 1994. She said her opening batch had "
    "cracked overnight.\n\n"
    "'I cried into the annealer,' she said. 'Then I lit it again.'"
)

ORGAN_MENDER = (
    "Corran Balfour has mended church organs across the glens for forty years.\n\n"
    "His apprentice, Isla McTavish, joined him in 2019 after a music degree at Dunmore. Ms McTavish, 26, tunes the "
    "reeds while he works the bellows at Strathcorrie Kirk.\n\n"
    '"He hums the wrong note on purpose," she said. "To see if I notice."'
)


def test_a_hyphenated_surname_with_a_capital_inside_is_the_she_after_it() -> None:
    """'Oonagh MacFadyen-Rusk ... Ms MacFadyen-Rusk, 58, lit her furnace at PLACE. She said ...': a surname with a
    capital inside ('Mac', 'Mc', 'De') joined by a hyphen is read whole, after a first name or an honorific, so
    the woman is the 'she' of the cues after it, not the two capitalised words of a place named since."""
    assert direct_speaker_of(GLASS_STUDIO, "cried into the annealer") == "Oonagh MacFadyen-Rusk"
    assert ("indirect", "Oonagh MacFadyen-Rusk", "her opening batch had cracked overnight") in quotes_of(GLASS_STUDIO)


def test_an_honorific_before_a_surname_with_a_capital_inside_names_a_person() -> None:
    """'Ms McTavish, 26, tunes the reeds ... at PLACE. / "A," she said.': an honorific and a surname with a capital
    inside name the woman named in full before, the 'she' of the next cue."""
    assert direct_speaker_of(ORGAN_MENDER, "wrong note on purpose") == "Isla McTavish"
