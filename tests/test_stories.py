"""Stories: grouping articles about one event, copies, cross-article actors, the story summary."""

from __future__ import annotations

from digest.core.model import Article, Section
from digest.core.person_names import person_key
from digest.core.quotes import Actor, Quote, QuoteReport
from digest.core.stories import build_stories, describe_story
from digest.core.stories.actors import merge_quotes, same_actor
from digest.core.stories.copies import copy_groups
from digest.core.stories.features import ArticleFeatures, article_features, named_things, numbers, shingles
from digest.core.stories.summary import summarize_story


def article(title: str, *paragraphs: str, source: str | None = None) -> Article:
    return Article(title=title, source=source or title, sections=(Section(None, "\n\n".join(paragraphs)),))


QUAKE_2008 = [
    article(
        "Earthquake of magnitude 6.1 strikes Lindavia",
        "A magnitude 6.1 earthquake struck the mountain town of Varosk in Lindavia on Tuesday, March 4, 2008, "
        "killing 12 people and damaging hundreds of homes.",
        "Governor Anna Petrak said rescue teams from Brelsa were searching the rubble of the old market.",
    ),
    article(
        "Deadly quake hits Varosk",
        "Rescue teams searched the rubble in Varosk after a 6.1 magnitude quake killed 12 people in Lindavia "
        "on March 4, 2008.",
        "Petrak said the old market of Varosk was destroyed and that Brelsa sent doctors.",
    ),
    article(
        "Lindavia counts the dead after Varosk earthquake",
        "The death toll of the 6.1 earthquake in Varosk rose to 12, Governor Anna Petrak told reporters in 2008.",
        "Hundreds of homes near the old market were damaged, and teams from Brelsa kept searching.",
    ),
]
QUAKE_2013 = [
    article(
        "Earthquake of magnitude 5.4 shakes Tamaro coast",
        "A magnitude 5.4 earthquake shook the coastal city of Port Ellis in Tamaro on Sunday, June 9, 2013, "
        "injuring 40 people.",
        "Mayor Jonas Whitcombe said the harbour of Port Ellis was closed while engineers inspected the piers.",
    ),
    article(
        "Port Ellis harbour closed after quake",
        "Engineers inspected the piers of Port Ellis after a 5.4 magnitude earthquake injured 40 people in "
        "Tamaro on June 9, 2013.",
        "Whitcombe said the harbour would reopen once the piers were declared safe.",
    ),
]


def test_named_things_are_capitalised_runs_not_sentence_openers() -> None:
    names = named_things(
        "The Central Election Commission met in Ashgabat. The vote was valid, Kurbanguly Berdymukhamedov said."
    )
    assert "central election commission" in names
    assert "ashgabat" in names
    assert "kurbanguly berdymukhamedov" in names
    assert "the" not in names


def test_numbers_fold_separators_and_read_dates() -> None:
    found = numbers("More than 2,000 booths closed on December 15, 2013 and 15 Dec.")
    assert "2000" in found and "2013" in found
    assert found.count("dec 15") == 2


def test_two_events_of_one_kind_are_two_stories() -> None:
    stories = build_stories([*QUAKE_2008, *QUAKE_2013])
    groups = sorted(sorted(s.articles) for s in stories)
    assert groups == [[0, 1, 2], [3, 4]]
    assert stories[0].articles == [0, 1, 2]  # the larger story first


def test_article_on_another_subject_starts_its_own_story() -> None:
    other = article(
        "Orchestra announces new season",
        "The Halvern Philharmonic announced its autumn season, with twelve concerts conducted by Mira Osk.",
    )
    stories = build_stories([*QUAKE_2008, other])
    assert sorted(len(s.articles) for s in stories) == [1, 3]


def test_stories_have_stable_ids_and_titles_from_their_articles() -> None:
    first = build_stories([*QUAKE_2008, *QUAKE_2013])
    second = build_stories([*QUAKE_2008, *QUAKE_2013])
    assert [s.id for s in first] == [s.id for s in second]
    assert len({s.id for s in first}) == 2
    assert first[0].title in {a.title for a in QUAKE_2008}


