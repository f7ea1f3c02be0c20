"""The app's article list and stories view read a page at a time (digest.core.store.listing, story_listing)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from digest.core.store import Library, paging
from digest.core.store.articles import save_article
from digest.core.store.cache import content_hash
from digest.core.store.listing import GONE_TITLE, PAGE_ROWS, ListedIds, ListedRows, list_selection
from digest.core.store.selection import Selection, select_rows
from digest.core.store.story_listing import ListedStories, StoryIds, any_unplaced, list_stories, story_totals
from digest.core.store.story_rows import StoryRow, outlet
from tests.ui_support import library_article

COUNT = 2 * PAGE_ROWS + 50
"""Three pages."""


def recounted_stories(connection: sqlite3.Connection, since: str | None = None) -> list[StoryRow]:
    """Every story as its members say (not as ``story_rows`` stores it): largest, then newest first."""
    rows = connection.execute(
        "SELECT m.story_id, s.title, a.id, coalesce(f.title, f.url), a.url, a.source, coalesce(a.published, a.added)"
        " FROM story_members m JOIN stories s ON s.id = m.story_id JOIN articles a ON a.id = m.article_id"
        " LEFT JOIN feeds f ON f.id = a.feed_id ORDER BY coalesce(a.published, a.added) DESC, a.id DESC"
    )
    stories: dict[int, tuple[str, list[int], set[str], str]] = {}
    for story_id, title, article_id, feed, url, source, date in rows:
        title, ids, outlets, newest = stories.setdefault(story_id, (title, [], set(), date))
        ids.append(article_id)
        outlets.add(outlet(feed, url, source))
    result = [
        StoryRow(story_id, title, len(ids), len(outlets), newest, tuple(ids))
        for story_id, (title, ids, outlets, newest) in stories.items()
        if since is None or newest >= since
    ]
    result.sort(key=lambda s: s.newest, reverse=True)  # stable: ties stay newest article first
    result.sort(key=lambda s: -s.articles)
    return result


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """COUNT articles, one in four from a feed; every third one read (dated so that Story n is newer than n-1)."""
    library = Library(tmp_path / "lib.db")
    feed, _ = library.add_feed("http://127.0.0.1:9/feed.xml", "Local feed")
    base = library_article(0)
    analysis = library.analyse(base)
    with library.transaction():
        for n in range(COUNT):
            article = replace(base, title=f"Story {n:03}", source=f"/tmp/story-{n}.txt")
            save_article(
                library.connection,
                f"k{n}",
                article,
                replace(analysis, content_hash=content_hash(article)),
                feed_id=feed.id if n % 4 == 0 else None,
                published=f"2025-01-01T{n // 60:02}:{n % 60:02}:00Z",
            )
    library.mark_read([row.id for row in library.rows() if int(row.title[-3:]) % 3 == 0])
    yield library
    library.close()


@pytest.mark.parametrize(
    "selection",
    [Selection(), Selection("unread"), Selection("all", 1), Selection("all", None, "2025-01-01T03:00:00Z")],
    ids=["all", "unread", "feed", "since"],
)
def test_rows_are_those_select_rows_gives_in_the_same_order(library: Library, selection: Selection) -> None:
    listed = list_selection(library.connection, selection)
    expected = select_rows(library, selection)
    assert len(listed) == len(expected) > 0
    assert list(listed) == expected
    assert listed[:3] == expected[:3] and listed[-1] == expected[-1]


def test_only_the_pages_drawn_are_read(library: Library) -> None:
    listed = list_selection(library.connection, Selection())
    statements: list[str] = []
    library.connection.set_trace_callback(statements.append)
    assert listed[0].title == f"Story {COUNT - 1:03}"
    assert listed[1].title == f"Story {COUNT - 2:03}"
    assert listed[PAGE_ROWS + 1].title == f"Story {COUNT - PAGE_ROWS - 2:03}"
    library.connection.set_trace_callback(None)
    assert len(statements) == 2  # one query per page, the first page once


def test_positions_stay_fixed_and_flags_change_in_place(library: Library) -> None:
    unread = list_selection(library.connection, Selection("unread"))
    row = unread[PAGE_ROWS + 5]
    library.mark_read([row.id])
    unread.replace(replace(row, is_read=True))
    assert unread.index_of(row.id) == PAGE_ROWS + 5  # still listed until the list is made again
    assert unread[PAGE_ROWS + 5].is_read
    assert unread.index_of(-1) is None
    assert list_selection(library.connection, Selection("unread")).index_of(row.id) is None


def test_next_and_previous_unread_across_pages(library: Library) -> None:
    listed = list_selection(library.connection, Selection())
    flags = [row.is_read for row in select_rows(library, Selection())]
    for start in (0, 1, PAGE_ROWS - 1, PAGE_ROWS + 7, COUNT - 2):
        after = next((i for i in range(start + 1, COUNT) if not flags[i]), None)
        before = next((i for i in range(start - 1, -1, -1) if not flags[i]), None)
        assert listed.find_unread(start, 1) == after
        assert listed.find_unread(start, -1) == before
    library.mark_read([row.id for row in library.rows()])
    assert listed.find_unread(0, 1) is None


def test_a_removed_article_shows_as_gone(library: Library) -> None:
    listed = list_selection(library.connection, Selection())
    removed = listed.ids[3]
    library.remove([removed])
    assert listed[3].title == GONE_TITLE and listed[3].id == removed and len(listed) == COUNT


def test_search_results_keep_their_order_without_reading_again(library: Library) -> None:
    found = list_selection(library.connection, Selection(query="Story 007"))
    assert [row.title for row in found][:1] == ["Story 007"]
    moved = found.reading_through(library.connection)
    assert list(moved) == list(found)
    assert ListedRows(None, []).find_unread(0, 1) is None and len(ListedRows(None, [])) == 0


def group_in_stories(library: Library, sizes: tuple[int, ...] = (1, 3, 2, 5, 1)) -> None:
    """Put every article in a story, oldest first, the stories' sizes cycling through ``sizes``."""
    ids, start = [row.id for row in reversed(library.rows())], 0
    with library.transaction():
        while start < len(ids):
            members = ids[start : start + sizes[start % len(sizes)]]
            cursor = library.connection.execute(
                "INSERT INTO stories (title, centroid, years, times) VALUES (?, '{}', '{}', '[]')", (f"S{start}",)
            )
            library.connection.executemany(
                "INSERT INTO story_members (article_id, story_id) VALUES (?, ?)",
                [(member, cursor.lastrowid) for member in members],
            )
            start += len(members)


