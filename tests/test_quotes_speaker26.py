"""Who spoke in feature writing (twenty-sixth session, speaker26): invented scenes."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

SHOP = (
    "Morwenna Trelask has cut hair in the back room of the chapel hall every Thursday since 1992. She charges six "
    "pounds.\n\n"
    'A spokeswoman for the county guild of barbers said home salons were "part of a vanishing trade".\n\n'
    'Edwin Polgreave, 91, is first in the chair as usual. "Thirty years and she has never once cut it straight," he '
    'complains. "Not once." Morwenna ignores him.\n\n'
    '"Then stop coming," she says, reaching for the clippers.'
)


def test_a_lone_first_name_outside_quotations_is_a_mention_of_that_person() -> None:
    """'Morwenna ignores him.': the lone first name of the woman named in full is the person a later 'she' stands
    for, not the spokeswoman named further back."""
    assert direct_speaker_of(SHOP, "Then stop coming") == "Morwenna Trelask"


def test_a_first_name_of_unknown_sex_beside_another_capital_is_no_lone_mention() -> None:
    """A near case: 'Morwenna Trelask' written in full again is read as the full name (no second mention), and the
    answer stays hers."""
    text = SHOP.replace("Morwenna ignores him.", "Morwenna Trelask ignores him.")
    assert direct_speaker_of(text, "Then stop coming") == "Morwenna Trelask"


def test_a_sign_past_a_phrase_of_place_carries_its_words() -> None:
    """'One painted sign, nailed to the post, reads "X"', 'a chalk sign behind the box, in curly capitals,
    says "Y"': the words the sign carries are no one's, though a person is named in the sentence."""
    text = (
        "Gethryn Awbery keeps hens above the ferry lane. One painted sign, nailed to the post by the cattle grid, "
        'reads "Eggs Gone By Noon," and Awbery says the hens agree.\n\n'
        'A small chalk sign behind the honesty box, in curly capitals, says "Change Is on Trust", and Awbery says '
        "nobody has ever taken any."
    )
    assert direct_speaker_of(text, "Eggs Gone By Noon") is None
    assert direct_speaker_of(text, "Change Is on Trust") is None


def test_a_sign_before_a_colon_past_its_phrase_carries_its_words() -> None:
    """'below an enamel sign from a seaside café: "X"': the sign's words, not those of the person named."""
    text = (
        'Elowen Trevaskell hangs her apron on a nail below an enamel sign from a seaside café: "Tea Is Always Brewing."'
    )
    assert direct_speaker_of(text, "Tea Is Always Brewing.") is None


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


WARD = (
    "Wendelin Fenwright has taught at the village school at Stannary Cross for a decade.\n\n"
    'Brisa Quedgeley, whose son started in September, waits at the gate. "He cried all the way here," she says.\n\n'
    "The head teacher rings a hand bell on the stairs. She counts the children as they file past.\n\n"
    '"Thirty-one," she says. "All present."'
)


def test_a_plain_role_opening_a_sentence_is_the_next_she() -> None:
    """'The head teacher rings a bell ... She counts ...': the role the sentence opens with goes on as the subject
    of the next, so the 'she says' after it is hers, not the mother's quoted before."""
    assert direct_speaker_of(WARD, "All present") in ("head teacher", "Wendelin Fenwright")


def test_an_epithet_opening_a_sentence_is_left_as_before() -> None:
    """A near case: 'The former teacher rings a bell.' varies the name of someone just named (an epithet); the 'she
    says' after it is read as before."""
    text = WARD.replace("The head teacher rings", "The former teacher rings")
    assert direct_speaker_of(text, "All present") == "Brisa Quedgeley"


def test_a_capitalised_pet_name_without_the_is_no_ones_words() -> None:
    """'the regulars call the wobbly corner table "Cuthbert"': a capitalised name given to a thing after a verb of
    calling and a thing's object is a pet name, no quotation (before, only a name opened by 'the' was)."""
    text = 'Lowenna Trask-Perrin says the regulars call the wobbly corner table "Cuthbert" and will not sit at it.'
    assert direct_speaker_of(text, "Cuthbert") is None


def test_two_first_names_before_one_surname_name_two_people() -> None:
    """'Marcus and Rowenna Sarrowby, who run the tearoom,': 'Marcus' shares the surname after 'and', so the later
    'he' of the couple is Marcus Sarrowby, not a man named further back."""
    text = (
        'Thorold Tilley-Hurd, the ferryman, waves us off. "Mind the step," he says.\n\n'
        "Marcus and Rowenna Sarrowby, who run the tearoom on the quay, opened it on a whim in 2019.\n\n"
        '"We had one teapot and no plan," he says.'
    )
    assert direct_speaker_of(text, "We had one teapot") == "Marcus Sarrowby"
