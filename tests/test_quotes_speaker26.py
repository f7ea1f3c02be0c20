"""Who spoke in feature writing (twenty-sixth session, speaker26): invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

SHOP = (
    "Wenneth Quarrinder has mended nets on the slipway at Ballykeeran for forty years. She starts at seven.\n\n"
    'A spokeswoman for the Rural Grocers Guild said harbour trades were "having a hard winter" this year.\n\n'
    'Tolver Osgarby, 80, a retired ferryman, sits on an upturned crate beside her. "I bring the flask," he '
    'explains. "She brings the gossip." He winks at Wenneth.\n\n'
    '"That is a lie," she says without looking up from the twine.'
)


def test_a_lone_first_name_outside_quotations_is_a_mention_of_that_person() -> None:
    """'He winks at Wenneth.': the lone first name of the woman named in full is the person a later 'she' stands for,
    not the spokeswoman named further back."""
    assert direct_speaker_of(SHOP, "That is a lie") == "Wenneth Quarrinder"


def test_a_first_name_of_unknown_sex_beside_another_capital_is_no_lone_mention() -> None:
    """A near case: 'Wenneth Quarrinder' written in full again is read as the full name (no second mention), and
    the answer stays hers."""
    text = SHOP.replace("He winks at Wenneth.", "He winks at Wenneth Quarrinder.")
    assert direct_speaker_of(text, "That is a lie") == "Wenneth Quarrinder"


def test_a_sign_past_a_phrase_of_place_carries_its_words() -> None:
    """'A sign on the boathouse door, in white paint, reads "X"', 'a sign pinned above the sink says "Y"': the
    words the sign carries are no one's, though a person is named in the sentence."""
    text = (
        "Gorran Tulliver builds rowing skiffs in a shed by the estuary. A sign on the boathouse door, in white "
        'paint, reads "Oars Mended Here," and Tulliver says most visitors only want a photograph.\n\n'
        'A hand-lettered sign pinned above the kettle says "Rinse Your Mug". Nobody does.'
    )
    assert direct_speaker_of(text, "Oars Mended Here") is None
    assert direct_speaker_of(text, "Rinse Your Mug") is None


def test_a_sign_before_a_colon_past_its_phrase_carries_its_words() -> None:
    """'beside a framed sign in her grandmother's handwriting: "X"': the sign's words, not the owner's."""
    text = (
        "Idony Scarrow keeps her grandmother's rolling pin on a hook beside a framed sign in the old woman's "
        'handwriting: "No Hats at Table."'
    )
    assert direct_speaker_of(text, "No Hats at Table.") is None


def test_a_sign_someone_reports_stays_their_words() -> None:
    """A near case: 'the sign, she says, reads "X"' is her account of the sign, read as before."""
    text = (
        'Idony Scarrow runs the bakery. The sign above her oven, she says, reads "Patience Is an Ingredient," '
        "though nobody has ever seen it."
    )
    assert direct_speaker_of(text, "Patience Is an Ingredient") == "Idony Scarrow"


CREW = (
    "Mirelle Santo-Vey, 58, runs the bakery with her son, Tavish, 30, and an apprentice, Pellam Drury-Hask.\n\n"
    "Tavish rarely talks at work. He kneads in silence until the ovens are loaded.\n\n"
    '"Bread hates a hurry," he says. "So do I."'
)


def test_a_relative_named_by_one_word_the_lists_do_not_know_is_a_person() -> None:
    """'her son, Tavish, 30,': a word set off after a noun of kin names that relative (a man, the noun says) even
    when no list of first names holds it; 'Tavish rarely talks. He ...' is then his subject, and the later 'he
    says' his, not the apprentice's named after him."""
    assert direct_speaker_of(CREW, "Bread hates a hurry") == "Tavish"


def test_a_lower_case_house_name_for_a_thing_is_no_ones_words() -> None:
    """'He calls the back kitchen "the cold store"': 'the' and two plain words after a verb of calling in the
    present and a thing's object is the household's name for it, no quotation of his."""
    text = (
        'Quenby Ilsley, 66, has run the inn at Carrow Ford since 1990. He calls the back kitchen "the cold '
        'store" and keeps the cheeses there.'
    )
    assert direct_speaker_of(text, "the cold store") is None


def test_a_one_word_the_phrase_after_calls_stays_the_speakers() -> None:
    """A near case: 'calls the inn "the anchor"' is a metaphor as often as a name; it stays his, as before."""
    text = 'Quenby Ilsley, 66, has run the inn at Carrow Ford since 1990. He calls the inn "the anchor" of the valley.'
    assert direct_speaker_of(text, "the anchor") == "Quenby Ilsley"