def test_near_identical_copies_are_found_and_rewrites_are_not() -> None:
    text = QUAKE_2008[0].text
    copy = text.replace("Tuesday", "Tuesday morning")
    sets = [shingles(text), shingles(copy), shingles(QUAKE_2008[1].text)]
    assert copy_groups(sets) == [[0, 1]]


def test_same_actor_across_outlets() -> None:
    assert same_actor("Barack Obama", "Obama")
    assert same_actor("President Barack Obama", "Barack Obama")
    assert same_actor("B. Obama", "Barack Obama")
    assert not same_actor("Barack Obama", "Michelle Obama")
    assert not same_actor("a police spokesman", "a fire spokesman")


def test_a_title_word_is_dropped_only_where_it_leads_a_name() -> None:
    assert not same_actor("Rosa King", "Rosa")  # "King" ends a name: it is the surname, not a title
    assert same_actor("Rosa King", "Mr. King")
    assert same_actor("Coach Rosa King", "Rosa King")
    assert not same_actor("King Billy", "Rosa King")
    assert not same_actor("Vice President", "President")  # titles alone name no one
    assert person_key("Martin Luther King") == ("martin", "luther", "king")
    assert person_key("Professor Jane Queen") == ("jane", "queen")


def report(*quotes: tuple[str, str]) -> QuoteReport:
    names = list(dict.fromkeys(name for name, _ in quotes))
    actors = [Actor(name=n, quotes=sum(1 for q, _ in quotes if q == n)) for n in names]
    found = [Quote(n, text, "direct", None, 0, 0, len(text)) for n, text in quotes]
    return QuoteReport(actors=actors, quotes=found)


def test_a_quote_carried_by_several_outlets_is_shown_once_with_its_sources() -> None:
    first = report(("Anna Petrak", "We will rebuild the market, stone by stone."))
    second = report(("Petrak", "We will rebuild the market stone by stone"), ("Jonas Whitcombe", "The piers held."))
    actors, quotes = merge_quotes([first, second])
    assert [a.name for a in actors] == ["Anna Petrak", "Jonas Whitcombe"]
    assert actors[0].aliases == ["Petrak"]
    assert actors[0].articles == [0, 1]
    assert len(quotes) == 2
    assert quotes[0].sources == [0, 1] and quotes[0].speaker == "Anna Petrak"


def test_story_summary_drops_what_another_outlet_already_said() -> None:
    same = "A magnitude 6.1 earthquake struck the town of Varosk on Tuesday, killing 12 people."
    articles = [
        article("One", same, "Rescue teams from Brelsa searched the rubble of the old market all night long."),
        article("Two", same, "The governor said hundreds of homes were damaged and schools would stay closed."),
    ]
    picked = summarize_story(articles, 3)
    assert [s.text for s in picked].count(same) == 1
    assert len(picked) == 3
    for sentence in picked:
        assert sentence.text in articles[sentence.article].text


def test_describe_story_counts_each_article_once() -> None:
    story = describe_story(QUAKE_2008, [1.0, 3.0, 2.0], sentences=2)
    assert story.articles == [0, 1, 2]
    assert story.newest == 3.0
    assert len(story.summary) == 2


def test_features_carry_years_and_speakers() -> None:
    features = article_features("Quake", "It struck in 2008 and again in 1999.", ["Anna Petrak"], 5.0)
    assert features.years == frozenset({"2008", "1999"})
    assert features.counts["s:anna petrak"] == 1
    assert features.published == 5.0


def test_taking_an_article_out_of_a_story_restores_its_centroid() -> None:
    from digest.core.stories.grouping import NAMESPACES, StoryIndex, StoryState

    index = StoryIndex()
    features = [article_features(a.title, a.text, None, float(n)) for n, a in enumerate(QUAKE_2008)]
    for item in features:
        index.observe(item)
    vectors = [index.vectors(f) for f in features]
    alone, both = StoryState(id=0), StoryState(id=1)
    alone.absorb(0, vectors[0], features[0])
    both.absorb(0, vectors[0], features[0])
    both.absorb(1, vectors[1], features[1])
    both.release(1, vectors[1], features[1])
    assert both.members == [0] and both.times == [0.0]
    for namespace in NAMESPACES:
        assert abs(both.norm(namespace) - alone.norm(namespace)) < 1e-9
    assert both.years == alone.years


