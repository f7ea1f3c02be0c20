"""Who spoke in features (invented text): a verb after a quotation and its speaker, then an object pronoun closing
the sentence ('"...," his mother teased him.'); a present participle's aside after a speaker; where a
speaker spoke from."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_a_verb_and_an_object_pronoun_after_a_quotation() -> None:
    text = (
        "Ortensia Vaskelund, 61, keeps bees behind the chapel. Her son, Jarvik, helps on Sundays.\n\n"
        "“She talks to them every morning,” said Jarvik Vaskelund, 30.\n\n"
        "“They hum back to me,” his mother teased him."
    )
    assert direct_speaker_of(text, "They hum back to me") == "Ortensia Vaskelund"


def test_an_object_pronoun_after_a_quotation_and_a_plain_verb() -> None:
    text = "“Mind the third step,” Quillon Ardrey reminded her."
    assert direct_speaker_of(text, "Mind the third step") == "Quillon Ardrey"


def test_a_present_participle_aside_between_a_relative_and_the_verb() -> None:
    text = (
        "Quenwald Yelverstone mends clocks on the quay. His sister, Ysolde, keeps the accounts.\n\n"
        "“I’ll retire when the tide stops,” he said.\n\n"
        "His sister, winding a carriage clock at the bench, called out: “He said that last spring too.”"
    )
    assert direct_speaker_of(text, "He said that last spring too") == "Ysolde"


def test_a_present_participle_aside_after_a_role() -> None:
    text = "The ferryman, leaning on his oar, said: “Nobody crosses before the bell.”"
    assert direct_speaker_of(text, "Nobody crosses before the bell") == "ferryman"


def test_titles_after_a_noun_of_a_work_and_including_are_no_quotes() -> None:
    text = "The brass band added songs including “Gorsemoor Rise” and “Quellbrook Water.”"
    assert direct_speaker_of(text, "Gorsemoor Rise") is None
    assert direct_speaker_of(text, "Quellbrook Water") is None


def test_a_relative_then_a_participle_aside_sets_up_the_next_pronoun() -> None:
    text = (
        "Wenceslava Quenby, 58, tunes church organs across the county. She works with her daughter.\n\n"
        "Quenby’s daughter, Berenike, 19, carries the ladders and the lamps.\n\n"
        "“I only came along for one summer,” Berenike said.\n\n"
        "Her mother, tightening a stop at the console, sighed. “Three summers now,” she said."
    )
    assert direct_speaker_of(text, "Three summers now") == "Wenceslava Quenby"


def test_where_a_named_speaker_spoke_from_is_no_part_of_the_name() -> None:
    text = (
        "Ysolde Pardoner, 88, and her grandson keep the tea room at the ferry slip.\n\n"
        "“We told her to sit down years ago,” her grandson says.\n\n"
        "“Sitting is for passengers,” says Ysolde from the top of the ladder."
    )
    assert direct_speaker_of(text, "Sitting is for passengers") == "Ysolde"


def test_where_a_relative_spoke_from_is_no_part_of_the_relative() -> None:
    text = (
        "Quenwald Arbuthnel repairs church bells. His wife, Ysolde, keeps the ledgers.\n\n"
        "“A bell never lies,” he says.\n\n"
        "“Neither does a ledger,” says his wife from the vestry door."
    )
    assert direct_speaker_of(text, "Neither does a ledger") == "Ysolde"


def test_calls_in_the_present_before_its_speaker_after_a_quotation() -> None:
    text = "“Heels down, everyone!” calls Ysolde Pardoner across the rink, and the skaters bend their knees."
    assert direct_speaker_of(text, "Heels down, everyone!") == "Ysolde Pardoner"


def test_a_name_whose_clause_an_attribution_interrupts_speaks_its_quotation() -> None:
    text = (
        "Ysolde Arbuthnel carves decoy ducks. Her old teacher, Corentin Quillsworth, thought little of them.\n\n"
        "Arbuthnel took her first duck to Quillsworth for his verdict. Quillsworth, she recalls, told her it was "
        "“a sad potato with a beak”."
    )
    assert direct_speaker_of(text, "a sad potato with a beak") == "Corentin Quillsworth"


def test_an_honorific_of_the_other_sex_before_a_known_surname_opens_the_next_pronoun() -> None:
    text = (
        "Teodric Quenby has repaired church clocks for forty years. “Every one of them runs slow,” said Mr Quenby, "
        "71.\n\n"
        "Mrs Quenby poured the tea. “He says that about every clock,” she said."
    )
    assert direct_speaker_of(text, "He says that about every clock") == "Mrs Quenby"


def test_who_tells_the_story_is_not_who_spoke_in_it() -> None:
    text = (
        "Teodric Quenby proposed at a harvest supper in 1958.\n\n"
        "Late that night, as the neighbours tell it, he climbed onto a hay cart and told the whole barn: "
        "“Marry me or I emigrate.”"
    )
    assert direct_speaker_of(text, "Marry me or I emigrate") not in ("the neighbours", "neighbours")
