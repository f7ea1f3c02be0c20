"""A story's title reads as a headline (datelines, shouted capitals and cut-short first sentences give way), says
what the other titles say, and is the same in every view of the story."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.core.store import Library
from digest.core.store.bulk import add_files
from digest.core.stories import describe_story
from digest.core.stories.headlines import headline, reads_as_headline, story_title
from tests.test_stories import QUAKE_2008, article


@pytest.mark.parametrize(
    ("title", "reads"),
    [
        ("Earthquake of magnitude 6.1 strikes Lindavia", True),
        ("Rescuers search: 12 dead in Varosk", True),
        ("MAR 4", False),
        ("4 March 2008 Last updated at 13:59 GMT", False),
        ("Published Tue 12 Sept 2014 08:15 BST", False),
        ("Posted on Friday at 9 pm EST", False),
        ("Quake hits town on Monday", True),
        ("Quake hits mountain town on Monday", True),
        ("QUAKE HITS LINDAVIA TOWN!!", False),
        ("A magnitude 6.1 earthquake struck the mountain town of…", False),
        ("Quake", False),
    ],
)
def test_a_headline_has_words_beside_its_dates_is_not_shouted_and_is_not_cut_short(title: str, reads: bool) -> None:
    assert reads_as_headline(title) is reads


def test_the_first_title_reading_as_a_headline_is_taken_else_the_first() -> None:
    assert headline(["MAR 4", "QUAKE HITS!", "Quake kills 12 in Lindavia", "Other news of the day"]) == (
        "Quake kills 12 in Lindavia"
    )
    assert headline(["MAR 4", "QUAKE HITS!"]) == "MAR 4" and headline([]) == ""


def test_a_story_title_is_the_headline_sharing_most_words_whatever_the_order() -> None:
    titles = [
        "MAR 4",
        "QUAKE HITS!",
        "Was it worth the wait, then?",
        "Quake kills 12 in Lindavia",
        "Lindavia quake toll",
    ]
    assert story_title(titles) == "Quake kills 12 in Lindavia"
    assert story_title(reversed(titles)) == "Quake kills 12 in Lindavia"  # the order of the titles does not matter
    assert story_title(["QUAKE HITS!", "MAR 4"]) == story_title(["MAR 4", "QUAKE HITS!"]) == "MAR 4"
    tied = ["Council approves the new budget", "Storm closes schools across the county"]
    assert story_title(tied) == story_title(tied[::-1])
    many = [f"Quake toll rises to {n} in Lindavia town" for n in range(100)]  # more titles than are read
    assert story_title(many) == story_title(many[::-1]) and story_title(many) in many
    assert story_title([]) == ""


def test_a_story_described_or_placed_takes_a_headline_over_a_dateline(tmp_path: Path) -> None:
    first = QUAKE_2008[0]
    dated = article("MAR 4", *first.text.split("\n\n"))
    story = describe_story([dated, *QUAKE_2008[1:]])
    assert reads_as_headline(story.title) and story.title in {a.title for a in QUAKE_2008[1:]}
    paths = []
    for number, item in enumerate([dated, *QUAKE_2008[1:]]):
        paths.append(tmp_path / f"a{number}.txt")
        paths[-1].write_text(item.title + "\n\n" + item.text + "\n", encoding="utf-8")
    with Library(tmp_path / "lib.db") as library:
        add_files(library, paths[:1])
        assert [s.title for s in library.stories()] == ["MAR 4"]
        add_files(library, paths[1:])
        (row,) = library.stories()
        assert reads_as_headline(row.title) and row.title == story.title


def test_the_stories_view_shows_the_title_the_story_page_and_digest_stories_show(tmp_path: Path) -> None:
    quip = article("Was it worth the wait, then?", *QUAKE_2008[0].text.split("\n\n"))
    told = [quip, *QUAKE_2008[1:]]
    paths = []
    for number, item in enumerate(told):
        paths.append(tmp_path / f"a{number}.txt")
        paths[-1].write_text(item.title + "\n\n" + item.text + "\n", encoding="utf-8")
    with Library(tmp_path / "lib.db") as library:
        add_files(library, paths)
        (row,) = library.stories()
    assert row.title == describe_story(told).title == describe_story(told[::-1]).title
    assert row.title != quip.title  # the founding article's title shares no word with the others'


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