def test_regrouping_a_grouped_batch_moves_nothing() -> None:
    from digest.core.stories.grouping import StoryIndex

    index = StoryIndex()
    index.keep_articles = True
    for item in QUAKE_2008 + QUAKE_2013:
        index.add(article_features(item.title, item.text))
    index.reassign()
    assert index.reassign() == 0


def test_months_are_named_months_and_may_only_beside_a_number() -> None:
    from digest.core.stories.features import months

    assert months("In September, on Sept. 18, Theresa May said May 5 was late.") == ["sep", "sep", "may"]
    assert article_features("Quake", "It struck in December.").counts["m:dec"] == 1


def test_pair_scores_are_the_story_score_of_a_one_article_story() -> None:
    items = QUAKE_2008 + QUAKE_2013
    assert_pair_scores_are_story_scores(
        [article_features(a.title, a.text, None, 86400.0 * 5 * n) for n, a in enumerate(items)]
    )


def assert_pair_scores_are_story_scores(features: list[ArticleFeatures]) -> None:
    """The batch's pair scores (numpy) are what :meth:`StoryIndex.score` gives a one-article story."""
    from digest.core.stories.grouping import StoryIndex, StoryState
    from digest.core.stories.linkage import pair_scores

    items = features
    index = StoryIndex()
    for item in features:
        index.observe(item)
    vectors = [index.vectors(f) for f in features]
    scores = pair_scores(vectors, features, index.settings)
    for first in range(len(items)):
        for second in range(len(items)):
            if first != second:
                story = StoryState(id=0)
                story.absorb(second, vectors[second], features[second])
                assert abs(scores[first, second] - index.score(vectors[first], features[first], story)) < 1e-9


def test_interleaved_events_are_told_apart_whatever_the_order() -> None:
    from digest.core.stories.grouping import group

    interleaved = [QUAKE_2008[0], QUAKE_2013[0], QUAKE_2008[1], QUAKE_2013[1], QUAKE_2008[2]]
    numbers = group([article_features(a.title, a.text) for a in interleaved])
    assert numbers[0] == numbers[2] == numbers[4] != numbers[1] == numbers[3]


def test_the_tree_of_month_names_matches_the_month_list_and_nothing_else() -> None:
    import re

    from digest.core.stories.features import _MONTH_NAME, _MONTHS

    tree = re.compile(_MONTH_NAME, re.IGNORECASE)
    assert all(tree.fullmatch(month) and tree.fullmatch(month.upper()) for month in _MONTHS)
    near = ["ja", "janu", "septem", "sepember", "junee", "jul y", "ma", "decem", "octo", "august.", "marc"]
    assert not [word for word in near if tree.fullmatch(word)]


def test_an_article_vector_is_its_sublinear_tf_idf_made_unit_length_to_the_last_bit() -> None:
    import math
    import random
    from collections import Counter

    from digest.core.stories.grouping import StoryIndex

    rng = random.Random(11)
    index = StoryIndex()
    index.documents = 37
    index.document_frequency = Counter({f"w:word{n}": rng.randint(0, 36) for n in range(60)})
    for _ in range(20):
        counts = Counter({f"{ns}:word{rng.randint(0, 80)}": rng.randint(1, 9) for ns in "wenms" for _ in range(8)})
        expected: dict[str, dict[str, float]] = {ns: {} for ns in "wensm"}
        for feature, count in counts.items():  # the formula as written out, weight by weight
            idf = math.log((1 + index.documents) / (1 + index.document_frequency[feature])) + 1.0
            expected[feature[0]][feature] = (1.0 + math.log(count)) * idf
        for vector in expected.values():
            norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
            for feature in vector:
                vector[feature] /= norm
        got = index.vectors(ArticleFeatures(counts=counts))
        assert got == expected
        assert [list(v) for v in got.values()] == [list(v) for v in expected.values()]  # the same order