def test_stories_are_listed_as_their_members_say_a_page_at_a_time(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paging, "FIRST_IDS", 7)
    assert any_unplaced(library.connection)  # saved through the repository: in no story yet
    group_in_stories(library)
    assert not any_unplaced(library.connection)
    expected = recounted_stories(library.connection)
    statements: list[str] = []
    library.connection.set_trace_callback(statements.append)
    listed = ListedStories(library.connection, StoryIds(library.connection))
    assert len(statements) == 2  # counted, and the first ids read: no story line, no article
    assert listed[0] == expected[0] and len(statements) == 7  # the first page's ids (7, 14, 28 more), lines, articles
    assert listed[49] == expected[49] and len(statements) == 7
    assert listed[60] == expected[60] and len(statements) == 10  # 56 ids more, the second page's lines and articles
    library.connection.set_trace_callback(None)
    assert list(listed) == expected and listed[-3:] == expected[-3:]
    assert len(listed) == len(expected) and listed.index_of(expected[-1].id) == len(expected) - 1
    assert story_totals(library.connection) == (
        len(expected),
        COUNT,
        sum(1 for story in expected if story.articles > 1),
    )
    assert list_stories(library.connection) == expected
    since = expected[len(expected) // 2].newest
    assert list_stories(library.connection, since=since) == recounted_stories(library.connection, since) != expected
    # the stories' lines follow what changes: a member moved, a feed's title, an article's date, a removed article
    ids = [row.id for row in reversed(library.rows())]
    with library.transaction():
        library.connection.execute(
            "UPDATE story_members SET story_id = ? WHERE article_id = ?", (expected[-1].id, expected[0].article_ids[0])
        )
        library.connection.execute("UPDATE feeds SET title = ''")  # its articles' outlet: the URL's host
        library.connection.execute("UPDATE articles SET published = '2999-01-01T00:00:00Z' WHERE id = ?", (ids[0],))
    library.remove([ids[5], ids[6]])
    assert library.stories() == recounted_stories(library.connection) != expected


def test_stories_are_listed_as_they_were_when_the_listing_began(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paging, "FIRST_IDS", 7)
    group_in_stories(library)
    expected = recounted_stories(library.connection)
    largest, smallest = expected[0], expected[-1]
    reads = []
    first_read = StoryIds.ids_after

    def interleaved(ids: StoryIds, last: tuple[object, ...] | None, count: int) -> list[tuple[object, ...]]:
        if len(reads) == 1:  # after the first chunk: another process moves all but one of the largest's articles
            with Library(library.path) as other, other.transaction():
                other.connection.executemany(
                    "UPDATE story_members SET story_id = ? WHERE article_id = ?",
                    [(smallest.id, article) for article in largest.article_ids[1:]],
                )
        reads.append(last)
        return first_read(ids, last, count)

    monkeypatch.setattr(StoryIds, "ids_after", interleaved)
    assert list_stories(library.connection) == expected  # neither the largest twice nor the smallest missed
    assert len(reads) > 1 and not library.connection.in_transaction
    assert list_stories(library.connection) == recounted_stories(library.connection) != expected


def test_ids_read_through_another_connection_leave_the_first_list_whole(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paging, "FIRST_IDS", 7)
    group_in_stories(library)
    expected = [story.id for story in recounted_stories(library.connection)]
    ids = StoryIds(library.connection)
    with Library(library.path) as other:
        moved = ids.reading_through(other.connection)
        assert moved[30] == expected[30]  # the copy reads on
        assert list(ids) == expected and list(moved) == expected  # and neither repeats nor skips an id


def test_ids_are_read_in_growing_chunks_as_positions_are_needed(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paging, "FIRST_IDS", 7)
    for selection in (Selection(), Selection("unread"), Selection("all", 1)):
        expected = [row.id for row in select_rows(library, selection)]
        statements: list[str] = []
        library.connection.set_trace_callback(statements.append)
        ids = ListedIds(library.connection, selection)
        assert len(statements) == 2 and len(ids) == len(expected)  # counted, and the first chunk read
        assert ids[:7] == expected[:7] and len(statements) == 2
        assert ids[30] == expected[30] and len(statements) == 5  # 7, 14 and 28 ids more
        library.connection.set_trace_callback(None)
        assert list(ids) == expected and ids[-1] == expected[-1]
        assert ids.index(expected[-2]) == len(expected) - 2
        with pytest.raises(ValueError):
            ids.index(-5)
    with pytest.raises(ValueError):
        ListedIds(library.connection, Selection("starred")).index(1)  # an empty list
    unread = list_selection(library.connection, Selection("unread"))
    assert unread.find_unread(0, 1) == 1 and unread.find_unread(len(unread) - 1, -1) == len(unread) - 2


def test_ids_removed_after_the_count_show_as_gone(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paging, "FIRST_IDS", 7)
    listed = list_selection(library.connection, Selection())
    library.remove([row.id for row in library.rows()][-3:])  # the three oldest, not read yet
    assert len(listed) == COUNT
    assert [row.title for row in listed[-4:]] == [f"Story {3:03}", GONE_TITLE, GONE_TITLE, GONE_TITLE]


def test_an_id_is_found_among_the_ids_read_so_far_before_more_are_read(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paging, "FIRST_IDS", 7)
    expected = [row.id for row in select_rows(library, Selection())]
    statements: list[str] = []
    ids = ListedIds(library.connection, Selection())
    library.connection.set_trace_callback(statements.append)
    assert ids.index(expected[3]) == 3 and statements == []  # in the first chunk: nothing read
    assert ids.index(expected[10]) == 10 and len(statements) == 1  # one chunk more
    assert ids.index(expected[30]) == 30 and len(statements) == 3
    with pytest.raises(ValueError):
        ids.index(expected[3], 4)  # not after position 4
    with pytest.raises(ValueError):
        ids.index(-5)  # every id read, then not found
    library.connection.set_trace_callback(None)
    assert list(ids) == expected
