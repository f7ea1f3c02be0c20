"""Leading names: two events of one kind that share a setting but happen to different people are told apart."""

from __future__ import annotations

import dataclasses
import random

from digest.core.model import Article, Section
from digest.core.stories.features import ArticleFeatures, article_features
from digest.core.stories.grouping import Settings, StoryIndex, StoryState, group
from digest.core.stories.leading import leading_names, leading_without, names_disagree, ranked_names
from tests.test_stories import assert_pair_scores_are_story_scores


def article(title: str, *paragraphs: str) -> Article:
    return Article(title=title, source=title, sections=(Section(None, "\n\n".join(paragraphs)),))


# Two arrests of two players of one team in one city, told in the same words.
ARRESTS = [
    article(
        "Harbour City Gulls receiver Tomas Brandt arrested",
        "Gulls receiver Tomas Brandt was arrested early Sunday in Harbour City on suspicion of drunk driving, "
        "police said. Brandt was released on bail.",
        "The Gulls said they were aware of the arrest of Brandt and would not comment further.",
    ),
    article(
        "Gulls' Brandt held on suspicion of drunk driving",
        "Police in Harbour City arrested Tomas Brandt of the Gulls on suspicion of drunk driving. Brandt, a "
        "receiver, was released on bail hours later.",
        "Brandt is expected to play for the Gulls next week, the team said.",
    ),
    article(
        "Harbour City Gulls lineman Olek Varga arrested",
        "Gulls lineman Olek Varga was arrested late Friday near the stadium in Harbour City after failing a "
        "breath test, officers said. Varga was released on bail.",
        "The Gulls said they were aware of the arrest of Varga and would not comment further.",
    ),
    article(
        "Gulls' Varga held on suspicion of drunk driving",
        "Police in Harbour City arrested Olek Varga of the Gulls on suspicion of drunk driving. Varga, a "
        "lineman, was released on bail hours later.",
        "Varga is expected to play for the Gulls next week, the team said.",
    ),
]


def features() -> list[ArticleFeatures]:
    return [article_features(a.title, a.text) for a in ARRESTS]


def test_leading_names_are_the_heaviest_one_word_names() -> None:
    names = {"e:brandt": 0.6, "e:tomas brandt": 0.9, "e:gulls": 0.5, "e:harbour": 0.1, "e:city": 0.2}
    assert leading_names(names, 3) == ("e:brandt", "e:gulls", "e:city")
    assert leading_names({}) == ()


def test_leading_names_of_a_centroid_less_a_member_are_those_of_the_difference() -> None:
    generator = random.Random(7)
    for _ in range(200):
        pool = [f"e:n{k}" for k in range(12)] + ["e:two words"]
        whole = {name: generator.choice([0.5, 1.0, generator.random()]) for name in generator.sample(pool, 10)}
        own = {name: whole[name] * generator.choice([0.0, 0.5, 1.0]) for name in generator.sample(sorted(whole), 4)}
        left = {name: whole[name] - own.get(name, 0.0) for name in whole}
        expected = leading_names({name: weight for name, weight in left.items() if weight > 1e-9})
        assert leading_without(ranked_names(whole), whole, own) == expected


def test_names_disagree_when_neither_leader_is_among_the_others() -> None:
    assert names_disagree(("e:brandt", "e:gulls"), ("e:varga", "e:gulls"))
    assert not names_disagree(("e:brandt", "e:gulls"), ("e:gulls", "e:brandt"))
    assert not names_disagree(("e:varga", "e:gulls"), ("e:gulls", "e:varga", "e:brandt"))  # recalls the other
    assert not names_disagree((), ("e:varga",))


def test_two_arrests_of_one_team_are_two_stories() -> None:
    numbers = group(features())
    assert numbers[0] == numbers[1] != numbers[2] == numbers[3]
    # without the leading names, what the two arrests share (team, city, charge) makes them one story
    assert len(set(group(features(), dataclasses.replace(Settings(), names_penalty=0.0)))) == 1


def test_the_penalty_is_what_tells_them_apart() -> None:
    without = dataclasses.replace(Settings(), names_penalty=0.0)
    index, plain = StoryIndex(), StoryIndex(without)
    for item in features():
        index.observe(item)
        plain.observe(item)
    items = features()
    vectors = [index.vectors(item) for item in items]
    story = StoryState(id=0)
    story.absorb(2, vectors[2], items[2])
    penalised = index.score(vectors[0], items[0], story)
    assert abs(plain.score(vectors[0], items[0], story) - penalised - Settings().names_penalty) < 1e-9
    same = StoryState(id=1)
    same.absorb(1, vectors[1], items[1])
    assert plain.score(vectors[0], items[0], same) == index.score(vectors[0], items[0], same)


def test_batch_pair_scores_carry_the_penalty_as_the_story_score_does() -> None:
    assert_pair_scores_are_story_scores(features())


def test_a_library_revisit_tells_them_apart_as_the_batch_does() -> None:
    from digest.core.stories.regroup import regroup

    items = features()
    index = StoryIndex()
    for item in items:
        index.observe(item)
    vectors = [index.vectors(item) for item in items]
    assert regroup(vectors, items, Settings()) == group(items) == [0, 0, 1, 1]
