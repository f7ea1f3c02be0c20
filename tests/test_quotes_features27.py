"""Who spoke in features (invented text): 'Mrs' and a surname a husband shares, a place ending in a word of
places, a name called out to at a quotation's end, a woman met after a role of unknown sex, the
subject of a sentence whose subordinate clause a role leads."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

_COUPLE = (
    "Hesper Varnhoek turned a hundred on Sunday and wanted only a boiled egg.\n\n"
    "In 1951 she married Thaddeus Varnhoek, a cooper. Thaddeus died in 1990.\n\n"
    "Nurse Lenka Broadmire, a visitor to Mrs Varnhoek each week, said the pair played cards.\n\n"
    "‘She cheats at whist,’ Ms Broadmire said. ‘Every time.’\n\n"
    "Later, Mrs Varnhoek was asked if the day had tired her.\n\n"
    "She tapped the table twice.\n\n"
    "‘A little,’ she said. ‘Ask me again next year.’"
)


def test_mrs_and_a_surname_is_not_the_husband_named_last() -> None:
    assert direct_speaker_of(_COUPLE, "A little") == "Hesper Varnhoek"


def test_a_place_ending_in_a_word_of_places_is_no_she() -> None:
    text = (
        "Quenby Harlowe joined the inshore crew in the spring.\n\n"
        "Harlowe, who teaches chemistry, steered on her first call. A dinghy had drifted a mile off Scarrowby Head "
        "with a boy aboard.\n\n"
        "‘We reached him quickly,’ she says. ‘He was grinning.’"
    )
    assert direct_speaker_of(text, "We reached him") == "Quenby Harlowe"


def test_a_name_called_out_to_at_the_end_does_not_speak() -> None:
    text = (
        "Ailbhinn Tamberlayne runs the junior rowing squad on Tuesdays. The juniors carry the oars up afterwards.\n\n"
        "“Can we take the blue boat, Ailbhinn?” she asks."
    )
    assert direct_speaker_of(text, "Can we take the blue boat") != "Ailbhinn Tamberlayne"


def test_a_name_closing_a_reply_is_who_it_was_said_to() -> None:
    text = (
        "Cornelius Abernook and Ysoldine Lowsley had not met since 1944.\n\n"
        "“Did you live by the tannery?” he asks.\n\n"
        "“Nobody owned a bicycle then, Cornelius.”"
    )
    assert direct_speaker_of(text, "Nobody owned a bicycle") != "Cornelius Abernook"


def test_a_role_of_unknown_sex_yields_to_a_woman_met_after_it_in_its_sentence() -> None:
    text = (
        "Georgina Quellmore has played the cello since she was five.\n\n"
        "Her teacher, Bramwell Ostery, rates her highly. ‘She hears everything,’ he says.\n\n"
        "On Monday an orchestra administrator told Georgina that a seat was hers for the spring concerts.\n\n"
        "‘I ran round the garden twice,’ she says."
    )
    assert direct_speaker_of(text, "ran round the garden") == "Georgina Quellmore"


def test_a_role_keeps_a_pronoun_when_only_a_team_is_met_after_it() -> None:
    text = (
        "A league spokesperson said Quarrendon Wanderers had paid the fine in full.\n\n"
        "‘We consider the matter closed,’ she said."
    )
    assert direct_speaker_of(text, "matter closed") == "league spokesperson"


def test_a_role_leading_a_subordinate_clause_yields_to_the_sentence_subject() -> None:
    text = (
        "Tilda Walsby, 71, rows on the canal every Thursday.\n\n"
        "Walsby took it up at sixty because her cardiologist warned that she was sitting too much. She wrote to "
        "the boathouse the same night: “Do you take beginners my age?”"
    )
    assert direct_speaker_of(text, "beginners my age") == "Tilda Walsby"


def test_a_role_leading_a_subordinate_clause_keeps_a_pronoun_the_subject_cannot_be() -> None:
    text = (
        "Reginald Ostlake quit the squad because his coach told him that she had given up on him. "
        "“It was overdue,” she said."
    )
    assert direct_speaker_of(text, "It was overdue") == "coach"
