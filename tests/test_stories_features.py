"""What the story features read from a headline and a dateline (general classes of English, no one article)."""

from __future__ import annotations

from digest.core.stories.features import article_features, headline_names, is_title_case, named_things


def test_title_case_is_told_from_sentence_case() -> None:
    assert is_title_case("Singer Checks Into Clinic After Long Night")
    assert not is_title_case("Singer checks into clinic after long night")
    assert not is_title_case("NASA Probe")  # too few words to tell


def test_a_title_cased_headline_names_what_its_body_names() -> None:
    body = ["anna petrak", "petrak", "harbour clinic", "clinic", "reuters"]
    assert headline_names("Anna Petrak Checks Into Harbour Clinic", body) == [
        "anna petrak",
        "petrak",
        "harbour clinic",
        "clinic",
    ]


def test_a_sentence_cased_headline_keeps_its_capitalised_runs() -> None:
    assert headline_names("Anna Petrak checks into clinic in Oslo", []) == ["anna petrak", "oslo"]


def test_a_title_cased_headline_is_not_one_long_name() -> None:
    features = article_features("Anna Petrak Checks Into Harbour Clinic", "Anna Petrak went to the Harbour Clinic.")
    assert "e:anna petrak checks into harbour clinic" not in features.counts
    # the body, the headline, and both again as the lead (the headline and the first paragraph count twice)
    assert features.counts["e:anna petrak"] == 4


def test_times_of_day_and_zones_are_not_names() -> None:
    assert named_things("Posted at 4:10 PM EDT by Anna Petrak") == ["posted", "anna petrak"]
    assert named_things("It closed at 9 AM.") == []
