"""A person named by a lone first name that an age or a child's place in the family marks (thirty-second session,
actors32): invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

HONEY_FARM = (
    "Gwilym Pryse keeps 40 hives on the slopes above Llanfenni and sells the honey from a trestle by the gate.\n\n"
    '"The bees decide the season, not me," Pryse says. "I just carry the boxes."\n\n'
    'His youngest, Cai, 9, wears a veil far too large for him. "Dad talks to them every morning," he says. '
    '"They never answer."'
)

ORCHARD_CAMP = (
    "Margaret Ellory runs a summer camp in an old cider orchard near Tresallow.\n\n"
    '"Children need one week a year with mud on their knees," Ellory says.\n\n'
    "Most afternoons, nine-year-old Tomasz climbs the tallest pear tree. "
    '"From the top the sea shows," he says.'
)


def test_a_first_name_after_a_childs_place_in_the_family_is_the_he_after_it() -> None:
    """'His youngest, NAME, 9, ... "A," he says': a first name set off after 'eldest', 'oldest' or 'youngest' names
    a child, a person a 'he' may stand for, not only the father quoted before."""
    assert direct_speaker_of(HONEY_FARM, "talks to them every morning") == "Cai"


def test_a_first_name_after_an_age_is_a_person() -> None:
    """'Most afternoons, nine-year-old NAME climbs ... "A," he says': a lone first name after an age with no
    article is a child the 'he' stands for, not the woman quoted before."""
    assert direct_speaker_of(ORCHARD_CAMP, "the sea shows") == "Tomasz"
