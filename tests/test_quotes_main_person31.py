"""Who 'he' or 'she' is in feature writing (invented text): a paragraph narrating the article's main person keeps
the pronoun for that person, not for a source quoted in the paragraph before."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of

_SCENE = (
    "Philippa Gorringe-Vane keeps forty hives on a slope above the Tallow estuary. She started with two, in a "
    "borrowed shed, after her knees gave out on the hockey pitch.\n\n"
    "‘I was told bees would calm me down,’ she says. ‘Not a bit of it. I am busier now than ever.’\n\n"
    "Gorringe-Vane sells her honey from a trestle table in Orrick. She rises at five in summer, and she checks "
    "every frame by hand. She names each queen after a lighthouse, and she "
    "keeps their names in a ledger.\n\n"
    "Gorringe-Vane lost half her colonies in the wet spring of 2019. Gorringe-Vane rebuilt them from swarms caught "
    "in hedges, and by autumn Gorringe-Vane had more hives than before.\n\n"
    "Her neighbour, Wendeline Prask, a retired ferry purser, buys a jar every week. ‘She brought me a comb when my "
    "husband was ill,’ Ms Prask says. ‘She never mentioned it again.’\n\n"
)


def test_a_paragraph_narrating_the_main_person_keeps_her_pronoun() -> None:
    text = _SCENE + (
        "At dusk she carries the smoker back down the slope. ‘The bees can tell when I am weary,’ she says. "
        "‘So I keep the late visits short.’"
    )
    assert direct_speaker_of(text, "The bees can tell when I am weary") == "Philippa Gorringe-Vane"


def test_a_pronoun_going_on_after_the_source_stays_with_the_source() -> None:
    text = _SCENE + "She adds that the stall has a queue by eight. ‘Half of them want the gossip,’ she says."
    assert direct_speaker_of(text, "Half of them want the gossip") == "Wendeline Prask"


def test_a_news_paragraph_with_past_tense_attribution_is_not_read() -> None:
    text = _SCENE.replace("says", "said") + (
        "At dusk she carried the smoker back down the slope. ‘The bees can tell when I am weary,’ she said."
    )
    assert direct_speaker_of(text, "The bees can tell when I am weary") == "Wendeline Prask"
