"""A story's title: the most typical of its articles' titles that read as headlines."""

from __future__ import annotations

from digest.core.stories.headlines import headline


def test_the_title_sharing_most_words_with_the_others_wins_over_a_quip() -> None:
    titles = [
        "Oh, it's been so long since we were on the beat!",
        "Singer checks into rehab clinic in Malibu",
        "Singer checks into Malibu rehab, her publicist says",
        "Rehab again for the singer",
    ]
    assert headline(titles) == "Singer checks into rehab clinic in Malibu"  # ties with the next: the earlier


def test_titles_that_do_not_read_as_headlines_are_passed_over() -> None:
    titles = ["FLOOD WATERS RISE ACROSS THE VALLEY", "Updated 10:42 GMT", "Flood waters rise across the valley town"]
    assert headline(titles) == "Flood waters rise across the valley town"
    assert headline(["Updated 10:42 GMT"]) == "Updated 10:42 GMT"
    assert headline([]) == ""


def test_on_a_tie_the_earliest_title_wins() -> None:
    assert headline(["Council approves the new budget", "Storm closes schools across the county"]) == (
        "Council approves the new budget"
    )
